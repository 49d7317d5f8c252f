package org.talentflow.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.talentflow.Pipeline;
import org.talentflow.duee.DueeCauses;
import org.talentflow.duee.DueeConverter;
import org.talentflow.duee.DueeEvent;
import org.talentflow.duee.DueeScorer;
import org.talentflow.model.SourceDocument;
import org.talentflow.pack.KnowledgePack;
import org.talentflow.read.DocumentReader;
import org.talentflow.read.ReadProblem;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "duee", mixinStandardHelpOptions = true,
    description = {"Reads DuEE 1.0 JSON lines ({\"id\",\"text\"}) and writes DuEE predictions for 组织关系-辞/离职, "
        + "加盟, 解雇, 停职 and 退出, arguments as written in the sentence.",
        "With --gold, scores them with the LIC2020 argument metric (character-level F1 per argument) over those five "
        + "types, strict and relaxed (an argument inside the gold one, or holding it, scores 1), overall and per type. "
        + "The gold may be the input file itself when it holds the events (DuEE's dev set does).",
        "With --predicted instead of --in and --out, scores a predictions file already written (by any version or "
        + "system) against --gold; --causes adds a table of the gold arguments missed and the predicted ones extra, "
        + "by cause."})
final class DueeCommand implements Callable<Integer> {
  static final Set<String> TYPES = Set.of("组织关系-辞/离职", "组织关系-加盟", "组织关系-解雇", "组织关系-停职", "组织关系-退出");

  @Option(names = "--in", paramLabel = "FILE", description = "DuEE JSON lines to read.")
  Path in;

  @Option(names = "--out", paramLabel = "FILE", description = "Where to write the predictions.")
  Path out;

  @Option(names = "--predicted", paramLabel = "FILE",
      description = "Predictions already written, in DuEE's format, to score against --gold (no --in, no --out).")
  Path predicted;

  @Option(names = "--causes", description = "With --gold: the arguments missed and extra by cause (name not found "
      + "or cut, organization, trigger, type, person, time ...), as a Markdown table.")
  boolean causes;

  @Option(names = "--gold", paramLabel = "FILE",
      description = "DuEE JSON lines (or a JSON array) with event_list, to score against; may be the --in file.")
  Path gold;

  @Mixin PackOptions pack;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    if (causes && gold == null) {
      err.println("talentflow: duee: --causes needs --gold");
      return TalentflowCommand.USAGE;
    }
    if (predicted != null) {
      return scorePredicted(err);
    }
    if (in == null || out == null) {
      err.println("talentflow: duee: give --in and --out (or --predicted with --gold)");
      return TalentflowCommand.USAGE;
    }
    if (!Files.isRegularFile(in)) {
      err.println("talentflow: duee: no such file: " + in);
      return TalentflowCommand.FAILURE;
    }
    Map<String, List<DueeEvent>> goldById = gold == null ? null : readGold(gold, err);
    if (gold != null && goldById == null) {
      return TalentflowCommand.FAILURE;
    }
    KnowledgePack knowledge = pack.load();
    Pipeline pipeline = Pipeline.withHanlp(knowledge);
    Scoring scoring = new Scoring(causes ? causes(knowledge) : null);
    List<ReadProblem> problems = new ArrayList<>();
    int[] count = new int[1];
    try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
      new DocumentReader(DocumentReader.Options.defaults()).read(List.of(in), new DocumentReader.Sink() {
        @Override
        public void document(SourceDocument doc) {
          List<DueeEvent> events = DueeConverter.convert(pipeline.analyzeFully(doc));
          try {
            w.write(Json.MAPPER.writeValueAsString(prediction(doc.key(), events)));
            w.newLine();
          } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + out, e);
          }
          count[0]++;
          if (goldById != null) {
            scoring.add(doc.key(), events, goldById);
          }
        }

