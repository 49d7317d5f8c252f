package org.talentflow.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The English development set (english/articles.jsonl, hand gold in english/gold) through ingest and eval, as a
 * user runs them: a regression guard on the English rules, not a figure to report (it was tuned on).
 */
class EnglishDevSetTest {
  @TempDir Path dir;

  @Test
  void englishDevelopmentSetKeepsItsScores() {
    String db = "jdbc:sqlite:" + dir.resolve("en.db");
    Path english = Cli.root().resolve("english");
    assertThat(Cli.run("ingest", "-q", "--db", db, english.resolve("articles.jsonl").toString()).exit).isZero();
    String out = Cli.run("eval", "--db", db, english.resolve("gold").toString()).out;
    assertThat(score(out, "events\\s+P ([0-9.]+)")).as(out).isGreaterThanOrEqualTo(0.95);
    assertThat(score(out, "events\\s+P [0-9.]+\\s+R [0-9.]+\\s+F1 ([0-9.]+)")).as(out).isGreaterThanOrEqualTo(0.88);
    assertThat(score(out, "polarity accuracy\\s+([0-9.]+)")).as(out).isGreaterThanOrEqualTo(0.95);
  }

  private static double score(String out, String regex) {
    Matcher m = Pattern.compile(regex).matcher(out);
    assertThat(m.find()).as(regex + " in " + out).isTrue();
    return Double.parseDouble(m.group(1));
  }
}
