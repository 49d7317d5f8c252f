package org.talentflow.knowledge;

import java.util.Objects;

/**
 * Where a source was published, as a reader needs it to follow a fact back: the document key, its title, URL,
 * publication date and outlet (each null when not known).
 */
public record DocumentInfo(String doc, String title, String url, String published, String outlet) {
  public DocumentInfo {
    Objects.requireNonNull(doc, "doc");
  }

  /** What is known of a document that was never described: its key. */
  public static DocumentInfo unknown(String doc) {
    return new DocumentInfo(doc, null, null, null, null);
  }
}
