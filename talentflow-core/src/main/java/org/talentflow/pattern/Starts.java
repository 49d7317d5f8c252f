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
    Anchors.Atom[][] groups = pattern.anchors.fixedGroups();
    for (int g = 0; g < groups.length && last >= l.from(); g++) {
      last = Math.min(last, lastOf(groups[g], l, -1));
    }
    int[][] kindGroups = pattern.anchors.kindGroups();
    for (int g = 0; g < kindGroups.length && last >= l.from(); g++) {
      int any = -1;
      for (int kind : kindGroups[g]) {
        int at = l.annotationIndex().kindStarts().last(kind);
        any = Math.max(any, at < 0 ? -1 : l.from() + at);
      }
      last = Math.min(last, any >= last ? any : lastOf(pattern.anchors.kindGroupsFixed()[g], l, any));
    }
    return last >= l.from() ? last : -1;
  }

  /** Where the last of a group of words, literals and tokens starts in the lattice, or {@code last} if that is later. */
  private static int lastOf(Anchors.Atom[] group, Lattice l, int last) {
    for (Anchors.Atom atom : group) {
      last = Math.max(last, atom.node() instanceof Pattern.Words w ? l.wordIndex().lastStarts()[w.id()]
          : atom.node() instanceof Pattern.Pos ? lastToken(l, atom) : lastLiteral(l, atom));
    }
    return last;
  }

  /** The last start of a token of a part of speech, or -1. */
  private static int lastToken(Lattice l, Anchors.Atom pos) {
    int at = starts(pos, l).length() - 1;
    return at < 0 ? -1 : at + l.from();
  }

  /** The last position where a literal stands whole inside the lattice, or -1: the last of its starts that fits. */
  private static int lastLiteral(Lattice l, Anchors.Atom literal) {
    int lastStart = l.to() - ((Pattern.Literal) literal.node()).text().length() - l.from();
    if (lastStart < 0) {
      return -1;
    }
    int at = starts(literal, l).previousSetBit(lastStart);
    return at < 0 ? -1 : at + l.from();
  }

  private static BitSet starts(Anchors.Atom atom, Lattice l) {
    BitSet known = l.scratch().elementStarts(atom.id());
    if (known == null) {
      known = startsOf(atom.node(), l);
      l.scratch().rememberStarts(atom.id(), known);
    }
    return known;
  }

  /**
   * The positions where one of the elements a pattern begins with that are no annotation kinds can match, relative to
   * the lattice's start, or null when a match may begin anywhere: worked out once per lattice for every pattern that
   * begins with the same elements (patterns share many: /n,nz,nt ...).
   */
  static BitSet fixedFirsts(Pattern pattern, Lattice l) {
    Anchors a = pattern.anchors;
    if (a.firstFixed() == null) {
      return null;
    }
    BitSet known = l.scratch().elementStarts(a.firstFixedId());
    if (known == null) {
      known = new BitSet(l.to() - l.from());
      for (Anchors.Atom atom : a.firstFixed()) {
        known.or(starts(atom, l));
      }
      l.scratch().rememberStarts(a.firstFixedId(), known);
    }
    return known;
  }

  /**
   * The positions where a match can begin, relative to the lattice's start: boundaries where one of the elements the
   * pattern begins with can match (a start of its {@link #fixedFirsts} or of an annotation of a kind it begins
   * with), or every boundary when a match may begin anywhere. Found from the lattice's annotations, tokens and words
   * rather than by trying every position; the lattice does not change while a pattern runs, so they are worked out
   * once per run. The caller must not change what it gets.
   */
  static BitSet firsts(Pattern pattern, Lattice l) {
    BitSet fixed = fixedFirsts(pattern, l);
    if (fixed == null) {
      return l.boundaries();
    }
    BitSet any = (BitSet) fixed.clone();
    for (int kind : pattern.anchors.firstKinds()) {
      BitSet starts = l.annotationIndex().kindStarts().of(kind);
      if (starts != null) {
        any.or(starts);
      }
    }
    any.and(l.boundaries());
    return any;
  }


  /** Where one element that is no annotation kind can start, relative to the lattice's start. */
  private static BitSet startsOf(Pattern.Node n, Lattice l) {
    BitSet out = new BitSet(l.to() - l.from());
    if (n instanceof Pattern.Pos pos) {
      List<Token> tokens = l.tokens();
      for (int i = 0; i < tokens.size(); i++) {
        Token t = tokens.get(i);
        if (pos.accepts(t)) {
          out.set(t.start() - l.from());
        }
      }
    } else if (n instanceof Pattern.Words w) {
      List<Dictionary.Hit<BitSet>> words = l.wordIndex().all();
      for (int i = 0; i < words.size(); i++) {
        Dictionary.Hit<BitSet> h = words.get(i);
        if (h.value().get(w.id())) {
          out.set(h.start() - l.from());
        }
      }
    } else if (n instanceof Pattern.Literal lit) {
      // where the literal starts, whether or not it ends inside the lattice (the matcher checks that); searched for
      // in the lattice alone, not in the rest of the document
      String text = l.text();
      char first = lit.text().charAt(0);
      for (int p = l.from(); p < l.to(); p++) {
        if (text.charAt(p) == first && text.startsWith(lit.text(), p)) {
          out.set(p - l.from());
        }
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

  /** Whether a tag starts with one of the prefixes, or is one written with "=" after it ("t=": t, not tg). */
  static boolean startsWithAny(String tag, String[] prefixes) {
    for (String prefix : prefixes) {
      if (prefix.endsWith("=") ? tag.equals(prefix.substring(0, prefix.length() - 1)) : tag.startsWith(prefix)) {
        return true;
      }
    }
    return false;
  }
}
