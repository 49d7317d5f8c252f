package org.talentflow.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code eval} and {@code duee --gold} give the figures of the maintainers' scorers (../shared/tools/score_events.py,
 * score_duee.py) on the same predictions, whatever the extractor predicts. Skipped where ../shared or python3 is
 * absent.
 */
class SharedScorersAgreementTest {
  @TempDir Path dir;

  private static Path tools() {
    Path tools = Cli.shared().resolve("tools");
    assumeTrue(Files.isRegularFile(tools.resolve("score_events.py")), "../shared is not beside the checkout");
    try {
      assumeTrue(new ProcessBuilder("python3", "--version").start().waitFor() == 0, "no python3");
    } catch (IOException e) {
      assumeTrue(false, "no python3: " + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
    return tools;
  }

  private static String python(String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of("python3"));
    command.addAll(List.of(args));
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor()).as(out).isZero();
    return out;
  }

  private static String group(String text, String regex) {
    Matcher m = Pattern.compile(regex).matcher(text);
    assertThat(m.find()).as(regex + " in " + text).isTrue();
    return m.group(1);
  }

  @ParameterizedTest(name = "real-dev {0}")
  @ValueSource(strings = {"zh", "en"})
  void evalCountsWhatScoreEventsCounts(String language) throws Exception {
    Path tools = tools();
    Path corpus = Cli.shared().resolve("corpus/real-dev");
    assumeTrue(Files.isRegularFile(corpus.resolve("gold_" + language + ".tsv")), "no real-dev " + language);
    String db = dir.resolve(language + ".db").toString();
    assertThat(Cli.run("ingest", "-q", "--db", db, corpus.resolve("docs_" + language + ".jsonl").toString()).exit)
        .isZero();
    Path events = Files.writeString(dir.resolve("events.jsonl"), Cli.run("events", "--json", "--db", db).out,
        StandardCharsets.UTF_8);
    Path gold = corpus.resolve("gold_" + language + ".tsv");
    String py = python(tools.resolve("score_events.py").toString(), gold.toString(), "-", events.toString());

    Cli eval = Cli.run("eval", "--db", db, gold.toString(), "--json");
    assertThat(eval.exit).as(eval.err).isZero();
    JsonNode n = Json.MAPPER.readTree(eval.out).path("overall");
    JsonNode e = n.path("events");
    String java = String.format(Locale.ROOT, "gold=%d pred=%d tp=%d time_acc=%d/%d polarity_acc=%d/%d",
        e.path("gold").asInt(), e.path("predicted").asInt(), e.path("correct").asInt(),
        n.path("time").path("correct").asInt(), n.path("time").path("total").asInt(),
        n.path("polarity").path("correct").asInt(), n.path("polarity").path("total").asInt());
    assertThat(java).isEqualTo(group(py, "(gold=\\S+ pred=\\S+ tp=\\S+ time_acc=\\S+ polarity_acc=\\S+)"));
  }

  @Test
  void dueeGoldScoresWhatScoreDueeScores() throws Exception {
    Path tools = tools();
    Path dev = Cli.shared().resolve("corpus/duee-dev/duee_dev.json");
    assumeTrue(Files.isRegularFile(dev), "no duee-dev");
    Path pred = dir.resolve("pred.jsonl");
    Cli r = Cli.run("duee", "--in", dev.toString(), "--out", pred.toString(), "--gold", dev.toString());
    assertThat(r.exit).as(r.err).isZero();
    for (String metric : List.of("strict", "relaxed")) {
      List<String> args = new ArrayList<>(List.of(tools.resolve("score_duee.py").toString(), dev.toString(),
          pred.toString()));
      if (metric.equals("relaxed")) {
        args.add("--relaxed");
      }
      String py = python(args.toArray(String[]::new));
      String overall = group(py, "(?m)^P=(\\S+ R=\\S+ F1=\\S+)$").replace("R=", "R ").replace("F1=", "F1 ");
      assertThat(group(r.out, "(?m)^  " + metric + " +P (\\S+  R \\S+  F1 \\S+)").replaceAll(" +", " "))
          .as(metric).isEqualTo(overall);
      Matcher type = Pattern.compile("(?m)^(\\S+)\\tP=(\\S+)\\tR=(\\S+)\\tF1=(\\S+)\\tpred=(\\d+)\\tgold=(\\d+)$")
          .matcher(py);
      int types = 0;
      while (type.find()) {
        types++;
        int at = metric.equals("strict") ? 1 : 4; // columns of the table after the type
        String[] row = group(r.out, "(?m)^" + Pattern.quote(type.group(1)) + " +(.+)$").strip().split(" +");
        assertThat(List.of(row[at - 1], row[at], row[at + 1], row[6], row[7])).as(metric + " " + type.group(1))
            .containsExactly(type.group(2), type.group(3), type.group(4), type.group(5), type.group(6));
      }
      assertThat(types).as(py).isPositive();
    }
  }
}
