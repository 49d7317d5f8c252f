package org.talentflow.model;

import java.util.List;
import java.util.Objects;

/** The pipeline's output for one document: its entities, their mentions and the events read in it. */
public record AnalyzedDocument(
    SourceDocument document, List<Entity> entities, List<MentionRef> mentions, List<PersonnelEvent> events) {
  public AnalyzedDocument {
    Objects.requireNonNull(document, "document");
    entities = List.copyOf(entities);
    mentions = List.copyOf(mentions);
    events = List.copyOf(events);
  }
}
