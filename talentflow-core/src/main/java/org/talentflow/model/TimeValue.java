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

  /**
   * The same time one level less precise (a day's month, a month's or season's year): what a time still says about
   * an event it was not written for, such as one in the next sentence.
   */
  public TimeValue coarser() {
    if (value == null || granularity == Granularity.YEAR) {
      return this;
    }
    return switch (granularity) {
      case DAY -> new TimeValue(value.substring(0, 7), Granularity.MONTH, text);
      default -> new TimeValue(value.substring(0, 4), Granularity.YEAR, text);
    };
  }
}
