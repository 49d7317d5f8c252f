package org.talentflow.knowledge.view;

import java.util.List;
import java.util.Map;

/** Departures per period with the people behind each count, cofounders with status, ventures founded by alumni. */
public record StatsView(EntityView org, String asOf, String period, Map<String, List<MoveView>> departures,
    List<CofounderView> cofounders, List<VentureView> foundedByAlumni) {

  /** A cofounder and where they stand. */
  public record CofounderView(EntityView person, String status) {}

  /** An organization founded by a former member. */
  public record VentureView(EntityView org, EntityView founder, String time) {}
}
