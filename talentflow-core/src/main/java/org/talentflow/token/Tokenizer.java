package org.talentflow.token;

import java.util.List;
import org.talentflow.pattern.Token;

/** Splits a span of normalized text into words with parts of speech. Implementations are thread-safe. */
public interface Tokenizer {
  /** The tokens of text[from, to), with offsets into the whole text, in order, covering every non-space character. */
  List<Token> tokens(String text, int from, int to);

  /**
   * Whether a word is an everyday verb, adverb or preposition of the tagger's dictionary ("进行", "已经"): such a word
   * is no given name, whatever the tagger guessed. False when the tagger has no dictionary.
   */
  default boolean isFunctionalWord(String word) {
    return false;
  }

  /**
   * Whether a word is above all a word of time, place or quantity in the tagger's dictionary ("未来", "以后"): such a
   * word is no given name even when the tagger also lists it as a noun. False when the tagger has no dictionary.
   */
  default boolean isTimeOrFunctionNoun(String word) {
    return false;
  }

  /**
   * Whether a string is a word of the tagger's dictionary seen often enough to trust ("基金", "主任"), a name aside:
   * a name the tagger guessed across two such words was cut from them. False when the tagger has no dictionary.
   */
  default boolean isCommonWord(String word) {
    return false;
  }
}
