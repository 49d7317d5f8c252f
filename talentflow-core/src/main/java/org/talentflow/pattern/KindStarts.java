package org.talentflow.pattern;

import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where the annotations of each kind start in one lattice, relative to its start: kept by the lattice as annotations
 * come and go, for the matcher to find where a pattern can start without reading every annotation. Not thread-safe.
 */
final class KindStarts {
  private final Map<String, BitSet> byKind = new HashMap<>();

  void added(String kind, int at) {
    byKind.computeIfAbsent(kind, k -> new BitSet()).set(at);
  }

  /** An annotation of a kind starting at {@code at} is gone; {@code still} are those that start there now. */
  void removed(String kind, int at, List<Annotation> still) {
    for (int i = 0; i < still.size(); i++) {
      if (still.get(i).kind().equals(kind)) {
        return;
      }
    }
    byKind.get(kind).clear(at);
  }

  /** The starts of a kind, or null when there has been none; the caller must not change them. */
  BitSet of(String kind) {
    return byKind.get(kind);
  }

  /** The last start of a kind, or -1. */
  int last(String kind) {
    BitSet starts = byKind.get(kind);
    return starts == null || starts.isEmpty() ? -1 : starts.length() - 1;
  }
}
