package org.talentflow.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import org.talentflow.knowledge.view.EntityDetailView;
import org.talentflow.knowledge.view.Views;
import org.talentflow.model.Entity;
import org.talentflow.model.PersonnelEvent;
import org.talentflow.store.Store;
import org.talentflow.store.StoredEvent;
import org.talentflow.store.StoredMention;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "entity", mixinStandardHelpOptions = true,
    description = {"Shows one person or organization by any of its names, in any script: the canonical name, every "
        + "alias with the documents it was seen in, and the events it takes part in."})
final class EntityCommand implements Callable<Integer> {
  @Parameters(paramLabel = "NAME", description = "Any alias: 奥特曼, 阿爾特曼, SamAltman, Altman ...")
  String name;

  @Mixin StoreOption store;

  @Option(names = "--json", description = "One JSON object.")
  boolean json;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    try (Store db = store.read()) {
      Entity e = db.findEntity(name).orElse(null);
      if (e == null) {
        spec.commandLine().getErr().println("talentflow: entity: no person or organization is called '" + name + "'");
        return TalentflowCommand.PARTIAL_FAILURE;
      }
      List<StoredMention> mentions = db.mentionsOf(e.id());
      // an alias was seen wherever a mention reads the same in simplified script (阿尔特曼 where 阿爾特曼 was written)
      org.talentflow.text.ScriptConverter script = new org.talentflow.text.HanlpScriptConverter();
      Map<String, TreeSet<String>> docsByKey = new LinkedHashMap<>();
      for (StoredMention m : mentions) {
        docsByKey.computeIfAbsent(org.talentflow.resolve.EntityIds.key(script.toSimplified(m.text())),
            k -> new TreeSet<>()).add(m.docKey());
      }
      Map<String, TreeSet<String>> seen = new LinkedHashMap<>();
      for (String a : Views.aliases(e)) {
        seen.put(a, docsByKey.getOrDefault(org.talentflow.resolve.EntityIds.key(script.toSimplified(a)), new TreeSet<>()));
      }
      TreeSet<String> docs = new TreeSet<>();
      mentions.forEach(m -> docs.add(m.docKey()));
      List<StoredEvent> events = db.events().stream()
          .filter(se -> involves(se.event(), e.id()))
          .toList();
      if (json) {
        Map<String, List<String>> where = new LinkedHashMap<>();
        seen.forEach((a, d) -> where.put(a, List.copyOf(d)));
        Json.line(out, new EntityDetailView(e.id(), e.type().name(), e.name(), Views.aliases(e), where, List.copyOf(docs),
            events.stream().map(se -> Views.event(se.docKey(), se.event())).toList()));
        out.flush();
        return 0;
      }
      out.println(e.name() + "  (" + e.type() + ", " + e.id() + ")");
      out.println();
      out.println("aliases, and where each was seen:");
      Table t = new Table("ALIAS", "DOCUMENTS");
      seen.forEach((a, d) -> t.add(a, d.isEmpty() ? "(from the knowledge pack or a correction)" : String.join(", ", d)));
      t.print(out);
      out.println();
      out.println("documents: " + (docs.isEmpty() ? "none" : String.join(", ", docs)));
      out.println();
      out.println("events:");
      Table et = new Table("DOC", "TYPE", "PERSON", "ORG", "TIME", "POLARITY", "EVIDENCE");
      for (StoredEvent se : events) {
        PersonnelEvent ev = se.event();
        et.add(se.docKey(), ev.type(), ev.person().name(), ev.org() == null ? null : ev.org().name(),
            ev.time() == null ? null : ev.time().value() == null ? "?" : ev.time().value(), ev.polarity().label(),
            ev.evidence().text());
      }
      et.print(out);
      out.flush();
      return 0;
    }
  }

  private static boolean involves(PersonnelEvent e, String id) {
    return e.person().id().equals(id) || (e.org() != null && e.org().id().equals(id))
        || (e.otherOrg() != null && e.otherOrg().id().equals(id));
  }
}
