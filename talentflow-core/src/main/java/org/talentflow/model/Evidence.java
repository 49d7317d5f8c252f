package org.talentflow.model;

import java.util.Objects;

/** Where a fact was read: a character span [start, end) of the ORIGINAL document text, and those characters. */
public record Evidence(String doc, int start, int end, String text) {
  public Evidence {
    Objects.requireNonNull(doc, "doc");
    Objects.requireNonNull(text, "text");
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad evidence span [" + start + ", " + end + ")");
    }
    if (text.length() != end - start) {
      throw new IllegalArgumentException("evidence text length " + text.length() + " != span length " + (end - start));
    }
  }
}
