package org.talentflow.pattern;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Where a pattern matched, [start, end), and what each slot captured, in text order. */
public record Match(Pattern pattern, int start, int end, List<Capture> captures) {
  public Match {
    captures = List.copyOf(captures);
  }

  /** One slot's capture; {@code annotation} is set when the slot took exactly one annotation. */
  public record Capture(String slot, int start, int end, Annotation annotation) {}

  /** Every capture of a slot, in text order. */
  public List<Capture> all(String slot) {
    List<Capture> out = new ArrayList<>();
    for (Capture c : captures) {
      if (c.slot().equals(slot)) {
        out.add(c);
      }
    }
    return out;
  }

  /** The first capture of a slot, or null. */
  public Capture first(String slot) {
    for (Capture c : captures) {
      if (c.slot().equals(slot)) {
        return c;
      }
    }
    return null;
  }

  public boolean has(String slot) {
    return first(slot) != null;
  }

  static List<Capture> ordered(List<Capture> caps) {
    List<Capture> out = new ArrayList<>(caps);
    Collections.reverse(out);
    out.sort(java.util.Comparator.comparingInt(Capture::start));
    return out;
  }
}
