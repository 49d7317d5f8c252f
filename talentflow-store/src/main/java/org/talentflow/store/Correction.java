package org.talentflow.store;

import java.util.Locale;
import java.util.Objects;

/**
 * A user's correction of entity resolution, by name or alias: merge B into A, split alias B out of A, or add alias B
 * to A.
 */
public record Correction(Kind kind, String a, String b) {
  public enum Kind {
    MERGE, SPLIT, ALIAS;

    public static Kind parse(String s) {
      try {
        return valueOf(s.strip().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("unknown correction '" + s + "' (merge, split or alias)", e);
      }
    }
  }

  public Correction {
    Objects.requireNonNull(kind, "kind");
    if (a == null || a.isBlank() || b == null || b.isBlank()) {
      throw new IllegalArgumentException("a correction needs two names");
    }
    a = a.strip();
    b = b.strip();
  }
}
