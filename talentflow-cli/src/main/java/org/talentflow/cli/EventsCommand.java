package org.talentflow.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.talentflow.knowledge.view.Views;
import org.talentflow.model.EventType;
import org.talentflow.model.PersonnelEvent;
import org.talentflow.store.Store;
import org.talentflow.store.StoredEvent;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "events", mixinStandardHelpOptions = true,
    description = "Lists the personnel events in the store, each with its evidence.")
final class EventsCommand implements Callable<Integer> {
  @Mixin StoreOption store;

  @Option(names = "--json", description = "One JSON object per line (the contract in design.md).")
  boolean json;

  @Option(names = "--doc", paramLabel = "KEY", description = "Only events of this document.")
  String doc;

  @Option(names = "--type", paramLabel = "TYPE",
      description = "Only events of this type (any case): ${COMPLETION-CANDIDATES}.")
  EventType type;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    Table table = new Table("DOC", "TYPE", "PERSON", "ORG", "ROLE", "TIME", "POLARITY", "EVIDENCE");
    int n = 0;
    try (Store db = store.read()) {
      for (StoredEvent se : db.events()) {
        PersonnelEvent e = se.event();
        if ((doc != null && !doc.equals(se.docKey())) || (type != null && type != e.type())) {
          continue;
        }
        n++;
        if (json) {
          Json.line(out, Views.event(se.docKey(), e));
        } else {
          String org = e.org() == null ? null : e.org().name() + (e.otherOrg() == null ? "" : " -> " + e.otherOrg().name());
          if (e.type() == EventType.JOINED && e.otherOrg() != null) {
            org = e.org().name() + " <- " + e.otherOrg().name();
          }
          String time = e.time() == null ? null : (e.time().value() == null ? "?" : e.time().value()) + " (" + e.time().text() + ")";
          table.add(se.docKey(), e.type(), e.person().name(), org, e.role(), time, e.polarity().label(),
              e.evidence().text() + " [" + e.evidence().start() + "," + e.evidence().end() + ")");
        }
      }
    }
    if (!json) {
      table.print(out);
      out.printf(Locale.ROOT, "%d events%n", n);
    }
    out.flush();
    return 0;
  }
}
