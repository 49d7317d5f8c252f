package org.talentflow.knowledge.view;

/** One person's move, with the time of the departure or arrival and how (left, dismissed, replaced, joined). */
public record MoveView(EntityView person, String time, String how) {}
