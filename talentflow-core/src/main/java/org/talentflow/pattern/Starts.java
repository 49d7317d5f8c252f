package org.talentflow.pattern;

import java.util.BitSet;
import java.util.List;
import org.talentflow.mention.Dictionary;

/**
 * What can be said of a pattern and a lattice before the pattern is run: how far into the lattice a match can start
 * (the elements every match consumes must stand at or after its start), and where a match can begin (where one of
 * its first elements can). Both only spare the matcher work; they never change what it finds.
 */
final class Starts {
  private Starts() {}

  /**
   * The last position where a match can start, or -1 when the lattice lacks one of the groups of elements every
   * match consumes (see {@link Anchors}). Worked out afresh at each run: a pattern runs over a lattice once or a few
   * times, and each group costs a look-up or a short search (the groups whose words are found in an index first).
   */
  static int last(Pattern pattern, Lattice l) {
    int last = l.to() - 1;
    List<List<Pattern.Node>> groups = pattern.anchors.fixedGroups();
    for (int g = 0; g < groups.size() && last >= l.from(); g++) {
      last = Math.min(last, lastOf(groups.get(g), l, -1));
    }
    String[][] kindGroups = pattern.anchors.kindGroups();
    for (int g = 0; g < kindGroups.length && last >= l.from(); g++) {
      int any = -1;
      for (String kind : kindGroups[g]) {
        int at = l.kindStarts().last(kind);
        any = Math.max(any, at < 0 ? -1 : l.from() + at);
      }
      last = Math.min(last, any >= last ? any : lastOf(pattern.anchors.kindGroupsFixed().get(g), l, any));
    }
    return last >= l.from() ? last : -1;
  }

  /** Where the last of a group of words and literals starts in the lattice, or {@code last} if that is later. */
  private static int lastOf(List<Pattern.Node> group, Lattice l, int last) {
    for (int i = 0; i < group.size(); i++) {
      Pattern.Node atom = group.get(i);
      last = Math.max(last, atom instanceof Pattern.Words w ? lastWords(l)[w.id()]
          : lastLiteral(l, ((Pattern.Literal) atom).text()));
    }
    return last;
  }

  /** Where the last word of each class starts in the lattice, or -1: worked out once per lattice. */
  private static int[] lastWords(Lattice l) {
    return l.remembered(Starts.class, x -> {
      int[] last = new int[x.lexicon().classNames().size()];
      java.util.Arrays.fill(last, -1);
      List<Dictionary.Hit<BitSet>> words = x.wordList();
      for (int i = 0; i < words.size(); i++) { // by start: a later word overwrites an earlier one
        Dictionary.Hit<BitSet> h = words.get(i);
        for (int c = h.value().nextSetBit(0); c >= 0; c = h.value().nextSetBit(c + 1)) {
          last[c] = h.start();
        }
      }
      return last;
    });
  }

  /** The last position where a literal stands whole inside the lattice, or -1. */
  private static int lastLiteral(Lattice l, String literal) {
    int at = l.to() - literal.length() < l.from() ? -1 : l.text().lastIndexOf(literal, l.to() - literal.length());
    return at >= l.from() ? at : -1;
  }

  /**
   * The positions where one of the elements a pattern begins with can match, relative to the lattice's start, or
   * null when a match may begin anywhere. Found from the lattice's annotations, tokens and words rather than by trying
   * every position: what the tokens and words say is worked out once per lattice; where the annotations start is kept
   * by the lattice as they change.
   */
  static BitSet of(Pattern pattern, Lattice l) {
    Anchors a = pattern.anchors;
    if (a.firstFixed() == null) {
      return null;
    }
    BitSet out = new BitSet(l.to() - l.from());
    for (int i = 0; i < a.firstFixed().size(); i++) {
      Pattern.Node n = a.firstFixed().get(i);
      out.or(l.remembered(n, x -> startsOf(n, x))); // patterns share many elements (/n,nz,nt ...)
    }
    for (String kind : a.firstKinds()) {
      BitSet starts = l.kindStarts().of(kind);
      if (starts != null) {
        out.or(starts);
      }
    }
    return out;
  }

  /** Where one element that is no annotation kind can start, relative to the lattice's start. */
  private static BitSet startsOf(Pattern.Node n, Lattice l) {
    BitSet out = new BitSet(l.to() - l.from());
    if (n instanceof Pattern.Pos pos) {
      List<Token> tokens = l.tokens();
      for (int i = 0; i < tokens.size(); i++) {
        Token t = tokens.get(i);
        if ((pos.length() == 0 || t.end() - t.start() == pos.length()) && startsWithAny(t.pos(), pos.prefixes())) {
          out.set(t.start() - l.from());
        }
      }
    } else if (n instanceof Pattern.Words w) {
      List<Dictionary.Hit<BitSet>> words = l.wordList();
      for (int i = 0; i < words.size(); i++) {
        Dictionary.Hit<BitSet> h = words.get(i);
        if (h.value().get(w.id())) {
          out.set(h.start() - l.from());
        }
      }
    } else if (n instanceof Pattern.Literal lit) {
      // where the literal starts, whether or not it ends inside the lattice (the matcher checks that)
      String text = l.text();
      for (int p = text.indexOf(lit.text(), l.from()); p >= 0 && p < l.to(); p = text.indexOf(lit.text(), p + 1)) {
        out.set(p - l.from());
      }
    } else if (n instanceof Pattern.Chars c) {
      for (int p = l.from(); p < l.to(); p++) {
        if (c.test().test(l.text().charAt(p))) {
          out.set(p - l.from());
        }
      }
    } else {
      out.set(0, l.to() - l.from());
    }
    return out;
  }

  static boolean startsWithAny(String tag, List<String> prefixes) {
    for (int i = 0; i < prefixes.size(); i++) {
      if (tag.startsWith(prefixes.get(i))) {
        return true;
      }
    }
    return false;
  }
}
