package org.talentflow.knowledge;

import java.util.Objects;

/**
 * An asserted event the graph cannot place in anyone's spells, with the reason: no organization, a type that other
 * sources contradict, a founding no source names its founder in, or a return with no date after a dated departure.
 * It is held back from spells, rosters and departures and shown as unplaced, rather than turned into a wrong spell.
 */
public record Unplaced(MergedEvent event, String reason) {
  public Unplaced {
    Objects.requireNonNull(event, "event");
    Objects.requireNonNull(reason, "reason");
  }
}
