package org.talentflow.event;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.talentflow.mention.Dictionary;
import org.talentflow.model.Polarity;
import org.talentflow.pack.KnowledgePack;

/**
 * Decides whether an event is asserted, negated, speculative or planned from the pack's cue words between the start
 * of the trigger's clause and the trigger. Negation outranks speculation, which outranks a plan: in "将不会回到" the
 * event is negated, in "传闻她即将辞任" it is speculative.
 * A cue inside a word the pack marks asserted says nothing (如果不是).
 */
public final class PolarityDetector {
  private final Dictionary<Polarity> cues;
  private final Dictionary<Boolean> speech;
  private final Dictionary<Boolean> denials;
  private final Dictionary<Boolean> reports;

  public PolarityDetector(KnowledgePack pack) {
    Map<String, Polarity> m = new TreeMap<>();
    for (KnowledgePack.Cue c : pack.cues()) {
      m.merge(c.word(), c.polarity(), (a, b) -> a.ordinal() <= b.ordinal() ? a : b);
    }
    for (String attempt : pack.clauseCues("attempt")) {
      m.putIfAbsent(attempt, Polarity.SPECULATIVE); // "努力促使X回归": an attempt, not a return
    }
    this.cues = new Dictionary<>(m);
    this.speech = Dictionary.of(pack.clauseCues("speech"), w -> true);
    this.denials = Dictionary.of(pack.clauseCues("denial"), w -> true);
    this.reports = Dictionary.of(pack.clauseCues("report"), w -> true);
  }

  /**
   * Whether a denial after a trigger, up to {@code to}, disputes the report of it: a denial verb whose object is the
   * report ("否认了这一消息", "否认离职传闻") or that ends its clause with no object ("百度方面予以否认").
   */
  public boolean deniedAfter(String text, int from, int to) {
    for (Dictionary.Hit<Boolean> d : denials.all(text, from, to)) {
      int end = d.end();
      while (end < to && end < d.end() + 8 && Clauses.BREAKS.indexOf(text.charAt(end)) < 0) {
        end++;
      }
      boolean alone = end == d.end() || end - d.end() == 1 && text.charAt(d.end()) == '了';
      if (alone || !reports.all(text, d.end(), end).isEmpty()) {
        return true;
      }
    }
    return false;
  }

  /** The polarity for a trigger at [triggerStart, ...) whose clause starts at {@code clauseStart}. */
  public Polarity polarity(String text, int clauseStart, int triggerStart) {
    List<Dictionary.Hit<Polarity>> hits = new java.util.ArrayList<>(cues.all(text, clauseStart, triggerStart));
    // "有传言称,X将辞职", "据传闻,X将离职": a rumour that introduces the clause, with a speech verb or as a short
    // opening phrase, makes what it introduces speculative
    int said = clauseStart - 1;
    if (said > 0 && ",:".indexOf(text.charAt(said)) >= 0) {
      int from = Clauses.start(text, 0, said);
      if (said - from <= 6 || speech.all(text, Math.max(0, said - 2), said).stream().anyMatch(h -> h.end() == said)) {
        cues.all(text, from, said).stream().filter(h -> h.value() == Polarity.SPECULATIVE).forEach(hits::add);
      }
    }
    // a cue inside an asserting word says nothing ("如果不是X加盟": the counterfactual presupposes the joining)
    List<Dictionary.Hit<Polarity>> taken = hits.stream().filter(h -> h.value() == Polarity.ASSERTED).toList();
    Polarity best = Polarity.ASSERTED;
    for (Dictionary.Hit<Polarity> h : hits) {
      if (h.value() == Polarity.ASSERTED
          || taken.stream().anyMatch(a -> a.start() <= h.start() && h.end() <= a.end())) {
        continue;
      }
      if (best == Polarity.ASSERTED || h.value().ordinal() < best.ordinal()) {
        best = h.value();
      }
    }
    return best;
  }
}
