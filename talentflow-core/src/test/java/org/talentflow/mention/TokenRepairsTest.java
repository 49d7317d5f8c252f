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

  /** The text the tokens spell. */
  private static String textOf(String... wordPos) {
    StringBuilder text = new StringBuilder();
    for (String wp : wordPos) {
      text.append(wp, 0, wp.indexOf('/'));
    }
    return text.toString();
  }

  private static List<String> repaired(String... wordPos) {
    String t = textOf(wordPos);
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
    String t = textOf(wordPos);
    return TokenRepairs.titleEnds(t, tokens(wordPos), Set.of("首席技术官", "技术官", "运营官", "执董"), c -> c == '·',
        c -> "郑陈李".indexOf(c) >= 0).stream()
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

  /** "运营/vn 官陈/nr 一/m 鸣/vg": a two-character "name" of the title's end and a surname gives the end back. */
  @Test
  void aTwoCharacterNameOfTheTitlesEndAndASurnameGivesItBack() {
    assertThat(titleEnds("首席/n", "运营/vn", "官陈/nr", "一/m", "鸣/vg", "辞职/vi"))
        .containsExactly("首席/n", "运营/vn", "官/ng", "陈/nr", "一/m", "鸣/vg", "辞职/vi");
    assertThat(titleEnds("非/b", "执/v", "董郑/nr", "宏达/nz")).containsExactly("非/b", "执/v", "董/ng", "郑/nr", "宏达/nz");
    // its second character is no surname, or nothing follows it at once: left alone
    assertThat(titleEnds("首席/n", "运营/vn", "官王/nr", "一/m")).containsExactly("首席/n", "运营/vn", "官王/nr", "一/m");
    assertThat(titleEnds("首席/n", "运营/vn", "官陈/nr", "。/w")).containsExactly("首席/n", "运营/vn", "官陈/nr", "。/w");
  }

  private static List<String> repairedWithVerbs(Set<String> verbs, String... wordPos) {
    String t = textOf(wordPos);
    return TokenRepairs.repair(t, tokens(wordPos), verbs, PREFIXES, Set.of(), List.of(), c -> false, c -> false,
        c -> false)
        .stream()
        .map(k -> t.substring(k.start(), k.end()) + "/" + k.pos()).toList();
  }

  /** "官宣铁/nr 卫": a verb of the lexicon glued to the word after it is split off that word. */
  @Test
  void aVerbOfTheLexiconGluedToTheNameAfterItIsSplitOff() {
    assertThat(repairedWithVerbs(Set.of("官宣"), "月光队/nt", "官宣铁/nr", "卫/ng", "加盟/v"))
        .containsExactly("月光队/nt", "官宣/v", "铁/nr", "卫/ng", "加盟/v");
    assertThat(repairedWithVerbs(Set.of("官宣"), "官宣/nr", "郑浩/nr")).containsExactly("官宣/v", "郑浩/nr");
    assertThat(repairedWithVerbs(Set.of(), "官宣铁/nr", "卫/ng")).containsExactly("官宣铁/nr", "卫/ng");
  }

  /** "官/n 宣/nz": a verb of the lexicon the segmenter left in single characters is one verb again. */
  @Test
  void aVerbOfTheLexiconLeftInSingleCharactersIsOneWord() {
    assertThat(repairedWithVerbs(Set.of("官宣"), "星河/nz", "官/n", "宣/nz", "铁面侠/nz", "退出/v"))
        .containsExactly("星河/nz", "官宣/v", "铁面侠/nz", "退出/v");
    // (a verb cut across words, 将官/n 宣/nz, is another repair's: see the next test)
  }

  /** "将官/n 宣/nz": a verb of the lexicon cut across words, its first character glued to the one before. */
  @Test
  void aVerbOfTheLexiconCutAcrossWordsIsOneWord() {
    assertThat(repairedWithVerbs(Set.of("官宣"), "月光队/nt", "将官/n", "宣/nz", "铁卫/nr", "加盟/v"))
        .containsExactly("月光队/nt", "将/x", "官宣/v", "铁卫/nr", "加盟/v");
    // a word of three characters or more holding the verb's first character is left alone
    assertThat(repairedWithVerbs(Set.of("官宣"), "少将官/n", "宣/nz")).containsExactly("少将官/n", "宣/nz");
  }

  private static List<String> givenNameGlued(String... wordPos) {
    String t = textOf(wordPos);
    return TokenRepairs.givenNameGlued(t, tokens(wordPos)).stream()
        .map(k -> t.substring(k.start(), k.end()) + "/" + k.pos()).toList();
  }

  /** "校长 孟思/nr 远因/n 年龄原因": the name's last character glued to 因 after it is the name's again. */
  @Test
  void aNamesLastCharacterGluedToTheWordAfterItIsTheNamesAgain() {
    assertThat(givenNameGlued("校长/nnt", "孟思/nr", "远因/n", "年龄/n", "原因/n", "卸任/vi"))
        .containsExactly("校长/nnt", "孟思远/nr", "因/p", "年龄/n", "原因/n", "卸任/vi");
    // no title before the name: left alone (远因 may be the noun)
    assertThat(givenNameGlued("孟思/nr", "远因/n", "年龄/n")).containsExactly("孟思/nr", "远因/n", "年龄/n");
  }

  private static List<String> givenNameBeforeDe(String... wordPos) {
    String t = textOf(wordPos);
    return TokenRepairs.givenNameBeforeDe(t, tokens(wordPos)).stream()
        .map(k -> t.substring(k.start(), k.end()) + "/" + k.pos()).toList();
  }

  /** "免去 韩立/nr 新的/a 行长": the name's last character read with 的 as "new" is the name's again. */
  @Test
  void aNamesLastCharacterReadWithDeAsAnAdjectiveIsTheNamesAgain() {
    assertThat(givenNameBeforeDe("免去/v", "韩立/nr", "新的/a", "行长/nnt", "职务/n"))
        .containsExactly("免去/v", "韩立新/nr", "的/ude1", "行长/nnt", "职务/n");
    // no title after it: "韩立 新的 计划" may be the name's new plan
    assertThat(givenNameBeforeDe("韩立/nr", "新的/a", "计划/n")).containsExactly("韩立/nr", "新的/a", "计划/n");
  }
}
