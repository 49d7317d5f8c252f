package org.talentflow.pack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PackFilesTest {
  private static PackFiles.Opener folder(Map<String, String> files) {
    return name -> files.containsKey(name)
        ? new ByteArrayInputStream(files.get(name).getBytes(StandardCharsets.UTF_8)) : null;
  }

  @Test
  void aFolderHoldingNoPackFileAddsNothing() {
    PackFiles f = new PackFiles();
    f.readAll(folder(Map.of()), "empty");
    assertThat(f.entities).isEmpty();
    assertThat(f.triggers).isEmpty();
    assertThat(f.rules).isEmpty();
  }

  @Test
  void anEntityReadAgainKeepsItsFirstNameAndTypeAndAddsAliases() {
    PackFiles f = new PackFiles();
    f.readAll(folder(Map.of("entities.tsv", "P-9\tPERSON\tJane Porter\tJ. Porter\n")), "first");
    f.readAll(folder(Map.of("entities.tsv", "P-9\tORG\tPorter\tJ. Porter|Porter, J.\n")), "second");
    KnowledgePack.PackEntity e = f.entities.get("P-9");
    assertThat(e.canonical()).isEqualTo("Jane Porter");
    assertThat(e.type().name()).isEqualTo("PERSON");
    assertThat(e.aliases()).containsExactly("J. Porter", "Porter, J.");
  }

  @Test
  void aBadLineIsReportedWithItsFileAndLineNumberCommentsAndBlankLinesCounted() {
    PackFiles f = new PackFiles();
    PackFiles.Opener files = folder(Map.of("triggers.tsv", "# event, word, slot\n\nLEFT\tquits\tsideways\n"));
    assertThatThrownBy(() -> f.readAll(files, "mine"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("mine/triggers.tsv:3: bad trigger line");
  }
}
