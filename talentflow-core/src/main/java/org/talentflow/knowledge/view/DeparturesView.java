package org.talentflow.knowledge.view;

import java.util.List;

/**
 * The departures table of an organization for a period: each row with role, date and precision, how the person left,
 * status (departed or reversed), destination ("not stated" when no source says) and every source; then what could
 * not be placed in the period, with the reason.
 */
public record DeparturesView(EntityView org, String from, String to, String asOf, int count, List<RowView> rows,
    List<UnplacedRowView> unplaced) {

  /** One departure. */
  public record RowView(EntityView person, List<String> roles, String date, String precision, List<String> otherDates,
      String how, String status, String backOn, List<DestinationView> destinations, String destination,
      List<SourceView> sources) {}

  /**
   * Where the person went: stated by the departure, or a post begun soon after (via: joined, founded, appointed);
   * reversed when undone.
   */
  public record DestinationView(EntityView org, boolean stated, boolean reversed, String via) {}

  /** A departure or event that cannot be placed in the period, and why. */
  public record UnplacedRowView(EntityView person, String type, String date, String reason,
      List<SourceView> sources) {}
}
