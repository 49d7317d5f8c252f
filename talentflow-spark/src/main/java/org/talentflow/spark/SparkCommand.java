package org.talentflow.spark;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.talentflow.read.PublicationDates;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "talentflow spark", mixinStandardHelpOptions = true, version = "talentflow 0.1.0",
    description = {"Runs ingest's pipeline as an Apache Spark job: reads files, folders and JSON lines from any "
        + "Hadoop path (local, HDFS, S3A), analyses documents in parallel, resolves entities across the corpus with "
        + "the ids ingest gives them, and writes events, entities, mentions and documents under DIR as Parquet and "
        + "as JSON lines (events/json/ holds the lines of events --json).",
        "A bad file or line is counted, listed in DIR/errors/ and skipped; the exit code is then 1. What ingest would "
            + "warn about is listed in DIR/warnings/."})
final class SparkCommand implements Callable<Integer> {
  static final int PARTIAL_FAILURE = 1;
  static final int FAILURE = 3;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files, folders or globs, on any Hadoop file system.")
  List<String> paths;

  @Option(names = "--out", required = true, paramLabel = "DIR", description = "Where to write the tables (new or empty).")
  String out;

  @Option(names = "--overwrite", description = "Replace DIR if it holds files.")
  boolean overwrite;

  @Option(names = "--master", paramLabel = "URL",
      description = "Spark master, e.g. local[2] (default: spark-submit's, else local[*]: this machine's cores).")
  String master;

  @Option(names = "--db", paramLabel = "URL",
      description = "Also load the tables into this store (empty): jdbc:postgresql://HOST/DB, or a SQLite file.")
  String db;

  @Option(names = "--partitions", paramLabel = "N", defaultValue = "0",
      description = "Partitions documents are analysed in (default: four per core).")
  int partitions;

  @Option(names = "--published", paramLabel = "YYYY-MM-DD",
      description = "Publication date for files that carry none (as ingest's).")
  String published;

  @Option(names = "--dates", paramLabel = "TSV",
      description = "A local TSV with 'file' (or 'doc') and 'published' columns (as ingest's).")
  Path dates;

  @Option(names = "--max-doc-size", paramLabel = "MB", defaultValue = "8",
      description = "Largest single document in MB (default: ${DEFAULT-VALUE}).")
  double maxDocMb;

  @Option(names = "--pack", paramLabel = "DIR",
      description = "A folder of your own knowledge pack files, readable at this path on every executor.")
  String userPack;

  @Option(names = "--no-pack", description = "Do not use the pack's entity list (titles and triggers stay).")
  boolean noPack;

