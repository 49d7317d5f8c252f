package org.talentflow.model;

import java.util.Objects;

/** A mention of a resolved entity, with its span in the ORIGINAL text. */
public record MentionRef(String entityId, int start, int end, String text, String source) {
  public MentionRef {
    Objects.requireNonNull(entityId, "entityId");
    Objects.requireNonNull(text, "text");
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad mention span [" + start + ", " + end + ")");
    }
  }
}
