package org.talentflow.pattern;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.IntPredicate;
import org.talentflow.mention.Dictionary;

/**
 * The word classes ({@code @leave}) and character classes ({@code %surname}) patterns refer to. Built once from the
 * pack's lexicon files; immutable and thread-safe. Word classes are matched on characters, so a trigger is found
 * however the segmenter cut the text around it. A Latin word never matches inside a longer Latin word. A lexicon
 * built {@link Builder#anyCase() in any case} (English) holds its words in lower case and matches them in text of any
 * case: the hits are found in an ASCII-lower-cased copy of the span, which has the same length, so offsets are exact.
 */
public final class Lexicon {
  /** Character classes every lexicon has. */
  private static final Map<String, IntPredicate> BUILTIN_CHARS = Map.of(
      "han", Character::isIdeographic,
      "digit", c -> c >= '0' && c <= '9',
      "latin", c -> c < 128 && Character.isLetter(c),
      "upper", c -> c >= 'A' && c <= 'Z',
      "lower", c -> c >= 'a' && c <= 'z',
      "space", c -> c == ' ' || c == '\t' || c == '\u00a0' || c == '\u3000');

  private final Map<String, Integer> classIds;
  private final List<String> classNames;
  private final Map<String, Set<String>> words;
  private final Dictionary<BitSet> dictionary;
  private final Map<String, IntPredicate> chars;
  private final boolean anyCase;
  private final boolean spaced;
  /** Numbers of the elements patterns compiled against this lexicon start with or need (see {@link #elementId}). */
  private final Map<Object, Integer> elementIds = new HashMap<>();
  private final Map<String, Integer> kindIds = new java.util.concurrent.ConcurrentHashMap<>();

  private Lexicon(Map<String, Set<String>> words, Map<String, String> charClasses, boolean anyCase, boolean spaced) {
    this.anyCase = anyCase;
    this.spaced = spaced;
    this.classNames = List.copyOf(words.keySet());
    Map<String, Integer> ids = new HashMap<>();
    for (int i = 0; i < classNames.size(); i++) {
      ids.put(classNames.get(i), i);
    }
    this.classIds = Map.copyOf(ids);
    Map<String, Set<String>> frozen = new LinkedHashMap<>();
    Map<String, BitSet> byWord = new HashMap<>();
    words.forEach((cls, ws) -> {
      // in the order given: Set.copyOf would iterate in an order that changes from one run to the next, and callers
      // that apply words one after another (TokenRepairs) must give the same tokens every run
      frozen.put(cls, java.util.Collections.unmodifiableSet(new java.util.LinkedHashSet<>(ws)));
      for (String w : ws) {
        byWord.computeIfAbsent(anyCase ? lower(w) : w, k -> new BitSet()).set(ids.get(cls));
      }
    });
    this.words = Map.copyOf(frozen);
    this.dictionary = new Dictionary<>(byWord);
    Map<String, IntPredicate> cs = new HashMap<>(BUILTIN_CHARS);
    charClasses.forEach((name, set) -> {
      BitSet bits = new BitSet();
      boolean except = set.startsWith("!");
      (except ? set.substring(1) : set).chars().forEach(bits::set);
      // "!..." is every Han character but those listed
      cs.put(name, except ? c -> Character.isIdeographic(c) && !bits.get(c) : bits::get);
    });
    this.chars = Map.copyOf(cs);
  }

  /** Collects classes; a class may be given in several calls and several files. */
  public static final class Builder {
    private final Map<String, Set<String>> words = new LinkedHashMap<>();
    private final Map<String, String> chars = new LinkedHashMap<>();
    private boolean anyCase;
    private boolean spaced;

    /**
     * The script writes white space between words (English): patterns step over it, as if words stood side by side
     * ("CAP CAP" matches "Jack Ma"), and no match or capture starts or ends in it.
     */
    public Builder spaced() {
      this.spaced = true;
      return this;
    }

    /** Words are matched in any case (ASCII letters): "Will", "will" and "WILL" are the word "will". */
    public Builder anyCase() {
      this.anyCase = true;
      return this;
    }

    public Builder words(String cls, java.util.Collection<String> ws) {
      Set<String> set = words.computeIfAbsent(cls, k -> new LinkedHashSet<>());
      for (String w : ws) {
        if (!w.isEmpty()) {
          set.add(w);
        }
      }
      return this;
    }

    public Builder chars(String cls, String cs) {
      if (BUILTIN_CHARS.containsKey(cls)) {
        throw new IllegalArgumentException("%" + cls + " is built in and cannot be redefined");
      }
      // a later "!..." line of an exclusion class adds exclusions, not members
      chars.merge(cls, cs, (a, b) -> a + (a.startsWith("!") && b.startsWith("!") ? b.substring(1) : b));
      return this;
    }

