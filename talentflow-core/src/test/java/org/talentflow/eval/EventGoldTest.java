package org.talentflow.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.talentflow.model.EventType;

/** Reading gold events tables (gold_*.tsv) and finding them beside their documents. */
class EventGoldTest {
  @TempDir Path dir;

  private Path write(String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
  }

  @Test
  void columnsAreFoundByTheirHeaderNamesAndCellsSplitIntoAlternatives() throws IOException {
    Path f = write("gold_x.tsv", "type\tsid\tperson\torg\ttime\tpolarity\tnote\n"
        + "LEFT\ts1\t陈刚 | 陳剛\t华星银行|华星\t2020-03\tplanned\t陈刚将辞去行长职务 [our own sentence]\n"
        + "JOINED\ts2\tAda Lee\t\t\t\t\n");
    EventGold g = EventGold.load(f);
    assertThat(g.problems()).isEmpty();
    assertThat(g.rows()).hasSize(2);
    EventGold.Row first = g.rows().get(0);
    assertThat(first.doc()).isEqualTo("s1");
    assertThat(first.type()).isEqualTo(EventType.LEFT);
    assertThat(first.persons()).containsExactly("陈刚", "陳剛");
    assertThat(first.orgs()).containsExactly("华星银行", "华星");
    assertThat(first.time()).isEqualTo("2020-03");
    assertThat(first.polarity()).isEqualTo("planned");
    assertThat(first.line()).isEqualTo(2);
    assertThat(g.rows().get(1).orgs()).isEmpty();
    assertThat(g.rows().get(1).polarity()).isEmpty();
  }

  @Test
  void quotedCellsAreReadAsPythonsCsvWriterWritesThem() {
    List<Tsv.Line> lines = Tsv.parse("a\t\"b\tc\"\t\"say \"\"hi\"\"\"\td\"e\n\n\"two\nlines\"\tx\r\nlast");
    assertThat(lines).extracting(Tsv.Line::fields).containsExactly(List.of("a", "b\tc", "say \"hi\"", "d\"e"),
        List.of("two\nlines", "x"), List.of("last"));
    assertThat(lines).extracting(Tsv.Line::number).containsExactly(1, 3, 5);
  }

  @Test
  void aRowThatCannotBeScoredIsReportedWithItsLineAndLeftOut() throws IOException {
    Path f = write("gold.tsv", "doc\ttype\tperson\tpolarity\n"
        + "d1\tRETIRED\t王磊\t\n"
        + "d1\tLEFT\t\tasserted\n"
        + "d1\tLEFT\t王磊\tcertain\n"
        + "d1\tLEFT\t王磊\tasserted\n");
    EventGold g = EventGold.load(f);
    assertThat(g.rows()).singleElement().satisfies(r -> assertThat(r.line()).isEqualTo(5));
    assertThat(g.problems()).containsExactly(f + ":2: unknown event type 'RETIRED', row skipped",
        f + ":3: no person, row skipped", f + ":4: unknown polarity 'certain', row skipped");
  }

  @Test
  void aHeaderWithoutTheRequiredColumnsIsAnError() throws IOException {
    Path f = write("gold.tsv", "doc\tkind\tperson\nd1\tLEFT\t王磊\n");
    assertThatThrownBy(() -> EventGold.load(f)).isInstanceOf(IOException.class)
        .hasMessageContaining("doc, type and person");
  }

  @Test
  void aGoldTableGoesWithTheDocumentsFileOfTheSameSuffix() throws IOException {
    write("gold_zh.tsv", "doc\ttype\tperson\n");
    write("gold.tsv", "doc\ttype\tperson\n");
    write("docs_zh.jsonl", "");
    write("notes.tsv", "");
    assertThat(GoldSet.in(dir)).containsExactly(
        new GoldSet("gold", dir.resolve("gold.tsv"), dir.resolve("docs.jsonl")),
        new GoldSet("zh", dir.resolve("gold_zh.tsv"), dir.resolve("docs_zh.jsonl")));
    assertThat(GoldSet.isGoldTable(dir.resolve("notes.tsv"))).isFalse();
  }
}
