package org.talentflow.pattern;

import java.util.BitSet;
import java.util.List;
import org.talentflow.mention.Dictionary;

/**
 * What a lattice says of where elements end, for {@link Run}: where words fit, where clauses begin and end, and
 * whether a look-behind of one element ("&lt;TITLE", "&lt;(/w | @conj)") sees it end where it looks. Such a
 * look-behind is answered from what the lattice indexes by end, instead of by trying the element at every start
 * position within reach. Not thread-safe (neither is the lattice).
 */
final class Ends {
  /** How far back a look-behind searches for its start (twice as far in a spaced script: English words are long). */
  static final int BEHIND = 24;

  private final Lattice l;

  Ends(Lattice l) {
    this.l = l;
  }

  /**
   * A word starts where a token or annotation starts ("去了" is no word in "辞去了"), and ends where one ends unless
   * it is two characters or longer (a trigger the segmenter glued to what follows: "辞职后"); a one-character word
   * stands alone ("任" is no trigger in "任务"). Never half a name.
   */
  boolean wordFits(int p, int end) {
    if (end < l.to() && l.insideName(end)) {
      return false;
    }
    return l.isBoundary(p) && (end - p >= 2 || l.isBoundary(end));
  }

  boolean atClauseStart(int p) {
    int i = p;
    while (i > l.from() && Character.isWhitespace(l.text().charAt(i - 1)) && !l.isBreakAt(i - 1)) {
      i--;
    }
    return l.clauseStart(i);
  }

  boolean atClauseEnd(int p) {
    int i = p;
    while (i < l.to() && Character.isWhitespace(l.text().charAt(i)) && !l.isBreakAt(i)) {
      i++;
    }
    return l.clauseEnd(i);
  }

  /**
   * The earliest start a look-behind at p tries, searching back from p: {@code reach} positions back, and no further
   * than the first clause break before p unless the node is a clause start (the break itself is still tried).
   */
  int firstTried(Pattern.Node node, int p, int reach) {
    int lo = Math.max(l.from(), p - reach);
    if (node instanceof Pattern.ClauseStart) {
      return lo;
    }
    for (int s = p - 1; s >= lo; s--) {
      if (l.isBreakAt(s)) {
        return s;
      }
    }
    return lo;
  }

  /**
   * Whether a one-element node matches text ending at p, in a script without spaces; null when the node is not one
   * element.
   */
  Boolean endsAt(Pattern.Node node, int p) {
    if (node instanceof Pattern.Kind k) {
      List<Annotation> here = l.annotationIndex().endingAt(p);
      for (int i = 0; i < here.size(); i++) {
        if (here.get(i).kind().equals(k.kind())) {
          return true;
        }
      }
      return false;
    }
    if (node instanceof Pattern.Pos pos) {
      Token t = p > l.from() ? l.tokenEndingAt(p) : null;
      return t != null && pos.accepts(t);
    }
    if (node instanceof Pattern.Literal lit) {
      int s = p - lit.text().length();
      return s >= l.from() && l.text().startsWith(lit.text(), s) && wordFits(s, p);
    }
    if (node instanceof Pattern.Words w) {
      List<Dictionary.Hit<BitSet>> hits = l.wordIndex().endingAt(p);
      int reach = Math.max(l.from(), p - BEHIND);
      for (int i = 0; i < hits.size(); i++) {
        Dictionary.Hit<BitSet> h = hits.get(i);
        int s = h.start();
        if (s >= reach && h.value().get(w.id()) && !l.insideName(s) && wordFits(s, p)) {
          return true;
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
      for (Pattern.Node option : a.options()) {
        Boolean x = endsAt(option, p);
        if (x == null) {
          return null;
        }
        any |= x;
      }
      return any;
    }
    return null;
  }

  /**
   * The same in a spaced script, where the search back from p ({@link Run}) accepts a match ending at p or at
   * {@code back} (the end of what stands before the white space before p), and tries the starts from p back to
   * {@link #firstTried}, each after stepping over white space. So an element counts only where it starts no earlier
   * than that and not on white space, and ends at p or back: what the search finds, without its steps.
   */
  Boolean spacedEndsAt(Pattern.Node node, int p, int back, int reach) {
    return oneElement(node) ? endsWithin(node, p, back, firstTried(node, p, reach)) : null;
  }

  private static boolean oneElement(Pattern.Node node) {
    if (node instanceof Pattern.Alt a) {
      for (Pattern.Node option : a.options()) {
        if (!oneElement(option)) {
          return false;
        }
      }
      return true;
    }
    return node instanceof Pattern.Kind || node instanceof Pattern.Pos || node instanceof Pattern.Literal
        || node instanceof Pattern.Words || node instanceof Pattern.Chars || node instanceof Pattern.ClauseStart;
  }

  private boolean endsWithin(Pattern.Node node, int p, int back, int lo) {
    if (node instanceof Pattern.ClauseStart) {
      return atClauseStart(p) || back < p && back >= lo && atClauseStart(back);
    }
    if (node instanceof Pattern.Alt a) {
      for (Pattern.Node option : a.options()) {
        if (endsWithin(option, p, back, lo)) {
          return true;
        }
      }
      return false;
    }
    return endsHere(node, p, p, lo) || back < p && endsHere(node, back, p, lo);
  }

  /** Whether one consuming element ends at e, starting where the search back from p to lo steps onto it. */
  private boolean endsHere(Pattern.Node node, int e, int p, int lo) {
    if (node instanceof Pattern.Kind k) {
      List<Annotation> here = l.annotationIndex().endingAt(e);
      for (int i = 0; i < here.size(); i++) {
        Annotation a = here.get(i);
        if (a.kind().equals(k.kind()) && tried(a.start(), p, lo)) {
          return true;
        }
      }
      return false;
    }
    if (node instanceof Pattern.Pos pos) {
      Token t = l.tokenEndingAt(e);
      return t != null && tried(t.start(), p, lo) && l.tokenAt(t.start()) == t && pos.accepts(t);
    }
    if (node instanceof Pattern.Literal lit) {
      int s = e - lit.text().length();
      return tried(s, p, lo) && l.text().startsWith(lit.text(), s) && !l.insideName(s) && wordFits(s, e);
    }
    if (node instanceof Pattern.Words w) {
      List<Dictionary.Hit<BitSet>> hits = l.wordIndex().endingAt(e);
      for (int i = 0; i < hits.size(); i++) {
        Dictionary.Hit<BitSet> h = hits.get(i);
        int s = h.start();
        if (tried(s, p, lo) && h.value().get(w.id()) && !l.insideName(s) && wordFits(s, e)) {
          return true;
        }
      }
      return false;
    }
    int s = e - 1; // one character
    return tried(s, p, lo) && ((Pattern.Chars) node).test().test(l.text().charAt(s));
  }

  /** Whether the search back from p to lo, stepping over white space, tries an element at s. */
  private boolean tried(int s, int p, int lo) {
    return s >= lo && s <= p && s < l.to() && l.skipSpace(s) == s;
  }
}
