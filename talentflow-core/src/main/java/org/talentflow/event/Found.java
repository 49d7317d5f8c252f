package org.talentflow.event;

import java.util.ArrayList;
import java.util.List;
import org.talentflow.model.Polarity;
import org.talentflow.pack.KnowledgePack.Trigger;

/** A trigger with its arguments, before it is split into one event per person. */
final class Found {
  final Trigger trigger;
  final int start;
  final int end;
  final List<Arg> persons;
  Arg org;
  Arg otherOrg;
  /** The persons the other organization holds for ("A left OpenAI and B joined it from there"); empty: all. */
  final List<Arg> movers = new ArrayList<>();
  /** The one acting in a passive ("被马斯克解雇"), or null. */
  Arg agent;
  final TimeMention time;
  Polarity polarity;

  Found(Trigger trigger, int start, int end, List<Arg> persons, Arg org, TimeMention time, Polarity polarity) {
    this.trigger = trigger;
    this.start = start;
    this.end = end;
    this.persons = persons;
    this.org = org;
    this.time = time;
    this.polarity = polarity;
  }

  /** The other organization for one of the persons. */
  Arg otherOrgOf(Arg person) {
    if (otherOrg == null || movers.isEmpty()) {
      return otherOrg;
    }
    return movers.stream().anyMatch(m -> m.entity.id().equals(person.entity.id())) ? otherOrg : null;
  }
}
