package org.talentflow.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A document as read, before any cleaning: {@code text} is the original text every evidence span points into.
 *
 * @param key the JSON-lines id, or the file name without extension
 * @param source where it was read (path, or path:line for JSON lines)
 * @param published publication date, or null when unknown
 */
public record SourceDocument(String key, String source, String url, String title, LocalDate published, String text) {
  public SourceDocument {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(text, "text");
    if (key.isBlank()) {
      throw new IllegalArgumentException("blank document key from " + source);
    }
  }

  public SourceDocument withPublished(LocalDate date) {
    return new SourceDocument(key, source, url, title, date, text);
  }
}
