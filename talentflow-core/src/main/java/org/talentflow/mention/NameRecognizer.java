package org.talentflow.mention;

import java.util.List;

/** A statistical recognizer for names nobody listed. Implementations load their models once. */
public interface NameRecognizer {
  /** Person names in {@code text}, as spans relative to it. */
  List<Span> persons(String text);

  /** A name's span; {@code foreign} when the recognizer took it for a transliterated foreign name. */
  record Span(int start, int end, boolean foreign) {
    public Span(int start, int end) {
      this(start, end, false);
    }
  }

  /**
   * Whether a phrase holds a proper name (a place, person, organization or foreign word), as "上海交通" does and
   * "人工智能" does not: an organization candidate "X公司" is a name only if X holds one.
   */
  default boolean hasProperName(String phrase) {
    return true;
  }

  /**
   * Where a name ending at the end of {@code run} starts: after the last word that cannot be part of a name (a verb,
   * an adverb, a measure word). "骨干多出自大型银行" gives the index of "大型银行".
   */
  default int nameStart(String run) {
    return 0;
  }

  /** Whether a word is an everyday dictionary word ("未来"), not likely a given name. */
  default boolean isCommonWord(String word) {
    return false;
  }

  /**
   * How many leading characters of {@code run} are proper names (a place, a club, a company): in "利物浦主帅" the
   * qualifier run "利物浦" is the employer, not part of the title, while "消费者产品" qualifies the title.
   */
  default int properNamePrefix(String run) {
    return 0;
  }

  /** Whether a word is a verb in the dictionary, perhaps also a verbal noun, and nothing else ("带队", "排队"). */
  default boolean isVerb(String word) {
    return false;
  }

  /** Whether a word is an adverb, conjunction or preposition ("相继", "并且", "对于"), never the tail of a name. */
  default boolean isFunctionWord(String word) {
    return false;
  }

  /**
   * How many leading characters of {@code run} form a noun phrase (nouns and names, no verb, preposition or
   * punctuation): in "小鹏汽车。" all four, in "谷歌担任首席科学家" two.
   */
  default int leadingNounPhrase(String run) {
    return 0;
  }

  /** Whether a phrase is nothing but place names ("阿根廷", "美国"): a nationality before a title, no employer. */
  default boolean isPlace(String phrase) {
    return false;
  }

  /** Whether a phrase holds a word tagged as a name (a place, person, organization, foreign word). */
  default boolean hasTaggedName(String phrase) {
    return hasProperName(phrase);
  }

  /**
   * Whether a phrase is a word the dictionary does not know followed by a noun it knows: "小鹏汽车" (a brand and its
   * trade), not "研发团队" (two known words); or a short coined name the dictionary has no word of ("美团").
   */
  default boolean hasUnknownHead(String phrase) {
    return false;
  }

  static NameRecognizer none() {
    return text -> List.of();
  }
}
