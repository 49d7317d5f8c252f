package org.talentflow.text;

/** Converts Chinese text to simplified script. Implementations hold their dictionaries; they are loaded once. */
@FunctionalInterface
public interface ScriptConverter {
  String toSimplified(String text);

  /** A converter that changes nothing (tests, or Latin-only corpora). */
  static ScriptConverter none() {
    return text -> text;
  }
}
