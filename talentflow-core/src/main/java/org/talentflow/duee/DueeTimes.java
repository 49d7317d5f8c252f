package org.talentflow.duee;

import org.talentflow.frame.Frame;
import org.talentflow.model.EventType;
import org.talentflow.pattern.Annotation;
import org.talentflow.pattern.Lattice;

/**
 * The time argument of a DuEE event: the frame's own time, the date a change holds from (生效), the time of the
 * clause, or the time a sentence opens with; as DuEE writes it, with its zone (北京时间7月2日) and the part of the day
 * written after it (11日下午).
 */
final class DueeTimes {
  private DueeTimes() {}

  static Annotation timeStartingAt(Lattice l, int p) {
    for (Annotation t : l.annotations("TIME")) {
      if (t.start() == p) {
        return t;
      }
    }
    return null;
  }

  static boolean timeAt(Lattice l, int s, int e) {
    for (Annotation t : l.annotations("TIME")) {
      if (t.start() < e && s < t.end()) {
        return true;
      }
    }
    return false;
  }

  /**
   * The frame's own time, else the nearest before the trigger in its clause. A past fact a relative clause recalls
   * (a background rule: "3月2日,星海机电召开发布会,遭解聘的原副总裁张三发表声明") has only a time written inside
   * its own words ("去年遭解聘的张三"): the sentence's times date its news, not the recalled fact.
   */
  static Annotation timeOf(Frame f) {
    if (f.time() != null) {
      return f.time();
    }
    Lattice l = f.lattice();
    if (f.rule().flag("background")) {
      int from = l.clauseStartOf(Math.min(f.match().start(), f.triggerStart()));
      Annotation own = null;
      for (Annotation t : l.annotations("TIME")) {
        if (t.start() >= from && t.end() <= f.triggerStart()) {
          own = t;
        }
      }
      return own;
    }
    Annotation effective = org.talentflow.frame.EffectiveDate.of(l);
    if (effective != null && f.type() != EventType.DISMISSED && f.type() != EventType.SUSPENDED) {
      return effective; // "胡某已辞任执行董事,自2019年5月29日起生效": the day the change holds
    }
    int clause = l.clauseStartOf(Math.min(f.person().start(), f.triggerStart()));
    Annotation best = null;
    for (Annotation t : l.annotations("TIME")) {
      if (t.start() >= clause && t.end() <= f.triggerStart()) {
        best = t;
      } else if (best == null && dayPartEnd(l, t) == clause - 1 && opensClause(l, zoneStart(l, t))) {
        best = t; // "2022年3月,张三被停职", "9日下午,星海队官方宣布…": a clause that is only a time, right before the event's
      }
    }
    if (best == null) {
      Annotation opening = openingTime(l);
      if (opening != null && opening.end() < clause) {
        best = opening; // "9日晚,星海科技发布内部邮件,宣布辞退副总裁张三": the sentence opens with its time
      }
    }
    return best;
  }

  /** The time that is the whole first clause of a sentence (after a zone, a lead word), or null. */
  static Annotation openingTime(Lattice l) {
    for (Annotation t : l.annotations("TIME")) {
      if (l.clauseStartOf(t.start()) == l.clauseStartOf(l.from()) && opensClause(l, zoneStart(l, t))
          && dayPartEnd(l, t) == l.clauseEndOf(t.start())) {
        return t;
      }
    }
    return null;
  }

  /**
   * Whether a position opens its clause, after at most a word of the lexicon's time-lead class ("就在今天,…").
   */
  static boolean opensClause(Lattice l, int p) {
    int clause = l.clauseStartOf(p);
    if (clause == p) {
      return true;
    }
    return l.lexicon().hasWordClass("time-lead") && l.lexicon().words("time-lead").contains(l.substring(clause, p));
  }

  /**
   * Where a time ends with the part of the day written right after it (the lexicon's day-part class: "11日下午",
   * "8月9日凌晨"), a word of its own: DuEE's time argument holds it.
   */
  static int dayPartEnd(Lattice l, Annotation time) {
    if (glossed(l, time) != null) {
      return time.end() + 1; // "周二(9月10日)": the bracket closes the time
    }
    int end = time.end();
    if (l.lexicon().hasWordClass("day-part")) {
      for (String part : l.lexicon().words("day-part")) {
        int e = time.end() + part.length();
        final int partEnd = e;
        if (e <= l.to() && e > end && l.substring(time.end(), e).equals(part)
            && l.tokens().stream().anyMatch(t -> t.end() == partEnd)) { // 晚 of 9日晚, not of 9日晚间公告
          end = e;
        }
      }
    }
    return end;
  }

  /**
   * The time a bracketed time glosses, written right before the bracket ("周二(9月10日)": 周二, for 9月10日), or null:
   * DuEE writes the two as one time.
   */
  static Annotation glossed(Lattice l, Annotation time) {
    int open = time.start() - 1;
    if (open <= l.from() || time.end() >= l.to() || !l.substring(open, time.start()).equals("(")
        || !l.substring(time.end(), time.end() + 1).equals(")")) {
      return null;
    }
    for (Annotation t : l.annotations("TIME")) {
      if (t.end() == open) {
        return t;
      }
    }
    return null;
  }

  /**
   * Where a time starts with the zone it is told in (the lexicon's time-zone class: "北京时间7月2日"): DuEE's time
   * argument holds the zone.
   */
  static int zoneStart(Lattice l, Annotation time) {
    Annotation outer = glossed(l, time);
    if (outer != null) {
      return zoneStart(l, outer);
    }
    if (!l.lexicon().hasWordClass("time-zone")) {
      return time.start();
    }
    for (String zone : l.lexicon().words("time-zone")) {
      int s = time.start() - zone.length();
      if (s >= l.from() && l.substring(s, time.start()).equals(zone)) {
        return s;
      }
    }
    return time.start();
  }
}
