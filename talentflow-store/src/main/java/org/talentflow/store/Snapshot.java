package org.talentflow.store;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.talentflow.knowledge.DocumentInfo;
import org.talentflow.knowledge.Knowledge;
import org.talentflow.model.Claim;
import org.talentflow.model.PersonnelEvent;

/**
 * The knowledge of a store at one moment: merged events, spells and queries, the claims, publication dates, and
 * what is known of each document (title, URL, date, outlet) for provenance.
 */
public record Snapshot(Knowledge knowledge, List<Claim> claims, Map<String, LocalDate> published,
    Map<String, DocumentInfo> documents) {
  public Snapshot {
    claims = List.copyOf(claims);
    published = Map.copyOf(published);
    documents = Map.copyOf(documents);
  }

  /** Reads the store once; "now" is the latest publication date in it (today when it has none). */
  public static Snapshot of(Store db) {
    return of(db, db.events().stream().map(StoredEvent::event).toList());
  }

  /** The knowledge of these events, read from the store before, with the store's claims and documents. */
  public static Snapshot of(Store db, List<PersonnelEvent> events) {
    Map<String, LocalDate> published = db.publicationDates();
    LocalDate asOf = published.values().stream().max(LocalDate::compareTo).orElse(LocalDate.now(ZoneOffset.UTC));
    return new Snapshot(new Knowledge(events, asOf), db.claims(), published, db.documentInfo());
  }

  /** What is known of a document (its key alone when it was never described). */
  public DocumentInfo document(String key) {
    return documents.getOrDefault(key, DocumentInfo.unknown(key));
  }
}
