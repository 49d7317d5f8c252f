package org.talentflow.knowledge;

import java.time.LocalDate;
import java.time.YearMonth;
import org.talentflow.model.TimeValue;

/** The days a normalized time may stand for: 2024 is 2024-01-01..2024-12-31, 2024-05 is May, a day is itself. */
public record Interval(LocalDate start, LocalDate end) {
  public static Interval of(TimeValue t) {
    return t == null || !t.resolved() ? null : of(t.value());
  }

  public static Interval of(String value) {
    if (value == null) {
      return null;
    }
    String[] p = value.split("-");
    int year = Integer.parseInt(p[0]);
    if (p.length == 1) {
      return new Interval(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }
    switch (p[1]) {
      case "spring":
        return new Interval(LocalDate.of(year, 3, 1), LocalDate.of(year, 5, 31));
      case "summer":
        return new Interval(LocalDate.of(year, 6, 1), LocalDate.of(year, 8, 31));
      case "autumn":
        return new Interval(LocalDate.of(year, 9, 1), LocalDate.of(year, 11, 30));
      case "winter":
        return new Interval(LocalDate.of(year, 12, 1), LocalDate.of(year + 1, 2, 28));
      default:
        break;
    }
    YearMonth ym = YearMonth.of(year, Integer.parseInt(p[1]));
    if (p.length == 2) {
      return new Interval(ym.atDay(1), ym.atEndOfMonth());
    }
    LocalDate d = ym.atDay(Integer.parseInt(p[2]));
    return new Interval(d, d);
  }

  /** Whether two values can be the same time: one contains the other ("2024" and "2024-05-15"). */
  public static boolean compatible(String a, String b) {
    if (a == null || b == null) {
      return true;
    }
    Interval x = of(a);
    Interval y = of(b);
    return contains(x, y) || contains(y, x);
  }

  private static boolean contains(Interval outer, Interval inner) {
    return !inner.start.isBefore(outer.start) && !inner.end.isAfter(outer.end);
  }

  public boolean before(Interval o) {
    return end.isBefore(o.start);
  }

  public boolean overlaps(Interval o) {
    return !end.isBefore(o.start) && !o.end.isBefore(start);
  }

  /** How many days wide: a finer time is narrower. */
  public long width() {
    return end.toEpochDay() - start.toEpochDay();
  }
}
