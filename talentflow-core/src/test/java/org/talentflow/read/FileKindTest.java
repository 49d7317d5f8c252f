package org.talentflow.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class FileKindTest {
  private static DocumentReader.Opener bytes(String content) {
    return () -> new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void theNameTellsTheKindWhateverItsCase() {
    assertThat(FileKind.of("news.JSONL")).isEqualTo(FileKind.JSONL);
    assertThat(FileKind.of("news.ndjson")).isEqualTo(FileKind.JSONL);
    assertThat(FileKind.of("news.json")).isEqualTo(FileKind.JSON);
    assertThat(FileKind.of("page.htm")).isEqualTo(FileKind.HTML);
    assertThat(FileKind.of("note.text")).isEqualTo(FileKind.TEXT);
    assertThat(FileKind.of("photo.png")).isEqualTo(FileKind.OTHER);
  }

  @Test
  void theFirstNonBlankCharacterTellsJsonLinesFromAnArray() {
    assertThat(FileKind.sniff(bytes("\uFEFF  \n{\"id\":1}"), FileKind.JSON)).isEqualTo(FileKind.JSONL);
    assertThat(FileKind.sniff(bytes(" [{\"id\":1}]"), FileKind.OTHER)).isEqualTo(FileKind.JSON);
  }

  @Test
  void otherContentIsTextUnlessTheNameSaysJson() {
    assertThat(FileKind.sniff(bytes("Plain words."), FileKind.OTHER)).isEqualTo(FileKind.TEXT);
    assertThat(FileKind.sniff(bytes("Plain words."), FileKind.JSON)).isEqualTo(FileKind.JSON);
  }
}
