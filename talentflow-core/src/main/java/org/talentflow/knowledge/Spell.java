package org.talentflow.knowledge;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.talentflow.model.Entity;
import org.talentflow.model.EventType;

/**
 * A stretch of a person's time at an organization: from a founding, joining, appointment or return (start null: not
 * stated, before anything known) to its end ({@code ending} null: still there as far as the sources say), with the
 * roles held, the interim roles that ended while the spell went on, and, if stated, since when the person is on leave.
 *
 * <p>An ending is either stated (a departure or dismissal: {@code endType}) or derived from the merged timeline: a
 * move undone within days ({@link Ending#REVERSED}: the person went back where they came from) or a stand-in whose
 * post was taken by its next holder ({@link Ending#SUCCEEDED}); {@code endedBy} holds the events it was derived from.
 */
public record Spell(
    Entity person,
    Entity org,
    String start,
    EventType startType,
    String end,
    EventType endType,
    Ending ending,
    List<String> roles,
    Map<String, String> rolesEnded,
    String onLeaveSince,
    boolean onLeave,
    List<MergedEvent> events,
    List<MergedEvent> endedBy) {

  /** How a spell ended. */
  public enum Ending {
    /** A source says the person left. */
    LEFT,
    /** A source says the person was dismissed. */
    DISMISSED,
    /** The person went back to the organization they had come from within days: the move was undone. */
    REVERSED,
    /** An interim or stand-in post, ended when its next holder started. */
    SUCCEEDED;

    public String label() {
      return name().toLowerCase(Locale.ROOT);
    }

    /** How the person left, in words: left, dismissed, moved back, replaced. */
    public String how() {
      return switch (this) {
        case LEFT -> "left";
        case DISMISSED -> "dismissed";
        case REVERSED -> "moved back";
        case SUCCEEDED -> "replaced";
      };
    }

    static Ending of(EventType t) {
      return t == EventType.DISMISSED ? DISMISSED : LEFT;
    }
  }

  public Spell {
    roles = List.copyOf(roles);
    rolesEnded = Map.copyOf(rolesEnded);
    events = List.copyOf(events);
    endedBy = List.copyOf(endedBy);
    if ((endType != null) && ending == null) {
      ending = Ending.of(endType);
    }
  }

  public boolean open() {
    return ending == null;
  }

  /** The same spell, ended by the timeline rather than by a stated departure. */
  Spell endedAt(String time, Ending how, List<MergedEvent> by) {
    return new Spell(person, org, start, startType, time, null, how, roles, rolesEnded, onLeaveSince, false, events, by);
  }

  Spell withRolesEnded(Map<String, String> ended) {
    return new Spell(person, org, start, startType, end, endType, ending, roles, ended, onLeaveSince, onLeave, events,
        endedBy);
  }
}
