package org.talentflow.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.talentflow.model.SourceDocument;
import org.talentflow.read.DocumentReader;
import org.talentflow.read.ReadProblem;

/**
 * The whole-path benchmark: {@code talentflow ingest} as a user runs it (a new JVM with the launcher's options,
 * start-up, reading, analysis on every core, storing into a new SQLite file) beside a process that runs HanLP's NER
 * segmenter over the same files, timed on the wall clock, round after round in alternating order.
 */
final class IngestBench {
  /** The launcher's default JVM options for ingest, unless TALENTFLOW_JAVA_OPTS says otherwise. */
  static final String DEFAULT_JAVA_OPTS = "-Xmx512m -XX:+UseSerialGC -XX:TieredStopAtLevel=1";

  private final PrintWriter out;
  private final List<String> javaOptions;
  private final Path work;

  IngestBench(PrintWriter out, Path work) {
    this.out = out;
    String opts = System.getenv("TALENTFLOW_JAVA_OPTS");
    List<String> options = new ArrayList<>(
        List.of((opts == null || opts.isBlank() ? DEFAULT_JAVA_OPTS : opts).trim().split("\\s+")));
    // the launcher's class data archive, when it gave one to this JVM: both processes map it, as a user's would
    for (String a : java.lang.management.ManagementFactory.getRuntimeMXBean().getInputArguments()) {
      if (a.startsWith("-XX:SharedArchiveFile=") || a.startsWith("-Xlog:cds")) {
        options.add(a);
      }
    }
    this.javaOptions = List.copyOf(options);
    this.work = work;
  }

  /** Characters and documents of a corpus, read as ingest reads it. */
  record Corpus(long documents, long chars) {}

  static Corpus measure(List<Path> inputs, PrintWriter err) {
    long[] n = new long[2];
    new DocumentReader(DocumentReader.Options.defaults()).read(inputs, new DocumentReader.Sink() {
      @Override
      public void document(SourceDocument doc) {
        n[0]++;
        n[1] += doc.text().length();
      }

      @Override
      public void problem(ReadProblem problem) {
        err.println("talentflow: " + problem);
      }
    });
    return new Corpus(n[0], n[1]);
  }

  /** Wall-clock seconds of {@code rounds} runs of the reference and of ingest, in alternating order. */
  double[][] compare(List<Path> inputs, int rounds, boolean reference) throws IOException, InterruptedException {
    double[] ref = new double[rounds];
    double[] ingest = new double[rounds];
    for (int r = 0; r < rounds; r++) {
      boolean refFirst = r % 2 == 0;
      if (reference && refFirst) {
        ref[r] = time(referenceCommand(inputs), "reference");
      }
      ingest[r] = time(ingestCommand(inputs, work.resolve("round" + r + ".db")), "ingest");
      if (reference && !refFirst) {
        ref[r] = time(referenceCommand(inputs), "reference");
      }
    }
    return new double[][] {ref, ingest};
  }

  /** Seconds of one ingest into a new store. */
  double ingestOnce(List<Path> inputs, String name) throws IOException, InterruptedException {
    return time(ingestCommand(inputs, work.resolve(name + ".db")), "ingest");
  }

  List<String> javaOptions() {
    return javaOptions;
  }

  private List<String> java(String mainClass) {
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.addAll(javaOptions);
    cmd.add("-Dfile.encoding=UTF-8");
    cmd.add("-cp");
    cmd.add(System.getProperty("java.class.path"));
    cmd.add(mainClass);
    return cmd;
  }

  private List<String> referenceCommand(List<Path> inputs) {
    List<String> cmd = java(HanlpReference.class.getName());
    inputs.forEach(p -> cmd.add(p.toString()));
    return cmd;
  }

  private List<String> ingestCommand(List<Path> inputs, Path db) {
    return ingestCommand(inputs, db, List.of());
  }

  private List<String> ingestCommand(List<Path> inputs, Path db, List<String> options) {
    List<String> cmd = java(Main.class.getName());
    cmd.addAll(Arrays.asList("ingest", "-q", "--db", db.toString()));
    cmd.addAll(options);
    inputs.forEach(p -> cmd.add(p.toString()));
    return cmd;
  }

  /**
   * Starts {@code talentflow ingest} of the inputs into an existing store, as a user would beside a running
   * workspace, and returns at once; its output goes to {@code log}.
   */
  Process startIngest(List<Path> inputs, Path db, List<String> options, Path log) throws IOException {
    return new ProcessBuilder(ingestCommand(inputs, db, options)).redirectErrorStream(true)
        .redirectOutput(log.toFile()).start();
  }

  /** The last lines a process wrote to its log, for a failure's message. */
  static String tail(Path log) throws IOException {
    return String.join("\n", lastLines(log, 5));
  }

  private double time(List<String> cmd, String what) throws IOException, InterruptedException {
    Path log = work.resolve(what + ".log");
    long t0 = System.nanoTime();
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    if (!p.waitFor(2, TimeUnit.HOURS)) {
      p.destroyForcibly();
      throw new IllegalStateException(what + " process did not finish in two hours");
    }
    double seconds = (System.nanoTime() - t0) / 1e9;
    if (p.exitValue() != 0) {
      String tail = tail(log);
      throw new IllegalStateException(what + " process failed (exit " + p.exitValue() + "): " + tail);
    }
    return seconds;
  }

  private static List<String> lastLines(Path f, int n) throws IOException {
    List<String> all = Files.readAllLines(f, StandardCharsets.UTF_8);
    return all.subList(Math.max(0, all.size() - n), all.size());
  }

  static String rate(long chars, double seconds) {
    double v = chars / seconds;
    return v >= 1e6 ? String.format(Locale.ROOT, "%.2fM", v / 1e6) : String.format(Locale.ROOT, "%.0fk", v / 1e3);
  }

  static String secs(double s) {
    return String.format(Locale.ROOT, "%.2f s", s);
  }
}
