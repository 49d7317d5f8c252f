package org.talentflow.pattern;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What the lexicon and annotations hold comes back in the order it was given, the same in every run: code applies a
 * class's words one after another (overlapping repairs of tokens), and explain prints an annotation's parts.
 */
class OrderTest {
  private static List<String> words(int n) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add("w" + (char) ('a' + i % 26) + i);
    }
    return out;
  }

  @Test
  void aClassesWordsComeBackInTheOrderGiven() {
    List<String> given = words(40);
    Lexicon l = Lexicon.builder().words("verb", given).build();
    assertThat(l.words("verb")).containsExactlyElementsOf(given);
  }

  @Test
  void anAnnotationsPartsComeBackInTheOrderGiven() {
    Map<String, List<Annotation>> parts = new LinkedHashMap<>();
    List<String> slots = words(30);
    for (String slot : slots) {
      parts.put(slot, List.of(Annotation.of("X", 0, 1, "test", null)));
    }
    assertThat(new Annotation("PERSON", 0, 2, "test", parts, null).parts().keySet()).containsExactlyElementsOf(slots);
  }
}
