package org.talentflow.store;

/** A recorded correction with its id (the order it was made in) and when. */
public record StoredCorrection(int id, Correction correction, String createdAt) {}
