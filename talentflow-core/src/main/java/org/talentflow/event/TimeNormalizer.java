package org.talentflow.event;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.talentflow.model.Granularity;
import org.talentflow.model.TimeValue;

/**
 * Finds and normalizes time expressions: absolute (2024年8月5日, 2020年底, 2018年初), and relative to the
 * publication date (今年5月, 去年11月, 上个月, 本月初, 上周三, 周一, 昨日, 当地时间8月5日), in Chinese
 * ({@link ChineseTimes}) and English ({@link EnglishTimes}); then, in reading order, the ones that count from a time
 * mentioned before them ({@link AnaphoricTimes}). Without a publication date a relative expression keeps its text and
 * gets no value: unknown stays unknown, never guessed.
 */
public final class TimeNormalizer {
  /** All time expressions, leftmost-longest, not overlapping. */
  public List<TimeMention> find(String text, LocalDate published) {
    List<TimeMention> all = ChineseTimes.find(text, published);
    all.addAll(EnglishTimes.find(text, published));
    all.sort(Comparator.comparingInt(TimeMention::start).thenComparingInt(t -> -(t.end() - t.start())));
    List<TimeMention> out = new ArrayList<>();
    int covered = -1;
    for (TimeMention t : all) {
      if (t.start() < covered) {
        continue;
      }
      TimeMention previous = out.isEmpty() ? null : out.get(out.size() - 1);
      if (previous != null && AnaphoricTimes.restates(text, previous, t)) {
        continue; // "11月22日(周三)": the weekday restates the date
      }
      t = AnaphoricTimes.resolve(text, out, t);
      out.add(t);
      covered = t.end();
    }
    return out;
  }

  static TimeValue day(LocalDate d, String text) {
    return new TimeValue(d.toString(), Granularity.DAY, text);
  }

  /**
   * A week {@code shift} weeks from the publication's (-1 last week, 0 this week, 1 next week): its month when the
   * whole week lies in one, else its year if one, else unknown (no granularity is finer than a month and coarser than
   * a day).
   */
  static TimeValue week(LocalDate pub, int shift, String text) {
    if (pub == null) {
      return unknown(text);
    }
    LocalDate monday = pub.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).plusWeeks(shift);
    LocalDate sunday = monday.plusDays(6);
    if (YearMonth.from(monday).equals(YearMonth.from(sunday))) {
      return new TimeValue(YearMonth.from(monday).toString(), Granularity.MONTH, text);
    }
    return monday.getYear() == sunday.getYear()
        ? new TimeValue(String.valueOf(monday.getYear()), Granularity.YEAR, text) : unknown(text);
  }

  static TimeValue unknown(String text) {
    return new TimeValue(null, null, text);
  }
}