  @Option(names = {"-q", "--quiet"}, description = "No summary.")
  boolean quiet;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /** The command line with UTF-8 output and the project's error handling: one line, exit code 3. */
  static CommandLine commandLine() {
    CommandLine cl = new CommandLine(new SparkCommand());
    cl.setOut(new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true));
    cl.setErr(new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true));
    cl.setExecutionExceptionHandler((ex, cmd, parsed) -> {
      cmd.getErr().println("talentflow: " + message(ex));
      return FAILURE;
    });
    return cl;
  }

  private static String message(Throwable ex) {
    Throwable t = ex;
    while (t.getMessage() == null && t.getCause() != null) {
      t = t.getCause();
    }
    return t.getMessage() == null ? t.toString() : t.getMessage();
  }

  @Override
  public Integer call() throws IOException {
    PrintWriter stdout = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (maxDocMb <= 0) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--max-doc-size must be positive: " + maxDocMb);
    }
    if (partitions < 0) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "--partitions must be 0 (four per core) or more: " + partitions);
    }
    if (published != null) {
      parseDate(published, "--published");
    }
    Map<String, String> byName = dates == null ? Map.of() : readDates(dates);
    if (userPack != null && !Files.isDirectory(Path.of(userPack))) {
      // read again by each executor, at the same path
      throw new CommandLine.ParameterException(spec.commandLine(), "--pack: no such folder " + userPack);
    }
    TalentflowJob.Options options = new TalentflowJob.Options(paths, out, overwrite, db, partitions,
        new Reading.ReaderSettings((long) (maxDocMb * 1048576), published, byName), new PackChoice(userPack, noPack));
    // the store is checked before DIR is replaced: a refused load leaves DIR as it was
    if (db != null) {
      try {
        JdbcLoad.prepare(db);
      } catch (JdbcLoad.StoreNotEmptyException e) {
        err.println("talentflow: " + e.getMessage());
        return FAILURE;
      }
    }
    boolean ours = SparkSession.getDefaultSession().isEmpty();
    try {
      TalentflowJob.prepareOut(ours ? new org.apache.hadoop.conf.Configuration()
          : SparkSession.getDefaultSession().get().sparkContext().hadoopConfiguration(), options);
    } catch (TalentflowJob.OutputExistsException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--out: " + e.getMessage());
    }
    SparkSession spark = session();
    TalentflowJob.Summary s;
    try {
      s = TalentflowJob.run(spark, options);
    } finally {
      if (ours) {
        spark.stop();
      }
    }
    for (String w : s.someWarnings()) {
      err.println("talentflow: " + w);
    }
    if (s.warnings() > s.someWarnings().size()) {
      err.printf(Locale.ROOT, "talentflow: ... and %d more warnings, listed in %s/warnings/%n",
          s.warnings() - s.someWarnings().size(), out);
    }
    for (String p : s.someProblems()) {
      err.println("talentflow: " + p);
    }
    if (s.problems() > s.someProblems().size()) {
      err.printf(Locale.ROOT, "talentflow: ... and %d more, listed in %s/errors/%n",
          s.problems() - s.someProblems().size(), out);
    }
    if (!quiet) {
      stdout.printf(Locale.ROOT, "analysed %d documents with Spark: %d stored (%d new versions), %d unchanged "
              + "copies; %d events, %d entities; wrote %s%s%n",
          s.analysed(), s.stored(), s.newVersions(), s.analysed() - s.stored(), s.events(), s.entities(), out,
          db == null ? "" : " and loaded " + JdbcLoad.display(db));
    }
    if (s.problems() > 0) {
      err.printf(Locale.ROOT, "talentflow: %d input%s failed (listed in %s/errors/); everything else was written%n",
          s.problems(), s.problems() == 1 ? "" : "s", out);
      return PARTIAL_FAILURE;
    }
    return 0;
  }

  /**
   * The session: one already running in this JVM (a test's), else spark-submit's master, else one on this machine
   * (or --master) with no web UI, bound to the loopback address.
   */
  private SparkSession session() {
    SparkConf conf = new SparkConf().setAppName("talentflow");
    if (master != null) {
      conf.setMaster(master);
    } else if (!conf.contains("spark.master")) {
      conf.setMaster("local[*]");
    }
    if (conf.get("spark.master").startsWith("local")) {
      local(conf);
    }
    return SparkSession.builder().config(conf).getOrCreate();
  }

  /** Settings for a session on this machine. */
  static SparkConf local(SparkConf conf) {
    return conf.setIfMissing("spark.ui.enabled", "false")
        .setIfMissing("spark.driver.host", "127.0.0.1")
        .setIfMissing("spark.driver.bindAddress", "127.0.0.1")
        .setIfMissing("spark.sql.shuffle.partitions", "8");
  }

  private LocalDate parseDate(String value, String flag) {
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          flag + " expects a date like 2024-09-27, not '" + value + "'");
    }
  }

  /** As ingest's --dates: file (or doc) name to ISO date, also without the extension. */
  private Map<String, String> readDates(Path file) {
    Map<String, String> out = new HashMap<>();
    try {
      PublicationDates.readTable(file).forEach((name, date) -> out.put(name, date.toString()));
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--dates: " + e.getMessage());
    }
    return out;
  }

}
