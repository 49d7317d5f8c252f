package org.talentflow.store;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.talentflow.Pipeline;
import org.talentflow.model.AnalyzedDocument;
import org.talentflow.model.SourceDocument;
import org.talentflow.read.DocumentReader;
import org.talentflow.read.ReadProblem;

/**
 * Reads inputs, analyzes documents on every core and stores them in input order, so that the store is the same as
 * after a serial run. One thread reads, a pool analyzes (a bounded number of documents and characters in flight), the
 * calling thread stores: several documents per transaction, each document all-or-nothing in a savepoint of its own.
 * A document that fails (unreadable, too slow for the deadline, out of memory, any error while analyzing or storing)
 * is reported and the batch goes on; problems are reported in input order. Corrections are applied again at the end.
 */
public final class Ingestion {
  /** What a run did; {@code stopped} says why it ended early (the store could not be written), or is null. */
  public record Result(int added, int newVersions, int unchanged, int events, List<ReadProblem> problems,
      List<ReadProblem> warnings, String stopped) {
    public Result {
      problems = List.copyOf(problems);
      warnings = List.copyOf(warnings);
    }

    public int documents() {
      return added + newVersions + unchanged;
    }
  }

  /** Hears about each problem and the progress as they happen (for a progress bar, or nothing). */
  public interface Listener {
    default void problem(ReadProblem problem) {}

    /** Something in a document that was stored all the same (an unreadable date, a few invalid bytes). */
    default void warning(ReadProblem warning) {}

    default void progress(long done, long total, int documents) {}
  }

  /** Turns one document into its analysis; {@link Pipeline#analyze} is one. Called on several threads at once. */
  @FunctionalInterface
  public interface Analyzer {
    AnalyzedDocument analyze(SourceDocument doc);
  }

  /**
   * @param threads documents analyzed at once
   * @param deadline the longest one document's analysis may take; a slower one is reported and skipped
   * @param batchDocuments documents stored in one transaction at most
   * @param batchTime how long analyzed documents may wait before their transaction is written
   */
  public record Options(int threads, Duration deadline, int batchDocuments, Duration batchTime) {
    /** Default deadline per document: news articles take milliseconds, an 8 MB document seconds. */
    public static final Duration DEFAULT_DEADLINE = Duration.ofSeconds(60);

    public Options {
      if (threads < 1) {
        throw new IllegalArgumentException("threads must be at least 1: " + threads);
      }
      Objects.requireNonNull(deadline, "deadline");
      if (deadline.isNegative() || deadline.isZero()) {
        throw new IllegalArgumentException("the deadline per document must be positive: " + deadline);
      }
      if (batchDocuments < 1) {
        throw new IllegalArgumentException("documents per transaction must be at least 1: " + batchDocuments);
      }
      Objects.requireNonNull(batchTime, "batchTime");
    }

    /** Every core, the default deadline, up to 64 documents or half a second per transaction. */
    public static Options defaults() {
      return new Options(Runtime.getRuntime().availableProcessors(), DEFAULT_DEADLINE, 64, Duration.ofMillis(500));
    }

    public Options withThreads(int n) {
      return new Options(n, deadline, batchDocuments, batchTime);
    }

    public Options withDeadline(Duration d) {
      return new Options(threads, d, batchDocuments, batchTime);
    }
  }

  private final Store store;
  private final Analyzer analyzer;
  private final DocumentReader reader;
  private final Options options;

  public Ingestion(Store store, Pipeline pipeline, DocumentReader reader) {
    this(store, Objects.requireNonNull(pipeline, "pipeline")::analyze, reader, Options.defaults());
  }

  public Ingestion(Store store, Analyzer analyzer, DocumentReader reader, Options options) {
    this.store = Objects.requireNonNull(store, "store");
    this.analyzer = Objects.requireNonNull(analyzer, "analyzer");
    this.reader = Objects.requireNonNull(reader, "reader");
    this.options = Objects.requireNonNull(options, "options");
  }

  /** Reads, analyzes and stores every input; always returns a result (the summary), whatever failed. */
  public Result run(List<Path> inputs, Listener listener) {
    return new Run(listener).run(List.copyOf(inputs));
  }

  // What the reading thread hands to the storing thread, in input order.
  private sealed interface Item permits Doc, Problem, Progress, End {}

