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

  public static CorrectionView correction(StoredCorrection c) {
    return new CorrectionView(c.id(), c.correction().kind().name().toLowerCase(java.util.Locale.ROOT),
        c.correction().a(), c.correction().b(), c.createdAt());
  }
}
