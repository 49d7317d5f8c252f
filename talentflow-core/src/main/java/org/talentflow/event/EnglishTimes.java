package org.talentflow.event;

import static org.talentflow.event.TimeNormalizer.day;
import static org.talentflow.event.TimeNormalizer.unknown;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.talentflow.model.Granularity;
import org.talentflow.model.TimeValue;

/**
 * Time expressions in English text: absolute ("September 25, 2024", "25 September 2024", "June 2019", "in 2019")
 * and relative to the publication date ("on Thursday", "in May", "yesterday", "last month", "later this year"; the
 * publication's year for "recently", "in a few weeks", "this season", "by the end of the year"; "next spring" its
 * season).
 * Without a publication date a relative expression keeps its text and gets no value. Only stretches of Latin-script
 * text are searched, so a Chinese article costs nothing here.
 */
final class EnglishTimes {
  private static final String MONTH = "(January|February|March|April|May|June|July|August|September|October|November"
      + "|December|Jan\\.|Feb\\.|Mar\\.|Apr\\.|Jun\\.|Jul\\.|Aug\\.|Sept?\\.|Oct\\.|Nov\\.|Dec\\.)";
  private static final String WEEKDAY = "(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";

  private enum Kind { MDY, DMY, MY, MD, DM, M, Y, WEEKDAY, DAY_WORD, REL_MONTH, REL_YEAR, LAST_WEEK, THIS_YEAR, SEASON }

  private record Rule(Kind kind, Pattern pattern) {}

  private static final List<Rule> RULES = List.of(
      new Rule(Kind.MDY, Pattern.compile(MONTH + " (\\d{1,2})(?:st|nd|rd|th)?,? (\\d{4})\\b")),
      new Rule(Kind.DMY, Pattern.compile("\\b(\\d{1,2}) " + MONTH + ",? (\\d{4})\\b")),
      new Rule(Kind.MY, Pattern.compile(MONTH + ",? (?:of )?(\\d{4})\\b")),
      new Rule(Kind.MD, Pattern.compile(MONTH + " (\\d{1,2})(?:st|nd|rd|th)?\\b(?!,? \\d)")),
      new Rule(Kind.DM, Pattern.compile("\\b(\\d{1,2}) " + MONTH + "(?![A-Za-z])(?!,? \\d)")),
      // a month's name is a whole word: "by Maya Lind" holds no May; the word before it may open the sentence ("In
      // June, Dana Holt will join")
      new Rule(Kind.M, Pattern.compile("\\b(?i:in|since|until|by|early|late|mid-|end of|beginning of) " + MONTH
          + "(?![A-Za-z])(?![ ,]*\\d)")),
      // as a month's, the word before a year may open the sentence ("In 2019, Dana Holt joined")
      new Rule(Kind.Y, Pattern.compile("\\b(?i:in|since|until|by|during|early|late|mid-|end of|beginning of|from)"
          + " ((?:19|20)\\d{2})\\b(?!\\s*(?:%|percent))")),
      new Rule(Kind.WEEKDAY, Pattern.compile("\\b" + WEEKDAY + "\\b")),
      new Rule(Kind.DAY_WORD, Pattern.compile("\\b(yesterday|today|tomorrow)\\b", Pattern.CASE_INSENSITIVE)),
      new Rule(Kind.REL_MONTH, Pattern.compile("\\b(?:earlier |later |at the end of |by the end of )?(this|last|next)"
          + " month\\b", Pattern.CASE_INSENSITIVE)),
      new Rule(Kind.REL_YEAR, Pattern.compile("\\b(?:earlier |later |at the end of |by the end of )?(this|last|next)"
          + " year\\b", Pattern.CASE_INSENSITIVE)),
      new Rule(Kind.LAST_WEEK, Pattern.compile("\\b(last|this past) week\\b", Pattern.CASE_INSENSITIVE)),
      new Rule(Kind.THIS_YEAR, Pattern.compile("\\b(recently|in (?:a few|the coming|the next few) (?:weeks|days)"
          + "|earlier this year|this season|(?:at|by|before) (?:the )?end of the year|later in the year"
          + "|(?:at|by) year[- ]end)\\b", Pattern.CASE_INSENSITIVE)),
      // a season of a year said relative to the publication: "next spring", "last fall", "this summer"
      new Rule(Kind.SEASON, Pattern.compile("\\b(this|next|last) (spring|summer|autumn|fall|winter)\\b",
          Pattern.CASE_INSENSITIVE)));

