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
  static final Entity DAN = person("P-dan", "Dan Ho");
  static final Entity EVE = person("P-eve", "Eve Fox");

  static Entity org(String id, String name) {
    return new Entity(id, EntityType.ORG, name, List.of(name));
  }

  static Entity person(String id, String name) {
    return new Entity(id, EntityType.PERSON, name, List.of(name));
  }

  static PersonnelEvent event(String doc, EventType type, Entity person, Entity org, Entity other, String time,
      Polarity polarity) {
    return event(doc, type, person, org, other, time, polarity, null);
  }

  static PersonnelEvent role(String doc, EventType type, Entity person, Entity org, String role, String time) {
    return event(doc, type, person, org, null, time, Polarity.ASSERTED, role);
  }

  static PersonnelEvent event(String doc, EventType type, Entity person, Entity org, Entity other, String time,
      Polarity polarity, String role) {
    TimeValue t = time == null ? null : new TimeValue(time, granularity(time), time);
    String said = person.name() + " " + type.name().toLowerCase(java.util.Locale.ROOT);
    return new PersonnelEvent(type, person, org, other, role, t, polarity, new Evidence(doc, 0, said.length(), said), 0.8);
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
