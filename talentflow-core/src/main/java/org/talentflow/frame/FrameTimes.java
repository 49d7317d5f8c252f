package org.talentflow.frame;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.regex.Pattern;
import org.talentflow.event.TimeMention;
import org.talentflow.model.EventType;
import org.talentflow.model.TimeValue;
import org.talentflow.pattern.Annotation;
import org.talentflow.pattern.Lattice;
import org.talentflow.pattern.Lexicon;

/**
 * The time of a frame, in one document: its own, else the one of its sentence that dates it (not a time that ends a
 * span, "休假至年底", nor one that belongs to another event verb before the trigger, "上月被解雇的张三已加入星海"),
 * else the last one stated before it in its paragraph; and whether a time lies ahead of the publication date (a plan).
 */
final class FrameTimes {
  /** Word classes of the verbs that tell an event: a time written before one of them is that verb's. */
  private static final List<String> EVENT_VERBS = List.of("leave", "leave-from", "resign-post", "join", "found",
      "dismiss", "dismissed", "take-office", "suspend", "reinstate", "on-leave", "sign", "appoint");

  private final String text;
  private final List<TimeMention> times;
  private final LocalDate published;

  /**
   * @param times the document's times, for an event whose sentence states none (the paragraph's last one)
   * @param published the publication date, or null: an event dated after it is a plan
   */
  FrameTimes(String text, List<TimeMention> times, LocalDate published) {
    this.text = text;
    this.times = List.copyOf(times);
    this.published = published;
  }

  /** The frame's own time (a rule marked untimed takes no other), or null. */
  static TimeValue own(Frame f) {
    return f.time() != null && f.time().value() instanceof TimeValue v ? v : null;
  }

  /**
   * The frame's own time, else the time of its sentence that dates it ({@code dating}: the nearest in the trigger's
   * clause, else the nearest before it in the sentence), else the paragraph's last one.
   */
  TimeValue time(Frame f, Annotation dating) {
    if (f.time() != null && f.time().value() instanceof TimeValue v) {
      return v;
    }
    if (dating != null) {
      return (TimeValue) dating.value();
    }
    // none in the sentence: the last time stated before it in the paragraph ("2025年1月27日,公司公告:张三辞去…;
    // 李四辞去…" — the second sentence has the first's date)
    Lattice l = f.lattice();
    int para = text.lastIndexOf('\n', Math.max(0, l.from() - 1));
    TimeMention last = null;
    for (TimeMention m : times) {
      if (m.end() <= l.from() && m.start() > para && m.value().resolved()) {
        last = m;
      }
    }
    return last == null ? null : last.value();
  }

  /** The time of the trigger's sentence that dates the frame, when the frame has none of its own, or null. */
  Annotation timeInSentence(Frame f) {
    Lattice l = f.lattice();
    Annotation effective = EffectiveDate.of(l);
    if (effective != null && effective.start() >= f.triggerEnd() && f.type() != EventType.DISMISSED
        && f.type() != EventType.SUSPENDED) {
      return effective; // "任命张三为首席财务官,自2024年4月1日起生效": the day the change holds
    }
    int clauseStart = l.clauseStartOf(Math.min(f.person().start(), f.triggerStart()));
    int clauseEnd = l.clauseEndOf(f.triggerEnd());
    Annotation before = null;
    Annotation after = null;
    Annotation sentence = null;
    List<int[]> verbs = eventVerbs(l);
    int triggerClause = l.clauseStartOf(f.triggerStart());
    int chained = chainStart(l, verbs, f.triggerStart());
    for (Annotation a : l.annotations("TIME")) {
      if (!(a.value() instanceof TimeValue) || endOfSpan(l, a)) {
        continue;
      }
      if (a.end() <= f.triggerStart()) {
        if (a.start() >= clauseStart && anyWithin(verbs, Math.max(a.end(), triggerClause), chained)
            && !listed(l, verbs, Math.max(a.end(), triggerClause), chained)) {
          continue; // "上月被解雇的张三已加入星海": the time is the dismissal's, not the joining's
        }
        if (a.start() >= clauseStart && a.end() <= f.person().start() && f.triggerStart() > f.person().start()
            && relativeAbout(l, verbs, a.end(), f.person().start())) {
          continue; // "去年从星海离职的李四,已加入月光": the time is the leaving's, told of the person
        }
        if (inRelativeClause(l, verbs, a)) {
          continue; // "X, who co-founded Y in 2014, has left": the time is the founding's
        }
        sentence = a;
        if (a.start() >= clauseStart) {
          before = a;
        }
      } else if (a.start() >= f.triggerEnd() && a.end() <= clauseEnd && after == null
          && !(han(l.text(), a) && anyWithin(verbs, a.end(), clauseEnd))) {
        // a Chinese time stands before its verb: one that a later event verb of the clause follows is that verb's
        // ("当选会长并于上月请辞"); an English one follows its verb ("left in August 2022 to join")
        after = a;
      } else if (after == null && a.start() >= clauseEnd && afterApposition(l, clauseEnd, a)) {
        after = a; // "co-founded Lumen AI, a startup that builds coding assistants, in 2022"
      }
    }
    return before != null ? before : after != null ? after : sentence;
  }

  /**
   * Per lexicon: a comma, an apposition its article or relative word opens, its closing comma, a preposition. Weak
   * keys: a pack loaded again (the server's reload) leaves its old lexicon's expression to the collector.
   */
  private static final Map<Lexicon, Pattern> APPOSITIONS = Collections.synchronizedMap(new WeakHashMap<>());

