package org.talentflow.knowledge.view;

/** A stored correction of entity resolution, with the id that undoes it. */
public record CorrectionView(int id, String kind, String a, String b, String createdAt) {}
