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
      if (!holds(lattice, lit)) {
        return false;
      }
    }
    for (List<Pattern.Node> any : pattern.requiredAny) {
      boolean found = false;
      for (Pattern.Node n : any) {
        if (n instanceof Pattern.Literal lit ? holds(lattice, lit.text()) : lattice.hasWordOf(((Pattern.Words) n).id())) {
          found = true;
          break;
        }
      }
      if (!found) {
        return false;
      }
    }
    return true;
  }

  private static boolean holds(Lattice lattice, String literal) {
    int i = lattice.text().indexOf(literal, lattice.from());
    return i >= 0 && i + literal.length() <= lattice.to();
  }

  /** The first match from every start position that has one, in text order. */
  public static List<Match> findAll(Pattern pattern, Lattice lattice) {
    List<Match> out = new ArrayList<>();
    if (!mayMatch(pattern, lattice)) {
      return out;
    }
    BitSet starts = pattern.firsts == null ? null : starts(pattern.firsts, lattice);
    int p = starts == null ? lattice.from() : starts.nextSetBit(0) + lattice.from();
    while (p >= lattice.from() && p < lattice.to()) {
      if (lattice.isBoundary(p)) {
        Match m = matchAt(pattern, lattice, p);
        if (m != null) {
          out.add(m);
        }
      }
      if (starts == null) {
        p++;
      } else {
        int next = starts.nextSetBit(p - lattice.from() + 1);
        p = next < 0 ? -1 : next + lattice.from();
      }
    }
    return out;
  }

  /**
   * The positions where one of the elements a pattern begins with can match, found from the lattice's annotations,
   * tokens and words rather than by trying every position; relative to the lattice's start.
   */
  private static BitSet starts(List<Pattern.Node> firsts, Lattice l) {
    BitSet out = new BitSet(l.to() - l.from());
    for (Pattern.Node n : firsts) {
      if (n instanceof Pattern.Kind k) {
        for (Annotation a : l.annotations()) {
          if (a.kind().equals(k.kind())) {
            out.set(a.start() - l.from());
          }
        }
      } else if (n instanceof Pattern.Pos pos) {
        for (Token t : l.tokens()) {
          if ((pos.length() == 0 || t.end() - t.start() == pos.length()) && startsWithAny(t.pos(), pos.prefixes())) {
            out.set(t.start() - l.from());
          }
        }
      } else {
        for (int p = l.from(); p < l.to(); p++) {
          if (canStart(n, l, p)) {
            out.set(p - l.from());
          }
        }
      }
    }
    return out;
  }

  private static boolean startsWithAny(String tag, List<String> prefixes) {
    for (int i = 0; i < prefixes.size(); i++) {
      if (tag.startsWith(prefixes.get(i))) {
        return true;
      }
    }
    return false;
  }

  /** Whether a word, literal or character element can match at p. */
  private static boolean canStart(Pattern.Node n, Lattice l, int p) {
    if (n instanceof Pattern.Words w) {
      for (Dictionary.Hit<BitSet> h : l.wordsAt(p)) {
        if (h.value().get(w.id())) {
          return true;
        }
      }
      return false;
    }
    if (n instanceof Pattern.Literal lit) {
      return l.text().startsWith(lit.text(), p);
    }
    if (n instanceof Pattern.Chars c) {
      return c.test().test(l.text().charAt(p));
    }
    return true;
  }

  static final java.util.concurrent.ConcurrentHashMap<String, java.util.concurrent.atomic.LongAdder> PROFILE =
      new java.util.concurrent.ConcurrentHashMap<>();
  static final boolean PROFILING = Boolean.getBoolean("tf.profile");
  static {
    if (PROFILING) {
      Runtime.getRuntime().addShutdownHook(new Thread(() -> PROFILE.entrySet().stream()
          .sorted((a, b) -> Long.compare(b.getValue().sum(), a.getValue().sum())).limit(25)
          .forEach(e -> System.err.println(e.getValue().sum() + "\t" + e.getKey()))));
    }
  }

  /** The first match starting at p, or null. */
  public static Match matchAt(Pattern pattern, Lattice lattice, int p) {
    Run run = new Run(lattice);
    if (PROFILING) {
      Match[] f = new Match[1];
      try {
        return f[0] = matchAt(pattern, lattice, p, run);
      } finally {
        PROFILE.computeIfAbsent(pattern.source(), k -> new java.util.concurrent.atomic.LongAdder()).add(run.steps + 1);
      }
    }
    return matchAt(pattern, lattice, p, run);
  }

  private static Match matchAt(Pattern pattern, Lattice lattice, int p, Run run) {
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
        if (c.pure()) {
          for (String kind : c.kinds()) {
            if (kind(kind, c.name(), p, caps, k)) {
              return true;
            }
          }
          return false;
        }
        // a capture of any other shape keeps the annotation it consumed whole, if there is one of a kind it names
        return m(c.node(), p, caps, (q, cs) -> k.apply(q,
            new Caps(new Match.Capture(c.name(), p, q, annotationAt(p, q, c.kinds())), cs)));
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
     * A word starts where a token or annotation starts ("去了" is no word in "辞去了"), and ends where one ends unless
     * it is two characters or longer (a trigger the segmenter glued to what follows: "辞职后"); a one-character word
     * stands alone ("任" is no trigger in "任务"). Never half a name.
     */
    private boolean wordFits(int p, int end) {
      if (end < l.to() && l.insideName(end)) {
        return false;
      }
      return l.isBoundary(p) && (end - p >= 2 || l.isBoundary(end));
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

    /** Whether a one-element node matches text ending at p; null when the node is not one element. */
    private Boolean endsAt(Pattern.Node node, int p) {
      if (node instanceof Pattern.Kind k) {
        for (Annotation a : l.endingAt(p)) {
          if (a.kind().equals(k.kind())) {
            return true;
          }
        }
        return false;
      }
      if (node instanceof Pattern.Pos pos) {
        Token t = p > l.from() ? l.tokenEndingAt(p) : null;
        return t != null && (pos.length() == 0 || t.end() - t.start() == pos.length())
            && pos.prefixes().stream().anyMatch(t.pos()::startsWith);
      }
      if (node instanceof Pattern.Literal lit) {
        int s = p - lit.text().length();
        return s >= l.from() && l.text().startsWith(lit.text(), s) && wordFits(s, p);
      }
      if (node instanceof Pattern.Words w) {
        for (int s = p - 1; s >= Math.max(l.from(), p - BEHIND); s--) {
          for (Dictionary.Hit<BitSet> h : l.wordsAt(s)) {
            if (h.end() == p && h.value().get(w.id()) && !l.insideName(s) && wordFits(s, p)) {
              return true;
            }
          }
        }
        return false;
      }
      if (node instanceof Pattern.Chars c) {
        return p > l.from() && c.test().test(l.text().charAt(p - 1));
      }
      if (node instanceof Pattern.ClauseStart) {
        return atClauseStart(p);
      }
      if (node instanceof Pattern.Alt a) {
        boolean any = false;
        for (Pattern.Node o : a.options()) {
          Boolean x = endsAt(o, p);
          if (x == null) {
            return null;
          }
          any |= x;
        }
        return any;
      }
      return null;
    }

    private boolean behind(Pattern.Node node, int p) {
      Boolean fast = endsAt(node, p);
      if (fast != null) {
        return fast;
      }
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
