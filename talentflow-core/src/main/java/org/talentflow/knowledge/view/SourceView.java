package org.talentflow.knowledge.view;

/**
 * A source a reader can follow: what it supports (departure, destination, return... or null), the document, its
 * outlet, title, publication date and URL (null when unknown), and the evidence span.
 */
public record SourceView(String supports, String doc, String outlet, String title, String published, String url,
    EvidenceView evidence) {}
