package org.talentflow.knowledge;

import java.util.List;
import org.talentflow.model.Entity;
import org.talentflow.model.EventType;

/**
 * A stretch of a person's time at an organization: from a founding, joining, appointment or return (start null: not
 * stated, before anything known) to a departure or dismissal (end null: still there as far as the sources say), with
 * the roles held and, if stated, since when the person is on leave.
 */
public record Spell(
    Entity person,
    Entity org,
    String start,
    EventType startType,
    String end,
    EventType endType,
    List<String> roles,
    String onLeaveSince,
    boolean onLeave,
    List<MergedEvent> events) {

  public Spell {
    roles = List.copyOf(roles);
    events = List.copyOf(events);
  }

  public boolean open() {
    return endType == null;
  }
}
