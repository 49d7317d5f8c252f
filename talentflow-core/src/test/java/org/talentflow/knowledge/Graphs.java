package org.talentflow.knowledge;

import java.util.List;
import org.talentflow.model.Entity;
import org.talentflow.model.EntityType;
import org.talentflow.model.EventType;
import org.talentflow.model.Evidence;
import org.talentflow.model.Granularity;
import org.talentflow.model.PersonnelEvent;
import org.talentflow.model.Polarity;
import org.talentflow.model.TimeValue;

/** Small hand-made graphs for knowledge tests. */
final class Graphs {
  private Graphs() {}

  static final Entity ACME = org("O-acme", "Acme");
  static final Entity RIVAL = org("O-rival", "Rival");
  static final Entity START = org("O-start", "StartUp");
  static final Entity ANN = person("P-ann", "Ann Lee");
  static final Entity BOB = person("P-bob", "Bob Ma");
  static final Entity CY = person("P-cy", "Cy Wu");

  static Entity org(String id, String name) {
    return new Entity(id, EntityType.ORG, name, List.of(name));
  }

  static Entity person(String id, String name) {
    return new Entity(id, EntityType.PERSON, name, List.of(name));
  }

  static PersonnelEvent event(String doc, EventType type, Entity person, Entity org, Entity other, String time,
      Polarity polarity) {
    TimeValue t = time == null ? null : new TimeValue(time, granularity(time), time);
    return new PersonnelEvent(type, person, org, other, null, t, polarity, new Evidence(doc, 0, 1, "x"), 0.8);
  }

  static PersonnelEvent event(String doc, EventType type, Entity person, Entity org, String time) {
    return event(doc, type, person, org, null, time, Polarity.ASSERTED);
  }

  private static Granularity granularity(String v) {
    return switch (v.split("-").length) {
      case 1 -> Granularity.YEAR;
      case 2 -> Granularity.MONTH;
      default -> Granularity.DAY;
    };
  }
}
