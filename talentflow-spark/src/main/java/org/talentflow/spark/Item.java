package org.talentflow.spark;

import java.io.Serializable;
import java.util.List;
import org.talentflow.model.EntityType;

/**
 * What flows through the job before resolution: a document read, a document analysed, or a problem. Each carries
 * its place in reading order (input file, split of the file, line or record in the split), the order in which
 * {@code ingest} would have met it: the store's results depend on that order, so the job keeps it.
 */
sealed interface Item extends Serializable {
  int file();

  long split();

  long line();

  /** A document as read; {@code published} is an ISO date or null. */
  record Doc(int file, long split, long line, String key, String source, String url, String title, String published,
      String text) implements Item {}

  /** A file, line or document that could not be read or analysed: one line of DIR/errors/. */
  record Problem(int file, long split, long line, String source, String message) implements Item {}

  /**
   * Something wrong in a document read all the same (a date stored as unknown, invalid bytes replaced): one line of
   * DIR/warnings/. {@code part} orders the warnings of one place, which come before its document.
   */
  record Warning(int file, long split, long line, int part, String source, String message) implements Item {}

  /**
   * A document analysed by the pipeline, reduced to what is stored, entity ids still the document's own: its hash
   * (SHA-256 of the text, as the store keys documents), the entities in the order the store meets them, mentions,
   * events (in order: their index makes their id) and claims.
   */
  record Analyzed(Doc doc, String hash, List<Occurrence> occurrences, List<Mention> mentions, List<Event> events,
      List<Claim> claims) implements Item {
    @Override
    public int file() {
      return doc.file();
    }

    @Override
    public long split() {
      return doc.split();
    }

    @Override
    public long line() {
      return doc.line();
    }
  }

  /** An entity of a document; {@code listed} when among the document's entities (not only in an event). */
  record Occurrence(String localId, EntityType type, String name, List<String> aliases, boolean listed)
      implements Serializable {}

  record Mention(String localId, int start, int end, String text, String source) implements Serializable {}

  /** An event; time fields and organizations may be null. */
  record Event(String type, String person, String org, String otherOrg, String role, String timeValue,
      String timeGranularity, String timeText, String polarity, int start, int end, String text, double confidence)
      implements Serializable {}

  record Claim(String subject, String quantity, String value, String asOf, int start, int end, String text)
      implements Serializable {}
}