  /**
   * Whether a time stands right after an apposition that ends the trigger's clause ("co-founded Lumen AI, a startup
   * that builds coding assistants, in 2022"): the time is the clause's; the apposition only describes. The words
   * come from the lexicon's classes (@a, @the, @who, @that; @in, @on, @at, @since, @from): English only.
   */
  private static boolean afterApposition(Lattice l, int clauseEnd, Annotation a) {
    return l.lexicon().spaced() && l.lexicon().hasWordClass("who")
        && APPOSITIONS.computeIfAbsent(l.lexicon(), FrameTimes::apposition)
            .matcher(l.text().substring(clauseEnd, a.start())).matches();
  }

  private static Pattern apposition(Lexicon lexicon) {
    return Pattern.compile(",\\s*(?:" + words(lexicon, "a", "the", "who", "that")
        + ")\\s[^,;.!?()]{1,80},\\s*(?:" + words(lexicon, "in", "on", "at", "since", "from") + ")?\\s*",
        Pattern.CASE_INSENSITIVE);
  }

  /** The words of the lexicon's classes as alternatives of a regular expression. */
  private static String words(Lexicon lexicon, String... classes) {
    List<String> out = new ArrayList<>();
    for (String cls : classes) {
      lexicon.words(cls).forEach(w -> out.add(Pattern.quote(w)));
    }
    return String.join("|", out);
  }

  /** Whether a time ends a span ("休假至年底", "留任到2025年"): when the event stops, not when it happens. */
  private static boolean endOfSpan(Lattice l, Annotation a) {
    int p = a.start() - 1;
    if (p < l.from()) {
      return false;
    }
    char c = l.text().charAt(p);
    return c == '至' || c == '到';
  }

  private static List<int[]> eventVerbs(Lattice l) {
    List<int[]> out = new ArrayList<>();
    for (String cls : EVENT_VERBS) {
      if (l.lexicon().hasWordClass(cls)) {
        out.addAll(l.wordSpans(cls));
      }
    }
    return out;
  }

  /**
   * Where the verbs chained to the trigger begin ("被撤职又重新起用": 撤职 and 重新起用 are told as one happening, one
   * time dates both; "决定聘任": two verbs written together are one): a verb before the trigger that a @chain word
   * joins to it, or that ends where it starts, does not take the time from it.
   */
  private static int chainStart(Lattice l, List<int[]> verbs, int trigger) {
    int start = trigger;
    if (l.lexicon().hasWordClass("chain")) {
      for (int[] c : l.wordSpans("chain")) {
        if (c[1] == trigger) {
          for (int[] v : verbs) {
            if (v[1] == c[0]) {
              start = Math.min(start, v[0]);
            }
          }
        }
      }
    }
    // a verb written right before the trigger is one verb with it ("决定聘任"): the time before both dates both
    for (boolean moved = true; moved; ) {
      moved = false;
      for (int[] v : verbs) {
        if (v[1] == start && v[0] < start) {
          start = v[0];
          moved = true;
        }
      }
    }
    return start;
  }

  /**
   * Whether each event verb in [from, to) ends an item of a list that the trigger's item follows ("二月份A辞任(…)、
   * 董事会聘任B": a time heading a list of happenings dates each): a list mark 、 outside brackets after it, and no
   * 的 (a relative clause, "上月被解雇的张三已加入星海", is no list item).
   */
  private static boolean listed(Lattice l, List<int[]> verbs, int from, int to) {
    String text = l.text();
    for (int[] v : verbs) {
      if (v[0] < from || v[1] > to) {
        continue;
      }
      int depth = 0;
      boolean mark = false;
      for (int i = v[1]; i < to; i++) {
        char c = text.charAt(i);
        if (c == '的') {
          return false;
        }
        depth += c == '(' || c == '（' ? 1 : c == ')' || c == '）' ? -1 : 0;
        mark |= c == '、' && depth == 0;
      }
      if (!mark) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether an event verb in [from, to) ends a relative clause about the person at {@code to}: 的 follows it before
   * the person, with no clause break between ("从星海离职的前总监李四").
   */
  private static boolean relativeAbout(Lattice l, List<int[]> verbs, int from, int to) {
    for (int[] v : verbs) {
      if (v[0] >= from && v[1] < to) {
        int de = l.text().indexOf('的', v[1]);
        if (de >= 0 && de < to && l.clauseStartOf(to) <= v[0]) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Whether a time stands after an event verb in a relative clause of its own (", who co-founded Y in 2014,"): an
   * English time follows its verb, so it is that verb's.
   */
  private static boolean inRelativeClause(Lattice l, List<int[]> verbs, Annotation a) {
    if (han(l.text(), a) || !l.lexicon().hasWordClass("who")) {
      return false;
    }
    int clause = l.skipSpace(l.clauseStartOf(a.start()));
    for (int[] w : l.wordSpans("who")) {
      if (w[0] == clause) {
        return anyWithin(verbs, w[1], a.start());
      }
    }
    return false;
  }

  private static boolean han(String text, Annotation a) {
    return text.substring(a.start(), a.end()).codePoints()
        .anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
  }

  private static boolean anyWithin(List<int[]> spans, int from, int to) {
    for (int[] w : spans) {
      if (w[0] >= from && w[1] <= to) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a time begins more than a week after the publication date (2018-06 after 2017-10-02): a publication
   * date is often approximate by a day or two, a plan is written well ahead.
   */
  boolean future(TimeValue t) {
    if (t == null || !t.resolved() || published == null || t.value().contains("Q")) {
      return false;
    }
    String v = t.value();
    try {
      LocalDate start = switch (v.length()) {
        case 4 -> LocalDate.of(Integer.parseInt(v), 1, 1);
        case 7 -> TimeValue.day(v + "-01");
        default -> v.length() < 10 ? null : TimeValue.day(v.substring(0, 10));
      };
      return start != null && start.isAfter(published.plusDays(7));
    } catch (RuntimeException e) {
      return false;
    }
  }
}
