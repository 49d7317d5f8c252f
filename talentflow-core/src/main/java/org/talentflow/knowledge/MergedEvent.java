package org.talentflow.knowledge;

import java.util.List;
import org.talentflow.model.Entity;
import org.talentflow.model.EventType;
import org.talentflow.model.Polarity;

/**
 * One event as all articles report it: the same person, type and organization with compatible times. {@code time}
 * is the finest compatible value; reports whose times conflict with it are kept as {@code alternatives}, with their
 * sources, never averaged.
 */
public record MergedEvent(
    EventType type,
    Entity person,
    Entity org,
    List<Entity> otherOrgs,
    List<String> roles,
    String time,
    List<Alternative> alternatives,
    Polarity polarity,
    List<Source> sources) {

  public MergedEvent {
    otherOrgs = List.copyOf(otherOrgs);
    roles = List.copyOf(roles);
    alternatives = List.copyOf(alternatives);
    sources = List.copyOf(sources);
  }

  /** A time some sources give that conflicts with the event's time. */
  public record Alternative(String time, List<Source> sources) {
    public Alternative {
      sources = List.copyOf(sources);
    }
  }

  public Interval interval() {
    return Interval.of(time);
  }

  public String orgId() {
    return org == null ? null : org.id();
  }
}
