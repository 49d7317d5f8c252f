package org.talentflow.model;

import java.util.Locale;

/** Whether a source asserts, denies, speculates about or announces a plan for an event. */
public enum Polarity {
  ASSERTED, NEGATED, SPECULATIVE, PLANNED;

  /** The lower-case name used in JSON and TSV. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Polarity parse(String label) {
    return valueOf(label.trim().toUpperCase(Locale.ROOT));
  }
}
