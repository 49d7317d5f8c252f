package org.talentflow.knowledge.view;

import java.util.List;

/** A person's merged timeline with sources, spells per organization, and events that could not be placed. */
public record PersonView(EntityView person, List<MergedEventView> timeline, List<SpellView> spells,
    List<UnplacedView> unplaced) {}
