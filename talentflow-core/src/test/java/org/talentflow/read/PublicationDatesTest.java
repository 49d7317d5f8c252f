package org.talentflow.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The --dates table that ingest and the Spark job read alike. */
class PublicationDatesTest {
  @TempDir Path dir;

  @Test
  void aTableGivesEachFileItsDateWithAndWithoutItsExtension() throws IOException {
    Path tsv = write("\uFEFFdoc\tpublished\tnote\na.txt\t2024-09-27\tx\nb\t\t\nc.html\t 2023-01-02 \n");
    Map<String, LocalDate> dates = PublicationDates.readTable(tsv);
    assertThat(dates).containsOnly(Map.entry("a.txt", LocalDate.of(2024, 9, 27)),
        Map.entry("a", LocalDate.of(2024, 9, 27)), Map.entry("c.html", LocalDate.of(2023, 1, 2)),
        Map.entry("c", LocalDate.of(2023, 1, 2)));
  }

  @Test
  void aBadTableIsNamedWithWhatIsWrong() throws IOException {
    Path noHeader = write("name\tdate\na\t2024-01-01\n");
    assertThatThrownBy(() -> PublicationDates.readTable(noHeader)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage(noHeader + " needs a header with 'file' (or 'doc') and 'published' columns");
    Path badDate = write("file\tpublished\na\t2024-01-01\nb\t27.9.2024\n");
    assertThatThrownBy(() -> PublicationDates.readTable(badDate)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage(badDate + ":3: expects a date like 2024-09-27, not '27.9.2024'");
    Path missing = dir.resolve("missing.tsv");
    assertThatThrownBy(() -> PublicationDates.readTable(missing)).hasMessageStartingWith("cannot read " + missing);
  }

  private int n;

  private Path write(String text) throws IOException {
    return Files.writeString(dir.resolve("dates" + n++ + ".tsv"), text, StandardCharsets.UTF_8);
  }
}
