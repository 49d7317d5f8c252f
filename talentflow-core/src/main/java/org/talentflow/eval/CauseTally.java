package org.talentflow.eval;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Counts of misses and extras by {@link ErrorCause}; tallies of several sets add up by {@link #plus}. */
public final class CauseTally {
  /** One cause's counts. */
  public record Row(ErrorCause cause, int missed, int extra) {}

  private final Map<ErrorCause, int[]> counts = new EnumMap<>(ErrorCause.class);

  public void addMissed(ErrorCause cause) {
    counts.computeIfAbsent(cause, c -> new int[2])[0]++;
  }

  public void addExtra(ErrorCause cause) {
    counts.computeIfAbsent(cause, c -> new int[2])[1]++;
  }

  public int missed(ErrorCause cause) {
    return counts.getOrDefault(cause, new int[2])[0];
  }

  public int extra(ErrorCause cause) {
    return counts.getOrDefault(cause, new int[2])[1];
  }

  public CauseTally plus(CauseTally other) {
    CauseTally sum = new CauseTally();
    for (CauseTally t : List.of(this, other)) {
      t.counts.forEach((c, n) -> {
        int[] s = sum.counts.computeIfAbsent(c, k -> new int[2]);
        s[0] += n[0];
        s[1] += n[1];
      });
    }
    return sum;
  }

  /** The causes that occur, in the enum's order. */
  public List<Row> rows() {
    return counts.entrySet().stream().map(e -> new Row(e.getKey(), e.getValue()[0], e.getValue()[1])).toList();
  }

  /** A Markdown table: cause, missed, extra, with a total line. */
  public String markdown() {
    return markdown(List.of(""), List.of(this));
  }

  /**
   * A Markdown table of several tallies side by side (two versions, say): a column of misses and one of extras per
   * tally, headed "missed NAME" and "extra NAME"; the causes of any of them as rows, and a total line.
   */
  public static String markdown(List<String> names, List<CauseTally> tallies) {
    StringBuilder sb = new StringBuilder("| cause |");
    names.forEach(n -> sb.append(" missed").append(n.isEmpty() ? "" : " " + n).append(" | extra")
        .append(n.isEmpty() ? "" : " " + n).append(" |"));
    sb.append("\n|---|").append("---:|".repeat(2 * names.size())).append('\n');
    CauseTally all = tallies.stream().reduce(new CauseTally(), CauseTally::plus);
    for (Row r : all.rows()) {
      sb.append("| ").append(r.cause().label()).append(" |");
      tallies.forEach(t -> sb.append(' ').append(t.missed(r.cause())).append(" | ").append(t.extra(r.cause()))
          .append(" |"));
      sb.append('\n');
    }
    sb.append("| all |");
    tallies.forEach(t -> sb.append(' ').append(t.total(0)).append(" | ").append(t.total(1)).append(" |"));
    return sb.append('\n').toString();
  }

  private int total(int column) {
    return counts.values().stream().mapToInt(n -> n[column]).sum();
  }
}
