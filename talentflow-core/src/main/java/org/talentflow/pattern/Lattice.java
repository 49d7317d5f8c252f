package org.talentflow.pattern;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.talentflow.mention.Dictionary;

/**
 * One sentence of normalized text as patterns see it: its characters, the tokens of the segmenter, the annotations
 * found so far (names, titles, times, phrases made by mention rules), and where lexicon words stand. Positions are
 * offsets into the whole text; the lattice covers [from, to). Annotations are added stage by stage; a lattice belongs
 * to one analysis and is not shared between threads.
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
  private final List<List<Annotation>> startingAt;
  private final List<List<Annotation>> endingAt;
  private final List<Annotation> annotations = new ArrayList<>();
  private final BitSet boundaries = new BitSet();
  private final BitSet breaks = new BitSet();
  private final List<List<Dictionary.Hit<BitSet>>> wordsAt;
  /** The same hits by end: what a look-behind reads. */
  private final List<List<Dictionary.Hit<BitSet>>> wordsEndingAt;
  /** The same hits in one list, by start, longest first at each start. */
  private final List<Dictionary.Hit<BitSet>> words;
  /** Where the pattern elements start, by their numbers; null until asked for (see {@link #elementStarts}). */
  private BitSet[] elementStarts;
  private int[] lastWords;
  private int[] matcherMemory = new int[0];
  private final KindStarts kindStarts;
  private int runs;

  public Lattice(String text, int from, int to, Lexicon lexicon, List<Token> tokens) {
    this.text = Objects.requireNonNull(text, "text");
    if (from < 0 || to > text.length() || from > to) {
      throw new IllegalArgumentException("bad lattice span [" + from + ", " + to + ") of " + text.length());
    }
    this.from = from;
    this.to = to;
    this.lexicon = Objects.requireNonNull(lexicon, "lexicon");
    this.kindStarts = new KindStarts(this.lexicon);
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
    this.startingAt = new ArrayList<>(Collections.nCopies(n + 1, List.of()));
    this.endingAt = new ArrayList<>(Collections.nCopies(n + 1, List.of()));
    for (int i = from; i < to; i++) {
      if (isBreak(text, i)) {
        breaks.set(i - from);
      }
    }
    this.wordsAt = new ArrayList<>(Collections.nCopies(n + 1, List.of()));
    this.wordsEndingAt = new ArrayList<>(Collections.nCopies(n + 1, List.of()));
    for (Dictionary.Hit<BitSet> h : lexicon.hits(text, from, to)) {
      index(wordsAt, h.start() - from, h);
      index(wordsEndingAt, h.end() - from, h);
    }
    List<Dictionary.Hit<BitSet>> all = new ArrayList<>();
    for (List<Dictionary.Hit<BitSet>> l : wordsAt) {
      if (l.size() > 1) {
        l.sort(Comparator.comparingInt(h -> -(h.end() - h.start()))); // longest first
      }
      all.addAll(l);
    }
    this.words = all;
    this.elementStarts = new BitSet[lexicon.elementCount()];
  }

  private static void index(List<List<Dictionary.Hit<BitSet>>> index, int i, Dictionary.Hit<BitSet> h) {
    if (index.get(i).isEmpty()) {
      index.set(i, new ArrayList<>(2));
    }
    index.get(i).add(h);
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
    for (Annotation b : startingAt.get(a.start() - from)) {
      if (b.end() == a.end() && b.kind().equals(a.kind())) {
        return false;
      }
    }
    annotations.add(a);
    if (insideNames != null && NAME_KINDS.contains(a.kind())) {
      insideNames.set(a.start() + 1 - from, a.end() - from); // kept up to date: rules add between pattern runs
    }
    addTo(startingAt, a.start() - from, a);
    addTo(endingAt, a.end() - from, a);
    kindStarts.added(a.kind(), a.start() - from);
    boundaries.set(a.start() - from);
    boundaries.set(a.end() - from);
    return true;
  }

  /** Where the words of a class stand in the lattice, [start, end) pairs, leftmost-longest first at each start. */
  public List<int[]> wordSpans(String cls) {
    int id = lexicon.classId(cls);
    List<int[]> out = new ArrayList<>();
    for (int i = 0; i < words.size(); i++) {
      Dictionary.Hit<BitSet> h = words.get(i);
      if (h.value().get(id)) {
        out.add(new int[] {h.start(), h.end()});
      }
    }
    return out;
  }

  /** Whether position p is a token or annotation edge. */
  public boolean boundary(int p) {
    return p >= from && p <= to && boundaries.get(p - from);
  }

  private static void addTo(List<List<Annotation>> index, int i, Annotation a) {
    List<Annotation> l = index.get(i);
    if (l.isEmpty()) {
      l = new ArrayList<>(2);
      index.set(i, l);
    }
    l.add(a);
    if (l.size() > 1) {
      l.sort(Comparator.comparingInt(x -> -x.length())); // longest first: what a pattern tries first
    }
  }

  /**
   * Where a pattern element (a word class, literal, tag, character class, or the set of elements a pattern begins
   * with) can start, relative to the lattice's start, or null when not yet worked out: it depends on the tokens, the
   * text and the words alone, so it is worked out the first time it is asked for under the element's number
   * ({@link Lexicon#elementId}), then {@link #rememberStarts remembered}. The caller must not change what it gets.
   */
  BitSet elementStarts(int id) {
    return id < elementStarts.length ? elementStarts[id] : null;
  }

  void rememberStarts(int id, BitSet starts) {
    if (id >= elementStarts.length) {
      elementStarts = java.util.Arrays.copyOf(elementStarts, Math.max(id + 1, 2 * elementStarts.length));
    }
    elementStarts[id] = starts;
  }

  /** Where the last word of each class starts in the lattice, or -1: worked out once. */
  int[] lastWords() {
    if (lastWords == null) {
      lastWords = new int[lexicon.classNames().size()];
      java.util.Arrays.fill(lastWords, -1);
      for (int i = 0; i < words.size(); i++) { // by start: a later word overwrites an earlier one
        Dictionary.Hit<BitSet> h = words.get(i);
        for (int c = h.value().nextSetBit(0); c >= 0; c = h.value().nextSetBit(c + 1)) {
          lastWords[c] = h.start();
        }
      }
    }
    return lastWords;
  }

  /**
   * Scratch memory of the matcher, at least {@code size} ints, reused from one pattern run to the next (a run stamps
   * what it writes with its {@link #nextRun number}, so nothing needs clearing).
   */
  int[] matcherMemory(int size) {
    if (matcherMemory.length < size) {
      matcherMemory = new int[Math.max(size, 2 * matcherMemory.length)];
    }
    return matcherMemory;
  }

  /** A number for the next pattern run over this lattice, never 0. */
  int nextRun() {
    return ++runs;
  }

  /** Removes an annotation (a name a later stage showed to be wrong). */
  public void remove(Annotation a) {
    if (!annotations.remove(a)) {
      return;
    }
    insideNames = null;
    List<Annotation> here = startingAt.get(a.start() - from);
    here.remove(a);
    endingAt.get(a.end() - from).remove(a);
    kindStarts.removed(a.kind(), a.start() - from, here);
  }

  /** Where the annotations of each kind start, kept as they come and go. */
  KindStarts kindStarts() {
    return kindStarts;
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
    return Collections.unmodifiableList(annotations);
  }

  public List<Annotation> annotations(String kind) {
    List<Annotation> out = new ArrayList<>();
    for (Annotation a : annotations) {
      if (a.kind().equals(kind)) {
        out.add(a);
      }
    }
    out.sort(Comparator.comparingInt(Annotation::start));
    return out;
  }

  List<Annotation> startingAt(int p) {
    return startingAt.get(p - from);
  }

  List<Annotation> endingAt(int p) {
    return endingAt.get(p - from);
  }

  /** Annotations of a kind covering position p (p inside [start, end)). */
  public List<Annotation> covering(int p, String kind) {
    List<Annotation> out = new ArrayList<>();
    for (Annotation a : annotations) {
      if (a.start() <= p && p < a.end() && a.kind().equals(kind)) {
        out.add(a);
      }
    }
    return out;
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

  /** Every lexicon word in the lattice, by start, longest first at each start. */
  List<Dictionary.Hit<BitSet>> wordList() {
    return words;
  }

  List<Dictionary.Hit<BitSet>> wordsAt(int p) {
    return wordsAt.get(p - from);
  }

  /** The lexicon words that end at p, in the order found. */
  List<Dictionary.Hit<BitSet>> wordsEndingAt(int p) {
    return wordsEndingAt.get(p - from);
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

  /** Kinds whose inside no word of the lexicon may start or end in: a trigger is never part of a name. */
  static final java.util.Set<String> NAME_KINDS = java.util.Set.of("PER", "ORG", "PLACE");

  private BitSet insideNames;

  /** Whether p lies strictly inside a name (PER, ORG, PLACE). */
  boolean insideName(int p) {
    if (insideNames == null) {
      insideNames = new BitSet();
      for (Annotation a : annotations) {
        if (NAME_KINDS.contains(a.kind())) {
          insideNames.set(a.start() + 1 - from, a.end() - from);
        }
      }
    }
    return insideNames.get(p - from);
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
