package org.talentflow.pattern;

import java.util.Objects;

/** A word of normalized text, [start, end), with its part of speech as the tagger gives it (v, nr, nnt, w ...). */
public record Token(int start, int end, String pos) {
  public Token {
    Objects.requireNonNull(pos, "pos");
    if (start < 0 || end <= start) {
      throw new IllegalArgumentException("bad token span [" + start + ", " + end + ")");
    }
  }

  public boolean posStartsWith(String prefix) {
    return pos.startsWith(prefix);
  }
}
