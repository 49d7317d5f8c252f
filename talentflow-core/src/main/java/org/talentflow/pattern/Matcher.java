package org.talentflow.pattern;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import org.talentflow.mention.Dictionary;

/**
 * Runs patterns over a lattice by backtracking, in the order a regular expression would: alternatives left to right,
 * repetitions greedy, annotations and words longest first, gaps shortest first. From each start position the first
 * match is taken. Work per start is bounded, so time stays linear in the length of the text.
 */
public final class Matcher {
  /** Steps one start position may take before it is given up: far above what a sane pattern needs. */
  private static final int BUDGET = 20_000;
  /** How far back a look-behind searches for its start. */
  private static final int BEHIND = 24;

  private Matcher() {}

  /** Whether the lattice holds every word class and literal the pattern requires. */
  public static boolean mayMatch(Pattern pattern, Lattice lattice) {
    for (int id : pattern.requiredClasses) {
      if (!lattice.hasWordOf(id)) {
        return false;
      }
    }
    for (String lit : pattern.requiredLiterals) {
      int i = lattice.text().indexOf(lit, lattice.from());
      if (i < 0 || i + lit.length() > lattice.to()) {
        return false;
      }
    }
    return true;
  }

  /** The first match from every start position that has one, in text order. */
  public static List<Match> findAll(Pattern pattern, Lattice lattice) {
    List<Match> out = new ArrayList<>();
    if (!mayMatch(pattern, lattice)) {
      return out;
    }
    for (int p = lattice.from(); p < lattice.to(); p++) {
      if (!lattice.isBoundary(p)) {
        continue;
      }
      Match m = matchAt(pattern, lattice, p);
      if (m != null) {
        out.add(m);
      }
    }
    return out;
  }

  /** The first match starting at p, or null. */
  public static Match matchAt(Pattern pattern, Lattice lattice, int p) {
    Run run = new Run(lattice);
    Match[] found = new Match[1];
    run.m(pattern.root, p, null, (q, caps) -> {
      if (q == p) {
        return false; // a match must consume something
      }
      found[0] = new Match(pattern, p, q, Match.ordered(Caps.toList(caps)));
      return true;
    });
    return found[0];
  }

  /** The annotation kinds a node can consume, in the order it names them (look-arounds aside). */
  static List<String> kindsOf(Pattern.Node n) {
    List<String> out = new ArrayList<>();
    collectKinds(n, out);
    return out;
  }

  private static void collectKinds(Pattern.Node n, List<String> out) {
    if (n instanceof Pattern.Kind k) {
      if (!out.contains(k.kind())) {
        out.add(k.kind());
      }
    } else if (n instanceof Pattern.Seq s) {
      s.items().forEach(i -> collectKinds(i, out));
    } else if (n instanceof Pattern.Alt a) {
      a.options().forEach(i -> collectKinds(i, out));
    } else if (n instanceof Pattern.Repeat r) {
      collectKinds(r.node(), out);
    } else if (n instanceof Pattern.Capture c) {
      collectKinds(c.node(), out);
    }
  }

  /** Captures as a persistent list, newest first. */
  record Caps(Match.Capture head, Caps tail) {
    static List<Match.Capture> toList(Caps c) {
      List<Match.Capture> out = new ArrayList<>();
      for (Caps x = c; x != null; x = x.tail) {
        out.add(x.head);
      }
      return out;
    }
  }

  interface Cont {
    /** Returns true to stop the search. */
    boolean apply(int p, Caps caps);
  }

  private static final class Run {
    final Lattice l;
    int steps;

    Run(Lattice l) {
      this.l = l;
    }