        @Override
        public void problem(ReadProblem problem) {
          problems.add(problem);
          err.println("talentflow: " + problem);
        }
      });
    }
    PrintWriter o = spec.commandLine().getOut();
    o.println("wrote predictions for " + count[0] + " sentences to " + out);
    if (goldById != null) {
      printScores(o, goldById, scoring);
    }
    o.flush();
    return problems.isEmpty() ? 0 : TalentflowCommand.PARTIAL_FAILURE;
  }

  /**
   * The two metrics and, when asked, the causes, added up sentence by sentence: each gold sentence once, the first
   * time it comes.
   */
  private static final class Scoring {
    final DueeScorer strict = DueeScorer.strict();
    final DueeScorer relaxed = DueeScorer.relaxed();
    final DueeCauses why; // null without --causes
    private final Set<String> scored = new HashSet<>();

    Scoring(DueeCauses why) {
      this.why = why;
    }

    /** How many gold sentences were added so far. */
    int sentences() {
      return scored.size();
    }

    /** Adds a sentence's predictions when the gold holds the sentence and it was not added yet. */
    void add(String id, List<DueeEvent> events, Map<String, List<DueeEvent>> goldById) {
      if (!goldById.containsKey(id) || !scored.add(id)) {
        return;
      }
      strict.add(events, goldById.get(id), TYPES);
      relaxed.add(events, goldById.get(id), TYPES);
      if (why != null) {
        why.add(events, goldById.get(id), TYPES);
      }
    }
  }

  private static DueeCauses causes(KnowledgePack knowledge) {
    return new DueeCauses(knowledge.triggers().stream().map(KnowledgePack.Trigger::word).toList(), knowledge.roles());
  }

  /** {@code --predicted}: scores a predictions file against the gold, without the pipeline. */
  private int scorePredicted(PrintWriter err) throws IOException {
    if (gold == null || in != null || out != null) {
      err.println("talentflow: duee: --predicted takes --gold, and neither --in nor --out");
      return TalentflowCommand.USAGE;
    }
    Map<String, List<DueeEvent>> goldById = readGold(gold, err);
    Map<String, List<DueeEvent>> predictedById = goldById == null ? null : readGold(predicted, err);
    if (predictedById == null) {
      return TalentflowCommand.FAILURE;
    }
    Scoring scoring = new Scoring(causes ? causes(pack.load()) : null);
    predictedById.forEach((id, events) -> scoring.add(id, events, goldById));
    PrintWriter o = spec.commandLine().getOut();
    o.println("read predictions for " + predictedById.size() + " sentences from " + predicted);
    printScores(o, goldById, scoring);
    o.flush();
    return 0;
  }

  /**
   * Both metrics, overall and per type, as ../shared/tools/score_duee.py computes them: over the gold's records (one
   * without a prediction scores 0); a predicted sentence the gold does not hold is not scored.
   */
  private static void printScores(PrintWriter o, Map<String, List<DueeEvent>> goldById, Scoring scoring) {
    int unpredicted = goldById.size() - scoring.sentences();
    goldById.forEach((id, events) -> scoring.add(id, List.of(), goldById)); // the sentences not predicted score 0
    DueeScorer strict = scoring.strict;
    DueeScorer relaxed = scoring.relaxed;
    DueeCauses why = scoring.why;
    o.println("LIC2020 argument metric over " + String.join(", ", TYPES.stream().sorted().toList()) + " ("
        + goldById.size() + " gold sentences" + (unpredicted == 0 ? "" : ", " + unpredicted + " of them not in the input")
        + "):");
    o.println("  strict   " + strict);
    o.println("  relaxed  " + relaxed + "   an argument inside the gold one, or holding it, scores 1");
    Table t = new Table("TYPE", "STRICT P", "R", "F1", "RELAXED P", "R", "F1", "PREDICTED", "GOLD");
    for (Map.Entry<String, DueeScorer.Tally> e : strict.byType().entrySet()) {
      DueeScorer.Tally s = e.getValue();
      DueeScorer.Tally r = relaxed.byType().get(e.getKey());
      t.add(e.getKey(), f(s.precision()), f(s.recall()), f(s.f1()), f(r.precision()), f(r.recall()), f(r.f1()),
          s.predicted(), s.gold());
    }
    t.print(o);
    if (why != null) {
      o.println();
      o.println("Arguments missed and extra by cause (exact text; the first cause that holds):");
      o.print(why.tally().markdown());
    }
  }

  /** Three decimals rounded as the maintainers' Python scorer rounds them (half to even on the double's value). */
  private static String f(double x) {
    return new java.math.BigDecimal(x).setScale(3, java.math.RoundingMode.HALF_EVEN).toPlainString();
  }

  private static ObjectNode prediction(String id, List<DueeEvent> events) {
    ObjectNode n = Json.MAPPER.createObjectNode();
    n.put("id", id);
    ArrayNode list = n.putArray("event_list");
    for (DueeEvent e : events) {
      ObjectNode ev = list.addObject();
      ev.put("event_type", e.eventType());
      ev.put("trigger", e.trigger());
      ArrayNode args = ev.putArray("arguments");
      for (DueeEvent.Argument a : e.arguments()) {
        args.addObject().put("role", a.role()).put("argument", a.argument());
      }
    }
    return n;
  }

  private Map<String, List<DueeEvent>> readGold(Path file, PrintWriter err) throws IOException {
    if (!Files.isRegularFile(file)) {
      err.println("talentflow: duee: no such gold file: " + file);
      return null;
    }
    Map<String, List<DueeEvent>> out = new LinkedHashMap<>();
    String text = Files.readString(file, StandardCharsets.UTF_8);
    if (text.stripLeading().startsWith("[")) {
      JsonNode array;
      try {
        array = Json.MAPPER.readTree(text);
      } catch (IOException e) {
        err.println("talentflow: " + file + ": invalid JSON array: " + e.getMessage().lines().findFirst().orElse(""));
        return null;
      }
      for (JsonNode n : array) {
        out.put(n.path("id").asText(), events(n));
      }
      return out;
    }
    List<String> lines = text.lines().toList();
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).isBlank()) {
        continue;
      }
      JsonNode n;
      try {
        n = Json.MAPPER.readTree(lines.get(i));
      } catch (IOException e) {
        err.println("talentflow: " + file + ":" + (i + 1) + ": invalid JSON, line skipped");
        continue;
      }
      out.put(n.path("id").asText(), events(n));
    }
    return out;
  }

  private static List<DueeEvent> events(JsonNode n) {
    List<DueeEvent> events = new ArrayList<>();
    for (JsonNode ev : n.path("event_list")) {
      List<DueeEvent.Argument> args = new ArrayList<>();
      for (JsonNode a : ev.path("arguments")) {
        args.add(new DueeEvent.Argument(a.path("role").asText(), a.path("argument").asText()));
      }
      events.add(new DueeEvent(ev.path("event_type").asText(), ev.path("trigger").asText(), args));
    }
    return events;
  }
}
