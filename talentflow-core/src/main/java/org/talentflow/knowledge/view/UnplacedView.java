package org.talentflow.knowledge.view;

/** An asserted event held back from the timeline, and why. */
public record UnplacedView(MergedEventView event, String reason) {}
