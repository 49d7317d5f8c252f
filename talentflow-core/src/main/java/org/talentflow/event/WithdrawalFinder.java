package org.talentflow.event;

import java.util.ArrayList;
import java.util.List;
import org.talentflow.mention.Dictionary;
import org.talentflow.mention.Mention;
import org.talentflow.mention.NameRecognizer;
import org.talentflow.model.EntityType;
import org.talentflow.model.Evidence;
import org.talentflow.model.PersonnelEvent;
import org.talentflow.model.Polarity;
import org.talentflow.model.Surface;
import org.talentflow.model.Withdrawal;
import org.talentflow.pack.KnowledgePack;
import org.talentflow.text.MappedText;
import org.talentflow.text.Sentence;

/**
 * Finds withdrawals whose party is no person: at a withdrawal verb of the pack (clause cue "withdraw": 退出, 脱离)
 * that gave no personnel event, the party is the name that opens the clause ("美国宣布退出", "英国于2020年1月31日正式退出")
 * and the organization is the name right after the verb: a mention, a title in 《》, or a noun phrase holding a name
 * or ending in a word for a bloc (clause cue "bloc": 组织, 协定).
 */
public final class WithdrawalFinder {
  private final Dictionary<Boolean> verbs;
  private final Dictionary<Boolean> blocs;
  private final NameRecognizer ner;
  private final PolarityDetector polarity;

  public WithdrawalFinder(KnowledgePack pack, NameRecognizer ner) {
    this.verbs = Dictionary.of(pack.clauseCues("withdraw"), w -> true);
    this.blocs = Dictionary.of(pack.clauseCues("bloc"), w -> true);
    this.ner = ner;
    this.polarity = new PolarityDetector(pack);
  }

  public List<Withdrawal> find(String doc, MappedText mt, List<Sentence> sentences, List<Mention> mentions,
      List<TimeMention> times, List<PersonnelEvent> events) {
    String t = mt.text();
    List<Withdrawal> out = new ArrayList<>();
    for (Sentence s : sentences) {
      for (Dictionary.Hit<Boolean> h : verbs.longest(t, s.start(), s.end())) {
        int[] trigger = Clauses.original(mt, h.start(), h.end());
        if (events.stream().anyMatch(e -> e.surface() != null && e.surface().triggerStart() == trigger[0])) {
          continue; // a person left: the personnel event says it
        }
        int clause = Clauses.start(t, s.start(), h.start());
        int[] party = party(t, clause, h.start(), mentions, times);
        int[] org = party == null ? null : org(t, h.end(), s.end(), mentions);
        if (org == null) {
          continue;
        }
        TimeMention time = null; // the sentence's time nearest before the verb ("2019年8月2日,美国正式退出")
        for (TimeMention tm : times) {
          if (tm.start() >= s.start() && tm.end() <= h.start()) {
            time = tm;
          }
        }
        Polarity pol = polarity.polarity(t, clause, h.start());
        int start = Math.min(party[0], time == null ? party[0] : time.start()); // the evidence holds the time
        int end = org[1] < t.length() && t.charAt(org[1]) == '》' ? org[1] + 1 : org[1];
        int os = mt.originalStart(start, end);
        int oe = mt.originalEnd(start, end);
        Evidence ev = new Evidence(doc, os, oe, mt.original().substring(os, oe));
        int[] p = Clauses.original(mt, party[0], party[1]);
        int[] o = Clauses.original(mt, org[0], org[1]);
        int[] ti = time == null ? Surface.none() : Clauses.original(mt, time.start(), time.end());
        Surface surface = new Surface(trigger[0], trigger[1], p[0], p[1], o[0], o[1], -1, -1, ti[0], ti[1], -1, -1,
            t.substring(h.start(), h.end()));
        out.add(new Withdrawal(mt.original().substring(p[0], p[1]), mt.original().substring(o[0], o[1]),
            time == null ? null : time.value(), pol, ev, surface));
      }
    }
    return out;
  }

  /** The name opening the clause, after a time and before the verb; null when it is a person or no name. */
  private int[] party(String t, int clause, int verb, List<Mention> mentions, List<TimeMention> times) {
    int s = clause;
    for (TimeMention tm : times) {
      if (tm.start() == s && tm.end() <= verb) {
        s = tm.end();
      }
    }
    for (Mention m : mentions) {
      if (m.start() == s && m.end() <= verb) {
        return m.type() == EntityType.ORG ? new int[] {m.start(), m.end()} : null;
      }
    }
    int e = s + ner.leadingNounPhrase(t.substring(s, verb));
    return e - s >= 2 && ner.hasTaggedName(t.substring(s, e)) ? new int[] {s, e} : null;
  }

  /** The organization right after the verb. */
  private int[] org(String t, int at, int sentenceEnd, List<Mention> mentions) {
    if (at < sentenceEnd && t.charAt(at) == '《') {
      int close = t.indexOf('》', at);
      return close > at + 1 && close < sentenceEnd ? new int[] {at + 1, close} : null;
    }
    int e = at + ner.leadingNounPhrase(t.substring(at, sentenceEnd));
    String name = t.substring(at, e);
    boolean bloc = blocs.all(name, 0, name.length()).stream().anyMatch(b -> b.end() == name.length() && b.start() > 0);
    for (Mention m : mentions) {
      if (m.start() == at) {
        if (m.type() != EntityType.ORG) {
          return null;
        }
        // "联合国教科文组织": a known name that a longer one begins with
        return bloc && e > m.end() ? new int[] {at, e} : new int[] {m.start(), m.end()};
      }
    }
    return name.length() >= 2 && (bloc || ner.hasTaggedName(name)) ? new int[] {at, e} : null;
  }
}
