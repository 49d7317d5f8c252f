package org.talentflow.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.talentflow.knowledge.MergedEvent;
import org.talentflow.knowledge.Spell;
import org.talentflow.model.Entity;
import org.talentflow.model.PersonnelEvent;
import org.talentflow.store.Snapshot;
import org.talentflow.store.Store;
import org.talentflow.store.StoredEvent;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "export", mixinStandardHelpOptions = true,
    description = {"Exports the knowledge graph: csv (events with evidence, or --what entities/spells), jsonl "
        + "(entities, events with evidence, spells; one object per line with a \"kind\"), or graphml "
        + "(people and organizations as nodes, merged events as edges: opens in Gephi, imports into Neo4j)."})
final class ExportCommand implements Callable<Integer> {
  enum Format { csv, jsonl, graphml }

  enum What { events, entities, spells }

  @Option(names = "--format", required = true, paramLabel = "FORMAT", description = "${COMPLETION-CANDIDATES}")
  Format format;

  @Option(names = "--what", defaultValue = "events", paramLabel = "WHAT",
      description = "For csv: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  What what;

  @Option(names = "--out", paramLabel = "FILE", description = "Where to write (default: standard output).")
  Path out;

  @Mixin StoreOption store;
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException, XMLStreamException {
    try (Store db = Store.open(store.url)) {
      Snapshot k = Snapshot.of(db);
      OutputStream os = out == null ? System.out : Files.newOutputStream(out);
      try {
        switch (format) {
          case csv -> csv(db, k, os);
          case jsonl -> jsonl(db, k, os);
          case graphml -> graphml(db, k, os);
        }
      } finally {
        os.flush();
        if (out != null) {
          os.close();
        }
      }
    }
    if (out != null) {
      spec.commandLine().getErr().println("talentflow: wrote " + format + " to " + out);
    }
    return 0;
  }

  private void csv(Store db, org.talentflow.store.Snapshot k, OutputStream os) throws IOException {
    List<Map<String, Object>> rows = new ArrayList<>();
    switch (what) {
      case events -> {
        for (StoredEvent se : db.events()) {
          PersonnelEvent e = se.event();
          Map<String, Object> r = new LinkedHashMap<>();
          r.put("doc", se.docKey());
          r.put("type", e.type().name());
          r.put("person_id", e.person().id());
          r.put("person", e.person().name());
          r.put("org_id", e.org() == null ? "" : e.org().id());
          r.put("org", e.org() == null ? "" : e.org().name());
          r.put("other_org", e.otherOrg() == null ? "" : e.otherOrg().name());
          r.put("role", e.role() == null ? "" : e.role());
          r.put("time", e.time() == null || e.time().value() == null ? "" : e.time().value());
          r.put("time_text", e.time() == null ? "" : e.time().text());
          r.put("polarity", e.polarity().label());
          r.put("evidence_start", e.evidence().start());
          r.put("evidence_end", e.evidence().end());
          r.put("evidence", e.evidence().text());
          r.put("confidence", Math.round(e.confidence() * 100) / 100.0);
          rows.add(r);
        }
      }
      case entities -> {
        for (Entity e : db.entities()) {
          Map<String, Object> r = new LinkedHashMap<>();
          r.put("id", e.id());
          r.put("type", e.type().name());
          r.put("name", e.name());
          r.put("aliases", String.join(" | ", e.aliases()));
          rows.add(r);
        }
      }
      case spells -> {
        for (Entity p : db.entities()) {
          for (Spell s : k.knowledge().spellsOf(p.id())) {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("person", s.person().name());
            r.put("org", s.org().name());
            r.put("start", s.start() == null ? "" : s.start());
            r.put("start_type", s.startType() == null ? "" : s.startType().name());
            r.put("end", s.end() == null ? "" : s.end());
            r.put("end_type", s.endType() == null ? "" : s.endType().name());
            r.put("roles", String.join("、", s.roles()));
            r.put("status", k.knowledge().statusNow(s.person().id(), s.org().id()));
            rows.add(r);
          }
        }
      }
    }
    CsvMapper mapper = new CsvMapper();
    CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true);
    if (!rows.isEmpty()) {
      rows.get(0).keySet().forEach(schema::addColumn);
    }
    try (Writer w = new OutputStreamWriter(os, StandardCharsets.UTF_8)) {
      mapper.writer(schema.build()).writeValues(w).writeAll(rows);
    }
  }

