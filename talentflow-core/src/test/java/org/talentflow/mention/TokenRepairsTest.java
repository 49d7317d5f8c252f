package org.talentflow.mention;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.talentflow.pattern.Token;

class TokenRepairsTest {
  private static final Set<String> PREFIXES = Set.of("副", "总", "常务");

  /** Tokens from "word/pos" pairs laid end to end over the text they spell. */
  private static List<Token> tokens(String... wordPos) {
    List<Token> out = new ArrayList<>();
    int at = 0;
    for (String wp : wordPos) {
      String[] p = wp.split("/");
      out.add(new Token(at, at + p[0].length(), p[1]));
      at += p[0].length();
    }
    return out;
  }

  private static List<String> repaired(String... wordPos) {
    StringBuilder text = new StringBuilder();
    for (String wp : wordPos) {
      text.append(wp, 0, wp.indexOf('/'));
    }
    String t = text.toString();
    return TokenRepairs.repair(t, tokens(wordPos), Set.of(), PREFIXES).stream()
        .map(k -> t.substring(k.start(), k.end()) + "/" + k.pos()).toList();
  }

  /** "原副/nr 总经理": the former mark and a prefix of the title the tagger took for a name are two words. */
  @Test
  void theFormerMarkGluedToAPrefixOfTheTitleIsNoName() {
    assertThat(repaired("星海集团/nt", "原副/nr", "总经理/nnt", "周岚/nr"))
        .containsExactly("星海集团/nt", "原/f", "副/b", "总经理/nnt", "周岚/nr");
    assertThat(repaired("前常/nr", "务/n")).containsExactly("前常/nr", "务/n"); // no title after it: left alone
    assertThat(repaired("原野/nr", "总经理/nnt")).containsExactly("原野/nr", "总经理/nnt"); // 野 is no prefix
  }

  private static List<String> titleEnds(String... wordPos) {
    StringBuilder text = new StringBuilder();
    for (String wp : wordPos) {
      text.append(wp, 0, wp.indexOf('/'));
    }
    String t = text.toString();
    return TokenRepairs.titleEnds(t, tokens(wordPos), Set.of("首席技术官", "技术官"), c -> c == '·').stream()
        .map(k -> t.substring(k.start(), k.end()) + "/" + k.pos()).toList();
  }

  /** "首席/n 技术/n 官郑浩/nr": the name gives the title its last character back. */
  @Test
  void aNameThatSwallowedTheEndOfTheTitleBeforeItGivesItBack() {
    assertThat(titleEnds("首席/n", "技术/n", "官郑浩/nr", "卸任/v"))
        .containsExactly("首席/n", "技术/n", "官/ng", "郑浩/nr", "卸任/v");
    // the first part of a transliterated name is read whole by the name rules
    assertThat(titleEnds("首席/n", "技术/n", "官鲍勃/nr", "·/w", "格林/nrf"))
        .containsExactly("首席/n", "技术/n", "官鲍勃/nr", "·/w", "格林/nrf");
    // no title ends there
    assertThat(titleEnds("首席/n", "设计/vn", "师郑浩/nr")).containsExactly("首席/n", "设计/vn", "师郑浩/nr");
  }
}
