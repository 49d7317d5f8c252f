package org.talentflow.pattern;

import java.util.BitSet;
import java.util.List;
import org.talentflow.mention.Dictionary;

/**
 * What can be said of a pattern and a lattice before the pattern is run: whether the lattice holds the words and
 * literals every match needs, and where a match can begin. Both only spare the matcher work; they never change what
 * it finds.
 */
final class Starts {
  private Starts() {}

  /** Whether the lattice holds every word class and literal the pattern requires. */
  static boolean mayMatch(Pattern pattern, Lattice lattice) {
    for (int id : pattern.requiredClasses) {
      if (!lattice.hasWordOf(id)) {
        return false;
      }
    }
    List<String> literals = pattern.requiredLiterals;
    for (int i = 0; i < literals.size(); i++) {
      if (!holds(lattice, literals.get(i))) {
        return false;
      }
    }
    List<List<Pattern.Node>> groups = pattern.requiredAny;
    for (int g = 0; g < groups.size(); g++) {
      if (!holdsAny(lattice, groups.get(g))) {
        return false;
      }
    }
    return true;
  }

  private static boolean holdsAny(Lattice lattice, List<Pattern.Node> any) {
    for (int i = 0; i < any.size(); i++) {
      Pattern.Node n = any.get(i);
      if (n instanceof Pattern.Literal lit ? holds(lattice, lit.text()) : lattice.hasWordOf(((Pattern.Words) n).id())) {
        return true;
      }
    }
    return false;
  }

  /** Whether the literal stands inside the lattice (the text beyond it is not searched). */
  private static boolean holds(Lattice lattice, String literal) {
    String text = lattice.text();
    char first = literal.charAt(0);
    for (int i = lattice.from(), last = lattice.to() - literal.length(); i <= last; i++) {
      if (text.charAt(i) == first && text.startsWith(literal, i)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The positions where one of the elements a pattern begins with can match, found from the lattice's annotations,
   * tokens and words rather than by trying every position; relative to the lattice's start. What the tokens and words
   * say is worked out once per lattice; the annotations, which change, are read each time.
   */
  static BitSet of(Pattern pattern, Lattice l) {
    List<Pattern.Node> firsts = pattern.firsts;
    BitSet out = (BitSet) l.remembered(pattern, x -> fixed(firsts, x)).clone();
    List<Annotation> annotations = l.annotationList();
    for (int f = 0; f < firsts.size(); f++) {
      if (firsts.get(f) instanceof Pattern.Kind k) {
        for (int i = 0; i < annotations.size(); i++) {
          Annotation a = annotations.get(i);
          if (a.kind().equals(k.kind())) {
            out.set(a.start() - l.from());
          }
        }
      }
    }
    return out;
  }

  /**
   * The starts of the elements that are no annotation kind: tokens, words, literals and characters. Each element's are
   * remembered on their own too: patterns share many (/n,nz,nt ...).
   */
  private static BitSet fixed(List<Pattern.Node> firsts, Lattice l) {
    BitSet out = new BitSet(l.to() - l.from());
    for (int f = 0; f < firsts.size(); f++) {
      Pattern.Node n = firsts.get(f);
      if (!(n instanceof Pattern.Kind)) {
        out.or(l.remembered(n, x -> startsOf(n, x)));
      }
    }
    return out;
  }

  /** Where one element that is no annotation kind can start. */
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
    } else {
      for (int p = l.from(); p < l.to(); p++) {
        if (canStart(n, l, p)) {
          out.set(p - l.from());
        }
      }
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

  /** Whether a word, literal or character element can match at p. */
  private static boolean canStart(Pattern.Node n, Lattice l, int p) {
    if (n instanceof Pattern.Words w) {
      List<Dictionary.Hit<BitSet>> hits = l.wordsAt(p);
      for (int i = 0; i < hits.size(); i++) {
        if (hits.get(i).value().get(w.id())) {
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
}
