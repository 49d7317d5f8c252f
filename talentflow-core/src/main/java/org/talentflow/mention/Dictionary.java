package org.talentflow.mention;

import com.hankcs.hanlp.collection.trie.DoubleArrayTrie;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Exact multi-pattern matching (HanLP's double-array trie) returning every hit or the leftmost-longest
 * non-overlapping ones. Latin-script keys only match at word edges, so "Altman" is not found inside "SamAltman".
 * The trie is only walked from characters that begin a key: most of a text begins none.
 */
public final class Dictionary<V> {
  /** A match of a key in a text. */
  public record Hit<V>(int start, int end, V value) {}

  private static final Comparator<Hit<?>> AS_FOUND =
      Comparator.<Hit<?>>comparingInt(Hit::end).thenComparingInt(h -> h.start());

  /** Below this many keys no trie is built (its arrays cost more than trying each key): a document's own names. */
  private static final int SMALL = 256;

  private final DoubleArrayTrie<V> trie;
  private final BitSet firsts = new BitSet(Character.MAX_VALUE + 1);
  private final int root;
  /** A small dictionary's entries by first character, tried one by one where that character stands. */
  private final FirstCharIndex<V> few;

  public Dictionary(Map<String, V> entries) {
    TreeMap<String, V> sorted = new TreeMap<>();
    for (Map.Entry<String, V> e : entries.entrySet()) {
      if (!e.getKey().isEmpty() && e.getKey().indexOf(Character.MAX_VALUE) < 0) {
        sorted.put(e.getKey(), e.getValue());
        firsts.set(e.getKey().charAt(0));
      }
    }
    this.few = sorted.size() < SMALL ? new FirstCharIndex<>(sorted) : null;
    this.trie = new DoubleArrayTrie<>();
    if (few == null) {
      trie.build(sorted);
    }
    this.root = few == null ? trie.getBase()[0] : -1;
  }

  public static <V> Dictionary<V> of(Collection<String> keys, Function<String, V> value) {
    Map<String, V> m = new TreeMap<>();
    for (String k : keys) {
      if (!k.isEmpty()) {
        m.putIfAbsent(k, value.apply(k));
      }
    }
    return new Dictionary<>(m);
  }

  /** Every hit, overlapping ones included, within [from, to), by end and then by start. */
  public List<Hit<V>> all(String text, int from, int to) {
    List<Hit<V>> out = allByStart(text, from, to);
    byEnd(out);
    return out;
  }

  /** Every hit, overlapping ones included, within [from, to), by start and then by end (as found: nothing sorted). */
  public List<Hit<V>> allByStart(String text, int from, int to) {
    List<Hit<V>> out = new ArrayList<>();
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (!firsts.get(c)) {
        continue;
      }
      if (isLatinLetter(c) && i > 0 && isLatinLetter(text.charAt(i - 1)) && !afterAcronym(text, i)) {
        continue; // no key starts inside a Latin word: skip the walk
      }
      if (few != null) {
        FirstCharIndex.Bucket<V> b = few.get(text.charAt(i));
        for (int k = 0; k < b.keys().length; k++) {
          String key = b.keys()[k];
          int end = i + key.length();
          if (end <= to && text.startsWith(key, i) && latinEdgesOk(text, i, end)) {
            out.add(new Hit<>(i, end, b.values().get(k)));
          }
        }
        continue;
      }
      int state = root;
      for (int j = i; j < to; j++) {
        char cj = text.charAt(j);
        state = cj == Character.MAX_VALUE ? -1 : trie.transition(cj, state);
        if (state < 0) {
          break;
        }
        V value = trie.output(state);
        if (value != null && latinEdgesOk(text, i, j + 1)) {
          out.add(new Hit<>(i, j + 1, value));
        }
      }
    }
    return out;
  }

  /**
   * Puts hits found by start into the order of {@link #AS_FOUND} (by end, then by start) by insertion: a hit only
   * moves back past the longer hits that began before it, and few do, so this is linear where a general sort is not.
   */
  private static <V> void byEnd(List<Hit<V>> hits) {
    for (int i = 1; i < hits.size(); i++) {
      Hit<V> h = hits.get(i);
      int j = i - 1;
      if (AS_FOUND.compare(hits.get(j), h) <= 0) {
        continue;
      }
      while (j >= 0 && AS_FOUND.compare(hits.get(j), h) > 0) {
        hits.set(j + 1, hits.get(j));
        j--;
      }
      hits.set(j + 1, h);
    }
  }

  /** Leftmost-longest non-overlapping hits in the whole text. */
  public List<Hit<V>> longest(String text) {
    return longest(text, 0, text.length());
  }

  public List<Hit<V>> longest(String text, int from, int to) {
    List<Hit<V>> all = allByStart(text, from, to);
    List<Hit<V>> out = new ArrayList<>();
    int covered = -1;
    // by start, the longest first at each start: the last hit found at a start
    for (int i = 0; i < all.size(); i++) {
      Hit<V> h = all.get(i);
      if (i + 1 < all.size() && all.get(i + 1).start() == h.start()) {
        continue;
      }
      if (h.start() >= covered) {
        out.add(h);
        covered = h.end();
      }
    }
    return out;
  }

  public static boolean latinEdgesOk(String text, int s, int e) {
    if (isLatinLetter(text.charAt(s)) && s > 0 && isLatinLetter(text.charAt(s - 1)) && !afterAcronym(text, s)) {
      return false;
    }
    return !(isLatinLetter(text.charAt(e - 1)) && e < text.length() && isLatinLetter(text.charAt(e))
        && !beforeAcronym(text, e));
  }

  /** "OpenAICEO": a name run into an upper-case acronym of two letters or more ends before it. */
  static boolean beforeAcronym(String text, int e) {
    int n = 0;
    while (e + n < text.length() && Character.isUpperCase(text.charAt(e + n))) {
      n++;
    }
    return n >= 2 && (e + n == text.length() || !isLatinLetter(text.charAt(e + n)));
  }

  /** "CEOSamAltman": a capitalized word run into an upper-case acronym starts a new word. */
  static boolean afterAcronym(String text, int s) {
    return s >= 2 && Character.isUpperCase(text.charAt(s - 1)) && Character.isUpperCase(text.charAt(s - 2))
        && Character.isUpperCase(text.charAt(s)) && s + 1 < text.length() && Character.isLowerCase(text.charAt(s + 1));
  }

  public static boolean isLatinLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  /** Keys grouped by first character in an open-addressing table (no boxing of the character looked up). */
  private static final class FirstCharIndex<V> {
    record Bucket<V>(String[] keys, List<V> values) {}

    private final char[] slots;
    private final List<Bucket<V>> buckets;
    private final int mask;

    FirstCharIndex(TreeMap<String, V> sorted) {
      TreeMap<Character, List<Map.Entry<String, V>>> groups = new TreeMap<>();
      for (Map.Entry<String, V> e : sorted.entrySet()) {
        groups.computeIfAbsent(e.getKey().charAt(0), k -> new ArrayList<>()).add(e);
      }
      int size = Integer.highestOneBit(Math.max(1, groups.size()) * 2) * 2;
      this.slots = new char[size];
      this.mask = size - 1;
      this.buckets = new ArrayList<>(java.util.Collections.nCopies(size, null));
      for (Map.Entry<Character, List<Map.Entry<String, V>>> g : groups.entrySet()) {
        int at = slot(g.getKey());
        while (buckets.get(at) != null) {
          at = (at + 1) & mask;
        }
        slots[at] = g.getKey();
        List<Map.Entry<String, V>> entries = g.getValue();
        buckets.set(at, new Bucket<>(entries.stream().map(Map.Entry::getKey).toArray(String[]::new),
            entries.stream().map(Map.Entry::getValue).toList()));
      }
    }

    private int slot(char c) {
      return (c * 0x9E3779B1 >>> 16) & mask;
    }

    /** The bucket of a character known to begin a key. */
    Bucket<V> get(char c) {
      int at = slot(c);
      while (slots[at] != c || buckets.get(at) == null) {
        at = (at + 1) & mask;
      }
      return buckets.get(at);
    }
  }
}
