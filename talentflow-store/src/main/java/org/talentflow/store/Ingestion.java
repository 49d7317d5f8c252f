package org.talentflow.store;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.talentflow.Pipeline;
import org.talentflow.model.AnalyzedDocument;
import org.talentflow.model.SourceDocument;
import org.talentflow.read.DocumentReader;
import org.talentflow.read.ReadProblem;

/**
 * Reads inputs, analyzes each document and stores it in its own transaction, counting what happened and collecting
 * every problem; a bad document is reported and the batch goes on. Corrections are applied again at the end.
 */
public final class Ingestion {
  /** What a run did. */
  public record Result(int added, int newVersions, int unchanged, int events, List<ReadProblem> problems) {
    public int documents() {
      return added + newVersions + unchanged;
    }
  }

  /** Hears about each problem and the progress as they happen (for a progress bar, or nothing). */
  public interface Listener {
    default void problem(ReadProblem problem) {}

    default void progress(long done, long total, int documents) {}
  }

  private final Store store;
  private final Pipeline pipeline;
  private final DocumentReader reader;

  public Ingestion(Store store, Pipeline pipeline, DocumentReader reader) {
    this.store = Objects.requireNonNull(store, "store");
    this.pipeline = Objects.requireNonNull(pipeline, "pipeline");
    this.reader = Objects.requireNonNull(reader, "reader");
  }

  public Result run(List<Path> inputs, Listener listener) {
    int[] counts = new int[4]; // new, new version, unchanged, events
    List<ReadProblem> problems = new ArrayList<>();
    reader.read(inputs, new DocumentReader.Sink() {
      @Override
      public void document(SourceDocument doc) {
        try {
          AnalyzedDocument analyzed = pipeline.analyze(doc);
          Store.Added added = store.add(analyzed);
          counts[added.ordinal()]++;
          if (added != Store.Added.UNCHANGED) {
            counts[3] += analyzed.events().size();
          }
        } catch (RuntimeException e) {
          problem(new ReadProblem(doc.source(), "not stored: " + e.getMessage()));
        }
      }

      @Override
      public void problem(ReadProblem problem) {
        problems.add(problem);
        listener.problem(problem);
      }

      @Override
      public void progress(long done, long total) {
        listener.progress(done, total, counts[0] + counts[1] + counts[2]);
      }
    });
    store.reapplyCorrections();
    return new Result(counts[0], counts[1], counts[2], counts[3], List.copyOf(problems));
  }
}
