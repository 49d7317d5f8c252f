package org.talentflow.mention;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.talentflow.pattern.Annotation;
import org.talentflow.pattern.Lattice;
import org.talentflow.pattern.Match;
import org.talentflow.pattern.Matcher;
import org.talentflow.pattern.Rule;

/**
 * Runs the pack's mention rules over a lattice, in file order: each rule's matches become annotations of its kind,
 * spanning the capture {@code m} when there is one or else the whole match; the other captures become the
 * annotation's parts. Of matches that nest, only the outermost is kept. Thread-safe (the lattice is the caller's).
 */
public final class MentionRules {
  private final List<Rule> rules;

  public MentionRules(List<Rule> rules) {
    this.rules = List.copyOf(rules);
  }

  public List<Rule> rules() {
    return rules;
  }

  /** Applies every rule once; returns how many annotations were added. */
  public int apply(Lattice l) {
    int added = 0;
    for (int i = 0; i < rules.size(); i++) {
      Rule r = rules.get(i);
      List<Match> matches = Matcher.findAll(r.pattern(), l);
      if (matches.isEmpty()) {
        continue;
      }
      for (Match m : outermost(matches)) {
        Annotation a = annotation(r, m);
        if (a != null && l.add(a)) {
          added++;
        }
      }
    }
    return added;
  }

  private static List<Match> outermost(List<Match> matches) {
    List<Match> out = new ArrayList<>(matches.size());
    for (int i = 0; i < matches.size(); i++) {
      Match m = matches.get(i);
      boolean inner = false;
      for (int j = 0; j < matches.size(); j++) {
        Match o = matches.get(j);
        if (o != m && o.start() <= m.start() && m.end() <= o.end() && (o.end() - o.start()) > (m.end() - m.start())) {
          inner = true;
          break;
        }
      }
      if (!inner) {
        out.add(m);
      }
    }
    return out;
  }

  static Annotation annotation(Rule r, Match m) {
    int s = m.start();
    int e = m.end();
    Match.Capture span = m.first("m");
    if (span != null) {
      s = span.start();
      e = span.end();
    }
    if (e <= s) {
      return null;
    }
    Map<String, List<Annotation>> parts = new LinkedHashMap<>();
    for (Match.Capture c : m.captures()) {
      if (c.slot().equals("m") || c.end() <= c.start()) {
        continue;
      }
      Annotation part = c.annotation() != null ? c.annotation()
          : Annotation.of(c.slot().toUpperCase(Locale.ROOT), c.start(), c.end(), r.where(), null);
      parts.computeIfAbsent(c.slot(), k -> new ArrayList<>()).add(part);
    }
    return new Annotation(r.head(), s, e, r.where(), parts, null);
  }
}
