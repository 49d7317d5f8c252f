package org.talentflow.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import org.talentflow.Pipeline;
import org.talentflow.eval.EventScorer;
import org.talentflow.eval.GoldSet;
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
    description = {"Scores events against a gold set: precision/recall/F1 on (doc, type, person, org), time and "
        + "polarity accuracy on matched events.",
        "GOLD is a folder in the format of ../shared/corpus/gold (docs.tsv, entities.tsv, events.tsv: entities are "
        + "scored too, against the store, talentflow.db unless --db), or a gold*.tsv table "
        + "(doc type person org other_org role time polarity note, alternatives separated by |) with its "
        + "docs*.jsonl beside it, or a folder of such tables (../shared/corpus/real-dev): their documents are "
        + "ingested into a temporary store unless --db is given, and each table is scored, then all together."})
final class EvalCommand implements Callable<Integer> {
  @Parameters(paramLabel = "GOLD", description = "A gold folder, or a gold*.tsv file.")
  Path goldDir;

  @Option(names = "--db", paramLabel = "URL",
      description = "The store to score, read as it is: a SQLite file path or a JDBC URL. Default: talentflow.db for "
          + "a seed-format folder; a temporary store of the gold's own documents for gold*.tsv tables.")
  String db;

  @Mixin PackOptions pack;

  @Option(names = {"-v", "--verbose"}, description = "List misses, extras (with their evidence), merges, splits and "
      + "wrong times/polarities.")
  boolean verbose;

  @Option(names = "--causes", description = "For gold*.tsv tables: the events missed and extra by cause (name not "
      + "found or cut, organization, type, person, time, polarity ...), a Markdown table per set (with --json, an "
      + "object \"causes\" per set).")
  boolean causes;

  @Option(names = "--json", description = "One JSON object with every figure (and the misses and extras).")
  boolean json;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    if (Files.isRegularFile(goldDir)) {
      if (!GoldSet.isGoldTable(goldDir)) {
        err.println("talentflow: eval: " + goldDir + " is not a gold*.tsv table nor a gold folder");
        return TalentflowCommand.FAILURE;
      }
      return tables(List.of(GoldSet.of(goldDir)));
    }
    if (Files.isDirectory(goldDir) && !Files.exists(goldDir.resolve("events.tsv"))) {
      List<GoldSet> sets = GoldSet.in(goldDir);
      if (sets.isEmpty()) {
        err.println("talentflow: eval: " + goldDir + " holds neither events.tsv (with docs.tsv and entities.tsv) "
            + "nor gold*.tsv tables");
        return TalentflowCommand.FAILURE;
      }
      return tables(sets);
    }
    return seedFormat(db == null ? DEFAULT_STORE : db);
  }

  private static final String DEFAULT_STORE = "talentflow.db";

  private int tables(List<GoldSet> sets) {
    return new GoldSetsEvaluation(spec.commandLine().getOut(), spec.commandLine().getErr(), db,
        () -> Pipeline.withHanlp(pack.load()), new EventScorer(new HanlpScriptConverter()))
        .run(goldDir.toString(), sets, verbose, json, causes);
  }

  private int seedFormat(String storeUrl) {
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
    try (Store db = Store.open(storeUrl)) {
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
      spec.commandLine().getErr().println("talentflow: eval: the store " + storeUrl
          + " holds none of the gold documents; ingest them first");
      return TalentflowCommand.FAILURE;
    }
    Evaluation.Report r = new Evaluation(new HanlpScriptConverter()).score(gold, entities, events);
    if (json) {
      printJson(storeUrl, r, undated);
      return 0;
    }
    out.println("gold: " + goldDir + "   store: " + storeUrl);
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

  private void printJson(String storeUrl, Evaluation.Report r, Set<String> undated) {
    ObjectNode root = Json.MAPPER.createObjectNode();
    root.put("gold", goldDir.toString());
    root.put("store", storeUrl);
    entities(root.putObject("persons"), r.persons());
    entities(root.putObject("organizations"), r.orgs());
    ObjectNode events = GoldSetsEvaluation.prf(root.putObject("events"), r.events());
    strings(events.putArray("missed"), r.missedEvents());
    strings(events.putArray("extra"), r.extraEvents());
    strings(GoldSetsEvaluation.accuracy(root.putObject("time"), r.time()).putArray("wrong"), r.time().wrong());
    strings(GoldSetsEvaluation.accuracy(root.putObject("polarity"), r.polarity()).putArray("wrong"),
        r.polarity().wrong());
    strings(root.putArray("undated"), List.copyOf(undated));
    PrintWriter out = spec.commandLine().getOut();
    out.println(root.toString());
    out.flush();
  }

  private static void entities(ObjectNode n, Evaluation.EntityScore s) {
    GoldSetsEvaluation.prf(n, s.prf());
    strings(n.putArray("merged"), s.merged());
    strings(n.putArray("split"), s.split());
    strings(n.putArray("missed"), s.missed());
    strings(n.putArray("extra"), s.extra());
  }

  private static void strings(ArrayNode array, List<String> values) {
    values.forEach(array::add);
  }

  private static void section(PrintWriter out, String title, List<String> rows) {
    out.printf(Locale.ROOT, "%n## %s (%d)%n", title, rows.size());
    for (String r : rows) {
      out.println("  " + r);
    }
  }
}
