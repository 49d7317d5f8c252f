package org.talentflow.store;

/** Where an entity was mentioned: a document key and a span of its original text. */
public record StoredMention(String docKey, int start, int end, String text) {}
