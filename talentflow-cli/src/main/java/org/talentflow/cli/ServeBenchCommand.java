package org.talentflow.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.talentflow.Pipeline;
import org.talentflow.model.Entity;
import org.talentflow.model.EntityType;
import org.talentflow.model.SourceDocument;
import org.talentflow.read.DocumentReader;
import org.talentflow.server.WebServer;
import org.talentflow.store.Ingestion;
import org.talentflow.store.Store;
import org.talentflow.store.StoredDocument;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "bench-serve", mixinStandardHelpOptions = true,
    description = {"Load test of the web workspace, on this machine only (127.0.0.1): a store of --docs documents made"
        + " from samples/ (names of people and organizations replaced, see CorpusGenerator), copied afresh for each"
        + " run; the workspace started on it in this process; --clients clients sending --requests mixed requests"
        + " (search, entity page, organization page, document page) while a command-line ingest (a process of its"
        + " own, with the launcher's options) stores --ingest new documents into the store. Prints requests/s and"
        + " p50/p99 per kind.",
        "The first run builds the base store (minutes); later runs reuse it."})
final class ServeBenchCommand implements Callable<Integer> {
  @Option(names = "--store", paramLabel = "FILE",
      description = "Base SQLite store, made when missing (default: talentflow-bench-serve.db in the temporary folder).")
  Path base = Path.of(System.getProperty("java.io.tmpdir"), "talentflow-bench-serve.db");

  @Option(names = "--docs", defaultValue = "10000", description = "Documents in the base store (default: ${DEFAULT-VALUE}).")
  int docs;

  @Option(names = "--ingest", defaultValue = "1000",
      description = "Documents ingested while the requests run (default: ${DEFAULT-VALUE}).")
  int ingest;

  @Option(names = "--clients", defaultValue = "20", description = "Concurrent clients (default: ${DEFAULT-VALUE}).")
  int clients;

  @Option(names = "--requests", defaultValue = "2000", description = "Measured requests (default: ${DEFAULT-VALUE}).")
  int requests;

  @Option(names = "--warmup", defaultValue = "1000",
      description = "Requests before the measured ones, not counted (default: ${DEFAULT-VALUE}).")
  int warmup;

  @Option(names = "--max-seconds", defaultValue = "900",
      description = "Stop the run after this long, whatever is left (default: ${DEFAULT-VALUE}).")
  int maxSeconds;

  @Option(names = "--reference", negatable = true, defaultValue = "true", fallbackValue = "true",
      description = "Also run the requests once with no ingest alongside first, as a reference (default: on).")
  boolean reference;

  @Option(names = "--seed", defaultValue = "17", description = "Seed of the request mix (default: ${DEFAULT-VALUE}).")
  long seed;

  @Mixin PackOptions pack;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /** The goal: p99 of these kinds under this many milliseconds, and no errors. */
  static final double GOAL_P99_MS = 200;

  enum Kind { SEARCH, ENTITY, ORGANIZATION, DOCUMENT }

  record Sample(Kind kind, long nanos, boolean ok, boolean duringIngest) {}

  @Override
  public Integer call() throws Exception {
    CommandLine cl = spec.commandLine();
    if (docs < 1 || ingest < 0 || clients < 1 || requests < 1 || warmup < 0 || maxSeconds < 1) {
      throw new CommandLine.ParameterException(cl, "--docs, --clients, --requests and --max-seconds must be >= 1,"
          + " --ingest and --warmup >= 0");
    }
    PrintWriter out = cl.getOut();
    Pipeline pipeline = Pipeline.withHanlp(pack.load());
    Path samples = Path.of(System.getenv().getOrDefault("TALENTFLOW_HOME", "."), "samples");
    List<SourceDocument> sources = new DocumentReader(DocumentReader.Options.defaults()).readAll(List.of(samples))
        .documents();
    CorpusGenerator corpus = new CorpusGenerator(sources, pipeline);
    prepare(corpus, pipeline, out);

    Path run = base.resolveSibling(base.getFileName() + ".run");
    for (String suffix : new String[] {"", "-wal", "-shm"}) {
      Files.deleteIfExists(Path.of(run + suffix));
    }
    Files.copy(base, run, StandardCopyOption.REPLACE_EXISTING);
    try (Store store = Store.open(run.toString())) {
      WebServer server = WebServer.start(store, () -> pipeline, new WebServer.Options("127.0.0.1", 0, true, 1 << 20));
      try {
        return measure(server.port(), store, corpus, pipeline, run, out);
      } finally {
        server.close();
      }
    }
  }

