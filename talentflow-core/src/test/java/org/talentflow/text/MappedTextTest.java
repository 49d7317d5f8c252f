package org.talentflow.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MappedTextTest {
  @Test
  void identityMapsEveryCharacterToItself() {
    MappedText t = MappedText.identity("奥特曼离职");
    assertThat(t.originalText(0, 3)).isEqualTo("奥特曼");
    assertThat(t.originalStart(3, 5)).isEqualTo(3);
    assertThat(t.originalEnd(3, 5)).isEqualTo(5);
  }

  @Test
  void droppedCharactersAreSkippedAndSpansMapBackExactly() {
    MappedText t = MappedText.identity("創(chuàng)業(yè)公司");
    MappedText cleaned = t.derive().keep(0, 1).keep(9, 10).keep(14, 16).build();
    assertThat(cleaned.text()).isEqualTo("創業公司");
    assertThat(cleaned.originalText(0, 2)).isEqualTo("創(chuàng)業");
    assertThat(cleaned.originalText(2, 4)).isEqualTo("公司");
  }

  @Test
  void unequalReplacementMapsToTheWholeReplacedRange() {
    MappedText t = MappedText.identity("ab");
    MappedText r = t.derive().replace(0, 2, "xyz").build();
    assertThat(r.originalStart(1, 2)).isZero();
    assertThat(r.originalEnd(1, 2)).isEqualTo(2);
  }

  @Test
  void emptySpanAtTheEndMapsToTheEndOfTheOriginal() {
    MappedText t = MappedText.identity("abc").derive().keep(0, 2).build();
    assertThat(t.originalStart(2, 2)).isEqualTo(2);
  }
}
