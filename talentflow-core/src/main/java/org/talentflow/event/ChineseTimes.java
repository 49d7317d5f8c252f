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
 * Time expressions in Chinese text, each valued on its own: absolute (2024年8月5日, 2020年底, 2018年初), and relative
 * to a reference date (今年5月, 去年11月, 上个月, 本月初, 上周三, 周一, 昨日, 3年前). Their numbers are in figures or in
 * Chinese numerals (二〇二五年三月十日, 十二月三十一日, 三年前), read by {@link #number}. The reference date is the publication
 * date, or from where it stands on a news dateline near the top ("新华社北京9月12日电") or a line that is only a date
 * (a listing page's teasers below it). Without a publication date a relative expression keeps its text and gets no
 * value. Expressions that count from a time mentioned before them (同一天, 五天后, 次日) are found here with no value;
 * {@link AnaphoricTimes} gives them one. The rules only run in windows around the characters an expression must hold.
 */
final class ChineseTimes {
  /** A relative year with the year it means in brackets: "明年(2018年)"; the number is the first group. */
  private static final String GLOSSED_YEAR = "(?:今年|去年|明年|前年) ?\\( ?((?:19|20)\\d{2}) ?年? ?\\) ?";
  /** The Chinese numerals, "○" (a circle) among them: notices often write it for 〇. */
  private static final String NUMERALS = "〇○零一二三四五六七八九十两百千万";
  /**
   * A year of four figures, or of four Chinese numerals written one by one (二〇二五, 二零一九, 一九九八), not the end
   * of a longer number; one group. Government notices, court papers and many datelines write dates so.
   */
  private static final String YEAR = "((?<!\\d)\\d{4}|(?<![" + NUMERALS + "])[〇○零一二三四五六七八九]{4})";
  /** A year of this or the last century alone before 年 (2019年, 二〇一九年): a bare 4-figure number is no year. */
  private static final String CENTURY_YEAR =
      "((?<!\\d)(?:19|20)\\d{2}|(?<![" + NUMERALS + "])(?:一九|二[〇○零])[〇○零一二三四五六七八九]{2})";
  /** A month in Chinese numerals (三, 十一, 十二), not the end of a longer number ("二十一月" is none). */
  private static final String MONTH_IN_NUMERALS = "(?<![" + NUMERALS + "])(?:十[一二]?|[一二三四五六七八九])";
  /** A month in figures or numerals, one group; a number out of range is read, then refused as a date (13月). */
  private static final String MONTH = "(\\d{1,2}|" + MONTH_IN_NUMERALS + ")";
  /** A day of the month (5, 十, 二十一, 三十一), one group: as the month, never inside a longer number. */
  private static final String DAY =
      "(\\d{1,2}|(?<![" + NUMERALS + "])(?:[二三]十[一二三四五六七八九]?|十[一二三四五六七八九]?|[一二三四五六七八九]))";
  private static final String PART = "(初|底|末|中旬|上旬|下旬|年初|年底|年末|春季|春天|夏季|夏天|秋季|秋天|冬季|冬天|上半年|下半年)?";

  private enum Kind {
    ISO_DAY, YMD, YM, Y, REL_YMD, REL_YM, REL_Y, MD, D, M, REL_MONTH, REL_WEEK, REL_WEEKDAY, WEEKDAY, REL_DAY, RECENT,
    YEAR_PART, AGO,
    SAME_DAY, SAME_MONTH, AFTER, NEXT_DAY
  }

  /** A rule's pattern, and the anchor characters a match of it can hold (at least one, always). */
  private record Rule(Kind kind, String anchors, Pattern pattern) {}

  private static final List<Rule> RULES = List.of(
      new Rule(Kind.ISO_DAY, "-", Pattern.compile("(?<!\\d)(\\d{4})-(\\d{1,2})-(\\d{1,2})(?!\\d)")),
      // each number in figures or in Chinese numerals, mixed as they come ("2025年三月十日"): see YEAR, MONTH, DAY
      new Rule(Kind.YMD, "年月日号", Pattern.compile(YEAR + " ?年 ?" + MONTH + " ?月 ?" + DAY + " ?[日号]")),
      new Rule(Kind.YM, "年月", Pattern.compile(YEAR + " ?年 ?" + MONTH + " ?月" + PART)),
      new Rule(Kind.Y, "年", Pattern.compile(CENTURY_YEAR + " ?年" + PART)),
      // a relative year glossed by the year it means, "明年(2018年)6月": the written year holds
      new Rule(Kind.YMD, "年月日号", Pattern.compile(GLOSSED_YEAR + MONTH + " ?月 ?" + DAY + " ?[日号]")),
      new Rule(Kind.YM, "年月", Pattern.compile(GLOSSED_YEAR + MONTH + " ?月" + PART)),
      new Rule(Kind.REL_YMD, "年月日号", Pattern.compile("(今年|去年|明年|前年) ?" + MONTH + " ?月 ?" + DAY + " ?[日号]")),
      new Rule(Kind.REL_YM, "年月", Pattern.compile("(今年|去年|明年|前年) ?(\\d{1,2}) ?月" + PART)),
      // in numerals, only with its part ("今年三月底", "去年十月下旬"): "今年三月" alone stays the year, as before; read
      // as the month it split one real-dev event in two (F1 0.842 -> 0.839), so it waits for a look at that case
      new Rule(Kind.REL_YM, "年月", Pattern.compile("(今年|去年|明年|前年) ?(" + MONTH_IN_NUMERALS + ") ?月"
          + "(初|底|末|中旬|上旬|下旬)")),
      new Rule(Kind.REL_Y, "年", Pattern.compile("(今年|去年|明年|前年)" + PART)),
      // a season of a relative year said short, "今夏" (this summer), "去冬", "明春": not inside 如今, 至今, 当今, and
      // not the first characters of another word (今春节, 今冬奥会)
      new Rule(Kind.REL_Y, "春夏秋冬", Pattern.compile("(?<![如至迄当古现])(今|去|明)(春|夏|秋|冬)(?![天季节日雨雪风装奥运])")),
      // a month and its day: with the day's 日 or 号, so in Chinese numerals too ("三月十日", "十二月三十一号")
      new Rule(Kind.MD, "月日号", Pattern.compile("(?<![\\d年.])" + MONTH + " ?月 ?" + DAY + " ?[日号]")),
      // a day of the month alone, as news writes the days of its week ("16日在大会上宣布", "当地时间11日下午"): not a
      // count of days (3日内, 数日), a moving average (7日均线) or a dateline (9日电)
      new Rule(Kind.D, "日", Pattern.compile("(?<![\\d年月.个数几多第前后近/\\-])(\\d{1,2}) ?日(?![\\d内前电均])(?!之内|以内)")),
      new Rule(Kind.M, "月年", Pattern.compile("(?<![\\d年.个一二三四五六七八九十两几数])(\\d{1,2}|十[一二]?|[一二三四五六七八九]) ?月份?"
          + PART + "(?![\\d个内]|之内|有余)")),
      new Rule(Kind.REL_MONTH, "月年", Pattern.compile("(上个月|上月|本月|这个月|下个月|下月)" + PART)),
      // a week said whole, "上周", "本周", "下星期": not a day of it (上周三)
      new Rule(Kind.REL_WEEK, "周期", Pattern.compile("(上|本|这|下)(?:个)?(?:周|星期)(?![一二三四五六日天末])")),
      // a day of the last, this or the next week (上周三, 本周五, 下周一)
      new Rule(Kind.REL_WEEKDAY, "周期日天", Pattern.compile("(上|本|这|下)(?:周|星期|个星期)([一二三四五六日天])")),
      new Rule(Kind.WEEKDAY, "周期日天", Pattern.compile("(?:周|星期)([一二三四五六日天])")),
      // 前日 is 前天 (the day before yesterday), but not the end of another word before 日 (此前日, 目前日益) nor the
      // start of a "former" title ("前日本首相", "前日韩...")
      new Rule(Kind.REL_DAY, "天日", Pattern.compile(
          "(前天|昨天|昨日|今天|今日|明天|明日|(?<![此之目当提以空先向眼从史])前日(?![本韩军益常趋]))")),
      // so long ago, counted from the reference date: "3年前", "三年前", "两个月前", "两周前", "十天前". A count in
      // figures or numerals (三, 十, 二十五), not the end of a longer number ("2018年前" is before 2018) nor a vague
      // one (几年前, 多年前, 一个多月前). Two figures before 年 are as often a year written short ("19年前" is before
      // 2019, "18年前三季度") and are left alone (read as a count they cost duee-dev 0.806 -> 0.805), as is "一八年前".
      // Not "三年前后" (about three years), "两天前往" (前往, to go) nor "前三季度" (the first three quarters).
      new Rule(Kind.AGO, "前", Pattern.compile("(?<![\\d" + NUMERALS + "几数多第])(?!\\d{2}年)"
          + "(\\d{1,2}|[一二两三四五六七八九]?十[一二三四五六七八九]?|[一二两三四五六七八九])"
          + "(年|个月|周|个?星期|天)前(?![后往夕\\d" + NUMERALS + "半几])")),
      new Rule(Kind.RECENT, "近日", Pattern.compile("(近期|最近|近日|日前|近来)")),
      new Rule(Kind.YEAR_PART, "年", Pattern.compile("(?<![\\d今去明前])(年底|年初|年末|年中)")),
      new Rule(Kind.SAME_DAY, "天日时", Pattern.compile("(同一天|同日|当天|当日|几乎同时|与此同时)")),
      // the month mentioned before, or a part of it: "当月中旬", "同月底" (valued by AnaphoricTimes)
      new Rule(Kind.SAME_MONTH, "月", Pattern.compile("(?:当月|同月)(?:初|底|末|中旬|上旬|下旬)?")),
      new Rule(Kind.AFTER, "天周期月年", AnaphoricTimes.AFTER_TEXT),
      new Rule(Kind.NEXT_DAY, "日天", AnaphoricTimes.NEXT_DAY_TEXT));

  /** Every expression holds one of these characters; the rules only run in windows around their own. */
  private static final java.util.BitSet ANCHORS = new java.util.BitSet();

  static {
    RULES.forEach(r -> r.anchors().chars().forEach(ANCHORS::set));
  }

  /** How far an expression reaches before and after its anchor ("当地时间" is not part of it: "2024-09-27"). */
  private static final int BEFORE = 12;
  private static final int AFTER = 8;

  /** A line that is only a date: the snippets below it (a listing page's teasers) are of that date. */
  private static final Pattern DATE_LINE = Pattern.compile("(?m)^[ \\t]*(\\d{4})-(\\d{1,2})-(\\d{1,2})[ \\t]*$");
  /**
   * A news dateline, "智东西9月12日报道", "新华社北京9月12日电": the day the report was written; "??道" is 报道 with
   * characters lost to a bad conversion.
   */
  private static final Pattern DATELINE =
      Pattern.compile("(?<![\\d年])" + MONTH + "月" + DAY + "日 ?(?:报道|电|讯|[?？]{1,2}道)");
  private static final int DATELINE_WITHIN = 400;
  /** Words before a month that make it a coming one: "将于7月". */
  private static final Pattern FUTURE = Pattern.compile("(将于|将在|计划于|计划在|预计于|预计在|拟于|定于|将)\\s*$");

  private ChineseTimes() {}

  /** Every match of every rule, rule by rule, overlapping ones included: the caller keeps the leftmost-longest. */
  static List<TimeMention> find(String text, LocalDate published) {
    List<int[]> anchorAt = new ArrayList<>();
    List<LocalDate> anchorDate = new ArrayList<>();
    anchors(text, published, anchorAt, anchorDate);
    List<TimeMention> all = new ArrayList<>();
    int[] anchorsAt = anchorPositions(text);
    for (Rule rule : RULES) {
      Matcher m = rule.pattern().matcher(text);
      m.useTransparentBounds(true);
      for (int[] w : windows(text, anchorsAt, rule.anchors())) {
        m.region(w[0], w[1]);
        while (m.find()) {
          LocalDate reference = published;
          for (int k = 0; k < anchorAt.size(); k++) {
            if (anchorAt.get(k)[0] <= m.start()) {
              reference = anchorDate.get(k);
            }
          }
          boolean future = FUTURE.matcher(text.substring(Math.max(0, m.start() - 4), m.start())).find();
          TimeValue v = value(rule.kind(), m, reference, future);
          if (v != null) {
            all.add(new TimeMention(m.start(), m.end(), v));
          }
        }
      }
    }
    return all;
  }

  /** Reference dates by position: a dateline near the top, and date-only lines, each from where it stands on. */
  private static void anchors(String text, LocalDate published, List<int[]> at, List<LocalDate> dates) {
    if (published != null) {
      Matcher d = DATELINE.matcher(text);
      d.region(0, Math.min(text.length(), DATELINE_WITHIN));
      if (d.find()) {
        try {
          LocalDate written = LocalDate.of(published.getYear(), number(d.group(1)), number(d.group(2)));
          if (written.isAfter(published)) {
            written = written.minusYears(1);
          }
          if (!written.isBefore(published.minusDays(31))) {
            at.add(new int[] {d.start()});
            dates.add(written);
          }
        } catch (DateTimeException e) {
          // "2月30日报道" is no dateline
        }
      }
    }
    Matcher l = DATE_LINE.matcher(text);
    while (l.find()) {
      try {
        at.add(new int[] {l.start()});
        dates.add(LocalDate.of(Integer.parseInt(l.group(1)), Integer.parseInt(l.group(2)), Integer.parseInt(l.group(3))));
      } catch (DateTimeException e) {
        at.remove(at.size() - 1);
      }
    }
  }

  /** Where the anchor characters stand. */
  private static int[] anchorPositions(String text) {
    int[] at = new int[text.length()];
    int count = 0;
    for (int i = 0; i < text.length(); i++) {
      if (ANCHORS.get(text.charAt(i))) {
        at[count++] = i;
      }
    }
    return java.util.Arrays.copyOf(at, count);
  }

  /** The stretches around a rule's anchors, merged where they touch: the only places a match of the rule can be. */
  private static List<int[]> windows(String text, int[] anchorsAt, String anchors) {
    List<int[]> out = new ArrayList<>();
    int n = text.length();
    for (int i : anchorsAt) {
      if (anchors.indexOf(text.charAt(i)) < 0) {
        continue;
      }
      int s = Math.max(0, i - BEFORE);
      int e = Math.min(n, i + AFTER);
      if (!out.isEmpty() && out.get(out.size() - 1)[1] >= s) {
        out.get(out.size() - 1)[1] = e;
      } else {
        out.add(new int[] {s, e});
      }
    }
    return out;
  }

  /** The value of one match; null when the match is not a date at all (month 13). */
  private static TimeValue value(Kind kind, Matcher m, LocalDate pub, boolean future) {
    String text = m.group();
    try {
      switch (kind) {
        case ISO_DAY, YMD -> {
          return day(LocalDate.of(num(m, 1), num(m, 2), num(m, 3)), text);
        }
        case YM -> {
          return withPart(YearMonth.of(num(m, 1), num(m, 2)), m.group(3), text);
        }
        case Y -> {
          return yearPart(num(m, 1), m.group(2), text);
        }
        case REL_YMD -> {
          if (pub == null) {
            return unknown(text);
          }
          int y = pub.getYear() + yearOffset(m.group(1));
          return day(LocalDate.of(y, num(m, 2), num(m, 3)), text);
        }
        case REL_YM -> {
          if (pub == null) {
            return unknown(text);
          }
          return withPart(YearMonth.of(pub.getYear() + yearOffset(m.group(1)), num(m, 2)), m.group(3), text);
        }
        case REL_Y -> {
          if (pub == null) {
            return unknown(text);
          }
          return yearPart(pub.getYear() + yearOffset(m.group(1)), m.group(2), text);
        }
        case MD -> {
          if (pub == null) {
            return unknown(text);
          }
          LocalDate d = LocalDate.of(pub.getYear(), num(m, 1), num(m, 2));
          // news reports the past: a later date was last year's, unless the text says it is coming ("将于")
          boolean ahead = future ? d.isAfter(pub.plusDays(183)) : d.isAfter(pub.plusDays(1));
          return day(ahead ? d.minusYears(1) : d, text);
        }
        case D -> {
          if (pub == null) {
            return unknown(text);
          }
          // the day of the reference month, or of the month before when that day is still to come
          int dayOfMonth = num(m, 1);
          YearMonth ym = YearMonth.from(pub);
          if (dayOfMonth > pub.getDayOfMonth() && !future) {
            ym = ym.minusMonths(1);
          }
          return ym.isValidDay(dayOfMonth) ? day(ym.atDay(dayOfMonth), text) : null;
        }
        case M -> {
          if (pub == null) {
            return unknown(text);
          }
          YearMonth ym = YearMonth.of(pub.getYear(), num(m, 1));
          boolean ahead = future ? ym.isAfter(YearMonth.from(pub).plusMonths(6)) : ym.isAfter(YearMonth.from(pub));
          return withPart(ahead ? ym.minusYears(1) : ym, m.group(2), text);
        }
        case REL_MONTH -> {
          if (pub == null) {
            return unknown(text);
          }
          String w = m.group(1);
          int offset = w.startsWith("上") ? -1 : w.startsWith("下") ? 1 : 0;
          return withPart(YearMonth.from(pub).plusMonths(offset), m.group(2), text);
        }
        case REL_WEEK -> {
          String w = m.group(1);
          return TimeNormalizer.week(pub, w.equals("上") ? -1 : w.equals("下") ? 1 : 0, text);
        }
        case REL_WEEKDAY -> {
          if (pub == null) {
            return unknown(text);
          }
          String w = m.group(1);
          int weeks = w.equals("上") ? -1 : w.equals("下") ? 1 : 0;
          LocalDate mondayThisWeek = pub.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
          return day(mondayThisWeek.plusWeeks(weeks).plusDays(weekday(m.group(2)).getValue() - 1L), text);
        }
        case WEEKDAY -> {
          if (pub == null) {
            return unknown(text);
          }
          return day(pub.with(TemporalAdjusters.previousOrSame(weekday(m.group(1)))), text);
        }
        case RECENT, YEAR_PART -> {
          // "近期", "年底": the year of the report (the gold convention: granularity year)
          return pub == null ? unknown(text) : yearPart(pub.getYear(), null, text);
        }
        case SAME_DAY, SAME_MONTH, AFTER, NEXT_DAY -> {
          return unknown(text); // valued from the time mentioned before it, by AnaphoricTimes
        }
        case REL_DAY -> {
          if (pub == null) {
            return unknown(text);
          }
          String w = m.group(1);
          int offset = w.startsWith("前") ? -2 : w.startsWith("昨") ? -1 : w.startsWith("明") ? 1 : 0;
          return day(pub.plusDays(offset), text);
        }
        case AGO -> {
          if (pub == null) {
            return unknown(text);
          }
          // the reference date moved back, as precise as the unit: a year, a month, a week (its month or year), a day
          int n = num(m, 1);
          return switch (m.group(2)) {
            case "年" -> yearPart(pub.getYear() - n, null, text);
            case "个月" -> withPart(YearMonth.from(pub).minusMonths(n), null, text);
            case "天" -> day(pub.minusDays(n), text);
            default -> TimeNormalizer.week(pub, -n, text);
          };
        }
        default -> throw new IllegalStateException("unhandled time rule " + kind);
      }
    } catch (DateTimeException e) {
      return null; // "13月", "2月30日": not a date, so not a time mention
    }
  }

  private static int num(Matcher m, int group) {
    return number(m.group(group));
  }

  /**
   * A number in figures or in Chinese numerals, so that every rule takes either form: a year written numeral by
   * numeral ("二〇二五", "二零一九", "一九九八"), or tens and units as months, days and counts are ("三", "十",
   * "十二", "二十一", "三十", "两").
   */
  static int number(String n) {
    if (Character.isDigit(n.charAt(0))) {
      return Integer.parseInt(n);
    }
    int ten = n.indexOf('十');
    if (ten < 0) {
      int value = 0;
      for (int i = 0; i < n.length(); i++) {
        value = value * 10 + digit(n.charAt(i));
      }
      return value;
    }
    int tens = ten == 0 ? 1 : digit(n.charAt(ten - 1));
    int units = ten == n.length() - 1 ? 0 : digit(n.charAt(ten + 1));
    return tens * 10 + units;
  }

  /** One Chinese numeral's value (〇 and its look-alike ○, 零, 一 ... 九, 两). */
  private static int digit(char c) {
    return switch (c) {
      case '〇', '○', '零' -> 0;
      case '两' -> 2;
      default -> "一二三四五六七八九".indexOf(c) + 1;
    };
  }

  private static int yearOffset(String word) {
    return switch (word) {
      case "去年", "去" -> -1;
      case "前年" -> -2;
      case "明年", "明" -> 1;
      default -> 0;
    };
  }

  private static DayOfWeek weekday(String c) {
    return switch (c) {
      case "一" -> DayOfWeek.MONDAY;
      case "二" -> DayOfWeek.TUESDAY;
      case "三" -> DayOfWeek.WEDNESDAY;
      case "四" -> DayOfWeek.THURSDAY;
      case "五" -> DayOfWeek.FRIDAY;
      case "六" -> DayOfWeek.SATURDAY;
      default -> DayOfWeek.SUNDAY;
    };
  }

  /** A month, or with 初/底/中旬 still that month: the granularity of the text is the month. */
  private static TimeValue withPart(YearMonth ym, String part, String text) {
    return new TimeValue(ym.toString(), Granularity.MONTH, text);
  }

  /** A year; 年初/年底 stay the year (the gold convention), a season becomes YYYY-spring and so on. */
  private static TimeValue yearPart(int year, String part, String text) {
    if (part != null) {
      String season = switch (part.substring(0, 1)) {
        case "春" -> "spring";
        case "夏" -> "summer";
        case "秋" -> "autumn";
        case "冬" -> "winter";
        default -> null;
      };
      if (season != null) {
        return new TimeValue(fourDigits(year) + "-" + season, Granularity.SEASON, text);
      }
    }
    return new TimeValue(fourDigits(year), Granularity.YEAR, text);
  }

  private static String fourDigits(int year) {
    return year >= 1000 && year <= 9999 ? Integer.toString(year) : String.format(Locale.ROOT, "%04d", year);
  }
}
