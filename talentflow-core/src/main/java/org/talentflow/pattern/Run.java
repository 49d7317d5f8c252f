package org.talentflow.pattern;

import java.util.BitSet;
import java.util.List;
import java.util.function.Predicate;
import org.talentflow.mention.Dictionary;
import org.talentflow.pattern.Matcher.Caps;
import org.talentflow.pattern.Matcher.Cont;

/**
 * One pattern run over one lattice: the backtracking interpreter of {@link Matcher}, in continuation-passing style.
 * Each start position gets a fresh budget of steps ({@link #first}); what look-arounds found is kept across the
 * starts of the run, as the lattice does not change during it. Not thread-safe (neither is the lattice).
 *
 * <p>Where a node stands in a sequence, what follows it is passed as the sequence and the index of the next item
 * ({@code rest}, {@code next}) rather than as a new continuation: most nodes are single elements, and this spares an
 * object per step. {@code rest == null} means that {@code k} alone follows.
 */
final class Run {
  /** Steps one start position may take before it is given up: far above what a sane pattern needs. */
  static final int BUDGET = 20_000;
  private static final Cont ANY = (q, cs) -> true;

  private final Lattice l;
  private final Ends ends;
  private final Pattern pattern;
  /**
   * What a whole match must pass; one it refuses is backtracked from like a failure. Set by the constructor, not final:
   * the continuation that reads it is a field initialized before the constructor runs.
   */
  private Predicate<Match> accept;
  /** The lattice's memory of look-arounds: entries of this run are stamped with {@link #stamp} (see {@link #look}). */
  private final int[] looks;
  private final int stamp;
  int steps;
  /** Where the match being sought starts, and the match once found. */
  private int start;
  private Match found;
  /** What ends a match: it must consume something. */
  private final Cont end = (q, caps) -> {
    if (q == start) {
      return false;
    }
    Match m = new Match(pattern(), start, q, Match.ordered(Caps.toList(caps)));
    if (!accept.test(m)) {
      return false;
    }
    found = m;
    return true;
  };

  Run(Lattice l, Pattern pattern) {
    this(l, pattern, m -> true);
  }

  Run(Lattice l, Pattern pattern, Predicate<Match> accept) {
    this.accept = accept;
    this.l = l;
    this.ends = new Ends(l);
    this.pattern = pattern;
    this.looks = l.scratch().memory(2 * pattern.looks * (l.to() - l.from() + 1));
    this.stamp = l.scratch().nextRun();
  }

  Pattern pattern() {
    return pattern;
  }

  /** The first match starting at p, or null; with a fresh budget of steps. */
  Match first(int p) {
    steps = 0;
    start = p;
    found = null;
    m(pattern.root, p, null, end);
    return found;
  }

  boolean m(Pattern.Node n, int p0, Caps caps, Cont k) {
    return node(n, p0, caps, k, null, 0);
  }

