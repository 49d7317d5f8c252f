package org.talentflow.pattern;

import java.util.BitSet;
import java.util.List;
import java.util.Objects;

/**
 * One sentence of normalized text as patterns see it: its characters, the tokens of the segmenter, the annotations
 * found so far (names, titles, times, phrases made by mention rules), and where lexicon words stand. Positions are
 * offsets into the whole text; the lattice covers [from, to). Annotations are added stage by stage; a lattice belongs
 * to one analysis and is not shared between threads. The annotations are kept in an {@link AnnotationIndex}, the words
 * in a {@link WordIndex}, and what the matcher keeps between runs in a {@link MatcherScratch}.
 */
public final class Lattice {
  /** Characters that end a clause in normalized text (full-width punctuation is half-width there). */
  public static final String CLAUSE_BREAKS = ",;:。!?\n|";

  private final String text;
  private final int from;
  private final int to;
  private final Lexicon lexicon;
  private final List<Token> tokens;
  private final Token[] tokenAt;
  private final Token[] tokenEndingAt;
  private final AnnotationIndex annotations;
  private final BitSet boundaries = new BitSet();
  private final BitSet breaks = new BitSet();
  private final WordIndex words;
  private final MatcherScratch scratch;

  public Lattice(String text, int from, int to, Lexicon lexicon, List<Token> tokens) {
    this.text = Objects.requireNonNull(text, "text");
    if (from < 0 || to > text.length() || from > to) {
      throw new IllegalArgumentException("bad lattice span [" + from + ", " + to + ") of " + text.length());
    }
    this.from = from;
    this.to = to;
    this.lexicon = Objects.requireNonNull(lexicon, "lexicon");
    this.annotations = new AnnotationIndex(from, to, this.lexicon);
    this.tokens = List.copyOf(tokens);
    int n = to - from;
    this.tokenAt = new Token[n + 1];
    this.tokenEndingAt = new Token[n + 1];
    for (Token t : this.tokens) {
      if (t.start() < from || t.end() > to) {
        throw new IllegalArgumentException("token [" + t.start() + ", " + t.end() + ") outside the lattice");
      }
      tokenAt[t.start() - from] = t;
      tokenEndingAt[t.end() - from] = t;
      boundaries.set(t.start() - from);
      boundaries.set(t.end() - from);
    }
    boundaries.set(0);
    boundaries.set(n);
    for (int i = from; i < to; i++) {
      if (isBreak(text, i)) {
        breaks.set(i - from);
      }
    }
    this.words = new WordIndex(text, from, to, lexicon);
    this.scratch = new MatcherScratch(lexicon.elementCount());
  }

  /**
   * A clause break: punctuation that ends a clause, or a space between two Han characters (headlines put one between
   * their parts: "星海科技董事张三辞职 不再担任任何职务").
   */
  static boolean isBreak(String text, int i) {
    char c = text.charAt(i);
    if (CLAUSE_BREAKS.indexOf(c) >= 0) {
      return true;
    }
    if (c == ' ' || c == '\u3000' || c == '\t') {
      int a = i - 1;
      int b = i + 1;
      while (b < text.length() && text.charAt(b) == ' ') {
        b++;
      }
      return a >= 0 && b < text.length() && Character.isIdeographic(text.charAt(a))
          && Character.isIdeographic(text.charAt(b));
    }
    return false;
  }

  /**
   * Adds an annotation (a mention rule's result, a name, a time); its edges become boundaries. An annotation of the
   * same kind and span as one already there is not added again: returns whether it was added.
   */
  public boolean add(Annotation a) {
    if (a.start() < from || a.end() > to) {
      throw new IllegalArgumentException(a.kind() + " [" + a.start() + ", " + a.end() + ") outside the lattice");
    }
    if (!annotations.add(a)) {
      return false;
    }
    boundaries.set(a.start() - from);
    boundaries.set(a.end() - from);
    return true;
  }

  /** Removes an annotation (a name a later stage showed to be wrong). */
  public void remove(Annotation a) {
    annotations.remove(a);
  }

  /** Where the words of a class stand in the lattice, [start, end) pairs, leftmost-longest first at each start. */
  public List<int[]> wordSpans(String cls) {
    return words.spans(cls);
  }

  /** Whether position p is a token or annotation edge. */
  public boolean boundary(int p) {
    return p >= from && p <= to && boundaries.get(p - from);
  }

  /** Whether p lies strictly inside a name (PER, ORG, PLACE). */
  boolean insideName(int p) {
    return annotations.insideName(p);
  }

  /** The annotations, by start and end, by kind. */
  AnnotationIndex annotationIndex() {
    return annotations;
  }

  /** Where the lexicon's words stand. */
  WordIndex wordIndex() {
    return words;
  }

  /** What the matcher keeps from one pattern run over this lattice to the next. */
  MatcherScratch scratch() {
    return scratch;
  }

  public String text() {
    return text;
  }

  public int from() {
    return from;
  }

  public int to() {
    return to;
  }

  public Lexicon lexicon() {
    return lexicon;
  }

  public List<Token> tokens() {
    return tokens;
  }

  /** Every annotation, in the order added. */
  public List<Annotation> annotations() {
    return annotations.all();
  }

  public List<Annotation> annotations(String kind) {
    return annotations.ofKind(kind);
  }

  /** Annotations of a kind covering position p (p inside [start, end)). */
  public List<Annotation> covering(int p, String kind) {
    return annotations.covering(p, kind);
  }

  Token tokenAt(int p) {
    return tokenAt[p - from];
  }

  Token tokenEndingAt(int p) {
    return tokenEndingAt[p - from];
  }

  /** The token that holds position p, or null. */
  public Token tokenCovering(int p) {
    for (int i = p; i >= from; i--) {
      Token t = tokenAt[i - from];
      if (t != null) {
        return t.end() > p ? t : null;
      }
    }
    return null;
  }

  boolean isBoundary(int p) {
    return boundaries.get(p - from);
  }

  /** Where tokens and annotations start or end, relative to the lattice's start; the caller must not change them. */
  BitSet boundaries() {
    return boundaries;
  }

  public boolean isBreakAt(int p) {
    return p >= from && p < to && breaks.get(p - from);
  }

  /** Whether position p begins a clause: the lattice's start, or right after a clause break. */
  public boolean clauseStart(int p) {
    return p == from || isBreakAt(p - 1);
  }

  public boolean clauseEnd(int p) {
    return p == to || isBreakAt(p);
  }

  /** The start of the clause that holds position p. */
  public int clauseStartOf(int p) {
    int i = Math.min(p, to) - 1;
    while (i >= from && !isBreakAt(i)) {
      i--;
    }
    return i + 1;
  }

  /** The end of the clause that holds position p. */
  public int clauseEndOf(int p) {
    int i = p;
    while (i < to && !isBreakAt(i)) {
      i++;
    }
    return i;
  }

  /** The first position at or after p that is no white space (p itself in a script without spaces). */
  public int skipSpace(int p) {
    if (!lexicon.spaced()) {
      return p;
    }
    int i = p;
    while (i < to && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
      i++;
    }
    return i;
  }

  /** The position after the last non-space character before p (p itself in a script without spaces). */
  public int skipSpaceBack(int p) {
    if (!lexicon.spaced()) {
      return p;
    }
    int i = p;
    while (i > from && (text.charAt(i - 1) == ' ' || text.charAt(i - 1) == '\t')) {
      i--;
    }
    return i;
  }

  public String substring(int s, int e) {
    return text.substring(s, e);
  }
}
