package org.talentflow.model;

import java.util.List;
import java.util.Objects;

/**
 * The pipeline's output for one document: its entities, their mentions, the events and the claims read in it, and
 * the withdrawals of organizations and countries (not stored: the graph is about people).
 */
public record AnalyzedDocument(SourceDocument document, List<Entity> entities, List<MentionRef> mentions,
    List<PersonnelEvent> events, List<Claim> claims, List<Withdrawal> withdrawals) {
  public AnalyzedDocument {
    Objects.requireNonNull(document, "document");
    entities = List.copyOf(entities);
    mentions = List.copyOf(mentions);
    events = List.copyOf(events);
    claims = List.copyOf(claims);
    withdrawals = List.copyOf(withdrawals);
  }

  /** A document without withdrawals. */
  public AnalyzedDocument(SourceDocument document, List<Entity> entities, List<MentionRef> mentions,
      List<PersonnelEvent> events, List<Claim> claims) {
    this(document, entities, mentions, events, claims, List.of());
  }

  /** A document without numeric claims. */
  public AnalyzedDocument(SourceDocument document, List<Entity> entities, List<MentionRef> mentions,
      List<PersonnelEvent> events) {
    this(document, entities, mentions, events, List.of(), List.of());
  }
}
