package org.talentflow.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.talentflow.knowledge.DocumentInfo;
import org.talentflow.knowledge.Knowledge;
import org.talentflow.knowledge.MergedEvent;
import org.talentflow.knowledge.Spell;
import org.talentflow.knowledge.view.Views;
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
    description = {"Exports the knowledge graph: csv (events with evidence and their source's outlet, title, date and "
        + "URL, or --what entities/spells), jsonl (entities, events with evidence and source, spells; one object per "
        + "line with a \"kind\"), or graphml (people and organizations as labelled nodes with their type, merged "
        + "events as labelled edges person -> organization, and destination edges person -> where they went and "
        + "organization -> organization: opens in Gephi, imports into Neo4j)."})
final class ExportCommand implements Callable<Integer> {
  enum Format { csv, jsonl, graphml }

  enum What { events, entities, spells }

  @Option(names = "--format", required = true, paramLabel = "FORMAT", description = "${COMPLETION-CANDIDATES}")
  Format format;

  @Option(names = "--what", defaultValue = "events", paramLabel = "WHAT",
      description = "For csv: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  What what;

  @Option(names = "--excel", description = "For csv: start with a byte-order mark so that Excel reads UTF-8 (Chinese).")
  boolean excel;

  @Option(names = "--out", paramLabel = "FILE", description = "Where to write (default: standard output).")
  Path out;

  @Mixin StoreOption store;
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException, XMLStreamException {
    if (excel && format != Format.csv) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--excel goes with --format csv");
    }
    try (Store db = store.read()) {
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

  private static String orEmpty(String s) {
    return s == null ? "" : s;
  }

  private void csv(Store db, Snapshot k, OutputStream os) throws IOException {
    List<Map<String, Object>> rows = new ArrayList<>();
    List<String> columns = switch (what) {
      case events -> List.of("doc", "type", "person_id", "person", "org_id", "org", "other_org", "role", "time",
          "time_text", "time_granularity", "polarity", "evidence_start", "evidence_end", "evidence", "confidence",
          "outlet", "title", "published", "url");
      case entities -> List.of("id", "type", "name", "aliases");
      case spells -> List.of("person", "org", "start", "start_type", "end", "end_type", "ending", "roles", "status");
    };
    switch (what) {
      case events -> {
        for (StoredEvent se : db.events()) {
          PersonnelEvent e = se.event();
          DocumentInfo d = k.document(se.docKey());
          Map<String, Object> r = new LinkedHashMap<>();
          r.put("doc", se.docKey());
          r.put("type", e.type().name());
          r.put("person_id", e.person().id());
          r.put("person", e.person().name());
          r.put("org_id", e.org() == null ? "" : e.org().id());
          r.put("org", e.org() == null ? "" : e.org().name());
          r.put("other_org", e.otherOrg() == null ? "" : e.otherOrg().name());
          r.put("role", orEmpty(e.role()));
          r.put("time", e.time() == null ? "" : orEmpty(e.time().value()));
          r.put("time_text", e.time() == null ? "" : e.time().text());
          r.put("time_granularity", e.time() == null || e.time().granularity() == null ? ""
              : e.time().granularity().name().toLowerCase(java.util.Locale.ROOT));
          r.put("polarity", e.polarity().label());
          r.put("evidence_start", e.evidence().start());
          r.put("evidence_end", e.evidence().end());
          r.put("evidence", e.evidence().text());
          r.put("confidence", Math.round(e.confidence() * 100) / 100.0);
          r.put("outlet", orEmpty(d.outlet()));
          r.put("title", orEmpty(d.title()));
          r.put("published", orEmpty(d.published()));
          r.put("url", orEmpty(d.url()));
          rows.add(r);
        }
      }
      case entities -> {
        for (Entity e : db.entities()) {
          Map<String, Object> r = new LinkedHashMap<>();
          r.put("id", e.id());
          r.put("type", e.type().name());
          r.put("name", e.name());
          r.put("aliases", String.join(" | ", Views.aliases(e)));
          rows.add(r);
        }
      }
      case spells -> {
        for (Entity p : db.entities()) {
          for (Spell s : k.knowledge().spellsOf(p.id())) {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("person", s.person().name());
            r.put("org", s.org().name());
            r.put("start", orEmpty(s.start()));
            r.put("start_type", s.startType() == null ? "" : s.startType().name());
            r.put("end", orEmpty(s.end()));
            r.put("end_type", s.endType() == null ? "" : s.endType().name());
            r.put("ending", s.ending() == null ? "" : s.ending().label());
            r.put("roles", String.join("、", s.roles()));
            r.put("status", k.knowledge().statusNow(s.person().id(), s.org().id()));
            rows.add(r);
          }
        }
      }
    }
    Csv.write(os, columns, rows, excel);
  }

  private static void jsonl(Store db, Snapshot k, OutputStream os) throws IOException {
    Writer w = new OutputStreamWriter(os, StandardCharsets.UTF_8);
    Map<String, int[]> counts = db.mentionCounts();
    for (Entity e : db.entities()) {
      line(w, "entity", Json.MAPPER.valueToTree(EntitiesCommand.summary(e, counts)));
    }
    for (StoredEvent se : db.events()) {
      ObjectNode n = Json.MAPPER.valueToTree(Views.event(se.docKey(), se.event()));
      n.set("source", Json.MAPPER.valueToTree(k.document(se.docKey())));
      line(w, "event", n);
    }
    for (Entity p : db.entities()) {
      for (Spell s : k.knowledge().spellsOf(p.id())) {
        line(w, "spell", Json.MAPPER.valueToTree(Views.spell(k.knowledge(), s)));
      }
    }
    w.flush();
  }

  private static void line(Writer w, String kind, ObjectNode n) throws IOException {
    ObjectNode withKind = Json.MAPPER.createObjectNode().put("kind", kind);
    withKind.setAll(n);
    w.write(Json.MAPPER.writeValueAsString(withKind));
    w.write('\n');
  }

  /**
   * GraphML: entities as nodes (label, type, aliases), merged events as directed edges person -> organization
   * (labelled with the event), destination edges person -> where they went after leaving, and organization ->
   * organization edges weighted by how many people moved. Every event edge carries its sources.
   */
  private static void graphml(Store db, Snapshot k, OutputStream os) throws XMLStreamException {
    XMLStreamWriter x = XMLOutputFactory.newInstance().createXMLStreamWriter(os, "UTF-8");
    x.writeStartDocument("UTF-8", "1.0");
    x.writeStartElement("graphml");
    x.writeDefaultNamespace("http://graphml.graphdrawing.org/xmlns");
    String[][] keys = {
      {"n_label", "node", "label", "string"}, {"n_type", "node", "type", "string"}, {"n_aliases", "node", "aliases", "string"},
      {"e_label", "edge", "label", "string"}, {"e_type", "edge", "type", "string"}, {"e_time", "edge", "time", "string"},
      {"e_role", "edge", "role", "string"}, {"e_polarity", "edge", "polarity", "string"},
      {"e_weight", "edge", "weight", "double"}, {"e_sources", "edge", "sources", "int"},
      {"e_evidence", "edge", "evidence", "string"}, {"e_urls", "edge", "source_urls", "string"}
    };
    for (String[] key : keys) {
      x.writeEmptyElement("key");
      x.writeAttribute("id", key[0]);
      x.writeAttribute("for", key[1]);
      x.writeAttribute("attr.name", key[2]);
      x.writeAttribute("attr.type", key[3]);
    }
    x.writeStartElement("graph");
    x.writeAttribute("id", "talentflow");
    x.writeAttribute("edgedefault", "directed");
    Set<String> nodes = new HashSet<>();
    for (Entity e : db.entities()) {
      nodes.add(e.id());
      x.writeStartElement("node");
      x.writeAttribute("id", e.id());
      data(x, "n_label", e.name());
      data(x, "n_type", e.type().name());
      data(x, "n_aliases", String.join(" | ", Views.aliases(e)));
      x.writeEndElement();
    }
    Knowledge knowledge = k.knowledge();
    int n = 0;
    for (MergedEvent e : knowledge.merged()) {
      if (e.org() == null || !nodes.contains(e.person().id()) || !nodes.contains(e.org().id())) {
        continue;
      }
      x.writeStartElement("edge");
      x.writeAttribute("id", "e" + n++);
      x.writeAttribute("source", e.person().id());
      x.writeAttribute("target", e.org().id());
      data(x, "e_label", e.type().name() + (e.time() == null ? "" : " " + e.time()));
      data(x, "e_type", e.type().name());
      data(x, "e_time", orEmpty(e.time()));
      data(x, "e_role", String.join("、", e.roles()));
      data(x, "e_polarity", e.polarity().label());
      data(x, "e_weight", "1");
      data(x, "e_sources", String.valueOf(e.sources().size()));
      data(x, "e_evidence", e.sources().get(0).doc() + ": " + e.sources().get(0).evidence().text());
      data(x, "e_urls", String.join(" ", e.sources().stream().map(s -> k.document(s.doc()).url()).filter(u -> u != null)
          .distinct().toList()));
      x.writeEndElement();
    }
    Map<String, Integer> orgToOrg = new LinkedHashMap<>();
    for (Entity p : db.entities()) {
      for (Spell s : knowledge.spellsOf(p.id())) {
        if (s.open() || s.ending() == Spell.Ending.REVERSED || knowledge.reversal(s).isPresent()) {
          continue;
        }
        for (Knowledge.Destination d : knowledge.destinations(s)) {
          if (!nodes.contains(d.org().id()) || !nodes.contains(p.id())) {
            continue;
          }
          x.writeStartElement("edge");
          x.writeAttribute("id", "e" + n++);
          x.writeAttribute("source", p.id());
          x.writeAttribute("target", d.org().id());
          data(x, "e_label", "went to (from " + s.org().name() + ")");
          data(x, "e_type", "DESTINATION");
          data(x, "e_time", orEmpty(s.end()));
          data(x, "e_weight", "1");
          x.writeEndElement();
          orgToOrg.merge(s.org().id() + "\t" + d.org().id(), 1, Integer::sum);
        }
      }
    }
    for (Map.Entry<String, Integer> flow : orgToOrg.entrySet()) {
      String[] ends = flow.getKey().split("\t");
      if (!nodes.contains(ends[0])) {
        continue;
      }
      x.writeStartElement("edge");
      x.writeAttribute("id", "e" + n++);
      x.writeAttribute("source", ends[0]);
      x.writeAttribute("target", ends[1]);
      data(x, "e_label", flow.getValue() + (flow.getValue() == 1 ? " person" : " people"));
      data(x, "e_type", "FLOW");
      data(x, "e_weight", String.valueOf(flow.getValue()));
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