  /** Makes the base store with the first {@code docs} generated documents, unless it has them already. */
  private void prepare(CorpusGenerator corpus, Pipeline pipeline, PrintWriter out) {
    try (Store store = Store.open(base.toString())) {
      int have = store.documentCount();
      if (have >= docs) {
        out.printf(Locale.ROOT, "base store %s: %d documents (made before)%n", base, have);
        return;
      }
      out.printf(Locale.ROOT, "making the base store %s: documents %d to %d ...%n", base, have, docs);
      out.flush();
      long t0 = System.nanoTime();
      Ingestion.Result r = ingest(store, pipeline, corpus, have, docs - have);
      out.printf(Locale.ROOT, "  %d documents stored in %.0f s%n", r.documents(), (System.nanoTime() - t0) / 1e9);
    }
  }

  /**
   * Ingests documents {@code from} to {@code from + n} of the corpus as the ingest command does: written as JSON
   * lines, read, analyzed on every core, stored in batches.
   */
  private static Ingestion.Result ingest(Store store, Pipeline pipeline, CorpusGenerator corpus, int from, int n) {
    Path file = write(corpus, from, n);
    try {
      Ingestion.Result r = new Ingestion(store, pipeline, new DocumentReader(DocumentReader.Options.defaults()))
          .run(List.of(file), new Ingestion.Listener() {});
      if (r.stopped() != null || !r.problems().isEmpty()) {
        throw new IllegalStateException("the ingest failed: " + (r.stopped() != null ? r.stopped() : r.problems()));
      }
      return r;
    } finally {
      deleteQuietly(file);
    }
  }

  /** Documents {@code from} to {@code from + n} of the corpus in a new JSON-lines file. */
  private static Path write(CorpusGenerator corpus, int from, int n) {
    try {
      Path file = Files.createTempFile("talentflow-bench-serve", ".jsonl");
      try (var w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
        for (int i = from; i < from + n; i++) {
          SourceDocument d = corpus.document(i);
          var o = Json.MAPPER.createObjectNode().put("id", d.key()).put("url", d.url()).put("title", d.title())
              .put("published", d.published() == null ? null : d.published().toString()).put("text", d.text());
          w.write(Json.MAPPER.writeValueAsString(o));
          w.write('\n');
        }
      }
      return file;
    } catch (IOException e) {
      throw new java.io.UncheckedIOException("cannot write the generated documents: " + e.getMessage(), e);
    }
  }

