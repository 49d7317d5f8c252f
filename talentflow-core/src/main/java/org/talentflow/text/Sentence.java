package org.talentflow.text;

/** A sentence as a span [start, end) of the normalized text. */
public record Sentence(int start, int end) {
  public Sentence {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad sentence span [" + start + ", " + end + ")");
    }
  }
}
