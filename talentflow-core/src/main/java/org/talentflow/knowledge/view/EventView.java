package org.talentflow.knowledge.view;

/**
 * One event as read in one document: design.md's contract
 * {"doc","type","person","org","other_org","role","time","polarity","evidence","confidence"}.
 */
public record EventView(String doc, String type, EntityView person, EntityView org, EntityView otherOrg, String role,
    TimeView time, String polarity, EvidenceView evidence, double confidence) {}
