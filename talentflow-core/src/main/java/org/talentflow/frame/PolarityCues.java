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
 * outranks speculation, which outranks a plan. A cue inside a word of the asserted class says nothing: "如果不是张三
 * 加盟" (a counterfactual) presupposes that the joining happened. Thread-safe.
 */
public final class PolarityCues {
  private final Dictionary<Polarity> cues;
  /** Words that hold a cue and take it back (asserted in polarity.tsv: 如果不是, 要不是). */
  private final Dictionary<Boolean> asserting;
  private final Dictionary<Boolean> speech;
  private final Dictionary<Boolean> denials;
  private final Dictionary<Boolean> reports;
  /** Words that call a report untrue (纯属谣言, 不实), said of the report of an event right after it. */
  private final Dictionary<Boolean> untrue;
  private final Set<String> disposal;
  /** Relative pronouns (English "who", "which"): the cues before one belong to another clause. */
  private final Dictionary<Boolean> relatives;
  /** Cues of a plan only right before the trigger (English "to": "Jack Ma to step down"), and what undoes them. */
  private final Dictionary<Boolean> plannedNext;
  private final Dictionary<Boolean> doneTo;
  /** The length of the longest word of @done-to: how far back before "to" one is looked for. */
  private final int doneToLength;
  /** Acts done for the purpose "to" names after them, anywhere before it in the clause (@done-for: "left X to found"). */
  private final Dictionary<Boolean> purposeOf;
  /** Triggers that are plans by themselves (English "nominated": the nomination awaits approval). */
  private final Dictionary<Boolean> plannedTriggers;
  /** Triggers that are speculations by themselves (帅位不保: the coach may lose the post). */
  private final Dictionary<Boolean> speculativeTriggers;
  /** Finds the cue words as the lexicon finds its words (in any case, for English). */
  private final Lexicon lexicon;

  public PolarityCues(Lexicon lexicon) {
    this.lexicon = lexicon;
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
    this.asserting = Dictionary.of(lexicon.words(Polarity.ASSERTED.label()), w -> true);
    this.speech = Dictionary.of(lexicon.words("speech"), w -> true);
    this.denials = Dictionary.of(lexicon.words("denial"), w -> true);
    this.reports = Dictionary.of(lexicon.words("report"), w -> true);
    this.untrue = Dictionary.of(lexicon.words("untrue"), w -> true);
    this.disposal = lexicon.hasWordClass("disposal") ? Set.copyOf(lexicon.words("disposal")) : Set.of();
    this.relatives = Dictionary.of(lexicon.words("relative"), w -> true);
    this.plannedNext = Dictionary.of(lexicon.words("planned-next"), w -> true);
    this.doneTo = Dictionary.of(lexicon.words("done-to"), w -> true);
    this.doneToLength = lexicon.words("done-to").stream().mapToInt(String::length).max().orElse(0);
    this.purposeOf = Dictionary.of(lexicon.words("done-for"), w -> true);
    this.plannedTriggers = Dictionary.of(lexicon.words("planned-trigger"), w -> true);
    this.speculativeTriggers = Dictionary.of(lexicon.words("speculative-trigger"), w -> true);
  }

  /** The polarity of a frame whose earliest part starts at {@code from} and whose trigger starts at {@code trigger}. */
  public Polarity of(Lattice l, int from, int trigger, int triggerEnd) {
    String text = l.text();
    int clause = l.clauseStartOf(Math.min(from, trigger));
    for (Dictionary.Hit<Boolean> r : lexicon.find(relatives, text, clause, trigger)) {
      clause = Math.max(clause, r.start()); // "... will share the work with Holthaus, who was named CEO": no plan
    }
    List<Dictionary.Hit<Polarity>> hits = new ArrayList<>(lexicon.find(cues, text, clause, trigger));
    // "有传言称,X将辞职", "据悉,X将离职": a short opening phrase or one ending in a speech verb lends its cues
    int said = clause - 1;
    if (said > l.from() && ",:".indexOf(text.charAt(said)) >= 0) {
      int open = l.clauseStartOf(said);
      if (said - open <= 6 || lexicon.find(speech, text, Math.max(open, said - 2), said).stream().anyMatch(h -> h.end() == said)) {
        lexicon.find(cues, text, open, said).stream().filter(h -> h.value() == Polarity.SPECULATIVE).forEach(hits::add);
      }
    }
    int before = l.skipSpaceBack(trigger);
    for (Dictionary.Hit<Boolean> h : lexicon.find(plannedNext, text, clause, trigger)) {
      int w = l.skipSpaceBack(h.start());
      boolean done = lexicon.find(doneTo, text, Math.max(clause, w - doneToLength), w).stream()
          .anyMatch(d -> d.end() == w) || !lexicon.find(purposeOf, text, clause, h.start()).isEmpty();
      if (h.end() == before && !done) {
        hits.add(new Dictionary.Hit<>(h.start(), h.end(), Polarity.PLANNED));
      }
    }
    for (Dictionary.Hit<Boolean> h : lexicon.find(plannedTriggers, text, trigger, triggerEnd)) {
      hits.add(new Dictionary.Hit<>(h.start(), h.end(), Polarity.PLANNED));
    }
    for (Dictionary.Hit<Boolean> h : lexicon.find(speculativeTriggers, text, trigger, triggerEnd)) {
      hits.add(new Dictionary.Hit<>(h.start(), h.end(), Polarity.SPECULATIVE));
    }
    List<Dictionary.Hit<Boolean>> taken = lexicon.find(asserting, text, clause, trigger);
    Polarity best = Polarity.ASSERTED;
    for (Dictionary.Hit<Polarity> h : hits) {
      if (disposes(l, h)) {
        continue; // "电视台将主持人张三停职": 将 puts the person before the verb, no plan
      }
      if (taken.stream().anyMatch(a -> a.start() <= h.start() && h.end() <= a.end())) {
        continue; // "如果不是张三加盟": the counterfactual presupposes the joining
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
   * report ("否认了这一消息") or that ends its clause ("公司予以否认"); or the report of it, right after the trigger,
   * called untrue ("离职一事纯属谣言", "加盟月光集团的传闻不实").
   */
  private boolean deniedAfter(Lattice l, int from) {
    String text = l.text();
    // "X离职一事纯属谣言", "X将加盟Y的传闻并不属实": the report of the event, after it in its clause, is called untrue
    int clauseEnd = l.clauseEndOf(from);
    for (Dictionary.Hit<Boolean> r : lexicon.find(reports, text, from, clauseEnd)) {
      int end = Math.min(clauseEnd, r.end() + 8);
      if (!lexicon.find(untrue, text, r.end(), end).isEmpty()) {
        return true;
      }
    }
    for (Dictionary.Hit<Boolean> d : lexicon.find(denials, text, from, l.to())) {
      int end = l.clauseEndOf(d.end());
      end = Math.min(end, d.end() + 8);
      boolean alone = end == d.end() || end - d.end() == 1 && text.charAt(d.end()) == '了';
      if (alone || !lexicon.find(reports, text, d.end(), end).isEmpty()) {
        return true;
      }
    }
    return false;
  }
}
