package org.talentflow.frame;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.talentflow.event.TimeMention;
import org.talentflow.model.EventType;
import org.talentflow.model.Granularity;
import org.talentflow.model.PersonnelEvent;
import org.talentflow.model.Polarity;
import org.talentflow.model.TimeValue;

/**
 * The day a news report tells of: the first day the text names in the week up to its publication ("announced on
 * Tuesday", "昨天", "2月28日" in a report published on 1 March), else the publication date. A report's events that
 * no sentence of their paragraph dates happened then ("Acme has hired Jane Roe as CFO" in a report of Thursday that
 * says "the appointment announced on Tuesday"), when the report tells them in its lede: measured on the seed articles,
 * the events told further down are background of other days. Unknown without a publication date: a day is never
 * guessed. The time's text says where the day was read ("Tuesday", "published 2024-03-14").
 */
public final class NewsDay {
  /** How far before its publication a report's news may lie: a weekly's report tells of its week. */
  static final int WEEK = 7;
  /**
   * Where a report tells its news: its first paragraphs (the lede; about three paragraphs of English, five of
   * Chinese). What it tells further down is mostly background ("马斯克2018年退出OpenAI董事会"), of another day.
   */
  static final int LEDE = 1000;

  private NewsDay() {}

  /**
   * The events of the lede told as done that nothing in their paragraph dates, dated by the report's news day; a
   * founding is not (founders are named in reports long after the founding: "联合创始人张三" dates nothing), nor an
   * event the report recalls ({@code recalled}: "已离职的张三", "张三也是在休假后离职的").
   */
  public static List<PersonnelEvent> date(List<PersonnelEvent> events, List<TimeMention> times, LocalDate published,
      Predicate<PersonnelEvent> recalled) {
    TimeValue day = of(times, published);
    if (day == null) {
      return events;
    }
    List<PersonnelEvent> out = new ArrayList<>(events.size());
    for (PersonnelEvent e : events) {
      boolean undated = e.time() == null && e.polarity() == Polarity.ASSERTED && e.type() != EventType.FOUNDED
          && e.evidence().start() < LEDE && !recalled.test(e);
      out.add(undated ? e.withTime(day) : e);
    }
    return out;
  }

  /** The report's news day, or null when it has no publication date. */
  public static TimeValue of(List<TimeMention> times, LocalDate published) {
    if (published == null) {
      return null;
    }
    for (TimeMention m : times) {
      TimeValue v = m.value();
      if (v.resolved() && v.granularity() == Granularity.DAY && within(v.value(), published)) {
        return v;
      }
    }
    return new TimeValue(published.toString(), Granularity.DAY, "published " + published);
  }

  private static boolean within(String day, LocalDate published) {
    LocalDate d = day.length() < 10 ? null : TimeValue.day(day.substring(0, 10));
    return d != null && !d.isAfter(published) && !d.isBefore(published.minusDays(WEEK));
  }
}