  private static void jsonl(Store db, org.talentflow.store.Snapshot k, OutputStream os) throws IOException {
    Writer w = new OutputStreamWriter(os, StandardCharsets.UTF_8);
    for (Entity e : db.entities()) {
      w.write(Json.MAPPER.writeValueAsString(Json.entity(e).put("kind", "entity").put("type", e.type().name())));
      w.write('\n');
    }
    for (StoredEvent se : db.events()) {
      w.write(Json.MAPPER.writeValueAsString(Json.event(se.docKey(), se.event()).put("kind", "event")));
      w.write('\n');
    }
    for (Entity p : db.entities()) {
      for (Spell s : k.knowledge().spellsOf(p.id())) {
        ObjectNode n = Json.MAPPER.createObjectNode().put("kind", "spell");
        n.set("person", Json.entity(s.person()));
        n.set("org", Json.entity(s.org()));
        n.put("start", s.start()).put("end", s.end())
            .put("start_type", s.startType() == null ? null : s.startType().name())
            .put("end_type", s.endType() == null ? null : s.endType().name());
        n.putArray("roles").addAll(s.roles().stream().map(Json.MAPPER.getNodeFactory()::textNode).toList());
        w.write(Json.MAPPER.writeValueAsString(n));
        w.write('\n');
      }
    }
    w.flush();
  }

  /** GraphML: entities as nodes (type, name, aliases), merged events as directed edges person -> organization. */
  private static void graphml(Store db, org.talentflow.store.Snapshot k, OutputStream os) throws XMLStreamException {
    XMLStreamWriter x = XMLOutputFactory.newInstance().createXMLStreamWriter(os, "UTF-8");
    x.writeStartDocument("UTF-8", "1.0");
    x.writeStartElement("graphml");
    x.writeDefaultNamespace("http://graphml.graphdrawing.org/xmlns");
    String[][] keys = {
      {"type", "node"}, {"name", "node"}, {"aliases", "node"},
      {"event", "edge"}, {"time", "edge"}, {"role", "edge"}, {"polarity", "edge"}, {"sources", "edge"},
      {"evidence", "edge"}
    };
    for (String[] key : keys) {
      x.writeEmptyElement("key");
      x.writeAttribute("id", key[0]);
      x.writeAttribute("for", key[1]);
      x.writeAttribute("attr.name", key[0]);
      x.writeAttribute("attr.type", key[0].equals("sources") ? "int" : "string");
    }
    x.writeStartElement("graph");
    x.writeAttribute("id", "talentflow");
    x.writeAttribute("edgedefault", "directed");
    for (Entity e : db.entities()) {
      x.writeStartElement("node");
      x.writeAttribute("id", e.id());
      data(x, "type", e.type().name());
      data(x, "name", e.name());
      data(x, "aliases", String.join(" | ", e.aliases()));
      x.writeEndElement();
    }
    java.util.Set<String> nodes = new java.util.HashSet<>();
    db.entities().forEach(e -> nodes.add(e.id()));
    int n = 0;
    for (MergedEvent e : k.knowledge().merged()) {
      if (e.org() == null || !nodes.contains(e.person().id()) || !nodes.contains(e.org().id())) {
        continue;
      }
      x.writeStartElement("edge");
      x.writeAttribute("id", "e" + n++);
      x.writeAttribute("source", e.person().id());
      x.writeAttribute("target", e.org().id());
      data(x, "event", e.type().name());
      data(x, "time", e.time() == null ? "" : e.time());
      data(x, "role", String.join("、", e.roles()));
      data(x, "polarity", e.polarity().label());
      data(x, "sources", String.valueOf(e.sources().size()));
      data(x, "evidence", e.sources().get(0).doc() + ": " + e.sources().get(0).evidence().text());
      x.writeEndElement();
    }
    x.writeEndElement();
    x.writeEndElement();
    x.writeEndDocument();
    x.flush();
  }

  private static void data(XMLStreamWriter x, String key, String value) throws XMLStreamException {
    x.writeStartElement("data");
    x.writeAttribute("key", key);
    x.writeCharacters(value);
    x.writeEndElement();
  }
}
