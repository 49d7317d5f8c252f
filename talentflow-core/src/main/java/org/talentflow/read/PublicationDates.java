package org.talentflow.read;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Publication dates: from a record's "published" field, or from the header of an article ("2024-09-27 22:15:07"). */
public final class PublicationDates {
  /** How far into an article its header may stand. */
  private static final int HEADER_CHARS = 400;
  private static final Pattern HEADER_DATE = Pattern.compile(
      "(?<!\\d)(20\\d{2}|19\\d{2})[-/年.](\\d{1,2})[-/月.](\\d{1,2})日?(?:\\s+\\d{1,2}:\\d{2}(?::\\d{2})?)?");

  private PublicationDates() {}

  /** The date in a record field: an ISO date, an ISO date-time (with or without zone) or "2024-09-27 22:15:07". */
  public static LocalDate parseField(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String v = value.strip();
    try {
      return OffsetDateTime.parse(v).toLocalDate();
    } catch (DateTimeParseException e) {
      // not a zoned date-time; try the plainer forms below
    }
    Matcher m = HEADER_DATE.matcher(v);
    if (m.lookingAt()) {
      LocalDate d = date(m);
      if (d == null) {
        throw new IllegalArgumentException("'" + value + "' is not a calendar date");
      }
      return d;
    }
    throw new IllegalArgumentException("'" + value + "' is not a date (expected YYYY-MM-DD)");
  }

  /** The first full date with a time of day in the header, else the first full date alone on a header line. */
  public static LocalDate fromHeader(String text) {
    String head = text.substring(0, Math.min(text.length(), HEADER_CHARS));
    Matcher m = HEADER_DATE.matcher(head);
    while (m.find()) {
      if (m.group().contains(":")) {
        LocalDate d = date(m);
        if (d != null) {
          return d;
        }
      }
    }
    return null;
  }

  private static LocalDate date(Matcher m) {
    try {
      return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
    } catch (DateTimeException e) {
      return null;
    }
  }
}
