package org.talentflow.event;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.talentflow.model.Granularity;
import org.talentflow.model.TimeValue;

/**
 * Times that take their value from a time mentioned before them: the same day ("同一天", "当日"), the same month
 * ("当月中旬"), the same time ("几乎同时"), a span after ("五天后", "1个多月后") and the day after or before ("次日",
 * "前一天"); and a weekday in brackets after a date ("11月22日(周三)"), which only restates it. Applied in reading
 * order, so that a time valued here can in turn date the ones after it.
 */
final class AnaphoricTimes {
  /** A span after the time mentioned last: "五天后", "两周后", "1个多月后", "几天后", "十几年之后". */
  static final Pattern AFTER_TEXT = Pattern.compile(
      "(十几|几|数|\\d+|[一二两三四五六七八九十]+)(多)?(天|周|个?多?星期|个多?月|年)(多)?(?:之)?后");

  /** The day after or before the day mentioned last: "次日", "第二天", "前一天". */
  static final Pattern NEXT_DAY_TEXT = Pattern.compile("(次日|第二天|翌日|前一天|前一日)");
  /** A weekday as written: "周三", "星期日". */
  private static final Pattern WEEKDAY_TEXT = Pattern.compile("(周|星期)[一二三四五六日天]");

  private static final Set<String> SAME_DAY = Set.of("同一天", "同日", "当天", "当日");
  /** The month mentioned before, or a part of it: "当月", "同月底", "当月中旬". */
  private static final Pattern SAME_MONTH = Pattern.compile("(?:当月|同月)(?:初|底|末|中旬|上旬|下旬)?");

  private AnaphoricTimes() {}

  /** {@code t} valued from the times {@code before} it, when it counts from one of them; else {@code t} as it is. */
  static TimeMention resolve(String text, List<TimeMention> before, TimeMention t) {
    if (SAME_DAY.contains(t.value().text())) {
      return sameDayAs(before, t); // "在同一天": the day mentioned last
    } else if (SAME_MONTH.matcher(t.value().text()).matches()) {
      return sameMonthAs(text, before, t); // "当月中旬": the month of the time mentioned last
    } else if (t.value().text().endsWith("同时")) {
      return sameTimeAs(text, before, t); // "几乎同时宣布": the time of an earlier sentence, whatever its granularity
    } else if (AFTER_TEXT.matcher(t.value().text()).matches()) {
      return after(text, before, t); // "五天后": after the time mentioned last
    } else if (NEXT_DAY_TEXT.matcher(t.value().text()).matches()) {
      return nextDay(text, before, t); // "前一天": the day before the day mentioned last
    }
    return t;
  }

  /** Whether a weekday only restates the date just before it: "11月22日(周三)", "11月22日周三". */
  static boolean restates(String text, TimeMention date, TimeMention weekday) {
    if (date.value().granularity() != Granularity.DAY || !WEEKDAY_TEXT.matcher(weekday.value().text()).matches()) {
      return false;
    }
    String between = text.substring(date.end(), weekday.start());
    return between.equals("(") || between.equals("（") || between.isEmpty() || between.equals(" ");
  }

  /** "次日", "前一天": the day after or before the last day mentioned before it in the paragraph. */
  private static TimeMention nextDay(String text, List<TimeMention> before, TimeMention t) {
    int shift = t.value().text().startsWith("前") ? -1 : 1;
    for (int i = before.size() - 1; i >= 0 && near(text, before.get(i).end(), t.start()); i--) {
      TimeValue v = before.get(i).value();
      if (v.resolved() && v.granularity() == Granularity.DAY) {
        String day = LocalDate.parse(v.value()).plusDays(shift).toString();
        return new TimeMention(t.start(), t.end(), new TimeValue(day, Granularity.DAY, t.value().text()));
      }
    }
    return t;
  }

