package org.talentflow.text;

import java.util.Objects;

/**
 * Normalization with an offset map: traditional to simplified script, full-width to half-width forms, and the odd
 * space characters (ideographic space, no-break space) to a plain space. The result keeps one character per source
 * character wherever the script converter allows it, so spans map back exactly.
 */
public final class Normalizer {
  private static final int CHUNK = 512;
  private final ScriptConverter converter;

  public Normalizer(ScriptConverter converter) {
    this.converter = Objects.requireNonNull(converter, "converter");
  }

  public MappedText normalize(MappedText in) {
    String text = in.text();
    MappedText.Builder out = in.derive();
    int i = 0;
    while (i < text.length()) {
      int end = chunkEnd(text, i);
      String chunk = text.substring(i, end);
      String converted = simplified(chunk);
      if (converted.length() == chunk.length()) {
        for (int k = 0; k < chunk.length(); k++) {
          out.replaceChar(i + k, width(converted.charAt(k)));
        }
      } else {
        // a phrase mapping changed the length: convert character by character so every offset stays exact
        for (int k = 0; k < chunk.length(); k++) {
          String one = simplified(chunk.substring(k, k + 1));
          char c = one.length() == 1 ? one.charAt(0) : chunk.charAt(k);
          out.replaceChar(i + k, width(c));
        }
      }
      i = end;
    }
    return out.build();
  }

  /**
   * Conversion to a fixpoint: some dictionary entries map to a form that is itself converted again (a character to
   * 苧, 苧 to 苎); repeating makes normalization idempotent.
   */
  private String simplified(String text) {
    String current = text;
    for (int i = 0; i < 3; i++) {
      String next = converter.toSimplified(current);
      if (next.equals(current) || next.length() != current.length()) {
        return i == 0 ? next : (next.length() == current.length() ? next : current);
      }
      current = next;
    }
    return current;
  }

  /** Chunks end after a sentence-ending mark or a line break, so phrase conversion never spans sentences. */
  private static int chunkEnd(String text, int from) {
    int limit = Math.min(text.length(), from + CHUNK);
    for (int j = from; j < limit; j++) {
      char c = text.charAt(j);
      if (c == '\n' || c == '。' || c == '!' || c == '?' || c == '！' || c == '？') {
        return j + 1;
      }
    }
    // do not split a surrogate pair
    if (limit < text.length() && Character.isHighSurrogate(text.charAt(limit - 1))) {
      return limit + 1;
    }
    return limit;
  }

  /** Full-width ASCII variants to ASCII; ideographic and no-break spaces to a space. */
  static char width(char c) {
    if (c >= '\uFF01' && c <= '\uFF5E') {
      return (char) (c - 0xFEE0);
    }
    if (c == '\u3000' || c == '\u00A0' || c == '\u2007' || c == '\u202F') {
      return ' ';
    }
    return c;
  }
}