  /**
   * Words before a time that make it a coming one: "will leave on Monday", "is to start on May 26", "effective April 1"
   * (in any case: "Effective April 1, Ada Brisk will become", where the verb comes after the time), a plan told as
   * reported speech: "said he would retire in June", "is expected to step down in June", and taking a post told in the
   * present, as a schedule: "takes the helm on April 1", "joins the board in May" (and see {@link #PROGRESSIVE}).
   */
  private static final Pattern FUTURE = Pattern.compile("\\b(will|'ll|’ll|to be|plans? to|is set to|are set to|is to"
      + "|are to|is due to|(?i:effective)|starting|would|(?:is|are) expected to|(?:is|are) scheduled to|intends? to"
      + "|takes over|takes the helm|takes charge|takes up|assumes|joins|becomes)\\b");
  /**
   * A move told in the present progressive, an arrangement ("is stepping down in June"), when the time follows it
   * closely in its clause: up to eight words, a post and its organization ("is stepping down as chief executive of
   * Calder Foods in June"), no other verb ("is leaving Calder Foods after joining in January": the time is the
   * joining's, a past one).
   */
  private static final Pattern PROGRESSIVE = Pattern.compile(
      "\\b(?:is|are) (?:stepping down|stepping aside|leaving|retiring|departing|joining)\\b((?:\\s+[\\w'’.&-]+){0,8})\\s*$");
  /** A word of another verb between a progressive and the time. */
  private static final Pattern OTHER_VERB = Pattern.compile("\\b\\w+(?:ing|ed)\\b");
  /** Whether a move told in the present progressive ends the text before a time, no other verb after it. */
  private static boolean arranged(String before) {
    Matcher m = PROGRESSIVE.matcher(before);
    return m.find() && !OTHER_VERB.matcher(m.group(1)).find();
  }

  /** "effective" right before a time, also where it opens the sentence ("Effective March 31, Li Wei will ..."). */
  private static final Pattern EFFECTIVE = Pattern.compile("\\b(?i:effective)(?: as of| from| on)?\\s*$");
  /** How far before the publication a day given as "effective" may lie and still be read as this year's. */
  private static final int EFFECTIVE_DAYS_BEFORE = 60;

  /** Verbs that report: a time of theirs is the report's, a past one. */
  private static final String REPORTING =
      "said|announced|told|confirmed|added|reported|wrote|stated|revealed|disclosed";
  /** A reporting verb right before a time: the time is the report's, a past one ("the company said on Thursday"). */
  private static final Pattern REPORTED =
      Pattern.compile("\\b(?:" + REPORTING + ")(?: (?:on|in|at|late|early))?\\s*$");
  /**
   * What may stand before a time that opens its sentence, its verb coming after it and a comma: "On April 1, Dana
   * Holt will become chief executive" is as coming as "will become chief executive on April 1".
   */
  private static final Pattern FRONTED = Pattern.compile("\\s*(?:(?:on|in|by|from|starting|beginning|as of)\\s+)?",
      Pattern.CASE_INSENSITIVE);
  /**
   * What may stand between a fronted time's comma and the word that makes it a coming one: no verb of a report ("On
   * Monday, Globex said she will leave": Monday is the saying's), of another event or a relative clause ("On April 1,
   * Dana Holt, who joined in 2019, will"), whose time it could be; only a subject.
   */
  private static final Pattern OTHER_CLAUSE =
      Pattern.compile("\\b(?:" + REPORTING + "|who|which|that|\\w+(?:ing|ed))\\b", Pattern.CASE_INSENSITIVE);
  /** A stretch of Latin-script text worth searching: at least this many characters without a Han one. */
  private static final int MIN_STRETCH = 6;

  private EnglishTimes() {}

