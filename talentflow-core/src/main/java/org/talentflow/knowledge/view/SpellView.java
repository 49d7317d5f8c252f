package org.talentflow.knowledge.view;

import java.util.List;
import java.util.Map;

/**
 * A person's stretch at an organization; {@code ending} is left, dismissed, reversed (a move undone within days) or
 * succeeded (a stand-in or interim post taken by its next holder), null while open; {@code roles_ended} gives the
 * interim roles that ended during it, with when.
 */
public record SpellView(EntityView person, EntityView org, String start, String startType, String end, String endType,
    String ending, List<String> roles, Map<String, String> rolesEnded, String onLeaveSince, String status) {}
