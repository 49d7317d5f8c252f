package org.talentflow.token;

import java.util.List;
import org.talentflow.pattern.Token;

/** Splits a span of normalized text into words with parts of speech. Implementations are thread-safe. */
public interface Tokenizer {
  /** The tokens of text[from, to), with offsets into the whole text, in order, covering every non-space character. */
  List<Token> tokens(String text, int from, int to);
}
