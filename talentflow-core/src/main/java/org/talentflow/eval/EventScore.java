package org.talentflow.eval;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.talentflow.model.EventType;
import org.talentflow.model.PersonnelEvent;

/**
 * Events scored against a gold table: the pairs matched, the gold rows missed and the predicted events left over
 * (extras). Every figure derives from these three lists, so the scores of several sets add up by {@link #plus}.
 */
public record EventScore(List<Match> matched, List<EventGold.Row> missed, List<PersonnelEvent> extra) {
  public EventScore {
    matched = List.copyOf(matched);
    missed = List.copyOf(missed);
    extra = List.copyOf(extra);
  }

  /** A gold row and the predicted event that matched it. */
  public record Match(EventGold.Row gold, PersonnelEvent predicted) {
    /** The predicted time as scored: its value, else its text as written, else empty. */
    public String predictedTime() {
      if (predicted.time() == null) {
        return "";
      }
      return predicted.time().value() != null ? predicted.time().value() : predicted.time().text();
    }

    /** Right when the predicted time begins with the gold one (a day is right for a gold month). */
    boolean timeRight() {
      return predictedTime().startsWith(gold.time());
    }

    boolean polarityRight() {
      return predicted.polarity().label().equals(gold.polarity());
    }
  }

  public EventScore plus(EventScore other) {
    return new EventScore(concat(matched, other.matched), concat(missed, other.missed), concat(extra, other.extra));
  }

  /** Precision over the predicted events, recall over the gold rows. */
  public Evaluation.Prf events() {
    int tp = matched.size();
    return new Evaluation.Prf(tp, tp + extra.size(), tp, tp + missed.size());
  }

  /** {@link #events()} per event type, for the types that occur in the gold or the predictions, in enum order. */
  public Map<EventType, Evaluation.Prf> byType() {
    Map<EventType, int[]> counts = new EnumMap<>(EventType.class); // tp, predicted, gold
    for (Match m : matched) {
      int[] c = counts.computeIfAbsent(m.gold().type(), t -> new int[3]);
      c[0]++;
      c[1]++;
      c[2]++;
    }
    extra.forEach(e -> counts.computeIfAbsent(e.type(), t -> new int[3])[1]++);
    missed.forEach(g -> counts.computeIfAbsent(g.type(), t -> new int[3])[2]++);
    Map<EventType, Evaluation.Prf> out = new EnumMap<>(EventType.class);
    counts.forEach((t, c) -> out.put(t, new Evaluation.Prf(c[0], c[1], c[0], c[2])));
    return out;
  }

  /** Time accuracy over the matched events whose gold row has a time. */
  public Evaluation.Accuracy time() {
    int right = 0;
    int total = 0;
    List<String> wrong = new ArrayList<>();
    for (Match m : matched) {
      if (m.gold().time().isEmpty()) {
        continue;
      }
      total++;
      if (m.timeRight()) {
        right++;
      } else {
        wrong.add(m.gold().describe() + "  gold time '" + m.gold().time() + "', got '" + m.predictedTime() + "'"
            + (m.predicted().time() == null ? "" : " from '" + m.predicted().time().text() + "'"));
      }
    }
    return new Evaluation.Accuracy(right, total, wrong);
  }

  /** Polarity accuracy over the matched events whose gold row has a polarity. */
  public Evaluation.Accuracy polarity() {
    int right = 0;
    int total = 0;
    List<String> wrong = new ArrayList<>();
    for (Match m : matched) {
      if (m.gold().polarity().isEmpty()) {
        continue;
      }
      total++;
      if (m.polarityRight()) {
        right++;
      } else {
        wrong.add(m.gold().describe() + "  gold " + m.gold().polarity() + ", got " + m.predicted().polarity().label());
      }
    }
    return new Evaluation.Accuracy(right, total, wrong);
  }

  private static <T> List<T> concat(List<T> a, List<T> b) {
    return Stream.concat(a.stream(), b.stream()).toList();
  }
}
