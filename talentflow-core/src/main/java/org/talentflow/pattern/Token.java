package org.talentflow.pattern;

import java.util.Objects;

/**
 * A word of normalized text, [start, end), with its part of speech as the tagger gives it (v, nr, nnt, w ...) and the
 * number of that part of speech (see {@link Tags}), which the matcher tests instead of the tag's letters.
 */
public record Token(int start, int end, String pos, int tag) {
  public Token {
    Objects.requireNonNull(pos, "pos");
    if (start < 0 || end <= start) {
      throw new IllegalArgumentException("bad token span [" + start + ", " + end + ")");
    }
  }

  public Token(int start, int end, String pos) {
    this(start, end, pos, Tags.id(Objects.requireNonNull(pos, "pos")));
  }

  public boolean posStartsWith(String prefix) {
    return pos.startsWith(prefix);
  }
}
