package org.talentflow.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 5's checks on the five seeds, through the CLI. Skipped where ../shared is absent. */
class SeedKnowledgeTest {
  @TempDir static Path dir;
  static String db;

  @BeforeAll
  static void ingest() {
    Path shared = Cli.shared();
    assumeTrue(Files.isDirectory(shared.resolve("corpus/seeds")), "../shared is not beside the checkout");
    db = dir.resolve("k.db").toString();
    assertThat(Cli.run("ingest", "-q", "--db", db, "--dates", shared.resolve("corpus/gold/docs.tsv").toString(),
        shared.resolve("corpus/seeds").toString()).exit).isZero();
  }

  @Test
  void statsNameTheRemainingCofoundersWithTheirStatus() {
    String out = Cli.run("stats", "--db", db, "OpenAI").out;
    assertThat(out).containsPattern("Sam Altman\\s+active").containsPattern("Wojciech Zaremba\\s+active")
        .containsPattern("Greg Brockman\\s+on leave").containsPattern("Ilya Sutskever\\s+left 2024-05");
  }

  @Test
  void flowsListAnthropicWithItsPeopleAndSsiWithItsFounder() {
    String out = Cli.run("flows", "--db", db, "OpenAI").out;
    assertThat(out).containsPattern("Anthropic\\s+\\d+\\s+.*John Schulman.*").contains("Jan Leike")
        .containsPattern("Safe Superintelligence\\s+1\\s+Ilya Sutskever");
  }

  @Test
  void rostersBeforeAndAfterTheReturnDiffer() {
    String before = Cli.run("roster", "--db", db, "OpenAI", "--at", "2023-11-18").out;
    String after = Cli.run("roster", "--db", db, "OpenAI", "--at", "2023-11-25").out;
    assertThat(before).doesNotContain("Sam Altman").contains("Mira Murati");
    assertThat(before).containsPattern("Greg Brockman .*left at an unstated date before 2023-11-22");
    assertThat(after).contains("Sam Altman").containsPattern("Greg Brockman .*2023-11-22\\s+active");
  }

  @Test
  void contradictionsIncludeTheCofounderCountChatGptsReleaseAndAltmansReturn() {
    String out = Cli.run("contradictions", "--db", db).out;
    assertThat(out).contains("[value] OpenAI | 联合创始人 remaining", "[count] OpenAI | 联合创始人 remaining",
        "2 still working normally", "+ 1 on leave (Greg Brockman) = 3", "[value] ChatGPT | release year",
        "[polarity] Sam Altman REINSTATED @ OpenAI");
  }

  @Test
  void exportsParse() throws Exception {
    Path g = dir.resolve("g.graphml");
    assertThat(Cli.run("export", "--db", db, "--format", "graphml", "--out", g.toString()).exit).isZero();
    org.w3c.dom.Document xml = javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(g.toFile());
    assertThat(xml.getElementsByTagName("edge").getLength()).isGreaterThan(30);
    Path csv = dir.resolve("e.csv");
    assertThat(Cli.run("export", "--db", db, "--format", "csv", "--out", csv.toString()).exit).isZero();
    assertThat(Files.readAllLines(csv).get(0)).startsWith("doc,type,person_id,person");
  }
}
