package org.talentflow.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import org.talentflow.Pipeline;
import org.talentflow.read.DocumentReader;
import org.talentflow.read.PublicationDates;
import org.talentflow.read.ReadProblem;
import org.talentflow.store.Ingestion;
import org.talentflow.store.Store;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "ingest", mixinStandardHelpOptions = true,
    description = {"Reads articles, extracts people, organizations and personnel events, and stores them.",
        "Files, folders (recursively, following symbolic links), .txt, .html and .jsonl "
            + "({\"id\",\"url\",\"published\",\"title\",\"text\"} per line). Documents are analyzed on every core "
            + "and stored in input order; any number of ingests may write to one store at once.",
        "A bad file, line or document is reported and skipped; the exit code is 1 if anything failed."})
final class IngestCommand implements Callable<Integer> {
  @Parameters(arity = "1..*", paramLabel = "PATH",
      description = "Files or folders to read; - reads one document from standard input (JSON lines when it starts "
          + "with '{', else text), stored under the key 'stdin'.")
  List<Path> paths;

  @Mixin StoreOption store;
  @Mixin PackOptions pack;

  @Option(names = "--published", paramLabel = "YYYY-MM-DD",
      description = "Publication date for files that carry none (relative times like 今年5月 are resolved against it).")
  String published;

  @Option(names = "--dates", paramLabel = "TSV",
      description = "A TSV with a header naming 'file' (or 'doc') and 'published' columns, e.g. a gold docs.tsv.")
  Path dates;

  @Option(names = "--max-doc-size", paramLabel = "MB", defaultValue = "8",
      description = "Largest single document in MB (default: ${DEFAULT-VALUE}).")
  double maxDocMb;

  @Option(names = "--doc-timeout", paramLabel = "SECONDS", defaultValue = "60",
      description = "Longest analysis of one document; a slower one is reported and skipped (default: ${DEFAULT-VALUE}).")
  double docTimeoutSeconds;

  @Option(names = "--threads", paramLabel = "N",
      description = "Documents analyzed at once (default: the number of cores).")
  Integer threads;

  @Option(names = {"-q", "--quiet"}, description = "No progress bar and no summary.")
  boolean quiet;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    LocalDate override = parseDate(published, "--published");
    if (!(maxDocMb > 0)) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--max-doc-size must be positive: " + maxDocMb);
    }
    double analyzable = Runtime.getRuntime().maxMemory() / HEAP_PER_DOCUMENT_BYTE / 1048576.0;
    if (maxDocMb > analyzable) {
      throw new CommandLine.ParameterException(spec.commandLine(), String.format(Locale.ROOT,
          "--max-doc-size %s MB is more than this Java heap (%d MB) can analyze: at most %.0f MB "
              + "(more heap: TALENTFLOW_JAVA_OPTS=-Xmx4g)", fmt(maxDocMb), Runtime.getRuntime().maxMemory() >> 20,
          Math.floor(analyzable)));
    }
    if (!(docTimeoutSeconds > 0)) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--doc-timeout must be positive: "
          + fmt(docTimeoutSeconds));
    }
    if (threads != null && threads < 1) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--threads must be at least 1: " + threads);
    }
    Map<String, LocalDate> byName = dates == null ? Map.of() : readDates(dates);
    DocumentReader reader = new DocumentReader(
        new DocumentReader.Options((long) (maxDocMb * 1048576), override, byName));
    Ingestion.Options options = Ingestion.Options.defaults()
        .withDeadline(Duration.ofMillis((long) Math.ceil(docTimeoutSeconds * 1000)));
    if (threads != null) {
      options = options.withThreads(threads);
    }
    // the pipeline's dictionaries load while the store opens (and migrates): start-up on two cores at once
    CompletableFuture<Pipeline> pipeline = CompletableFuture.supplyAsync(pack::load).thenApply(Pipeline::withHanlp);
    Progress progress = new Progress(err, !quiet && Progress.terminal());
    String where = Store.masked(store.url);
    Ingestion.Result result;
    List<Path> inputs = stdinAsFile(paths);
    try (Store db = Store.open(store.url)) {
      result = new Ingestion(db, join(pipeline)::analyze, reader, options).run(inputs, new Ingestion.Listener() {
        @Override
        public void problem(ReadProblem problem) {
          progress.finish();
          err.println("talentflow: " + problem.source() + ": " + problem.message());
        }

        @Override
        public void warning(ReadProblem warning) {
          progress.finish();
          err.println("talentflow: " + warning.source() + ": warning: " + warning.message());
        }

        @Override
        public void progress(long done, long total, int documents) {
          progress.update(done, total, documents);
        }
      });
    } finally {
      pipeline.cancel(false);
    }
    progress.finish();
    if (!quiet || result.stopped() != null) {
      out.printf(Locale.ROOT, "ingested %d documents into %s: %d new, %d new versions, %d unchanged; %d events%n",
          result.documents(), where, result.added(), result.newVersions(), result.unchanged(), result.events());
      out.flush();
    }
    int failed = result.problems().size();
    if (result.stopped() != null) {
      err.printf(Locale.ROOT, "talentflow: stopped: %s; the %d documents counted above were stored%s%n",
          Store.masked(result.stopped()), result.documents(),
          failed > 0 ? ", " + failed + " input" + (failed == 1 ? "" : "s") + " failed (listed above)" : "");
      return TalentflowCommand.FAILURE;
    }
    if (failed > 0) {
      err.printf(Locale.ROOT, "talentflow: %d input%s failed (listed above); everything else was stored%n",
          failed, failed == 1 ? "" : "s");
      return TalentflowCommand.PARTIAL_FAILURE;
    }
    return 0;
  }

  /** "-" becomes a temporary file holding standard input, named so that the reader knows its kind. */
  private List<Path> stdinAsFile(List<Path> given) {
    if (given.stream().noneMatch(p -> p.toString().equals("-"))) {
      return given;
    }
    try {
      byte[] in = System.in.readAllBytes();
      String head = new String(in, 0, Math.min(in.length, 64), StandardCharsets.UTF_8).stripLeading();
      Path dir = Files.createTempDirectory("talentflow-stdin");
      Path file = dir.resolve(head.startsWith("{") ? "stdin.jsonl" : "stdin.txt");
      Files.write(file, in);
      file.toFile().deleteOnExit();
      dir.toFile().deleteOnExit();
      return given.stream().map(p -> p.toString().equals("-") ? file : p).toList();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException("cannot read standard input: " + e.getMessage(), e);
    }
  }

  /** Heap needed per byte of the largest document: its text, normalized copy, offset maps and analysis. */
  static final long HEAP_PER_DOCUMENT_BYTE = 32;

  private static String fmt(double v) {
    return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
  }

  private static Pipeline join(CompletableFuture<Pipeline> pipeline) {
    try {
      return pipeline.join();
    } catch (java.util.concurrent.CompletionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      throw e;
    }
  }

  private LocalDate parseDate(String value, String flag) {
    if (value == null) {
      return null;
    }
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          flag + " expects a date like 2024-09-27, not '" + value + "'");
    }
  }

  private Map<String, LocalDate> readDates(Path file) {
    try {
      return PublicationDates.readTable(file);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--dates: " + e.getMessage());
    }
  }

}
