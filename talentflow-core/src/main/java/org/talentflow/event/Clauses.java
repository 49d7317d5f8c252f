package org.talentflow.event;

import org.talentflow.model.Surface;
import org.talentflow.text.MappedText;

/** Clause edges and original offsets, for the finders of this package that read raw sentences (withdrawals, cues). */
final class Clauses {
  /** Characters that end a clause. */
  static final String BREAKS = ",;:—!?。\n";

  private Clauses() {}

  /** The start of the clause that holds position {@code at}, not before {@code sentenceStart}. */
  static int start(String t, int sentenceStart, int at) {
    for (int i = at - 1; i >= sentenceStart; i--) {
      if (BREAKS.indexOf(t.charAt(i)) >= 0) {
        return i + 1;
      }
    }
    return sentenceStart;
  }

  /** A span of normalized text in the original text, or {@link Surface#none()} for no span. */
  static int[] original(MappedText mt, int start, int end) {
    if (start < 0 || end <= start) {
      return Surface.none();
    }
    return new int[] {mt.originalStart(start, end), mt.originalEnd(start, end)};
  }
}
