package org.talentflow.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code eval} on gold tables in the layout of ../shared/corpus/real-dev, with the tiny set in
 * src/test/resources/org/talentflow/cli/eval-tables (sentences written for these tests). The figures themselves
 * depend on the extractor; these tests check what eval does with them.
 */
class EvalTablesTest {
  private static final String HEADER = "doc\ttype\tperson\torg\tother_org\trole\ttime\tpolarity\tnote\n";

  @TempDir Path dir;

  private static Path tables() {
    try {
      return Path.of(EvalTablesTest.class.getResource("eval-tables").toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static JsonNode json(Cli r) throws Exception {
    assertThat(r.out.strip().split("\n")).as(r.err).hasSize(1);
    return Json.MAPPER.readTree(r.out);
  }

  /** A copy of the zh documents with a gold table of our own making beside them. */
  private Path zhWith(String goldRows) throws Exception {
    Files.copy(tables().resolve("docs_zh.jsonl"), dir.resolve("docs_zh.jsonl"));
    return Files.writeString(dir.resolve("gold_zh.tsv"), HEADER + goldRows, StandardCharsets.UTF_8);
  }

  @Test
  void aFolderIsScoredPerTableWithItsOwnDocumentsAndOverall() throws Exception {
    Cli r = Cli.run("eval", tables().toString(), "--json");
    assertThat(r.exit).as(r.err).isZero();
    JsonNode n = json(r);
    assertThat(n.path("store").isNull()).isTrue();
    JsonNode sets = n.path("sets");
    assertThat(sets).extracting(s -> s.path("name").asText()).containsExactly("en", "zh");
    assertThat(sets).extracting(s -> s.path("documents").asInt()).containsExactly(1, 2);
    assertThat(sets).extracting(s -> s.path("events").path("gold").asInt()).containsExactly(2, 6);
    JsonNode overall = n.path("overall").path("events");
    for (String field : List.of("gold", "predicted", "correct")) {
      assertThat(overall.path(field).asInt()).as(field)
          .isEqualTo(sets.get(0).path("events").path(field).asInt() + sets.get(1).path("events").path(field).asInt());
    }
    int byType = 0;
    for (JsonNode t : n.path("overall").path("by_type")) {
      byType += t.path("gold").asInt();
    }
    assertThat(byType).isEqualTo(8);

    Cli text = Cli.run("eval", tables().toString());
    assertThat(text.out).contains("[en] gold_en.tsv: 2 gold events", "[zh] gold_zh.tsv: 6 gold events",
        "[overall] en + zh", "by type").containsPattern("(?m)^events\\s+P \\S+\\s+R \\S+\\s+F1 ");
  }

  @Test
  void aSingleTableIsScoredWithTheDocumentsBesideIt() throws Exception {
    Cli r = Cli.run("eval", tables().resolve("gold_zh.tsv").toString(), "--json");
    assertThat(r.exit).as(r.err).isZero();
    JsonNode n = json(r);
    assertThat(n.path("sets")).singleElement().satisfies(s -> assertThat(s.path("name").asText()).isEqualTo("zh"));
    assertThat(n.path("overall").path("events")).isEqualTo(n.path("sets").get(0).path("events"));
    // "马云正式卸任阿里巴巴集团董事局主席": the plainest of departures is found
    assertThat(n.path("overall").path("events").path("found").asInt()).isPositive();
  }

  @Test
  void verboseListsMissesWithTheGoldNoteAndExtrasWithTheirEvidence() throws Exception {
    // t-zh1's events are all extras; the row about a person the text does not name is a miss
    Path gold = zhWith("t-zh2\tJOINED\t王小明\t字节跳动\t\t\t\tasserted\ta row no sentence supports\n");
    Cli r = Cli.run("eval", gold.toString(), "-v");
    assertThat(r.exit).as(r.err).isZero();
    assertThat(r.out).contains("## [zh] events missed (1)", "t-zh2 JOINED 王小明 @ 字节跳动  «a row no sentence supports»");
    assertThat(r.out).containsPattern("(?m)^  t-zh1 \\S+ .* «[^»]*马云[^»]*» \\[\\d+,\\d+\\)$");
  }

  @Test
  void causesTableAMissOfAPersonTheTextNeverNamesAsANameNotFound() throws Exception {
    Path gold = zhWith("t-zh2\tJOINED\t王小明\t字节跳动\t\t\t\tasserted\ta row no sentence supports\n");
    Cli r = Cli.run("eval", gold.toString(), "--causes");
    assertThat(r.exit).as(r.err).isZero();
    assertThat(r.out).contains("| cause | missed zh | extra zh |", "| name not found | 1 | 0 |")
        .containsPattern("(?m)^\\| all \\| 1 \\| [1-9]\\d* \\|$");
    JsonNode n = json(Cli.run("eval", gold.toString(), "--causes", "--json"));
    assertThat(n.path("sets").get(0).path("causes").path("name not found").path("missed").asInt()).isEqualTo(1);
  }

  @Test
  void withDbTheStoreIsReadAsItIs() throws Exception {
    String db = dir.resolve("zh.db").toString();
    assertThat(Cli.run("ingest", "-q", "--db", db, tables().resolve("docs_zh.jsonl").toString()).exit).isZero();
    Path gold = tables().resolve("gold_zh.tsv");
    JsonNode stored = json(Cli.run("eval", "--db", db, gold.toString(), "--json"));
    JsonNode temporary = json(Cli.run("eval", gold.toString(), "--json"));
    assertThat(stored.path("store").asText()).isEqualTo(db);
    assertThat(stored.path("overall")).isEqualTo(temporary.path("overall"));

    String empty = dir.resolve("empty.db").toString();
    Cli none = Cli.run("eval", "--db", empty, gold.toString());
    assertThat(none.exit).isEqualTo(3);
    assertThat(none.err.strip()).startsWith("talentflow: eval: the store " + empty + " holds none of the documents of");
  }

  @Test
  void aTableWithoutItsDocumentsNeedsAStore() throws Exception {
    Path gold = Files.writeString(dir.resolve("gold_xx.tsv"), HEADER, StandardCharsets.UTF_8);
    Cli r = Cli.run("eval", gold.toString());
    assertThat(r.exit).isEqualTo(3);
    assertThat(r.err.strip()).isEqualTo("talentflow: eval: " + gold + ": no docs_xx.jsonl beside it to ingest; "
        + "ingest its documents and give --db");
  }

  @Test
  void aBadGoldRowIsReportedAndTheRestIsScored() throws Exception {
    Path gold = zhWith("t-zh1\tLEFT\t马云\t阿里巴巴\t\t\t\tasserted\t\nt-zh1\tRESIGNED\t马云\t\t\t\t\t\t\n");
    Cli r = Cli.run("eval", gold.toString(), "--json");
    assertThat(r.exit).isEqualTo(1);
    assertThat(r.err.strip()).isEqualTo("talentflow: " + gold + ":3: unknown event type 'RESIGNED', row skipped");
    assertThat(json(r).path("overall").path("events").path("gold").asInt()).isEqualTo(1);
  }

  @Test
  void somethingThatIsNoGoldIsOneLineAndExitCode3() throws Exception {
    Path notes = Files.writeString(dir.resolve("notes.txt"), "", StandardCharsets.UTF_8);
    Cli file = Cli.run("eval", notes.toString());
    assertThat(file.exit).isEqualTo(3);
    assertThat(file.err.strip()).isEqualTo("talentflow: eval: " + notes + " is not a gold*.tsv table nor a gold folder");
    Cli folder = Cli.run("eval", dir.toString());
    assertThat(folder.exit).isEqualTo(3);
    assertThat(folder.err.strip()).startsWith("talentflow: eval: " + dir + " holds neither events.tsv");
    Cli missing = Cli.run("eval", dir.resolve("nothing").toString());
    assertThat(missing.exit).isEqualTo(3);
    assertThat(missing.err.strip()).isEqualTo("talentflow: eval: gold folder not found: " + dir.resolve("nothing"));
  }
}