  static List<TimeMention> find(String text, LocalDate published) {
    List<TimeMention> out = new ArrayList<>();
    int n = text.length();
    int i = 0;
    while (i < n) {
      if (!isLatinSide(text.charAt(i))) {
        i++;
        continue;
      }
      int j = i;
      while (j < n && isLatinSide(text.charAt(j))) {
        j++;
      }
      if (j - i >= MIN_STRETCH && hasLowerWord(text, i, j)) {
        String stretch = text.substring(i, j);
        String lower = stretch.toLowerCase(Locale.ROOT);
        for (Rule rule : RULES) {
          if (!mayMatch(rule.kind(), stretch, lower)) {
            continue;
          }
          Matcher m = rule.pattern().matcher(text).region(i, j);
          while (m.find()) {
            // the clause before the expression, back to the sentence's start: "will step down ... by early February"
            String before = clauseBefore(text, Math.max(i, m.start() - 200), m.start());
            boolean future = (FUTURE.matcher(before).find() || arranged(before)) && !REPORTED.matcher(before).find()
                || FRONTED.matcher(before).matches() && comingAfter(text, m.end(), j);
            // "effective March 1" alone (no "will" and the like): the day the change holds, which a notice may give
            // after it; a day of the last weeks is that one, not next year's
            Matcher eff = EFFECTIVE.matcher(before);
            boolean effective = future && eff.find() && !FUTURE.matcher(before.substring(0, eff.start())).find();
            TimeValue v = value(rule.kind(), m, published, future, effective);
            if (v != null) {
              out.add(new TimeMention(m.start(), m.end(), v));
            }
          }
        }
      }
      i = j;
    }
    return out;
  }

