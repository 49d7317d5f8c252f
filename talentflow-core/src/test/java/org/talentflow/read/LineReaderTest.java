package org.talentflow.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class LineReaderTest {
  private static LineReader reader(String content, long max) {
    return new LineReader(new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)), max);
  }

  @Test
  void splitsAtNewlinesAndCountsTheNewlineInTheLength() throws IOException {
    LineReader r = reader("ab\ncde", 100);
    assertThat(new String(r.next(), StandardCharsets.UTF_8)).isEqualTo("ab");
    assertThat(r.lastLength()).isEqualTo(3);
    assertThat(new String(r.next(), StandardCharsets.UTF_8)).isEqualTo("cde");
    assertThat(r.lastLength()).isEqualTo(3);
    assertThat(r.next()).isNull();
  }

  @Test
  void aLineOverTheLimitKeepsOnlyTheLimitAndIsMarkedTooLong() throws IOException {
    LineReader r = reader("abcdefgh\nxy\n", 4);
    assertThat(new String(r.next(), StandardCharsets.UTF_8)).isEqualTo("abcd");
    assertThat(r.lastTooLong()).isTrue();
    assertThat(r.lastLength()).isEqualTo(9);
    assertThat(new String(r.next(), StandardCharsets.UTF_8)).isEqualTo("xy");
    assertThat(r.lastTooLong()).isFalse();
  }
}
