package org.talentflow.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The seeds in ../shared scored through the CLI, as the maintainers do. Floors sit just under the measured values so
 * that a change that makes quality worse fails; raise them when quality improves. Skipped where ../shared is absent.
 */
class SeedsEvaluationTest {
  @TempDir Path dir;

  @Test
  void seedScoresStayAtOrAboveTheirFloors() {
    Path shared = Cli.shared();
    assumeTrue(Files.isDirectory(shared.resolve("corpus/seeds")), "../shared is not beside the checkout");
    String db = dir.resolve("seeds.db").toString();
    // publication dates from the gold's docs.tsv: relative times ("今年5月") can only be judged against them
    Cli ingest = Cli.run("ingest", "-q", "--db", db, "--dates", shared.resolve("corpus/gold/docs.tsv").toString(),
        shared.resolve("corpus/seeds").toString());
    assertThat(ingest.exit).as(ingest.err).isZero();
    Cli eval = Cli.run("eval", "--db", db, shared.resolve("corpus/gold").toString());
    assertThat(eval.exit).as(eval.err).isZero();
    // 2026-12: the core written for real news scores lower on the seeds than the earlier rules tuned on them
    // (events 0.72, was 0.91); these floors pin today's figures (issue 13 keeps the seeds' target open)
    assertThat(f1(eval.out, "persons")).isGreaterThanOrEqualTo(0.85);
    assertThat(f1(eval.out, "organizations")).isGreaterThanOrEqualTo(0.50);
    assertThat(f1(eval.out, "events")).isGreaterThanOrEqualTo(0.71);
    assertThat(accuracy(eval.out, "polarity accuracy")).isGreaterThanOrEqualTo(0.95);
    assertThat(accuracy(eval.out, "time accuracy")).isGreaterThanOrEqualTo(0.82);
    assertThat(eval.out).contains("persons").containsPattern("persons .* merged 0");
  }

  @Test
  void withoutThePackPeopleAreStillFoundFromTheArticlesAlone() {
    Path shared = Cli.shared();
    assumeTrue(Files.isDirectory(shared.resolve("corpus/seeds")), "../shared is not beside the checkout");
    String db = dir.resolve("nopack.db").toString();
    assertThat(Cli.run("ingest", "-q", "--no-pack", "--db", db, shared.resolve("corpus/seeds").toString()).exit).isZero();
    Cli eval = Cli.run("eval", "--db", db, shared.resolve("corpus/gold").toString());
    assertThat(f1(eval.out, "persons")).isGreaterThanOrEqualTo(0.79);
  }

  private static double f1(String out, String row) {
    Matcher m = Pattern.compile("(?m)^" + row + "\\s+P \\S+\\s+R \\S+\\s+F1 (\\S+)").matcher(out);
    assertThat(m.find()).as(out).isTrue();
    return Double.parseDouble(m.group(1));
  }

  private static double accuracy(String out, String row) {
    Matcher m = Pattern.compile("(?m)^" + row + "\\s+(\\S+)").matcher(out);
    assertThat(m.find()).as(out).isTrue();
    return Double.parseDouble(m.group(1));
  }
}
