package org.talentflow.knowledge.view;

import java.util.List;

/** One event as all sources report it, with conflicting times kept as alternatives with their own sources. */
public record MergedEventView(String type, String time, List<AlternativeView> alternatives, String polarity,
    EntityView person, EntityView org, List<EntityView> otherOrgs, List<String> roles, List<SourceView> sources) {

  /** A time some sources give instead. */
  public record AlternativeView(String time, List<SourceView> sources) {}
}
