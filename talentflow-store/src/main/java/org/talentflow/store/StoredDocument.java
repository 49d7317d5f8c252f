package org.talentflow.store;

/**
 * A stored document version, as listed by {@code docs}: where it was read, its title, URL, publication date and the
 * outlet that published it (from the URL's site or the article's source line; null when unknown).
 */
public record StoredDocument(
    String hash, String key, int version, String source, String url, String title, String published, String outlet,
    int chars, int events, String ingestedAt) {}
