package org.talentflow.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The development sets of our own (english/ and chinese/: articles.jsonl with hand gold in gold/) through ingest and
 * eval, as a user runs them: a regression guard on the rules, not a figure to report (they were tuned on).
 */
class DevSetsTest {
  @TempDir Path dir;

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "english, 0.95, 0.88, 0.95",
    "chinese, 0.95, 0.95, 0.95"
  })
  void developmentSetKeepsItsScores(String set, double precision, double f1, double polarity) {
    String db = "jdbc:sqlite:" + dir.resolve(set + ".db");
    Path folder = Cli.root().resolve(set);
    assertThat(Cli.run("ingest", "-q", "--db", db, folder.resolve("articles.jsonl").toString()).exit).isZero();
    String out = Cli.run("eval", "--db", db, folder.resolve("gold").toString()).out;
    assertThat(score(out, "events\\s+P ([0-9.]+)")).as(out).isGreaterThanOrEqualTo(precision);
    assertThat(score(out, "events\\s+P [0-9.]+\\s+R [0-9.]+\\s+F1 ([0-9.]+)")).as(out).isGreaterThanOrEqualTo(f1);
    assertThat(score(out, "polarity accuracy\\s+([0-9.]+)")).as(out).isGreaterThanOrEqualTo(polarity);
  }

  private static double score(String out, String regex) {
    Matcher m = Pattern.compile(regex).matcher(out);
    assertThat(m.find()).as(regex + " in " + out).isTrue();
    return Double.parseDouble(m.group(1));
  }
}
