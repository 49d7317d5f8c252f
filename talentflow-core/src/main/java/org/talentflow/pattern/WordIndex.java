package org.talentflow.pattern;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import org.talentflow.mention.Dictionary;

/**
 * Where the lexicon's words stand in one lattice: the words that start at a position, those that end at it, and all
 * of them in one list. Found once, when the lattice is made; positions given and kept are offsets into the whole
 * text. Not thread-safe.
 */
final class WordIndex {
  private final int from;
  private final Lexicon lexicon;
  private final List<List<Dictionary.Hit<BitSet>>> startingAt;
  /** The same hits by end: what a look-behind reads. */
  private final List<List<Dictionary.Hit<BitSet>>> endingAt;
  /** The same hits in one list, by start, longest first at each start. */
  private final List<Dictionary.Hit<BitSet>> all;
  private int[] lastStarts;

  /** Finds the words of the lexicon in [from, to) of the text. */
  WordIndex(String text, int from, int to, Lexicon lexicon) {
    this.from = from;
    this.lexicon = lexicon;
    int n = to - from;
    this.startingAt = new ArrayList<>(Collections.nCopies(n + 1, List.of()));
    this.endingAt = new ArrayList<>(Collections.nCopies(n + 1, List.of()));
    for (Dictionary.Hit<BitSet> h : lexicon.hits(text, from, to)) {
      index(startingAt, h.start() - from, h);
      index(endingAt, h.end() - from, h);
    }
    List<Dictionary.Hit<BitSet>> words = new ArrayList<>();
    for (List<Dictionary.Hit<BitSet>> l : startingAt) {
      if (l.size() > 1) {
        l.sort(Comparator.comparingInt(h -> -(h.end() - h.start()))); // longest first
      }
      words.addAll(l);
    }
    this.all = words;
  }

  private static void index(List<List<Dictionary.Hit<BitSet>>> index, int i, Dictionary.Hit<BitSet> h) {
    if (index.get(i).isEmpty()) {
      index.set(i, new ArrayList<>(2));
    }
    index.get(i).add(h);
  }

  /** Where the words of a class stand, [start, end) pairs, leftmost-longest first at each start. */
  List<int[]> spans(String cls) {
    int id = lexicon.classId(cls);
    List<int[]> out = new ArrayList<>();
    for (int i = 0; i < all.size(); i++) {
      Dictionary.Hit<BitSet> h = all.get(i);
      if (h.value().get(id)) {
        out.add(new int[] {h.start(), h.end()});
      }
    }
    return out;
  }

  /** Where the last word of each class starts, or -1, by class number: worked out once. */
  int[] lastStarts() {
    if (lastStarts == null) {
      lastStarts = new int[lexicon.classNames().size()];
      Arrays.fill(lastStarts, -1);
      for (int i = 0; i < all.size(); i++) { // by start: a later word overwrites an earlier one
        Dictionary.Hit<BitSet> h = all.get(i);
        for (int c = h.value().nextSetBit(0); c >= 0; c = h.value().nextSetBit(c + 1)) {
          lastStarts[c] = h.start();
        }
      }
    }
    return lastStarts;
  }

  /** Every word, by start, longest first at each start. */
  List<Dictionary.Hit<BitSet>> all() {
    return all;
  }

  /** The words that start at p, longest first. */
  List<Dictionary.Hit<BitSet>> startingAt(int p) {
    return startingAt.get(p - from);
  }

  /** The words that end at p, in the order found. */
  List<Dictionary.Hit<BitSet>> endingAt(int p) {
    return endingAt.get(p - from);
  }
}