  /** A document read; the storing thread decides whether it needs analysis and starts it. */
  private static final class Doc implements Item {
    final SourceDocument doc;
    final int permits;
    /** The text: documents of this run with equal texts are the same document. */
    final String hash;
    Analysis analysis;
    Future<AnalyzedDocument> future;
    /** Stored already (by an earlier run or another writer): nothing to analyze or add. */
    boolean stored;
    /** The same text as a document before it that is not stored yet: decided when that one is. */
    boolean repeat;

    Doc(SourceDocument doc, int permits) {
      this.doc = doc;
      this.permits = permits;
      this.hash = doc.text();
    }

    SourceDocument doc() {
      return doc;
    }

    int permits() {
      return permits;
    }

    Analysis analysis() {
      return analysis;
    }

    Future<AnalyzedDocument> future() {
      return future;
    }
  }

  private record Problem(ReadProblem problem, boolean warning) implements Item {}

  private record Progress(long done, long total) implements Item {}

  private record End(Throwable readerFailure) implements Item {}

  /** One document's analysis, knowing when it started and on which thread (to stop it past the deadline). */
  private final class Analysis implements java.util.concurrent.Callable<AnalyzedDocument> {
    private final SourceDocument doc;
    private volatile long startedAt;
    private volatile Thread runner;

    Analysis(SourceDocument doc) {
      this.doc = doc;
    }

    @Override
    public AnalyzedDocument call() {
      runner = Thread.currentThread();
      startedAt = System.nanoTime();
      try {
        return analyzer.analyze(doc);
      } finally {
        runner = null;
      }
    }
  }

  private final class Run {
    private final Listener listener;
    private final int capacity = Math.max(4, options.threads() * 4);
    private final BlockingQueue<Item> queue = new ArrayBlockingQueue<>(capacity);
    /** Characters of documents read but not yet stored: bounds the heap whatever the documents' sizes. */
    private final int charBudget = (int) Math.min(Integer.MAX_VALUE,
        Math.max(1 << 20, Runtime.getRuntime().maxMemory() / 64));
    private final Semaphore chars = new Semaphore(charBudget);
    private final ThreadPoolExecutor pool;
    private final List<ReadProblem> problems = new ArrayList<>();
    private final List<ReadProblem> warnings = new ArrayList<>();
    private final int[] counts = new int[4]; // new, new version, unchanged, events
    private volatile boolean stopping;
    private String stopped;

