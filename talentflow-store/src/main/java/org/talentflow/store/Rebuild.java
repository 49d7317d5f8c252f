package org.talentflow.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.talentflow.model.AnalyzedDocument;
import org.talentflow.model.SourceDocument;

/**
 * Rebuilds a SQLite store from the articles it holds: every stored document version is analyzed again into a new
 * file beside it, the corrections still recorded are applied, and the new file replaces the old one. This is how a
 * correction is undone: what it changed cannot be told apart from what ingestion wrote, so the store is made again
 * without it.
 */
public final class Rebuild {
  private Rebuild() {}

  /** What a rebuild did. */
  public record Result(int documents, int corrections) {}

  /**
   * @param file the SQLite file of the store (closed by the caller before, not in use)
   * @param analyze the pipeline that reads a document
   */
  public static Result sqlite(Path file, Function<SourceDocument, AnalyzedDocument> analyze) {
    Objects.requireNonNull(analyze, "analyze");
    Path fresh = file.resolveSibling(file.getFileName() + ".rebuild");
    try {
      Files.deleteIfExists(fresh);
      List<SourceDocument> docs;
      List<StoredCorrection> corrections;
      try (Store old = Store.openExisting(file.toString())) {
        docs = old.sources();
        corrections = old.correctionLog();
      }
      try (Store next = Store.open(fresh.toString())) {
        for (SourceDocument d : docs) {
          next.add(analyze.apply(d));
        }
        for (StoredCorrection c : corrections) {
          try {
            next.correct(c.correction());
          } catch (IllegalArgumentException e) {
            // a correction that no longer matches anything is kept, as after an ingest
            next.keep(c.correction());
          }
        }
      }
      Files.move(fresh, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      return new Result(docs.size(), corrections.size());
    } catch (IOException e) {
      throw new StoreException("cannot rebuild " + file + ": " + e.getMessage(), e);
    }
  }
}
