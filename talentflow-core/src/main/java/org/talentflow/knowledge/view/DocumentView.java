package org.talentflow.knowledge.view;

/** A stored document version with its provenance: title, URL, publication date and outlet (null when unknown). */
public record DocumentView(String doc, int version, String hash, String title, String url, String published,
    String outlet, String source, int chars, int events, String ingestedAt) {}
