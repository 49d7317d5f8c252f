package org.talentflow.mention;

import com.hankcs.hanlp.collection.AhoCorasick.AhoCorasickDoubleArrayTrie;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Exact multi-pattern matching (HanLP's Aho-Corasick double-array trie) returning the leftmost-longest
 * non-overlapping hits. Latin-script keys only match at word edges, so "Altman" is not found inside "SamAltman".
 */
public final class Dictionary<V> {
  /** A match of a key in a text. */
  public record Hit<V>(int start, int end, V value) {}

  private final AhoCorasickDoubleArrayTrie<V> trie;
  private final boolean empty;

  public Dictionary(Map<String, V> entries) {
    this.trie = new AhoCorasickDoubleArrayTrie<>();
    this.empty = entries.isEmpty();
    if (!empty) {
      trie.build(new TreeMap<>(entries));
    }
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

  /** Every hit, overlapping ones included, within [from, to). */
  public List<Hit<V>> all(String text, int from, int to) {
    List<Hit<V>> out = new ArrayList<>();
    if (empty || from >= to) {
      return out;
    }
    char[] chars = text.substring(from, to).toCharArray();
    trie.parseText(chars, (begin, end, value) -> {
      int s = from + begin;
      int e = from + end;
      if (latinEdgesOk(text, s, e)) {
        out.add(new Hit<>(s, e, value));
      }
    });
    return out;
  }

  /** Leftmost-longest non-overlapping hits in the whole text. */
  public List<Hit<V>> longest(String text) {
    return longest(text, 0, text.length());
  }

  public List<Hit<V>> longest(String text, int from, int to) {
    List<Hit<V>> all = all(text, from, to);
    all.sort(Comparator.<Hit<V>>comparingInt(Hit::start).thenComparing(h -> -(h.end() - h.start())));
    List<Hit<V>> out = new ArrayList<>();
    int covered = -1;
    for (Hit<V> h : all) {
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
    return !(isLatinLetter(text.charAt(e - 1)) && e < text.length() && isLatinLetter(text.charAt(e)));
  }

  /** "CEOSamAltman": a capitalized word run into an upper-case acronym starts a new word. */
  static boolean afterAcronym(String text, int s) {
    return s >= 2 && Character.isUpperCase(text.charAt(s - 1)) && Character.isUpperCase(text.charAt(s - 2))
        && Character.isUpperCase(text.charAt(s)) && s + 1 < text.length() && Character.isLowerCase(text.charAt(s + 1));
  }

  public static boolean isLatinLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }
}