  /**
   * "五天后": the time mentioned last, moved on by the span, at that time's granularity ("11月...五天后" is still
   * November; "2023年11月17日...五天后" is 2023-11-22). A vague span ("几天后", "1个多月后", "十几年后") moves it by a
   * range, and the result is as precise as the range allows: the month both ends fall in, else the year, else unknown.
   * The time it counts from stands in the same paragraph; else the span counts from something else ("ChatGPT发布后
   * ...几个月后") and the time is unknown.
   */
  private static TimeMention after(String text, List<TimeMention> before, TimeMention t) {
    Matcher m = AFTER_TEXT.matcher(t.value().text());
    if (!m.matches()) {
      return t;
    }
    String count = m.group(1);
    boolean more = m.group(2) != null || m.group(3).contains("多") || m.group(4) != null;
    int least = switch (count) {
      case "几", "数" -> 2;
      case "十几" -> 11;
      default -> org.talentflow.claim.ClaimNumbers.parse(count);
    };
    int most = switch (count) {
      case "几", "数" -> 9;
      case "十几" -> 19;
      default -> more ? least + 1 : least;
    };
    String unit = m.group(3).replaceAll("[个多]", "");
    for (int i = before.size() - 1; i >= 0 && near(text, before.get(i).end(), t.start()); i--) {
      TimeValue v = before.get(i).value();
      if (!v.resolved() || v.granularity() == Granularity.SEASON) {
        continue;
      }
      String earliest = moved(v, unit, least);
      String latest = moved(v, unit, most);
      TimeValue value;
      if (earliest.equals(latest)) {
        value = new TimeValue(earliest, v.granularity(), t.value().text());
      } else if (v.granularity() == Granularity.DAY && earliest.regionMatches(0, latest, 0, 7)) {
        value = new TimeValue(earliest.substring(0, 7), Granularity.MONTH, t.value().text());
      } else if (earliest.regionMatches(0, latest, 0, 4)) {
        value = new TimeValue(earliest.substring(0, 4), Granularity.YEAR, t.value().text());
      } else {
        value = new TimeValue(null, null, t.value().text());
      }
      return new TimeMention(t.start(), t.end(), value);
    }
    return t;
  }

  /** No paragraph break between {@code from} and {@code to}. */
  private static boolean near(String text, int from, int to) {
    return text.indexOf('\n', from) < 0 || text.indexOf('\n', from) >= to;
  }

  /** {@code v} moved on by {@code n} units (天, 周/星期, 月, 年), at {@code v}'s granularity. */
  private static String moved(TimeValue v, String unit, int n) {
    return switch (v.granularity()) {
      case DAY -> {
        LocalDate d = LocalDate.parse(v.value());
        LocalDate moved = switch (unit) {
          case "天" -> d.plusDays(n);
          case "周", "星期" -> d.plusWeeks(n);
          case "月" -> d.plusMonths(n);
          default -> d.plusYears(n);
        };
        yield moved.toString();
      }
      case MONTH -> {
        YearMonth ym = YearMonth.parse(v.value());
        YearMonth moved = switch (unit) {
          case "天" -> YearMonth.from(ym.atDay(1).plusDays(n - 1L));
          case "周", "星期" -> YearMonth.from(ym.atDay(1).plusWeeks(n).minusDays(1));
          case "月" -> ym.plusMonths(n);
          default -> ym.plusYears(n);
        };
        yield moved.toString();
      }
      default -> unit.equals("年") ? String.valueOf(Integer.parseInt(v.value()) + n) : v.value();
    };
  }

  /** A time in a modifier ("去年新加入的副总裁"): 的 follows within a few characters, with no punctuation between. */
  private static boolean modifies(String text, TimeMention tm) {
    for (int i = tm.end(); i < Math.min(text.length(), tm.end() + 6); i++) {
      char c = text.charAt(i);
      if (c == '的') {
        return true;
      }
      if (",;:。!?\n".indexOf(c) >= 0) {
        return false;
      }
    }
    return false;
  }

  private static TimeMention sameTimeAs(String text, List<TimeMention> before, TimeMention t) {
    int sentenceStart = Math.max(text.lastIndexOf('。', t.start()), text.lastIndexOf('\n', t.start()));
    for (int i = before.size() - 1; i >= 0; i--) {
      TimeValue v = before.get(i).value();
      if (v.resolved() && before.get(i).end() <= sentenceStart && !modifies(text, before.get(i))) {
        return new TimeMention(t.start(), t.end(), new TimeValue(v.value(), v.granularity(), t.value().text()));
      }
    }
    return t;
  }

  /**
   * "当月中旬": the month of the last time before it in the paragraph that names one (a day or a month); else the
   * time is unknown.
   */
  private static TimeMention sameMonthAs(String text, List<TimeMention> before, TimeMention t) {
    for (int i = before.size() - 1; i >= 0 && near(text, before.get(i).end(), t.start()); i--) {
      TimeValue v = before.get(i).value();
      if (v.resolved() && (v.granularity() == Granularity.DAY || v.granularity() == Granularity.MONTH)) {
        return new TimeMention(t.start(), t.end(), new TimeValue(v.value().substring(0, 7), Granularity.MONTH,
            t.value().text()));
      }
    }
    return t;
  }

  private static TimeMention sameDayAs(List<TimeMention> before, TimeMention t) {
    for (int i = before.size() - 1; i >= 0; i--) {
      TimeValue v = before.get(i).value();
      if (v.resolved() && v.granularity() == Granularity.DAY) {
        return new TimeMention(t.start(), t.end(), new TimeValue(v.value(), Granularity.DAY, t.value().text()));
      }
    }
    return t;
  }
}
