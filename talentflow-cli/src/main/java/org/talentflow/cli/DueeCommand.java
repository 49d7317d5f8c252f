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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.talentflow.Pipeline;
import org.talentflow.duee.DueeConverter;
import org.talentflow.duee.DueeEvent;
import org.talentflow.duee.DueeScorer;
import org.talentflow.model.SourceDocument;
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
        + "types."})
final class DueeCommand implements Callable<Integer> {
  static final Set<String> TYPES = Set.of("组织关系-辞/离职", "组织关系-加盟", "组织关系-解雇", "组织关系-停职", "组织关系-退出");

  @Option(names = "--in", required = true, paramLabel = "FILE", description = "DuEE JSON lines to read.")
  Path in;

  @Option(names = "--out", required = true, paramLabel = "FILE", description = "Where to write the predictions.")
  Path out;

  @Option(names = "--gold", paramLabel = "FILE", description = "DuEE JSON lines with event_list, to score against.")
  Path gold;

  @Mixin PackOptions pack;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    if (!Files.isRegularFile(in)) {
      err.println("talentflow: duee: no such file: " + in);
      return TalentflowCommand.FAILURE;
    }
    Map<String, List<DueeEvent>> goldById = gold == null ? null : readGold(gold, err);
    if (gold != null && goldById == null) {
      return TalentflowCommand.FAILURE;
    }
    Pipeline pipeline = Pipeline.withHanlp(pack.load());
    DueeScorer scorer = new DueeScorer();
    List<ReadProblem> problems = new ArrayList<>();
    int[] count = new int[1];
    try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
      new DocumentReader(DocumentReader.Options.defaults()).read(List.of(in), new DocumentReader.Sink() {
        @Override
        public void document(SourceDocument doc) {
          List<DueeEvent> events = DueeConverter.convert(pipeline.analyze(doc));
          try {
            w.write(Json.MAPPER.writeValueAsString(prediction(doc.key(), events)));
            w.newLine();
          } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + out, e);
          }
          count[0]++;
          if (goldById != null) {
            scorer.add(events, goldById.getOrDefault(doc.key(), List.of()), TYPES);
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
      o.println("LIC2020 argument metric over " + String.join(", ", TYPES.stream().sorted().toList()) + ":");
      o.println("  " + scorer);
    }
    o.flush();
    return problems.isEmpty() ? 0 : TalentflowCommand.PARTIAL_FAILURE;
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
    Map<String, List<DueeEvent>> out = new HashMap<>();
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
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
      List<DueeEvent> events = new ArrayList<>();
      for (JsonNode ev : n.path("event_list")) {
        List<DueeEvent.Argument> args = new ArrayList<>();
        for (JsonNode a : ev.path("arguments")) {
          args.add(new DueeEvent.Argument(a.path("role").asText(), a.path("argument").asText()));
        }
        events.add(new DueeEvent(ev.path("event_type").asText(), ev.path("trigger").asText(), args));
      }
      out.put(n.path("id").asText(), events);
    }
    return out;
  }
}
