package org.talentflow.model;

import java.util.Objects;

/**
 * One claim read in one document: who, which organization, what happened, when, how sure, and where it was read.
 * {@code surface} (nullable: not stored) gives the spans of the trigger and each argument as written.
 */
public record PersonnelEvent(
    EventType type,
    Entity person,
    Entity org,
    Entity otherOrg,
    String role,
    TimeValue time,
    Polarity polarity,
    Evidence evidence,
    double confidence,
    Surface surface) {
  /** An event without surface spans (as read back from the store). */
  public PersonnelEvent(EventType type, Entity person, Entity org, Entity otherOrg, String role, TimeValue time,
      Polarity polarity, Evidence evidence, double confidence) {
    this(type, person, org, otherOrg, role, time, polarity, evidence, confidence, null);
  }

  public PersonnelEvent {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(person, "person");
    Objects.requireNonNull(polarity, "polarity");
    Objects.requireNonNull(evidence, "evidence");
    if (person.type() != EntityType.PERSON) {
      throw new IllegalArgumentException("event person is not a PERSON: " + person);
    }
    if (confidence < 0 || confidence > 1 || Double.isNaN(confidence)) {
      throw new IllegalArgumentException("confidence out of [0,1]: " + confidence);
    }
  }

  /** The same claim with another time. */
  public PersonnelEvent withTime(TimeValue newTime) {
    return new PersonnelEvent(type, person, org, otherOrg, role, newTime, polarity, evidence, confidence, surface);
  }
}