  /** The starts of the month names and their abbreviations: a month is written with one of them. */
  private static final String[] MONTH_STARTS = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct",
      "Nov", "Dec"};

  /**
   * Whether a stretch holds what every match of a rule needs (a month's name, a digit, a word such as "year"): most
   * stretches hold no time, and a look for a few strings is cheaper than the rules' expressions. It never says no to
   * a stretch where the rule matches.
   */
  private static boolean mayMatch(Kind kind, String stretch, String lower) {
    return switch (kind) {
      case MDY, DMY, MY, MD, DM -> hasDigit(stretch) && hasMonth(stretch);
      case M -> hasMonth(stretch);
      case Y -> hasDigit(stretch);
      case WEEKDAY, DAY_WORD -> lower.contains("day") || lower.contains("tomorrow");
      case REL_MONTH -> lower.contains("month");
      case REL_YEAR -> lower.contains("year");
      case LAST_WEEK -> lower.contains("week");
      case THIS_YEAR -> lower.contains("recently") || lower.contains("week") || lower.contains("day")
          || lower.contains("year") || lower.contains("season");
      case SEASON -> lower.contains("spring") || lower.contains("summer") || lower.contains("autumn")
          || lower.contains("fall") || lower.contains("winter");
    };
  }

  private static boolean hasMonth(String s) {
    for (String m : MONTH_STARTS) {
      if (s.contains(m)) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasDigit(String s) {
    for (int k = 0; k < s.length(); k++) {
      if (s.charAt(k) >= '0' && s.charAt(k) <= '9') {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the time ending at {@code from} is followed by a comma and then, in its sentence, by a word that makes it
   * a coming one (FUTURE), with only a subject between ("On April 1, Dana Holt will become"): a fronted time is the
   * verb's after it.
   */
  private static boolean comingAfter(String text, int from, int to) {
    if (from >= to || text.charAt(from) != ',') {
      return false;
    }
    String after = clauseAfter(text, from + 1, Math.min(to, from + 200));
    Matcher f = FUTURE.matcher(after);
    return f.find() && !OTHER_CLAUSE.matcher(after.substring(0, f.start())).find();
  }

  /** The text after a position up to its sentence's end: ";", or a period before a space and a capital. */
  private static String clauseAfter(String text, int from, int to) {
    for (int k = from; k + 2 < to; k++) {
      char c = text.charAt(k);
      if (c == ';' || c == '.' && text.charAt(k + 1) == ' ' && k > from && endsSentence(text.charAt(k - 1))
          && Character.isUpperCase(text.charAt(k + 2))) {
        return text.substring(from, k);
      }
    }
    return text.substring(from, to);
  }

  /**
   * The text before an expression back to the sentence's start: ";", or a period after a lower-case word or a digit
   * and before a capital ("on April 1. The board met on March 11" ends; "Inc. by early May" goes on).
   */
  private static String clauseBefore(String text, int from, int to) {
    int start = from;
    for (int k = to - 2; k > from; k--) {
      char c = text.charAt(k);
      if (c == ';' || c == '.' && text.charAt(k + 1) == ' ' && endsSentence(text.charAt(k - 1))
          && k + 2 < to && Character.isUpperCase(text.charAt(k + 2))) {
        start = k + 1;
        break;
      }
    }
    return text.substring(start, to);
  }

  private static boolean endsSentence(char last) {
    return Character.isLowerCase(last) || Character.isDigit(last);
  }

  /** English prose has words in lower case; a name between Chinese words ("Sam Altman") has none. */
  private static boolean hasLowerWord(String text, int from, int to) {
    for (int k = from + 1; k + 1 < to; k++) {
      if (text.charAt(k - 1) == ' ' && text.charAt(k) >= 'a' && text.charAt(k) <= 'z'
          && text.charAt(k + 1) >= 'a' && text.charAt(k + 1) <= 'z') {
        return true;
      }
    }
    return false;
  }

  private static boolean isLatinSide(char c) {
    return c < 0x2E80; // anything below the CJK blocks: letters, digits, spaces, punctuation
  }

  static TimeValue value(Kind kind, Matcher m, LocalDate pub, boolean future, boolean effective) {
    String text = m.group();
    try {
      return switch (kind) {
        case MDY -> day(LocalDate.of(num(m, 3), month(m.group(1)), num(m, 2)), text);
        case DMY -> day(LocalDate.of(num(m, 3), month(m.group(2)), num(m, 1)), text);
        case MY -> new TimeValue(YearMonth.of(num(m, 2), month(m.group(1))).toString(), Granularity.MONTH, text);
        case Y -> new TimeValue(m.group(1), Granularity.YEAR, text);
        case MD, DM -> {
          if (pub == null) {
            yield unknown(text);
          }
          int mo = month(m.group(kind == Kind.MD ? 1 : 2));
          int d = num(m, kind == Kind.MD ? 2 : 1);
          LocalDate date = LocalDate.of(pub.getYear(), mo, d);
          if (effective && date.isBefore(pub) && !date.isBefore(pub.minusDays(EFFECTIVE_DAYS_BEFORE))) {
            yield day(date, text); // "has appointed X, effective March 1", told on March 15: this March
          }
          if (!future && date.isAfter(pub)) {
            date = date.minusYears(1);
          } else if (future && date.isBefore(pub)) {
            date = date.plusYears(1);
          }
          yield day(date, text);
        }
        case M -> {
          if (pub == null) {
            yield unknown(text);
          }
          YearMonth ym = YearMonth.of(pub.getYear(), month(m.group(1)));
          YearMonth now = YearMonth.from(pub);
          if (!future && ym.isAfter(now)) {
            ym = ym.minusYears(1);
          } else if (future && ym.isBefore(now)) {
            ym = ym.plusYears(1);
          }
          yield new TimeValue(ym.toString(), Granularity.MONTH, text);
        }
        case WEEKDAY -> {
          if (pub == null) {
            yield unknown(text);
          }
          DayOfWeek w = DayOfWeek.valueOf(m.group(1).toUpperCase(Locale.ROOT));
          yield day(pub.with(future ? TemporalAdjusters.nextOrSame(w) : TemporalAdjusters.previousOrSame(w)), text);
        }
        case DAY_WORD -> {
          if (pub == null) {
            yield unknown(text);
          }
          String w = m.group(1).toLowerCase(Locale.ROOT);
          yield day(w.equals("yesterday") ? pub.minusDays(1) : w.equals("tomorrow") ? pub.plusDays(1) : pub, text);
        }
        case REL_MONTH -> pub == null ? unknown(text)
            : new TimeValue(YearMonth.from(pub).plusMonths(shift(m.group(1))).toString(), Granularity.MONTH, text);
        case REL_YEAR -> pub == null ? unknown(text)
            : new TimeValue(String.valueOf(pub.getYear() + shift(m.group(1))), Granularity.YEAR, text);
        case THIS_YEAR -> pub == null ? unknown(text) : new TimeValue(String.valueOf(pub.getYear()), Granularity.YEAR, text);
        case SEASON -> pub == null ? unknown(text) : new TimeValue((pub.getYear() + shift(m.group(1))) + "-"
            + season(m.group(2)), Granularity.SEASON, text);
        case LAST_WEEK -> TimeNormalizer.week(pub, -1, text);
      };
    } catch (DateTimeException e) {
      return null; // "February 30, 2024" is no date
    }
  }

  /** A season's name as the time values write it (spring, summer, autumn, winter). */
  private static String season(String name) {
    String s = name.toLowerCase(Locale.ROOT);
    return s.equals("fall") ? "autumn" : s;
  }

    private static int shift(String which) {
    return switch (which.toLowerCase(Locale.ROOT)) {
      case "last" -> -1;
      case "next" -> 1;
      default -> 0;
    };
  }

  private static int month(String name) {
    String three = name.substring(0, 3).toLowerCase(Locale.ROOT);
    return List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
        .indexOf(three) + 1;
  }

  private static int num(Matcher m, int group) {
    return Integer.parseInt(m.group(group));
  }
}
