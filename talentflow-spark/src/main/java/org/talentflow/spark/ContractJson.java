package org.talentflow.spark;

import org.talentflow.knowledge.view.EntitySummaryView;
import org.talentflow.knowledge.view.Views;
import org.talentflow.model.Entity;
import org.talentflow.model.PersonnelEvent;
import org.talentflow.store.StoreViews;

/**
 * The JSON lines of the command line's {@code events --json}, {@code entities --json} and {@code docs --json}: the
 * same view records, written by the same mapper ({@link Views}), so that the job's output reads as the store's does.
 */
final class ContractJson {
  private ContractJson() {}

  /** As {@code events --json}. */
  static String event(String doc, PersonnelEvent e) {
    return Views.json(Views.event(doc, e));
  }

  /** As {@code entities --json}: the entity with its mentions and documents (latest versions). */
  static String entity(Entity e, long mentions, long documents) {
    return Views.json(new EntitySummaryView(e.id(), e.type().name(), e.name(), Views.aliases(e),
        Math.toIntExact(mentions), Math.toIntExact(documents)));
  }

  /** As {@code docs --json}. */
  static String document(String key, int version, String hash, String title, String published, String source,
      String url, String text, int events, String ingestedAt) {
    return Views.json(StoreViews.document(key, version, hash, title, url, published, source, text, events,
        ingestedAt));
  }
}
