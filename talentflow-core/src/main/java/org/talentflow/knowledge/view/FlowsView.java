package org.talentflow.knowledge.view;

import java.util.List;

/**
 * Where an organization's people went and where newcomers came from ({@code year}: only that year, null: all);
 * moves undone within days are listed apart as {@code reversed}, not counted as flows.
 */
public record FlowsView(EntityView org, Integer year, List<FlowView> destinations, List<FlowView> origins,
    List<MoveView> unknownDestination, List<FlowView> reversed) {

  /** The people who went to (or came from) one organization. */
  public record FlowView(EntityView other, int count, List<MoveView> people) {}
}