    boolean m(Pattern.Node n, int p, Caps caps, Cont k) {
      if (++steps > BUDGET || p > l.to()) {
        return false;
      }
      if (n instanceof Pattern.Seq s) {
        return seq(s.items(), 0, p, caps, k);
      }
      if (n instanceof Pattern.Kind kind) {
        return kind(kind.kind(), null, p, caps, k);
      }
      if (n instanceof Pattern.Words w) {
        if (p >= l.to() || l.insideName(p)) {
          return false;
        }
        for (Dictionary.Hit<BitSet> h : l.wordsAt(p)) {
          if (h.value().get(w.id()) && wordFits(p, h.end()) && k.apply(h.end(), caps)) {
            return true;
          }
        }
        return false;
      }
      if (n instanceof Pattern.Literal lit) {
        int end = p + lit.text().length();
        return end <= l.to() && l.text().startsWith(lit.text(), p) && !l.insideName(p) && wordFits(p, end)
            && k.apply(end, caps);
      }
      if (n instanceof Pattern.Capture c) {
        if (c.node() instanceof Pattern.Kind kind) {
          return kind(kind.kind(), c.name(), p, caps, k);
        }
        if (c.node() instanceof Pattern.Alt alt && alt.options().stream().allMatch(o -> o instanceof Pattern.Kind)) {
          for (Pattern.Node o : alt.options()) {
            if (kind(((Pattern.Kind) o).kind(), c.name(), p, caps, k)) {
              return true;
            }
          }
          return false;
        }
        // a capture of any other shape keeps the annotation it consumed whole, if there is one of a kind it names
        List<String> kinds = kindsOf(c.node());
        return m(c.node(), p, caps, (q, cs) -> k.apply(q,
            new Caps(new Match.Capture(c.name(), p, q, annotationAt(p, q, kinds)), cs)));
      }
      if (n instanceof Pattern.Alt a) {
        for (Pattern.Node o : a.options()) {
          if (m(o, p, caps, k)) {
            return true;
          }
        }
        return false;
      }
      if (n instanceof Pattern.Repeat r) {
        return repeat(r, 0, p, caps, k);
      }
      if (n instanceof Pattern.Gap g) {
        int limit = Math.min(l.to(), p + g.max());
        for (int q = p; q <= limit; q++) {
          if (q > p && l.isBreakAt(q - 1)) {
            break;
          }
          if (k.apply(q, caps)) {
            return true;
          }
        }
        return false;
      }
      if (n instanceof Pattern.Look look) {
        boolean found = look.behind() ? behind(look.node(), p) : m(look.node(), p, caps, (q, cs) -> true);
        return found != look.negate() && k.apply(p, caps);
      }
      if (n instanceof Pattern.Pos pos) {
        Token t = p < l.to() ? l.tokenAt(p) : null;
        if (t == null || pos.length() > 0 && t.end() - t.start() != pos.length()) {
          return false;
        }
        for (String prefix : pos.prefixes()) {
          if (t.pos().startsWith(prefix)) {
            return k.apply(t.end(), caps);
          }
        }
        return false;
      }
      if (n instanceof Pattern.Chars c) {
        return p < l.to() && c.test().test(l.text().charAt(p)) && k.apply(p + 1, caps);
      }
      if (n instanceof Pattern.AnyToken) {
        Token t = p < l.to() ? l.tokenAt(p) : null;
        return t != null && !t.pos().startsWith("w") && k.apply(t.end(), caps);
      }
      if (n instanceof Pattern.ClauseStart) {
        return atClauseStart(p) && k.apply(p, caps);
      }
      if (n instanceof Pattern.ClauseEnd) {
        return atClauseEnd(p) && k.apply(p, caps);
      }
      throw new IllegalStateException("unknown pattern node " + n);
    }

    private Annotation annotationAt(int p, int q, List<String> kinds) {
      if (kinds.isEmpty() || p >= l.to()) {
        return null;
      }
      for (String kind : kinds) {
        for (Annotation a : l.startingAt(p)) {
          if (a.end() == q && a.kind().equals(kind)) {
            return a;
          }
        }
      }
      return null;
    }

    /** Annotations of a kind starting at p, longest first; captured under a slot when one is named. */
    private boolean kind(String kind, String slot, int p, Caps caps, Cont k) {
      if (p >= l.to()) {
        return false;
      }
      List<Annotation> here = l.startingAt(p);
      for (int i = 0; i < here.size(); i++) {
        Annotation a = here.get(i);
        if (a.kind().equals(kind)
            && k.apply(a.end(), slot == null ? caps : new Caps(new Match.Capture(slot, a.start(), a.end(), a), caps))) {
          return true;
        }
      }
      return false;
    }

    /**
     * A word ends where a token or annotation ends, or it is two characters or longer (a trigger the segmenter glued
     * to its neighbour: "辞职后"); a one-character word must stand alone ("任" is no trigger in "任务"). Never half a
     * name.
     */
    private boolean wordFits(int p, int end) {
      if (end < l.to() && l.insideName(end)) {
        return false;
      }
      return end - p >= 2 || l.isBoundary(p) && l.isBoundary(end);
    }

    private boolean atClauseStart(int p) {
      int i = p;
      while (i > l.from() && Character.isWhitespace(l.text().charAt(i - 1)) && !l.isBreakAt(i - 1)) {
        i--;
      }
      return l.clauseStart(i);
    }

    private boolean atClauseEnd(int p) {
      int i = p;
      while (i < l.to() && Character.isWhitespace(l.text().charAt(i)) && !l.isBreakAt(i)) {
        i++;
      }
      return l.clauseEnd(i);
    }

    private boolean behind(Pattern.Node node, int p) {
      for (int s = p; s >= Math.max(l.from(), p - BEHIND); s--) {
        int start = s;
        if (m(node, s, null, (q, cs) -> q == p)) {
          return true;
        }
        if (start < p && l.isBreakAt(start) && !(node instanceof Pattern.ClauseStart)) {
          break;
        }
      }
      return false;
    }

    private boolean seq(List<Pattern.Node> items, int i, int p, Caps caps, Cont k) {
      if (i == items.size()) {
        return k.apply(p, caps);
      }
      return m(items.get(i), p, caps, (q, cs) -> seq(items, i + 1, q, cs, k));
    }

    private boolean repeat(Pattern.Repeat r, int count, int p, Caps caps, Cont k) {
      if (count < r.max() && m(r.node(), p, caps, (q, cs) -> q != p && repeat(r, count + 1, q, cs, k))) {
        return true;
      }
      return count >= r.min() && k.apply(p, caps);
    }
  }
}