  /**
   * Matches n at p0, then the items of {@code rest} from {@code next} on (when rest is not null), then k. The kinds
   * of node are tested in the order of how often the grammars' patterns meet them (look-arounds, sequences, words,
   * annotations, tags first); an element that consumes text steps over white space first.
   */
  private boolean node(Pattern.Node n, int p0, Caps caps, Cont k, Pattern.Node[] rest, int next) {
    if (++steps > BUDGET || p0 > l.to()) {
      return false;
    }
    if (n instanceof Pattern.Look look) {
      return look(look, p0) != look.negate() && then(p0, caps, k, rest, next);
    }
    if (n instanceof Pattern.Seq s) {
      return seq(s.items(), 0, p0, caps, cont(k, rest, next));
    }
    if (n instanceof Pattern.NotAhead na) {
      return notAhead(na.looks(), p0, caps, k, rest, next);
    }
    if (n instanceof Pattern.Words w) {
      return words(w, l.skipSpace(p0), caps, k, rest, next);
    }
    if (n instanceof Pattern.Kind kind) {
      return kind(kind.kind(), null, l.skipSpace(p0), caps, k, rest, next);
    }
    if (n instanceof Pattern.Pos pos) {
      int p = l.skipSpace(p0);
      Token t = p < l.to() ? l.tokenAt(p) : null;
      return t != null && pos.accepts(t) && then(t.end(), caps, k, rest, next);
    }
    if (n instanceof Pattern.Repeat r) {
      return repeat(r, 0, p0, caps, k, rest, next);
    }
    if (n instanceof Pattern.Alt a) {
      for (Pattern.Node option : a.options()) {
        if (node(option, p0, caps, k, rest, next)) {
          return true;
        }
      }
      return false;
    }
    if (n instanceof Pattern.Capture c) {
      return capture(c, p0, caps, k, rest, next);
    }
    if (n instanceof Pattern.Literal lit) {
      int p = l.skipSpace(p0);
      int end = p + lit.text().length();
      return end <= l.to() && l.text().startsWith(lit.text(), p) && !l.insideName(p) && ends.wordFits(p, end)
          && then(end, caps, k, rest, next);
    }
    if (n instanceof Pattern.Chars c) {
      int p = l.skipSpace(p0);
      return p < l.to() && c.test().test(l.text().charAt(p)) && then(p + 1, caps, k, rest, next);
    }
    if (n instanceof Pattern.ClauseStart) {
      return ends.atClauseStart(p0) && then(p0, caps, k, rest, next);
    }
    if (n instanceof Pattern.Gap g) {
      int limit = Math.min(l.to(), p0 + g.max());
      for (int q = p0; q <= limit; q++) {
        if (q > p0 && l.isBreakAt(q - 1)) {
          break;
        }
        if (then(q, caps, k, rest, next)) {
          return true;
        }
      }
      return false;
    }
    if (n instanceof Pattern.AnyToken) {
      int p = l.skipSpace(p0);
      Token t = p < l.to() ? l.tokenAt(p) : null;
      return t != null && !t.pos().startsWith("w") && then(t.end(), caps, k, rest, next);
    }
    if (n instanceof Pattern.ClauseEnd) {
      return ends.atClauseEnd(p0) && then(p0, caps, k, rest, next);
    }
    throw new IllegalStateException("unknown pattern node " + n);
  }

