package org.talentflow.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Invariants of cleaning and normalization over random text (Lucene's checkRandomData in spirit). */
class OffsetPropertiesTest {
  private static final Cleaner CLEANER = new Cleaner(List.of());
  private static final Normalizer NORMALIZER = new Normalizer(new HanlpScriptConverter());

  @Provide
  Arbitrary<String> newsLike() {
    Arbitrary<String> pieces = Arbitraries.oneOf(
        Arbitraries.of("創(chuàng)", "(Mira Murati)", "奧爾特曼", "ＯｐｅｎＡＩ", "\u3000", "\u00A0", "\n", "。", ",",
            "離職", "2024年5月", "M i", "*", "(dá)", "O(shè)penAI", "·", "\r\n", "…", "𠮷"),
        Arbitraries.strings().withCharRange('\u4e00', '\u9fff').ofMaxLength(6),
        Arbitraries.strings().ascii().ofMaxLength(6));
    return pieces.list().ofMaxSize(40).map(l -> String.join("", l));
  }

  @Property(tries = 300)
  void everySpanMapsBackIntoTheOriginalWithoutGoingBackwards(@ForAll("newsLike") String original) {
    MappedText t = NORMALIZER.normalize(CLEANER.clean(original));
    int previous = 0;
    for (int i = 0; i < t.length(); i++) {
      int s = t.originalStart(i, i + 1);
      int e = t.originalEnd(i, i + 1);
      assertThat(s).isBetween(0, original.length());
      assertThat(e).isBetween(s + 1, original.length());
      assertThat(s).isGreaterThanOrEqualTo(previous);
      previous = s;
    }
    for (int i = 0; i <= t.length(); i++) {
      for (int j = i; j <= Math.min(t.length(), i + 5); j++) {
        String span = t.originalText(i, j);
        assertThat(original).contains(span);
      }
    }
  }

  @Property(tries = 200)
  void normalizationIsIdempotent(@ForAll("newsLike") String original) {
    MappedText once = NORMALIZER.normalize(MappedText.identity(original));
    MappedText twice = NORMALIZER.normalize(MappedText.identity(once.text()));
    assertThat(twice.text()).isEqualTo(once.text());
  }

  @Property(tries = 200)
  void normalizationKeepsOneCharacterPerCharacter(@ForAll("newsLike") String original) {
    assertThat(NORMALIZER.normalize(MappedText.identity(original)).length()).isEqualTo(original.length());
  }
}