    public Lexicon build() {
      return new Lexicon(words, chars, anyCase, spaced);
    }
  }

  public static Builder builder() {
    return new Builder();
  }

  public boolean hasWordClass(String cls) {
    return classIds.containsKey(cls);
  }

  public boolean hasCharClass(String cls) {
    return chars.containsKey(cls);
  }

  public int classId(String cls) {
    Integer id = classIds.get(cls);
    if (id == null) {
      throw new IllegalArgumentException("unknown word class @" + cls);
    }
    return id;
  }

  public Set<String> words(String cls) {
    return words.getOrDefault(cls, Set.of());
  }

  public List<String> classNames() {
    return classNames;
  }

  IntPredicate charClass(String cls) {
    IntPredicate p = chars.get(cls);
    if (p == null) {
      throw new IllegalArgumentException("unknown character class %" + cls);
    }
    return p;
  }

  public boolean inCharClass(String cls, char c) {
    return charClass(cls).test(c);
  }

  /** Every lexicon word in text[from, to), overlapping ones included, by start: the classes of each. */
  List<Dictionary.Hit<BitSet>> hits(String text, int from, int to) {
    if (!anyCase) {
      return dictionary.allByStart(text, from, to);
    }
    int a = Math.max(0, from - 1); // one character either side, as in find
    int b = Math.min(text.length(), to + 1);
    List<Dictionary.Hit<BitSet>> out = new ArrayList<>();
    for (Dictionary.Hit<BitSet> h : dictionary.allByStart(lower(text.substring(a, b)), from - a, to - a)) {
      out.add(new Dictionary.Hit<>(h.start() + a, h.end() + a, h.value()));
    }
    return out;
  }

  /**
   * The number of a pattern element (a word class, literal, tag or character class), equal elements one number: a
   * lattice keeps what it found of each in an array indexed by it, shared by every pattern that has the element.
   * Numbers are given as patterns are compiled, and only then.
   */
  synchronized int elementId(Object element) {
    return elementIds.computeIfAbsent(element, k -> elementIds.size());
  }

  /**
   * The number of an annotation kind (see {@link KindStarts}), given when a pattern or an annotation first names it;
   * read without a lock, as lattices on every thread ask it at each annotation they add.
   */
  int kindId(String kind) {
    Integer id = kindIds.get(kind);
    return id != null ? id : newKindId(kind);
  }

  private synchronized int newKindId(String kind) {
    return kindIds.computeIfAbsent(kind, k -> kindIds.size());
  }

  /** How many elements have a number so far. */
  synchronized int elementCount() {
    return elementIds.size();
  }

  /** Whether patterns step over the white space between words (see {@link Builder#spaced()}). */
  public boolean spaced() {
    return spaced;
  }

  /** Whether words are matched in any case. */
  public boolean anyCase() {
    return anyCase;
  }

  /**
   * The hits of a dictionary of this lexicon's words (in lower case when the lexicon matches in any case) in
   * text[from, to), found as the lexicon finds its own words.
   */
  public <V> List<Dictionary.Hit<V>> find(Dictionary<V> words, String text, int from, int to) {
    if (!anyCase) {
      return words.all(text, from, to);
    }
    // one character either side, so that a word's edges are judged as in the whole text
    int a = Math.max(0, from - 1);
    int b = Math.min(text.length(), to + 1);
    String lower = lower(text.substring(a, b));
    List<Dictionary.Hit<V>> out = new ArrayList<>();
    for (Dictionary.Hit<V> h : words.all(lower, from - a, to - a)) {
      out.add(new Dictionary.Hit<>(h.start() + a, h.end() + a, h.value()));
    }
    return out;
  }

  /** ASCII letters in lower case; every other character as it is (the length never changes). */
  static String lower(String s) {
    char[] cs = s.toCharArray();
    for (int i = 0; i < cs.length; i++) {
      if (cs[i] >= 'A' && cs[i] <= 'Z') {
        cs[i] = (char) (cs[i] + 32);
      }
    }
    return new String(cs);
  }

  /** Words of a class that occur in a text: for tests and explanations. */
  public List<String> find(String cls, String text) {
    Objects.requireNonNull(text, "text");
    int id = classId(cls);
    List<String> out = new ArrayList<>();
    for (Dictionary.Hit<BitSet> h : find(dictionary, text, 0, text.length())) {
      if (h.value().get(id)) {
        out.add(text.substring(h.start(), h.end()));
      }
    }
    return out;
  }
}
