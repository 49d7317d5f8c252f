package org.talentflow.pattern;

import java.util.Arrays;
import java.util.BitSet;

/**
 * What the matcher keeps in one lattice from one pattern run to the next: where pattern elements can start, once
 * worked out, and scratch memory with the number of the run that wrote it. Not thread-safe.
 */
final class MatcherScratch {
  /** Where the pattern elements start, by their numbers; null until remembered. */
  private BitSet[] elementStarts;
  private int[] memory = new int[0];
  private int runs;

  /** Room for the starts of {@code elements} elements, the number the lexicon knows now; more are made room for. */
  MatcherScratch(int elements) {
    this.elementStarts = new BitSet[elements];
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
      elementStarts = Arrays.copyOf(elementStarts, Math.max(id + 1, 2 * elementStarts.length));
    }
    elementStarts[id] = starts;
  }

  /**
   * Scratch memory of the matcher, at least {@code size} ints, reused from one pattern run to the next (a run stamps
   * what it writes with its {@link #nextRun number}, so nothing needs clearing).
   */
  int[] memory(int size) {
    if (memory.length < size) {
      memory = new int[Math.max(size, 2 * memory.length)];
    }
    return memory;
  }

  /** A number for the next pattern run over the lattice, never 0. */
  int nextRun() {
    return ++runs;
  }
}
