package org.talentflow.knowledge.view;

import java.util.List;

/**
 * Who was at an organization at a date. {@code certain} is false for people who left at an unstated date; {@code
 * event_dates} are the dates the organization's events start on (for a date slider).
 */
public record RosterView(EntityView org, String at, String asOf, List<Member> items, List<String> eventDates) {

  /** One person on the roster. */
  public record Member(EntityView person, List<String> roles, String since, String status, boolean certain) {}
}
