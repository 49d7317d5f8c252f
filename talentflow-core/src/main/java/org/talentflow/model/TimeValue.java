package org.talentflow.model;

import java.time.DateTimeException;
import java.time.LocalDate;
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

  /**
   * The day {@code s} writes as yyyy-MM-dd (ASCII digits, a day that exists), or null: what {@link LocalDate#parse}
   * accepts of ten characters, read by hand, since a formatter costs about a microsecond a call and the frames of a
   * document ask for many.
   */
  public static LocalDate day(String s) {
    if (s.length() != 10 || s.charAt(4) != '-' || s.charAt(7) != '-') {
      return null;
    }
    int year = digits(s, 0, 4);
    int month = digits(s, 5, 7);
    int day = digits(s, 8, 10);
    if (year < 0 || month < 0 || day < 0) {
      return null;
    }
    try {
      return LocalDate.of(year, month, day);
    } catch (DateTimeException e) {
      return null; // no such day (2023-02-30): not a date, as for the parser
    }
  }

  private static int digits(String s, int from, int to) {
    int n = 0;
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      n = 10 * n + c - '0';
    }
    return n;
  }
}
