package org.talentflow.duee;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.talentflow.eval.Evaluation;

/**
 * The LIC2020 event-argument metric: every predicted argument is matched to the unused gold argument of the same
 * event type and role with which it shares the most characters; a match scores the character-level F1 of the two
 * strings. Precision is the summed score over the predicted arguments, recall over the gold ones.
 */
public final class DueeScorer {
  private double matched;
  private int predicted;
  private int gold;

  /** Adds one sentence: its predicted and gold events. Only gold events of {@code types} count (null: all). */
  public void add(List<DueeEvent> predictedEvents, List<DueeEvent> goldEvents, Set<String> types) {
    List<String[]> pred = arguments(predictedEvents, types);
    List<String[]> want = arguments(goldEvents, types);
    predicted += pred.size();
    gold += want.size();
    boolean[] used = new boolean[want.size()];
    for (String[] p : pred) {
      int best = -1;
      double bestScore = 0;
      for (int i = 0; i < want.size(); i++) {
        String[] g = want.get(i);
        if (!used[i] && g[0].equals(p[0]) && g[1].equals(p[1])) {
          double f = charF1(p[2], g[2]);
          if (f > bestScore) {
            bestScore = f;
            best = i;
          }
        }
      }
      if (best >= 0) {
        used[best] = true;
        matched += bestScore;
      }
    }
  }

  private static List<String[]> arguments(List<DueeEvent> events, Set<String> types) {
    List<String[]> out = new ArrayList<>();
    for (DueeEvent e : events) {
      if (types != null && !types.contains(e.eventType())) {
        continue;
      }
      for (DueeEvent.Argument a : e.arguments()) {
        out.add(new String[] {e.eventType(), a.role(), a.argument()});
      }
    }
    return out;
  }

  /** Character-level F1 of two strings (characters counted with multiplicity). */
  static double charF1(String a, String b) {
    Map<Integer, Integer> counts = new HashMap<>();
    a.codePoints().forEach(c -> counts.merge(c, 1, Integer::sum));
    int common = 0;
    for (int c : b.codePoints().toArray()) {
      Integer n = counts.get(c);
      if (n != null && n > 0) {
        common++;
        counts.put(c, n - 1);
      }
    }
    if (common == 0) {
      return 0;
    }
    double p = common / (double) a.codePointCount(0, a.length());
    double r = common / (double) b.codePointCount(0, b.length());
    return 2 * p * r / (p + r);
  }

  public double precision() {
    return predicted == 0 ? 0 : matched / predicted;
  }

  public double recall() {
    return gold == 0 ? 0 : matched / gold;
  }

  public double f1() {
    return Evaluation.f1(precision(), recall());
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "P %.3f  R %.3f  F1 %.3f  (%d predicted, %d gold arguments, matched %.1f)",
        precision(), recall(), f1(), predicted, gold, matched);
  }
}
