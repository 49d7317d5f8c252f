package org.talentflow.model;

import java.util.Objects;

/**
 * A time as the text states it. {@code value} is null when the expression cannot be resolved (for instance
 * "今年5月" in a document without a publication date): unknown stays unknown.
 */
public record TimeValue(String value, Granularity granularity, String text) {
  public TimeValue {
    Objects.requireNonNull(text, "text");
    if (value != null) {
      Objects.requireNonNull(granularity, "granularity of " + value);
    }
  }

  public boolean resolved() {
    return value != null;
  }
}
