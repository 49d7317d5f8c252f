package org.talentflow.pattern;

import java.util.Arrays;
import java.util.BitSet;
import java.util.List;

/**
 * Where the annotations of each kind start in one lattice, relative to its start: kept by the lattice as annotations
 * come and go, for the matcher to find where a pattern can start without reading every annotation. Kinds are read
 * by their lexicon's numbers ({@link Lexicon#kindId}), in an array: every pattern run asks for a few of them, and a
 * look-up by name there was a twentieth of the whole analysis. Not thread-safe.
 */
final class KindStarts {
  private final Lexicon lexicon;
  private BitSet[] byKind = new BitSet[0];

  KindStarts(Lexicon lexicon) {
    this.lexicon = lexicon;
  }

  void added(String kind, int at) {
    int id = lexicon.kindId(kind);
    if (id >= byKind.length) {
      byKind = Arrays.copyOf(byKind, Math.max(id + 1, 2 * byKind.length));
    }
    if (byKind[id] == null) {
      byKind[id] = new BitSet();
    }
    byKind[id].set(at);
  }

  /** An annotation of a kind starting at {@code at} is gone; {@code still} are those that start there now. */
  void removed(String kind, int at, List<Annotation> still) {
    for (int i = 0; i < still.size(); i++) {
      if (still.get(i).kind().equals(kind)) {
        return;
      }
    }
    byKind[lexicon.kindId(kind)].clear(at);
  }

  /** The starts of a kind by its number, or null when there has been none; the caller must not change them. */
  BitSet of(int kind) {
    return kind < byKind.length ? byKind[kind] : null;
  }

  /** The last start of a kind by its number, or -1. */
  int last(int kind) {
    BitSet starts = of(kind);
    return starts == null || starts.isEmpty() ? -1 : starts.length() - 1;
  }
}
