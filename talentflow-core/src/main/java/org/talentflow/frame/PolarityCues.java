package org.talentflow.frame;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.talentflow.mention.Dictionary;
import org.talentflow.model.Polarity;
import org.talentflow.pattern.Annotation;
import org.talentflow.pattern.Lattice;
import org.talentflow.pattern.Lexicon;

/**
 * Whether a frame's event is asserted, negated, speculative or planned, from the lexicon's cue words (@negated,
 * @speculative, @planned, @attempt) between the start of the trigger's clause and the trigger; from a rumour that
 * opens the sentence ("据传,X将辞职"); and from a denial of the report after it ("但公司否认了这一消息"). Negation
 * outranks speculation, which outranks a plan. Thread-safe.
 */
public final class PolarityCues {
  private final Dictionary<Polarity> cues;
  private final Dictionary<Boolean> speech;
  private final Dictionary<Boolean> denials;
  private final Dictionary<Boolean> reports;
  private final Set<String> disposal;

  public PolarityCues(Lexicon lexicon) {
    Map<String, Polarity> m = new TreeMap<>();
    for (Polarity p : List.of(Polarity.NEGATED, Polarity.SPECULATIVE, Polarity.PLANNED)) {
      for (String w : lexicon.words(p.label())) {
        m.merge(w, p, (a, b) -> a.ordinal() <= b.ordinal() ? a : b);
      }
    }
    for (String w : lexicon.words("attempt")) {
      m.putIfAbsent(w, Polarity.SPECULATIVE); // "努力促使X回归": an attempt, not a return
    }
    this.cues = new Dictionary<>(m);
    this.speech = Dictionary.of(lexicon.words("speech"), w -> true);
    this.denials = Dictionary.of(lexicon.words("denial"), w -> true);
    this.reports = Dictionary.of(lexicon.words("report"), w -> true);
    this.disposal = lexicon.hasWordClass("disposal") ? Set.copyOf(lexicon.words("disposal")) : Set.of();
  }

  /** The polarity of a frame whose earliest part starts at {@code from} and whose trigger starts at {@code trigger}. */
  public Polarity of(Lattice l, int from, int trigger, int triggerEnd) {
    String text = l.text();
    int clause = l.clauseStartOf(Math.min(from, trigger));
    List<Dictionary.Hit<Polarity>> hits = new ArrayList<>(cues.all(text, clause, trigger));
    // "有传言称,X将辞职", "据悉,X将离职": a short opening phrase or one ending in a speech verb lends its cues
    int said = clause - 1;
    if (said > l.from() && ",:".indexOf(text.charAt(said)) >= 0) {
      int open = l.clauseStartOf(said);
      if (said - open <= 6 || speech.all(text, Math.max(open, said - 2), said).stream().anyMatch(h -> h.end() == said)) {
        cues.all(text, open, said).stream().filter(h -> h.value() == Polarity.SPECULATIVE).forEach(hits::add);
      }
    }
    Polarity best = Polarity.ASSERTED;
    for (Dictionary.Hit<Polarity> h : hits) {
      if (disposes(l, h)) {
        continue; // "电视台将主持人张三停职": 将 puts the person before the verb, no plan
      }
      if (best == Polarity.ASSERTED || h.value().ordinal() < best.ordinal()) {
        best = h.value();
      }
    }
    if (deniedAfter(l, triggerEnd)) {
      return Polarity.NEGATED;
    }
    return best;
  }

  /** Whether a cue word is the disposal marker (@disposal: 将, 把) right before the person the verb acts on. */
  private boolean disposes(Lattice l, Dictionary.Hit<Polarity> h) {
    if (!disposal.contains(l.text().substring(h.start(), h.end()))) {
      return false;
    }
    for (String kind : List.of("PERSON", "PEOPLE", "PRON")) {
      for (Annotation a : l.annotations(kind)) {
        if (a.start() == h.end()) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * A denial after the trigger in the sentence that disputes the report of it: a denial verb whose object is the
   * report ("否认了这一消息") or that ends its clause ("公司予以否认").
   */
  private boolean deniedAfter(Lattice l, int from) {
    String text = l.text();
    for (Dictionary.Hit<Boolean> d : denials.all(text, from, l.to())) {
      int end = l.clauseEndOf(d.end());
      end = Math.min(end, d.end() + 8);
      boolean alone = end == d.end() || end - d.end() == 1 && text.charAt(d.end()) == '了';
      if (alone || !reports.all(text, d.end(), end).isEmpty()) {
        return true;
      }
    }
    return false;
  }
}