  private static void deleteQuietly(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      // a temporary file left behind
    }
  }

  /**
   * The ingest alongside: {@code talentflow ingest} of {@code n} new documents into the workspace's store, in a
   * process of its own with the launcher's options, as a user runs it beside the workspace (all cores, its own heap).
   *
   * @return the problem, or null when every document was stored
   */
  private String ingestAlongside(CorpusGenerator corpus, int from, int n, Path db) {
    if (n == 0) {
      return null;
    }
    Path file = write(corpus, from, n);
    Path log = null;
    try {
      log = Files.createTempFile("talentflow-bench-serve-ingest", ".log");
      Process p = new IngestBench(new PrintWriter(java.io.Writer.nullWriter()), log.getParent())
          .startIngest(List.of(file), db, pack.asArguments(), log);
      if (!p.waitFor(maxSeconds, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        return "the ingest did not finish in " + maxSeconds + " s";
      }
      return p.exitValue() == 0 ? null : "the ingest failed (exit " + p.exitValue() + "): " + IngestBench.tail(log);
    } catch (IOException e) {
      return "cannot run the ingest: " + e.getMessage();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return "interrupted";
    } finally {
      deleteQuietly(file);
      if (log != null) {
        deleteQuietly(log);
      }
    }
  }

  private int measure(int port, Store store, CorpusGenerator corpus, Pipeline pipeline, Path run, PrintWriter out)
      throws Exception {
    String baseUrl = "http://127.0.0.1:" + port;
    List<String[]> mix = requestMix(store, new Random(seed), warmup + requests);
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    int before = store.documentCount();
    out.printf(Locale.ROOT, "store: %d documents, %d entities; %d clients, %d requests (+%d warm-up), ingest of %d"
        + " documents alongside; machine: %d cores%n", before, store.entities().size(), clients, requests, warmup, ingest,
        Runtime.getRuntime().availableProcessors());
    out.flush();

    // warm-up: the knowledge is computed on the first request, the JIT compiles the hot paths
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(maxSeconds);
    run(http, baseUrl, mix.subList(0, warmup), new AtomicBoolean(false), deadline);
    AtomicBoolean ingesting = new AtomicBoolean(ingest > 0);
    AtomicInteger ingested = new AtomicInteger();
    long[] ingestNanos = new long[1];
    List<String> ingestProblems = new ArrayList<>();
    Thread ingestThread = new Thread(() -> {
      long t0 = System.nanoTime();
      try {
        String problem = ingestAlongside(corpus, docs + 100_000, ingest, run);
        if (problem == null) {
          ingested.set(ingest);
        } else {
          ingestProblems.add(problem);
        }
      } catch (RuntimeException e) {
        ingestProblems.add(e.getMessage());
      } finally {
        ingestNanos[0] = System.nanoTime() - t0;
        ingesting.set(false);
      }
    }, "bench-ingest");
    ingestThread.setDaemon(true);
    long t0 = System.nanoTime();
    ingestThread.start();
    List<Sample> samples = run(http, baseUrl, mix.subList(warmup, mix.size()), ingesting, deadline);
    long wall = System.nanoTime() - t0;
    boolean ingestDoneBeforeRequests = !ingesting.get();
    ingestThread.join(TimeUnit.SECONDS.toMillis(maxSeconds));

    out.println("measured: with the ingest alongside");
    boolean goal = report(samples, wall, out);
    long errors = samples.stream().filter(s -> !s.ok()).count();
    long during = samples.stream().filter(Sample::duringIngest).count();
    out.printf(Locale.ROOT, "%d of %d requests ran while the ingest ran%n", during, samples.size());
    out.printf(Locale.ROOT, "ingest alongside: %d documents in %.1f s (%.1f documents/s)%s%s%n", ingested.get(),
        ingestNanos[0] / 1e9, ingested.get() / Math.max(1e-9, ingestNanos[0] / 1e9),
        ingestDoneBeforeRequests ? "; it ended before the requests did" : "",
        ingestProblems.isEmpty() ? "" : "; failed: " + String.join("; ", ingestProblems));
    if (reference) {
      // the reference, measured in this run on this machine once the ingest is done: the same mix, no ingest alongside
      List<String[]> other = requestMix(store, new Random(seed + 1), requests);
      long r0 = System.nanoTime();
      List<Sample> quiet = run(http, baseUrl, other, new AtomicBoolean(false), deadline);
      out.println("reference: as many requests of the same mix (another draw), no ingest alongside, after it");
      report(quiet, System.nanoTime() - r0, out);
      out.flush();
    }

    int after = documentsSeen(http, baseUrl);
    out.printf(Locale.ROOT, "documents the workspace lists after the run: %d (%d before, +%d ingested)%n", after, before,
        ingested.get());
    boolean ok = goal && errors == 0 && samples.size() == requests && ingestProblems.isEmpty()
        && after == before + ingested.get();
    out.printf(Locale.ROOT, "goal (p99 < %.0f ms for search and entity pages, no errors, every request answered,"
        + " ingested documents listed): %s%n", GOAL_P99_MS, ok ? "met" : "NOT met");
    out.flush();
    return 0;
  }

  /** Prints the table of one run; whether search and entity pages met the goal. */
  private static boolean report(List<Sample> samples, long wall, PrintWriter out) {
    Table t = new Table("KIND", "REQUESTS", "ERRORS", "P50 MS", "P99 MS", "MAX MS");
    boolean goal = true;
    for (Kind k : Kind.values()) {
      List<Sample> of = samples.stream().filter(s -> s.kind() == k).toList();
      double[] ms = of.stream().mapToDouble(s -> s.nanos() / 1e6).sorted().toArray();
      long errors = of.stream().filter(s -> !s.ok()).count();
      t.add(k.name().toLowerCase(Locale.ROOT), String.valueOf(of.size()), String.valueOf(errors), fmt(pct(ms, 50)),
          fmt(pct(ms, 99)), fmt(ms.length == 0 ? 0 : ms[ms.length - 1]));
      if ((k == Kind.SEARCH || k == Kind.ENTITY) && pct(ms, 99) >= GOAL_P99_MS) {
        goal = false;
      }
    }
    double[] all = samples.stream().mapToDouble(s -> s.nanos() / 1e6).sorted().toArray();
    t.add("all", String.valueOf(samples.size()), String.valueOf(samples.stream().filter(s -> !s.ok()).count()),
        fmt(pct(all, 50)), fmt(pct(all, 99)), fmt(all.length == 0 ? 0 : all[all.length - 1]));
    t.print(out);
    out.printf(Locale.ROOT, "%.1f requests/s over %.1f s%n", samples.size() / (wall / 1e9), wall / 1e9);
    return goal;
  }

  /** The requests, in a shuffled mix: search 30%, entity 30%, organization 20%, document 20%. */
  private static List<String[]> requestMix(Store store, Random random, int n) {
    List<Entity> people = new ArrayList<>();
    List<Entity> orgs = new ArrayList<>();
    for (Entity e : store.entities()) {
      (e.type() == EntityType.PERSON ? people : orgs).add(e);
    }
    List<String> keys = store.documents().stream().map(StoredDocument::key).distinct().toList();
    if (people.isEmpty() || orgs.isEmpty() || keys.isEmpty()) {
      throw new IllegalStateException("the store has no people, organizations or documents to ask for");
    }
    String[] periods = {"", "?from=2023-01-01&to=2023-12-31", "?from=2024-01-01&to=2024-12-31"};
    List<String[]> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      int r = random.nextInt(100);
      if (r < 30) {
        Entity e = random.nextBoolean() ? people.get(random.nextInt(people.size())) : orgs.get(random.nextInt(orgs.size()));
        String alias = e.aliases().isEmpty() ? e.name() : e.aliases().get(random.nextInt(e.aliases().size()));
        // a whole name, or its first characters as someone typing (a surname alone matches many)
        String q = random.nextInt(3) == 0 ? alias.substring(0, alias.offsetByCodePoints(0,
            Math.min(2, alias.codePointCount(0, alias.length())))) : alias;
        out.add(new String[] {Kind.SEARCH.name(), "/api/search?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8)});
      } else if (r < 60) {
        Entity e = random.nextInt(4) == 0 ? orgs.get(random.nextInt(orgs.size())) : people.get(random.nextInt(people.size()));
        out.add(new String[] {Kind.ENTITY.name(), "/api/entities/" + URLEncoder.encode(e.id(), StandardCharsets.UTF_8)});
      } else if (r < 80) {
        Entity o = orgs.get(random.nextInt(orgs.size()));
        String path = "/api/orgs/" + URLEncoder.encode(o.id(), StandardCharsets.UTF_8);
        out.add(new String[] {Kind.ORGANIZATION.name(), random.nextBoolean()
            ? path + "/departures" + periods[random.nextInt(periods.length)] : path + "/stats?quarters=true"});
      } else {
        String key = keys.get(random.nextInt(keys.size()));
        out.add(new String[] {Kind.DOCUMENT.name(), "/api/documents/" + URLEncoder.encode(key, StandardCharsets.UTF_8)});
      }
    }
    return out;
  }

  /** Sends the requests from {@code clients} threads, each taking the next one; returns what each took. */
  private List<Sample> run(HttpClient http, String baseUrl, List<String[]> mix, AtomicBoolean ingesting, long deadline)
      throws InterruptedException {
    ConcurrentLinkedQueue<Sample> samples = new ConcurrentLinkedQueue<>();
    AtomicInteger next = new AtomicInteger();
    CountDownLatch done = new CountDownLatch(clients);
    for (int c = 0; c < clients; c++) {
      Thread t = new Thread(() -> {
        try {
          for (int i = next.getAndIncrement(); i < mix.size() && System.nanoTime() < deadline; i = next.getAndIncrement()) {
            String[] req = mix.get(i);
            boolean during = ingesting.get();
            long t0 = System.nanoTime();
            boolean ok;
            try {
              HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(URI.create(baseUrl + req[1]))
                  .timeout(Duration.ofSeconds(60)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
              ok = r.statusCode() == 200;
            } catch (IOException e) {
              ok = false;
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
              return;
            }
            samples.add(new Sample(Kind.valueOf(req[0]), System.nanoTime() - t0, ok, during && ingesting.get()));
          }
        } finally {
          done.countDown();
        }
      }, "bench-client-" + c);
      t.setDaemon(true);
      t.start();
    }
    done.await();
    return new ArrayList<>(samples);
  }

  private static int documentsSeen(HttpClient http, String baseUrl) throws IOException, InterruptedException {
    HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(baseUrl + "/api/documents?limit=1")).build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    return Json.MAPPER.readTree(r.body()).get("total").asInt();
  }

  private static double pct(double[] sorted, double p) {
    if (sorted.length == 0) {
      return 0;
    }
    int i = (int) Math.ceil(p / 100 * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
  }

  private static String fmt(double ms) {
    return String.format(Locale.ROOT, "%.1f", ms);
  }
}