  private boolean words(Pattern.Words w, int p, Caps caps, Cont k, Pattern.Node[] rest, int next) {
    if (p >= l.to() || l.insideName(p)) {
      return false;
    }
    List<Dictionary.Hit<BitSet>> hits = l.wordIndex().startingAt(p);
    for (int i = 0; i < hits.size(); i++) {
      Dictionary.Hit<BitSet> h = hits.get(i);
      if (h.value().get(w.id()) && ends.wordFits(p, h.end()) && then(h.end(), caps, k, rest, next)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Negative look-aheads side by side, checked as the separate looks would be, in their order, each counted as the
   * two steps it took there (the look, then its word or kind) up to the first that sees what it must not: budgets run
   * out where they did. Where the budget could run out among them, the separate looks are run instead (what a look
   * does when the budget runs out inside it is theirs to say).
   */
  private boolean notAhead(Pattern.Look[] looks, int p0, Caps caps, Cont k, Pattern.Node[] rest, int next) {
    steps--; // counted by node() as the first look's own step
    if (steps + 2 * looks.length > BUDGET) {
      return seq(looks, 0, p0, caps, cont(k, rest, next));
    }
    int p = l.skipSpace(p0);
    for (Pattern.Look look : looks) {
      steps += 2;
      if (p < l.to() && (look.node() instanceof Pattern.Words w ? hasWord(w.id(), p)
          : hasKind(((Pattern.Kind) look.node()).kind(), p))) {
        return false;
      }
    }
    return then(p0, caps, k, rest, next);
  }

  /** Whether a word of a class fits at p (as {@link #words} would consume one). */
  private boolean hasWord(int id, int p) {
    if (l.insideName(p)) {
      return false;
    }
    List<Dictionary.Hit<BitSet>> hits = l.wordIndex().startingAt(p);
    for (int i = 0; i < hits.size(); i++) {
      Dictionary.Hit<BitSet> h = hits.get(i);
      if (h.value().get(id) && ends.wordFits(p, h.end())) {
        return true;
      }
    }
    return false;
  }

  /** Whether an annotation of a kind starts at p (as {@link #kind} would consume one). */
  private boolean hasKind(String kind, int p) {
    List<Annotation> here = l.annotationIndex().startingAt(p);
    for (int i = 0; i < here.size(); i++) {
      if (here.get(i).kind().equals(kind)) {
        return true;
      }
    }
    return false;
  }

  private boolean capture(Pattern.Capture c, int p, Caps caps, Cont k, Pattern.Node[] rest, int next) {
    if (c.pure()) {
      for (String kind : c.kinds()) {
        if (kind(kind, c.name(), l.skipSpace(p), caps, k, rest, next)) {
          return true;
        }
      }
      return false;
    }
    // a capture of any other shape keeps the annotation it consumed whole, if there is one of a kind it names
    int s = Math.min(l.skipSpace(p), l.to());
    return m(c.node(), p, caps, (q, cs) -> then(q, new Caps(new Match.Capture(c.name(), Math.min(s, q), q,
        annotationAt(Math.min(s, q), q, c.kinds())), cs), k, rest, next));
  }

  /** Goes on at q with what follows: the rest of a sequence, or k. */
  private boolean then(int q, Caps caps, Cont k, Pattern.Node[] rest, int next) {
    return rest == null ? k.apply(q, caps) : seq(rest, next, q, caps, k);
  }

  /** What follows, as one continuation, for the nodes that make continuations of their own. */
  private Cont cont(Cont k, Pattern.Node[] rest, int next) {
    return rest == null ? k : (q, cs) -> seq(rest, next, q, cs, k);
  }

  private boolean seq(Pattern.Node[] items, int i, int p, Caps caps, Cont k) {
    if (i == items.length) {
      return k.apply(p, caps);
    }
    return node(items[i], p, caps, k, items, i + 1);
  }

  /** Greedy: one more of r's node first, then what follows; what follows is passed along, not made a continuation. */
  private boolean repeat(Pattern.Repeat r, int count, int p, Caps caps, Cont k, Pattern.Node[] rest, int next) {
    if (count < r.max() && m(r.node(), p, caps, (q, cs) -> q != p && repeat(r, count + 1, q, cs, k, rest, next))) {
      return true;
    }
    return count >= r.min() && then(p, caps, k, rest, next);
  }

  private Annotation annotationAt(int p, int q, String[] kinds) {
    if (kinds.length == 0 || p >= l.to()) {
      return null;
    }
    List<Annotation> here = l.annotationIndex().startingAt(p);
    for (String kind : kinds) {
      for (int i = 0; i < here.size(); i++) {
        Annotation a = here.get(i);
        if (a.end() == q && a.kind().equals(kind)) {
          return a;
        }
      }
    }
    return null;
  }

  /** Annotations of a kind starting at p, longest first; captured under a slot when one is named. */
  private boolean kind(String kind, String slot, int p, Caps caps, Cont k, Pattern.Node[] rest, int next) {
    if (p >= l.to()) {
      return false;
    }
    List<Annotation> here = l.annotationIndex().startingAt(p);
    for (int i = 0; i < here.size(); i++) {
      Annotation a = here.get(i);
      if (a.kind().equals(kind) && then(a.end(),
          slot == null ? caps : new Caps(new Match.Capture(slot, a.start(), a.end(), a), caps), k, rest, next)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a look-around's node matches at p (ends at p, looking behind). The answer depends on the lattice and p
   * alone, so it is remembered, with the steps it took, as {@code (steps << 1 | found) + 1} beside this run's stamp.
   * A remembered answer is used, and its steps counted, only when those steps fit in what is left of the budget: then
   * working it out again would give the same answer in as many steps.
   */
  private boolean look(Pattern.Look look, int p) {
    int at = 2 * (look.slot() * (l.to() - l.from() + 1) + p - l.from());
    if (looks[at] == stamp) {
      int known = looks[at + 1] - 1;
      if (steps + (known >>> 1) <= BUDGET) {
        steps += known >>> 1;
        return (known & 1) == 1;
      }
    }
    int before = steps;
    boolean found = look.behind() ? behind(look.node(), p) : m(look.node(), p, null, ANY);
    if (steps <= BUDGET) {
      looks[at] = stamp;
      looks[at + 1] = ((steps - before) << 1 | (found ? 1 : 0)) + 1;
    }
    return found;
  }

  private boolean behind(Pattern.Node node, int p) {
    int back = l.skipSpaceBack(p); // in a spaced script, what stands before the white space before p
    int reach = l.lexicon().spaced() ? 2 * Ends.BEHIND : Ends.BEHIND;
    Boolean fast = l.lexicon().spaced() ? ends.spacedEndsAt(node, p, back, reach) : ends.endsAt(node, p);
    if (fast != null) {
      return fast;
    }
    Cont endsHere = (q, cs) -> q == p || q == back; // one for all the starts tried
    for (int s = p; s >= Math.max(l.from(), p - reach); s--) {
      if (m(node, s, null, endsHere)) {
        return true;
      }
      if (s < p && l.isBreakAt(s) && !(node instanceof Pattern.ClauseStart)) {
        break;
      }
    }
    return false;
  }
}
