package org.talentflow.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EntityCommandsTest {
  @TempDir Path dir;
  private String db;
  private Path corpus;

  @BeforeEach
  void ingest() throws Exception {
    db = dir.resolve("t.db").toString();
    corpus = dir.resolve("corpus");
    Files.createDirectories(corpus);
    Files.writeString(corpus.resolve("a.txt"), "2024-03-01 10:00\n谷歌研究员约翰·史密斯(John Smith)宣布离职。史密斯表示感谢。",
        StandardCharsets.UTF_8);
    Files.writeString(corpus.resolve("b.txt"), "2024-03-02 10:00\n微軟宣佈,約翰·史密斯加盟微軟。", StandardCharsets.UTF_8);
    assertThat(Cli.run("ingest", "-q", "--db", db, corpus.toString()).exit).isZero();
  }

  @Test
  void anyAliasInAnyScriptFindsTheEntityWithWhereEachWasSeen() {
    Cli r = Cli.run("entity", "--db", db, "約翰·史密斯");
    assertThat(r.exit).as(r.err).isZero();
    assertThat(r.out).contains("John Smith", "约翰·史密斯", "a, b", "LEFT", "JOINED");
    assertThat(Cli.run("entity", "--db", db, "john smith").out).contains("John Smith");
  }

  @Test
  void anUnknownNameIsOneClearLine() {
    Cli r = Cli.run("entity", "--db", db, "Nobody Here");
    assertThat(r.exit).isEqualTo(1);
    assertThat(r.err.strip()).isEqualTo("talentflow: entity: no person or organization is called 'Nobody Here'");
  }

  @Test
  void entitiesListsMentionCounts() {
    assertThat(Cli.run("entities", "--db", db).out).containsPattern("John Smith\\s+\\d+\\s+2\\s");
  }

  @Test
  void aMergeSurvivesReingestion() throws Exception {
    assertThat(Cli.run("alias", "--db", db, "Microsoft", "微软亚洲").exit).isZero();
    Files.writeString(corpus.resolve("c.txt"), "2024-03-03 10:00\n谷歌宣布,史密斯团队的简·多伊(Jane Doe)离职。",
        StandardCharsets.UTF_8);
    assertThat(Cli.run("ingest", "-q", "--db", db, corpus.toString()).exit).isZero();
    assertThat(Cli.run("merge", "--db", db, "John Smith", "Jane Doe").exit).isZero();
    assertThat(Cli.run("entity", "--db", db, "Jane Doe").out).startsWith("John Smith");
    // a changed article is a new version: its entities come back, and the merge is applied again
    Files.writeString(corpus.resolve("c.txt"), "2024-03-03 10:00\n谷歌宣布,简·多伊(Jane Doe)已经离职。",
        StandardCharsets.UTF_8);
    assertThat(Cli.run("ingest", "-q", "--db", db, corpus.toString()).exit).isZero();
    assertThat(Cli.run("entity", "--db", db, "Jane Doe").out).startsWith("John Smith");
    assertThat(Cli.run("entity", "--db", db, "微软亚洲").out).startsWith("Microsoft");
    assertThat(Cli.run("corrections", "--db", db).out).contains("alias", "merge", "Jane Doe");
  }

  @Test
  void aSplitTakesAnAliasOut() throws Exception {
    assertThat(Cli.run("split", "--db", db, "John Smith", "史密斯").exit).isZero();
    assertThat(Cli.run("entity", "--db", db, "史密斯").out).startsWith("史密斯");
    com.fasterxml.jackson.databind.JsonNode john =
        Json.MAPPER.readTree(Cli.run("entity", "--json", "--db", db, "John Smith").out);
    assertThat(john.get("aliases").toString()).doesNotContain("\"史密斯\"").contains("约翰·史密斯");
  }

  @Test
  void correctionsOfUnknownNamesFailClearlyAndAFileIsApplied() throws Exception {
    Cli bad = Cli.run("merge", "--db", db, "John Smith", "Nobody");
    assertThat(bad.exit).isEqualTo(1);
    assertThat(bad.err).contains("no entity is called 'Nobody'");
    Path file = Files.writeString(dir.resolve("fix.tsv"), "# corrections\nalias\tJohn Smith\tJ. Smith\nfrobnicate\ta\tb\n",
        StandardCharsets.UTF_8);
    Cli r = Cli.run("corrections", "--db", db, "--load", file.toString());
    assertThat(r.exit).isEqualTo(1);
    assertThat(r.out).contains("applied 1 corrections, 1 failed");
    assertThat(r.err).contains("fix.tsv:3: unknown correction 'frobnicate'");
    assertThat(Cli.run("entity", "--db", db, "J. Smith").out).startsWith("John Smith");
  }
}
