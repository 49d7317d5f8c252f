package org.talentflow.claim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.talentflow.pack.KnowledgePack;

class RequiredWordsTest {
  @Test
  void aGroupOfPlainAlternativesThatIsNotOptionalIsRequired() {
    assertThat(RequiredWords.of(Pattern.compile("(?<n>\\d+)(?:位|名)(?:中)?(?:仅剩下|仅剩|还剩)(?<v>\\d+)")))
        .containsExactly("仅剩下", "仅剩", "还剩");
  }

  @Test
  void aRunOfPlainCharactersIsRequiredUpToAnOptionalOne() {
    assertThat(RequiredWords.of(Pattern.compile("拥有?(?<hedge>超过|近)?(?<value>\\d+)名员工")))
        .containsExactly("名员工");
  }

  @Test
  void optionalGroupsClassesAndLookAroundsGiveNothing() {
    assertThat(RequiredWords.of(Pattern.compile("(?:至少|近)?\\d+[名位](?=人)"))).isEmpty();
    assertThat(RequiredWords.of(Pattern.compile("(?:[A-Z]+|离职)\\d"))).isEmpty();
  }

  @Test
  void alternativesAtTheTopLevelOrFlagsGiveNothing() {
    assertThat(RequiredWords.of(Pattern.compile("离职|加入"))).isEmpty();
    assertThat(RequiredWords.of(Pattern.compile("(?i)joined"))).isEmpty();
    assertThat(RequiredWords.of(Pattern.compile("joined", Pattern.CASE_INSENSITIVE))).isEmpty();
  }

  @Test
  void everyShippedClaimPatternNeedsWords() {
    for (KnowledgePack.ClaimPattern rule : KnowledgePack.builtin().claimPatterns()) {
      assertThat(RequiredWords.of(rule.pattern())).as(rule.pattern().pattern()).isNotEmpty();
    }
  }

  @Test
  void aPositionCountsOnlyInsideTheStretch() {
    int[] at = RequiredWords.positions("还剩A还剩B仅剩", List.of("还剩", "仅剩"));
    assertThat(at).containsExactly(0, 3, 6);
    assertThat(RequiredWords.anyIn(at, 1, 3)).isFalse();
    assertThat(RequiredWords.anyIn(at, 1, 4)).isTrue();
    assertThat(RequiredWords.anyIn(at, 7, 9)).isFalse();
  }

  @Provide
  Arbitrary<String> texts() {
    return Arbitraries.of("5", "12", "位", "名", "人", "中", "仅剩", "还剩", "员工", "从", "拥有", "超过", "发布", "了",
        "GPT4", "Acme", "离职", "加入", "的", "，", "。", "研发", "至少", "近").list().ofMaxSize(30)
        .map(l -> String.join("", l));
  }

  /** The filter is safe: no shipped claim pattern matches anywhere without one of its words inside the match. */
  @Property(tries = 500)
  void everyMatchHoldsOneOfItsRequiredWords(@ForAll("texts") String text) {
    for (KnowledgePack.ClaimPattern rule : KnowledgePack.builtin().claimPatterns()) {
      List<String> words = RequiredWords.of(rule.pattern());
      Matcher m = rule.pattern().matcher(text);
      while (m.find()) {
        String match = m.group();
        assertThat(words).as(rule.pattern().pattern() + " on " + text).anyMatch(match::contains);
      }
    }
  }
}
