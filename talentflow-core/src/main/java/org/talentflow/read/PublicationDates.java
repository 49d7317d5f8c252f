package org.talentflow.read;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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

  /**
   * A table of publication dates ({@code --dates}): a TSV whose header (a byte order mark allowed) names a
   * {@code file} (or {@code doc}) column and a {@code published} column of ISO dates, e.g. a gold docs.tsv. Each name
   * is also entered without its extension; rows without a date are left out.
   *
   * @throws IllegalArgumentException naming the file (and line) when it cannot be read, has no such header, or a
   *     date is not an ISO date
   */
  public static Map<String, LocalDate> readTable(Path file) {
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalArgumentException("cannot read " + file + ": " + e.getMessage(), e);
    }
    if (lines.isEmpty()) {
      throw new IllegalArgumentException("empty file " + file);
    }
    List<String> header = Arrays.asList(lines.get(0).replace("\uFEFF", "").split("\t"));
    int name = header.indexOf("file") >= 0 ? header.indexOf("file") : header.indexOf("doc");
    int date = header.indexOf("published");
    if (name < 0 || date < 0) {
      throw new IllegalArgumentException(file + " needs a header with 'file' (or 'doc') and 'published' columns");
    }
    Map<String, LocalDate> out = new HashMap<>();
    for (int i = 1; i < lines.size(); i++) {
      String[] f = lines.get(i).split("\t");
      if (f.length > Math.max(name, date) && !f[date].isBlank()) {
        LocalDate d;
        try {
          d = LocalDate.parse(f[date].strip());
        } catch (DateTimeParseException e) {
          throw new IllegalArgumentException(file + ":" + (i + 1) + ": expects a date like 2024-09-27, not '"
              + f[date].strip() + "'", e);
        }
        out.put(f[name].strip(), d);
        int dot = f[name].lastIndexOf('.');
        if (dot > 0) {
          out.put(f[name].substring(0, dot).strip(), d);
        }
      }
    }
    return out;
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
