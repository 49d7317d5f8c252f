package org.talentflow.duee;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.talentflow.eval.Evaluation;

/**
 * The LIC2020 event-argument metric: every predicted argument is matched to the unused gold argument of the same
 * event type and role with which it shares the most characters; a match scores the character-level F1 of the two
 * strings (case ignored). Precision is the summed score over the predicted arguments, recall over the gold ones.
 * Arguments are compared without surrounding white space; empty ones do not count.
 *
 * <p>The {@linkplain #relaxed() relaxed} variant scores 1 for an argument contained in the gold one or containing it
 * (DuEE's gold often holds a descriptor, "某台主持人王某", where a knowledge graph wants the name). Both follow
 * ../shared/tools/score_duee.py, and are tallied overall and per event type.
 */
public final class DueeScorer {
  private final boolean relaxed;
  /** Per event type: summed score, predicted arguments, gold arguments. */
  private final Map<String, Tally> byType = new TreeMap<>();

  /** A running sum for one event type, or for all. */
  public record Tally(double matched, int predicted, int gold) {
    public double precision() {
      return predicted == 0 ? 0 : matched / predicted;
    }

    public double recall() {
      return gold == 0 ? 0 : matched / gold;
    }

    public double f1() {
      return Evaluation.f1(precision(), recall());
    }

    Tally plus(double m, int p, int g) {
      return new Tally(matched + m, predicted + p, gold + g);
    }

    @Override
    public String toString() {
      return String.format(Locale.ROOT, "P %.3f  R %.3f  F1 %.3f  (%d predicted, %d gold arguments, matched %.1f)",
          precision(), recall(), f1(), predicted, gold, matched);
    }
  }

  /** The strict LIC2020 metric. */
  public DueeScorer() {
    this(false);
  }

  private DueeScorer(boolean relaxed) {
    this.relaxed = relaxed;
  }

  public static DueeScorer strict() {
    return new DueeScorer(false);
  }

  /** The metric where an argument inside the gold one, or holding it, scores 1. */
  public static DueeScorer relaxed() {
    return new DueeScorer(true);
  }

  public boolean isRelaxed() {
    return relaxed;
  }

  /** Adds one sentence: its predicted and gold events. Only events of {@code types} count (null: all). */
  public void add(List<DueeEvent> predictedEvents, List<DueeEvent> goldEvents, Set<String> types) {
    List<String[]> pred = arguments(predictedEvents, types);
    List<String[]> want = arguments(goldEvents, types);
    for (String[] g : want) {
      count(g[0], 0, 0, 1);
    }
    boolean[] used = new boolean[want.size()];
    for (String[] p : pred) {
      int best = -1;
      double bestScore = 0;
      for (int i = 0; i < want.size(); i++) {
        String[] g = want.get(i);
        if (!used[i] && g[0].equals(p[0]) && g[1].equals(p[1])) {
          double f = score(p[2], g[2]);
          if (f > bestScore) {
            bestScore = f;
            best = i;
          }
        }
      }
      if (best >= 0) {
        used[best] = true;
      }
      count(p[0], bestScore, 1, 0);
    }
  }

  private void count(String type, double matched, int predicted, int gold) {
    byType.merge(type, new Tally(matched, predicted, gold), (a, b) -> a.plus(b.matched(), b.predicted(), b.gold()));
  }

  private static List<String[]> arguments(List<DueeEvent> events, Set<String> types) {
    List<String[]> out = new ArrayList<>();
    for (DueeEvent e : events) {
      if (types != null && !types.contains(e.eventType())) {
        continue;
      }
      for (DueeEvent.Argument a : e.arguments()) {
        String text = a.argument() == null ? "" : a.argument().strip();
        if (!text.isEmpty()) {
          out.add(new String[] {e.eventType(), a.role(), text});
        }
      }
    }
    return out;
  }

  private double score(String predicted, String gold) {
    String a = predicted.toLowerCase(Locale.ROOT);
    String b = gold.toLowerCase(Locale.ROOT);
    if (relaxed && (a.contains(b) || b.contains(a))) {
      return 1;
    }
    return charF1(a, b);
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

  /** The sums over every event type. */
  public Tally total() {
    Tally t = new Tally(0, 0, 0);
    for (Tally x : byType.values()) {
      t = t.plus(x.matched(), x.predicted(), x.gold());
    }
    return t;
  }

  /** The sums per event type, for the types seen in the predictions or the gold, by name. */
  public Map<String, Tally> byType() {
    return Collections.unmodifiableMap(byType);
  }

  public double precision() {
    return total().precision();
  }

  public double recall() {
    return total().recall();
  }

  public double f1() {
    return total().f1();
  }

  @Override
  public String toString() {
    return total().toString();
  }
}
