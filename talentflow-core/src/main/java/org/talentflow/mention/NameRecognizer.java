package org.talentflow.mention;

import java.util.List;

/** A statistical recognizer for names nobody listed. Implementations load their models once. */
public interface NameRecognizer {
  /** Person names in {@code text}, as spans relative to it. */
  List<Span> persons(String text);

  record Span(int start, int end) {}

  static NameRecognizer none() {
    return text -> List.of();
  }
}
