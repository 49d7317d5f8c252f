package org.talentflow.knowledge;

import org.talentflow.model.Entity;
import org.talentflow.model.Evidence;
import org.talentflow.model.Polarity;
import org.talentflow.model.TimeValue;

/**
 * One article's report of an event: its time, polarity, role and other organization (destination or origin) as that
 * article states them, and the evidence.
 */
public record Source(String doc, TimeValue time, Polarity polarity, String role, Entity otherOrg, Evidence evidence) {}
