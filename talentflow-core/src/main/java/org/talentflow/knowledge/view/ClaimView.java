package org.talentflow.knowledge.view;

/** A number or date an article states about a subject, with its source. */
public record ClaimView(String subject, String quantity, String value, String asOf, SourceView source) {}
