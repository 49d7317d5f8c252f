package org.talentflow.frame;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.talentflow.model.EventType;
import org.talentflow.pattern.Annotation;
import org.talentflow.pattern.Lattice;
import org.talentflow.pattern.Match;
import org.talentflow.pattern.Matcher;
import org.talentflow.pattern.Rule;

/**
 * Fills frames in a lattice with the pack's frame rules. Every rule is tried; for each trigger the first rule (in
 * file order) that matched wins, and among its matches the one whose person stands nearest the trigger. A trigger
 * inside a stative phrase ("曾任", "现任": a post held, no change) fills no frame. Everything tried and not taken is
 * kept with the reason, for {@code explain}. Thread-safe.
 */
public final class FrameFinder {
  private final List<Rule> rules;

  public FrameFinder(List<Rule> rules) {
    this.rules = List.copyOf(rules);
    for (Rule r : rules) {
      try {
        EventType.valueOf(r.head());
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(r.where() + ": unknown event type " + r.head(), e);
      }
      if (!r.pattern().slots().contains("t") || !r.pattern().slots().contains("person")) {
        throw new IllegalArgumentException(r.where() + ": a frame captures its trigger (t=) and its person (person=)");
      }
    }
  }

  public List<Rule> rules() {
    return rules;
  }

  /** A match that filled no frame, and why. */
  public record Rejected(Rule rule, Match match, String reason) {}

  public record Result(List<Frame> frames, List<Rejected> rejected) {}

  private record Candidate(int rank, Rule rule, Match match, Match.Capture trigger, int distance) {}

  public Result find(Lattice l) {
    List<Rejected> rejected = new ArrayList<>();
    List<int[]> stative = l.wordSpans("stative");
    List<Candidate> candidates = new ArrayList<>();
    for (int i = 0; i < rules.size(); i++) {
      Rule r = rules.get(i);
      for (Match m : Matcher.findAll(r.pattern(), l)) {
        Match.Capture t = m.first("t");
        Match.Capture p = m.first("person");
        if (t == null || p == null || p.annotation() == null) {
          rejected.add(new Rejected(r, m, "no trigger or no person annotation"));
          continue;
        }
        if (overlapsAny(stative, t.start(), t.end())) {
          rejected.add(new Rejected(r, m, "a post held, no change (stative phrase)"));
          continue;
        }
        int distance = p.end() <= t.start() ? t.start() - p.end() : Math.max(0, p.start() - t.end());
        candidates.add(new Candidate(i, r, m, t, distance));
      }
    }
    candidates.sort(Comparator.comparingInt(Candidate::rank).thenComparingInt(Candidate::distance)
        .thenComparingInt(c -> -(c.match().end() - c.match().start())));
    List<Candidate> chosen = new ArrayList<>();
    for (Candidate c : candidates) {
      Candidate winner = null;
      for (Candidate o : chosen) {
        if (o.trigger().start() < c.trigger().end() && c.trigger().start() < o.trigger().end()) {
          winner = o;
          break;
        }
      }
      if (winner == null) {
        chosen.add(c);
      } else {
        rejected.add(new Rejected(c.rule(), c.match(), winner.rule() == c.rule()
            ? "a nearer person for the same trigger" : "an earlier rule took the trigger (" + winner.rule().where() + ")"));
      }
    }
    chosen.sort(Comparator.comparingInt(c -> c.trigger().start()));
    List<Frame> frames = new ArrayList<>();
    for (Candidate c : chosen) {
      for (Annotation person : persons(c.match())) {
        frames.add(frame(l, c, person));
      }
    }
    return new Result(frames, rejected);
  }

  private static boolean overlapsAny(List<int[]> spans, int s, int e) {
    for (int[] x : spans) {
      if (x[0] < e && s < x[1]) {
        return true;
      }
    }
    return false;
  }

  private static List<Annotation> persons(Match m) {
    List<Annotation> out = new ArrayList<>();
    for (Match.Capture c : m.all("person")) {
      Annotation a = c.annotation();
      if (a == null) {
        continue;
      }
      if (a.kind().equals("PEOPLE")) {
        out.addAll(a.partsOf("member"));
      } else {
        out.add(a);
      }
    }
    return out;
  }

  private static Frame frame(Lattice l, Candidate c, Annotation person) {
    Match m = c.match();
    return new Frame(EventType.valueOf(c.rule().head()), c.rule(), m, l, c.trigger().start(), c.trigger().end(),
        person, slot(m, "org"), slot(m, "other"), slot(m, "role"), slot(m, "time"), slot(m, "agent"));
  }

  private static Annotation slot(Match m, String name) {
    Match.Capture c = m.first(name);
    return c == null ? null : c.annotation();
  }

  @Override
  public String toString() {
    return "FrameFinder" + Objects.toString(rules.size());
  }
}
