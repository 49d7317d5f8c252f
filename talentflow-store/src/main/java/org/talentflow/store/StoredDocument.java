package org.talentflow.store;

/** A stored document version, as listed by {@code docs}. */
public record StoredDocument(
    String hash, String key, int version, String source, String url, String title, String published, int chars,
    int events, String ingestedAt) {}
