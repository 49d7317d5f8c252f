package org.talentflow.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import org.talentflow.eval.Evaluation;
import org.talentflow.eval.Gold;
import org.talentflow.model.Entity;
import org.talentflow.model.PersonnelEvent;
import org.talentflow.store.Store;
import org.talentflow.store.StoredEvent;
import org.talentflow.text.HanlpScriptConverter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "eval", mixinStandardHelpOptions = true,
    description = {"Scores the store against a gold folder (docs.tsv, entities.tsv, events.tsv): entity and event "
        + "precision/recall/F1, time and polarity accuracy on matched events."})
final class EvalCommand implements Callable<Integer> {
  @Parameters(paramLabel = "GOLD_DIR", description = "A folder in the format of ../shared/corpus/gold.")
  Path goldDir;

  @Mixin StoreOption store;

  @Option(names = {"-v", "--verbose"}, description = "List misses, extras, merges, splits and wrong times/polarities.")
  boolean verbose;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    Gold gold;
    try {
      gold = Gold.load(goldDir);
    } catch (IOException e) {
      spec.commandLine().getErr().println("talentflow: eval: " + e.getMessage());
      return TalentflowCommand.FAILURE;
    }
    Set<String> keys = new HashSet<>();
    gold.fileByDoc().forEach((doc, file) -> {
      int dot = file.lastIndexOf('.');
      keys.add(dot > 0 ? file.substring(0, dot) : file);
      keys.add(doc);
    });
    List<Entity> entities;
    List<PersonnelEvent> events = new ArrayList<>();
    Set<String> undated = new java.util.TreeSet<>();
    try (Store db = Store.open(store.url)) {
      for (org.talentflow.store.StoredDocument d : db.documents()) {
        if (keys.contains(d.key()) && (d.published() == null || d.published().isBlank())) {
          undated.add(d.key());
        }
      }
      entities = db.entitiesOf(keys);
      for (StoredEvent se : db.events()) {
        if (keys.contains(se.docKey())) {
          events.add(se.event());
        }
      }
    }
    if (events.isEmpty() && entities.isEmpty()) {
      spec.commandLine().getErr().println("talentflow: eval: the store " + store.url
          + " holds none of the gold documents; ingest them first");
      return TalentflowCommand.FAILURE;
    }
    Evaluation.Report r = new Evaluation(new HanlpScriptConverter()).score(gold, entities, events);
    out.println("gold: " + goldDir + "   store: " + store.url);
    out.println("persons        " + r.persons().prf() + "  merged " + r.persons().merged().size() + ", split "
        + r.persons().split().size());
    out.println("organizations  " + r.orgs().prf() + "  merged " + r.orgs().merged().size() + ", split "
        + r.orgs().split().size());
    out.println("events         " + r.events() + "   key (doc, type, person, org)");
    out.println("time accuracy      " + r.time() + "   on matched events");
    out.println("polarity accuracy  " + r.polarity() + "   on matched events");
    if (!undated.isEmpty()) {
      out.println("note: " + undated.size() + " gold document(s) were stored without a publication date "
          + String.join(", ", undated) + ": their relative times (今年5月, 上周三) have no value. Ingest with --dates "
          + goldDir.resolve("docs.tsv") + " to date them as the gold does.");
    }
    if (verbose) {
      section(out, "persons merged", r.persons().merged());
      section(out, "persons split", r.persons().split());
      section(out, "persons missed", r.persons().missed());
      section(out, "persons extra (not in gold)", r.persons().extra());
      section(out, "organizations merged", r.orgs().merged());
      section(out, "organizations missed", r.orgs().missed());
      section(out, "organizations extra (not in gold)", r.orgs().extra());
      section(out, "events missed", r.missedEvents());
      section(out, "events extra", r.extraEvents());
      section(out, "wrong time", r.time().wrong());
      section(out, "wrong polarity", r.polarity().wrong());
    }
    out.flush();
    return 0;
  }

  private static void section(PrintWriter out, String title, List<String> rows) {
    out.printf(Locale.ROOT, "%n## %s (%d)%n", title, rows.size());
    for (String r : rows) {
      out.println("  " + r);
    }
  }
}
