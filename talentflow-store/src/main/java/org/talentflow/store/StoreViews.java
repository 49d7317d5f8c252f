package org.talentflow.store;

import org.talentflow.knowledge.view.CorrectionView;
import org.talentflow.knowledge.view.DocumentView;

/** View records of stored things, shared by the command line and the web API. */
public final class StoreViews {
  private StoreViews() {}

  public static DocumentView document(StoredDocument d) {
    return new DocumentView(d.key(), d.version(), d.hash(), d.title(), d.url(), d.published(), d.outlet(), d.source(),
        d.chars(), d.events(), d.ingestedAt());
  }

  /**
   * A document as {@link #document(StoredDocument)} shows it once stored, from what is stored of it (for stores
   * written by other means, such as the Spark job): its outlet is read from its URL or the beginning of its text.
   */
  public static DocumentView document(String key, int version, String hash, String title, String url, String published,
      String source, String text, int events, String ingestedAt) {
    return new DocumentView(key, version, hash, title, url, published, Outlets.of(url, Outlets.head(text)), source,
        text.length(), events, ingestedAt);
  }

  public static CorrectionView correction(StoredCorrection c) {
    return new CorrectionView(c.id(), c.correction().kind().name().toLowerCase(java.util.Locale.ROOT),
        c.correction().a(), c.correction().b(), c.createdAt());
  }
}
