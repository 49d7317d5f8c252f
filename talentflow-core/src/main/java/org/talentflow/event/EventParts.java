package org.talentflow.event;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.talentflow.mention.Mention;
import org.talentflow.model.Entity;
import org.talentflow.model.EntityType;
import org.talentflow.model.Evidence;
import org.talentflow.model.PersonnelEvent;
import org.talentflow.model.Surface;
import org.talentflow.text.MappedText;
import org.talentflow.text.Sentence;

/** What the Chinese and the English extractors share: the arguments of a document and how an event is written. */
final class EventParts {
  private EventParts() {}

  /** The resolved names of a document, persons and organizations apart, in text order. */
  static void args(EventExtractor.Input in, List<Arg> persons, List<Arg> orgs) {
    List<Mention> names = in.mentions().names();
    for (int i = 0; i < names.size(); i++) {
      Entity e = in.entityOfMention().get(i);
      if (e != null) {
        Mention m = names.get(i);
        (e.type() == EntityType.PERSON ? persons : orgs).add(new Arg(m.start(), m.end(), e));
      }
    }
  }

  /**
   * The organization the article is about: the one named most, at least {@code minMentions} times; with
   * {@code minMentions} 1 only when it is the only one named.
   */
  static Entity mainOrg(List<Arg> orgs, int minMentions) {
    Map<String, Integer> counts = new HashMap<>();
    Map<String, Entity> byId = new HashMap<>();
    for (Arg o : orgs) {
      counts.merge(o.entity.id(), 1, Integer::sum);
      byId.put(o.entity.id(), o.entity);
    }
    boolean single = minMentions <= 1 && counts.size() == 1;
    return counts.entrySet().stream()
        .filter(e -> single || e.getValue() >= Math.max(2, minMentions))
        .max(Map.Entry.comparingByValue())
        .map(e -> byId.get(e.getKey()))
        .orElse(null);
  }

  /**
   * One person's event from a trigger with its arguments: evidence from the first to the last argument written in
   * the sentence (as spans of the original text), the surface spans of each part, and a confidence that grows with
   * what was found.
   */
  static PersonnelEvent event(EventExtractor.Input in, Sentence s, Found f, Arg person, String role) {
    MappedText mt = in.text();
    Arg other = f.otherOrgOf(person);
    int start = Math.min(person.start, f.start);
    int end = Math.max(person.end, f.end);
    if (f.org != null && f.org.start >= 0) {
      start = Math.min(start, f.org.start);
      end = Math.max(end, f.org.end);
    }
    if (f.time != null) {
      start = Math.min(start, f.time.start());
      end = Math.max(end, f.time.end());
    }
    start = Math.max(start, s.start());
    end = Math.min(end, s.end());
    int os = mt.originalStart(start, end);
    int oe = mt.originalEnd(start, end);
    Evidence ev = new Evidence(in.doc(), os, oe, mt.original().substring(os, oe));
    double confidence = 0.5 + (f.org != null && f.org.start >= 0 ? 0.2 : 0) + (f.time != null ? 0.1 : 0)
        + (f.persons.size() == 1 ? 0.1 : 0);
    int[] tr = EventExtractor.original(mt, f.start, f.end);
    int[] pe = EventExtractor.original(mt, person.start, person.end);
    int[] or = f.org == null ? Surface.none() : EventExtractor.original(mt, f.org.start, f.org.end);
    int[] oo = other == null ? Surface.none() : EventExtractor.original(mt, other.start, other.end);
    int[] ti = f.time == null ? Surface.none() : EventExtractor.original(mt, f.time.start(), f.time.end());
    int[] ag = f.agent == null ? Surface.none() : EventExtractor.original(mt, f.agent.start, f.agent.end);
    Surface surface = new Surface(tr[0], tr[1], pe[0], pe[1], or[0], or[1], oo[0], oo[1], ti[0], ti[1], ag[0], ag[1],
        f.trigger.word());
    return new PersonnelEvent(f.trigger.type(), person.entity, f.org == null ? null : f.org.entity,
        other == null ? null : other.entity, role, f.time == null ? null : f.time.value(), f.polarity, ev,
        Math.min(1.0, confidence), surface);
  }

  /** Whether a span overlaps a name: a trigger word inside a name ("Leave" in a title, 离开 in a company) is none. */
  static boolean insideName(int s, int e, List<Arg> persons, List<Arg> orgs) {
    for (Arg a : persons) {
      if (a.start < e && s < a.end) {
        return true;
      }
    }
    for (Arg a : orgs) {
      if (a.start < e && s < a.end) {
        return true;
      }
    }
    return false;
  }
}
