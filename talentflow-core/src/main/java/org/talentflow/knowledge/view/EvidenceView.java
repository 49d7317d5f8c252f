package org.talentflow.knowledge.view;

/** A span [start, end) of a document's original text, and those characters. */
public record EvidenceView(String doc, int start, int end, String text) {}