    Run(Listener listener) {
      this.listener = Objects.requireNonNull(listener, "listener");
      AtomicInteger n = new AtomicInteger();
      this.pool = new ThreadPoolExecutor(options.threads(), options.threads(), 30, TimeUnit.SECONDS,
          new LinkedBlockingQueue<>(), r -> {
            Thread t = new Thread(r, "talentflow-analysis-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
          });
    }

    Result run(List<Path> inputs) {
      Thread readerThread = new Thread(() -> read(inputs), "talentflow-reader");
      readerThread.setDaemon(true);
      readerThread.start();
      try {
        store();
      } catch (StoreException e) {
        stopped = e.getMessage();
      } catch (RuntimeException | Error e) {
        stopped = "storing failed: " + describe(e); // the summary is printed all the same
      } finally {
        stopping = true;
        drain();
        readerThread.interrupt();
        pool.shutdownNow();
      }
      if (stopped == null) {
        try {
          store.reapplyCorrections();
        } catch (StoreException e) {
          stopped = "corrections could not be applied again: " + e.getMessage();
        }
      }
      return new Result(counts[0], counts[1], counts[2], counts[3], problems, warnings, stopped);
    }

    /** The reading thread: documents, problems and progress go to the queue in input order. */
    private void read(List<Path> inputs) {
      Throwable failure = null;
      try {
        reader.read(inputs, new DocumentReader.Sink() {
          @Override
          public void document(SourceDocument doc) {
            int permits = Math.min(charBudget, Math.max(1, doc.text().length()));
            try {
              chars.acquire(permits);
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
              throw new DocumentReader.Stop();
            }
            hand(new Doc(doc, permits));
          }

          @Override
          public void problem(ReadProblem problem) {
            hand(new Problem(problem, false));
          }

          @Override
          public void warning(ReadProblem warning) {
            hand(new Problem(warning, true));
          }

          @Override
          public void progress(long done, long total) {
            hand(new Progress(done, total));
          }
        });
      } catch (DocumentReader.Stop e) {
        // the storing thread stopped the run: it says why
      } catch (RuntimeException | Error e) {
        failure = e;
      } finally {
        try {
          putEnd(new End(failure));
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
    }

    private void hand(Item item) {
      if (stopping) {
        throw new DocumentReader.Stop();
      }
      try {
        queue.put(item);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new DocumentReader.Stop();
      }
    }

    private void putEnd(End end) throws InterruptedException {
      while (!queue.offer(end, 100, TimeUnit.MILLISECONDS)) {
        if (stopping) {
          return;
        }
      }
    }

    /**
     * The storing thread (the caller's): takes items in input order into a window of documents being analyzed
     * (a document already stored is not analyzed again), then stores analyzed documents in groups, in order.
     */
    private void store() {
      java.util.ArrayDeque<Item> window = new java.util.ArrayDeque<>();
      List<Item> group = new ArrayList<>();
      List<AnalyzedDocument> docs = new ArrayList<>();
      long groupStart = 0;
      boolean ended = false;
      while (true) {
        try {
          while (!ended && window.size() < capacity) {
            Item next;
            if (!window.isEmpty()) {
              next = queue.poll();
            } else if (docs.isEmpty()) {
              next = queue.take();
            } else {
              long wait = groupStart + options.batchTime().toNanos() - System.nanoTime();
              next = wait <= 0 ? null : queue.poll(wait, TimeUnit.NANOSECONDS);
            }
            if (next == null) {
              break;
            }
            ended = next instanceof End;
            dispatch(next, window, group);
            window.add(next);
          }
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          stopped = "interrupted";
          flush(group, docs);
          cancel(window);
          return;
        }
        Item item = window.poll();
        if (item == null) {
          if (!flush(group, docs)) {
            return; // the group waited long enough and nothing else came
          }
          continue;
        }
        if (item instanceof End end) {
          flush(group, docs);
          if (end.readerFailure() != null && stopped == null) {
            problem(new ReadProblem("input", "reading stopped: " + describe(end.readerFailure())));
          }
          return;
        }
        if (item instanceof Doc d && d.repeat) {
          // the same text came earlier in this run: once that one is stored, this one changes nothing
          if (!flush(group, docs)) {
            cancel(window);
            return;
          }
          if (store.holds(d.doc())) {
            d.stored = true;
          } else {
            start(d);
          }
        }
        if (item instanceof Doc d && !d.stored) {
          AnalyzedDocument analyzed = await(d);
          if (analyzed == null) {
            chars.release(d.permits());
            pending.remove(d.hash);
            group.add(new Problem(new ReadProblem(d.doc().source(), failureOf(d)), false));
          } else {
            if (docs.isEmpty()) {
              groupStart = System.nanoTime();
            }
            docs.add(analyzed);
            group.add(d);
          }
        } else {
          group.add(item);
        }
        boolean due = docs.size() >= options.batchDocuments()
            || !docs.isEmpty() && System.nanoTime() - groupStart >= options.batchTime().toNanos()
            || docs.isEmpty() && !group.isEmpty();
        if (due && !flush(group, docs)) {
          cancel(window);
          return;
        }
      }
    }

    /** Texts of this run that are being analyzed or wait in the group to be stored. */
    private final java.util.Set<String> pending = new java.util.HashSet<>();

    /** Starts the analysis of a document read, unless its text is stored already or is being analyzed. */
    private void dispatch(Item item, java.util.Deque<Item> window, List<Item> group) {
      if (!(item instanceof Doc d)) {
        return;
      }
      if (pending.contains(d.hash)) {
        d.repeat = true;
      } else if (store.holds(d.doc())) {
        d.stored = true;
      } else {
        start(d);
      }
    }

    private void start(Doc d) {
      d.analysis = new Analysis(d.doc());
      d.future = pool.submit(d.analysis);
      pending.add(d.hash);
    }

    private void cancel(java.util.Deque<Item> window) {
      for (Item i : window) {
        if (i instanceof Doc d) {
          if (d.future() != null) {
            d.future().cancel(true);
          }
          chars.release(d.permits());
        }
      }
      window.clear();
    }

    /** Writes the group's documents in one transaction, then reports the group's items in order. */
    private boolean flush(List<Item> group, List<AnalyzedDocument> docs) {
      List<Store.Outcome> outcomes;
      try {
        outcomes = docs.isEmpty() ? List.of() : store.addAll(docs);
      } catch (StoreException e) {
        stopped = e.getMessage();
        outcomes = null;
      }
      int next = 0;
      for (Item item : group) {
        if (item instanceof Doc d && d.stored) {
          chars.release(d.permits());
          counts[Store.Added.UNCHANGED.ordinal()]++;
        } else if (item instanceof Doc d) {
          chars.release(d.permits());
          pending.remove(d.hash);
          if (outcomes == null) {
            continue; // nothing of the group was stored: the stop message says why
          }
          Store.Outcome o = outcomes.get(next++);
          if (o.failure() != null) {
            problem(new ReadProblem(d.doc().source(), "not stored: " + o.failure().getMessage()));
          } else {
            counts[o.added().ordinal()]++;
            if (o.added() != Store.Added.UNCHANGED) {
              counts[3] += o.document().events().size();
            }
          }
        } else if (item instanceof Problem p) {
          if (p.warning()) {
            warnings.add(p.problem());
            listener.warning(p.problem());
          } else {
            problem(p.problem());
          }
        } else if (item instanceof Progress p) {
          listener.progress(p.done(), p.total(), counts[0] + counts[1] + counts[2]);
        }
      }
      group.clear();
      docs.clear();
      if (outcomes == null) {
        stopping = true;
        return false;
      }
      return true;
    }

    private final java.util.Map<Doc, String> failures = new java.util.HashMap<>();

    private String failureOf(Doc d) {
      return failures.remove(d);
    }

    /** The analysis of one document, or null (with the reason in {@link #failures}) when it failed or ran late. */
    private AnalyzedDocument await(Doc d) {
      long deadline = options.deadline().toNanos();
      while (true) {
        long started = d.analysis().startedAt;
        long wait = started == 0 ? deadline : started + deadline - System.nanoTime();
        if (wait > 0 || d.future().isDone()) {
          try {
            return d.future().get(Math.max(0, wait), TimeUnit.NANOSECONDS);
          } catch (TimeoutException e) {
            long now = d.analysis().startedAt;
            if (now == 0 || System.nanoTime() - now < deadline) {
              continue; // not started yet (waiting for a thread), or started later than it was looked at
            }
          } catch (ExecutionException e) {
            failures.put(d, "not analyzed: " + describe(e.getCause(), d.doc()));
            return null;
          } catch (CancellationException e) {
            failures.put(d, "not analyzed: cancelled");
            return null;
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            d.future().cancel(true);
            failures.put(d, "not analyzed: interrupted");
            return null;
          }
        }
        stopLate(d);
        failures.put(d, String.format(Locale.ROOT,
            "not analyzed: took longer than %s s (%d characters; the limit per document is --doc-timeout)",
            seconds(options.deadline()), d.doc().text().length()));
        return null;
      }
    }

    /**
     * Stops an analysis past its deadline: interrupted first; one that does not stop within a second is stopped
     * outright (where this JVM still allows it), else left to finish on its own thread while a new thread takes its
     * place in the pool.
     */
    @SuppressWarnings("deprecation")
    private void stopLate(Doc d) {
      d.future().cancel(true);
      long until = System.nanoTime() + 1_000_000_000L;
      while (d.analysis().runner != null && System.nanoTime() < until) {
        try {
          Thread.sleep(20);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          break;
        }
      }
      Thread runner = d.analysis().runner;
      if (runner == null) {
        return;
      }
      try {
        runner.stop(); // the analysis holds no lock and shares no state it writes: nothing is left half-done
      } catch (UnsupportedOperationException e) {
        int n = pool.getMaximumPoolSize() + 1;
        pool.setMaximumPoolSize(n);
        pool.setCorePoolSize(n);
      }
    }

    private void problem(ReadProblem p) {
      problems.add(p);
      listener.problem(p);
    }

    /** Releases what documents still in flight hold after an early stop. */
    private void drain() {
      Item item;
      while ((item = queue.poll()) != null) {
        if (item instanceof Doc d) {
          if (d.future() != null) {
            d.future().cancel(true);
          }
          chars.release(d.permits());
        }
      }
    }
  }

  private static String seconds(Duration d) {
    double s = d.toMillis() / 1000.0;
    return s == Math.rint(s) ? String.valueOf((long) s) : String.valueOf(s);
  }

  private static String describe(Throwable t, SourceDocument doc) {
    if (t instanceof OutOfMemoryError) {
      return String.format(Locale.ROOT, "ran out of memory (%d characters; the heap is %d MB)",
          doc.text().length(), Runtime.getRuntime().maxMemory() >> 20);
    }
    if (t instanceof StackOverflowError) {
      return String.format(Locale.ROOT, "too deeply nested for the analysis (stack overflow, %d characters)",
          doc.text().length());
    }
    return describe(t);
  }

  private static String describe(Throwable t) {
    String m = t.getMessage();
    String name = t.getClass().getSimpleName();
    return m == null || m.isBlank() ? name : name + ": " + m;
  }
}
