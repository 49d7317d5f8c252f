package org.talentflow.store;

/** Where an entity was mentioned: a document key, a span of its original text, and the entity. */
public record StoredMention(String docKey, int start, int end, String text, String entityId) {}
