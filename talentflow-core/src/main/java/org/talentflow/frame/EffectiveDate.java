package org.talentflow.frame;

import org.talentflow.pattern.Annotation;
import org.talentflow.pattern.Lattice;

/**
 * The date from which a change holds, written before a word of the lexicon's class effective ("自2024年5月29日起生效",
 * "于二零二三年三月一日生效"): the day a leaving or an appointment takes effect, which dates it.
 */
public final class EffectiveDate {
  private EffectiveDate() {}

  /** The first time of the lattice that a word of the class effective follows (after 起, "from"), or null. */
  public static Annotation of(Lattice l) {
    if (!l.lexicon().hasWordClass("effective")) {
      return null;
    }
    for (Annotation t : l.annotations("TIME")) {
      int p = t.end();
      if (p < l.to() && l.text().charAt(p) == '起') {
        p++;
      }
      for (String w : l.lexicon().words("effective")) {
        if (l.text().startsWith(w, p) && p + w.length() <= l.to()) {
          return t;
        }
      }
    }
    return null;
  }
}
