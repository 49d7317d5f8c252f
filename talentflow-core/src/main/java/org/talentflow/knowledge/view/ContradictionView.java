package org.talentflow.knowledge.view;

import java.util.List;

/** Sources that disagree: each side with what it says and its sources. */
public record ContradictionView(String kind, String about, String note, List<SideView> sides) {

  /** One side of a conflict. */
  public record SideView(String says, List<SourceView> evidence) {}
}
