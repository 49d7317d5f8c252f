package org.talentflow.cli;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.Segment;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.talentflow.Pipeline;
import org.talentflow.event.TimeMention;
import org.talentflow.mention.Mentions;
import org.talentflow.model.SourceDocument;
import org.talentflow.read.DocumentReader;
import org.talentflow.read.ReadProblem;
import org.talentflow.resolve.DocumentResolver;
import org.talentflow.text.MappedText;
import org.talentflow.text.Sentence;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "bench", mixinStandardHelpOptions = true,
    description = "Measures extraction throughput per stage, in characters of original text per second, on one "
        + "thread, after warm-up, over several rounds; HanLP's own NER segmenter runs on the same texts as the "
        + "reference. With --ingest, measures instead the whole path a user waits for: 'talentflow ingest' as a "
        + "process (start-up, reading, analysis on every core, storing into a new SQLite file) beside a process that "
        + "runs HanLP's NER segmenter over the same files, on the wall clock. With --synthetic, the ingest of "
        + "corpora of those sizes made from the samples. Default corpus: the project's sample corpus.")
final class BenchCommand implements Callable<Integer> {
  @Parameters(arity = "0..*", paramLabel = "PATH", description = "Corpus files or folders (default: samples/).")
  List<Path> paths = new ArrayList<>();

  @Option(names = "--rounds", defaultValue = "5", description = "Measured rounds (default: ${DEFAULT-VALUE}).")
  int rounds;

  @Option(names = "--warmup", defaultValue = "3", description = "Warm-up rounds (default: ${DEFAULT-VALUE}).")
  int warmup;

  @Option(names = "--min-chars", defaultValue = "1000000",
      description = "Repeat the corpus within a round until this many characters (default: ${DEFAULT-VALUE}).")
  long minChars;

  @Option(names = "--no-reference", description = "Skip the HanLP reference measurement.")
  boolean noReference;

  @Option(names = "--all-references",
      description = "Also measure HanLP's other configurations (plain, all NER, NShort with all NER).")
  boolean allReferences;

  @Option(names = "--ingest",
      description = "Time whole processes: ingest of the corpus beside HanLP's NER segmenter over the same files.")
  boolean ingest;

  @Option(names = "--synthetic", split = ",", paramLabel = "N",
      description = "With --ingest: time ingests of corpora of N documents made from the corpus (e.g. 1000,10000,50000).")
  List<Integer> synthetic = new ArrayList<>();

  @Mixin PackOptions pack;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  private static final String[] STAGES = {"clean", "normalize", "sentences", "times", "mentions", "resolve+frames+events"};
  private static final int MENTIONS = 4;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    if (rounds < 1 || warmup < 0 || minChars < 1) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--rounds must be >= 1, --warmup >= 0, --min-chars >= 1");
    }
    if (paths.isEmpty()) {
      String home = System.getenv("TALENTFLOW_HOME");
      Path samples = Path.of(home == null ? "." : home, "samples");
      if (!Files.isDirectory(samples)) {
        throw new CommandLine.ParameterException(spec.commandLine(), "no corpus given and no samples/ folder at " + samples);
      }
      paths = List.of(samples);
    }
    if (!synthetic.isEmpty() && !ingest) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--synthetic goes with --ingest");
    }
    if (ingest) {
      return benchIngest(out);
    }
    DocumentReader.Collected corpus = new DocumentReader(DocumentReader.Options.defaults()).readAll(paths);
    List<SourceDocument> docs = corpus.documents();
    List<ReadProblem> problems = corpus.problems();
    problems.forEach(p -> spec.commandLine().getErr().println("talentflow: " + p));
    if (docs.isEmpty()) {
      spec.commandLine().getErr().println("talentflow: bench: no documents to measure");
      return TalentflowCommand.FAILURE;
    }
    long corpusChars = docs.stream().mapToLong(d -> d.text().length()).sum();
    int repeat = (int) Math.max(1, (minChars + corpusChars - 1) / corpusChars);
    Pipeline pipeline = Pipeline.withHanlp(pack.load());
    out.printf(Locale.ROOT, "corpus: %d documents, %d chars, x%d per round = %d chars; %d warm-up + %d rounds, 1 thread%n",
        docs.size(), corpusChars, repeat, corpusChars * repeat, warmup, rounds);
    out.flush();

    Map<String, double[]> rates = new LinkedHashMap<>();
    for (String s : STAGES) {
      rates.put(s, new double[rounds]);
    }
    double[] total = new double[rounds];
    double[] entityStage = new double[rounds];
    // the whole analysis by language of the document (Chinese, English): the pipeline row of each
    boolean[] english = new boolean[docs.size()];
    long[] langChars = new long[2];
    for (int i = 0; i < docs.size(); i++) {
      english[i] = Pipeline.isEnglish(docs.get(i).text());
      langChars[english[i] ? 1 : 0] += docs.get(i).text().length();
    }
    double[][] byLanguage = new double[2][rounds];
    for (int r = -warmup; r < rounds; r++) {
      long[] nanos = new long[STAGES.length];
      long[] extra = new long[2]; // the resolution alone; the whole analysis
      long[] langNanos = new long[2];
      for (int k = 0; k < repeat; k++) {
        for (int i = 0; i < docs.size(); i++) {
          long before = extra[1];
          runStages(pipeline, docs.get(i), nanos, extra);
          langNanos[english[i] ? 1 : 0] += extra[1] - before;
        }
      }
      if (r >= 0) {
        for (int s = 0; s < STAGES.length; s++) {
          rates.get(STAGES[s])[r] = perSecond(corpusChars * repeat, nanos[s]);
        }
        total[r] = perSecond(corpusChars * repeat, extra[1]);
        entityStage[r] = perSecond(corpusChars * repeat, nanos[MENTIONS] + extra[0]);
        for (int g = 0; g < 2; g++) {
          byLanguage[g][r] = langChars[g] == 0 ? 0 : perSecond(langChars[g] * repeat, langNanos[g]);
        }
      }
    }
    Table t = new Table("STAGE", "CHARS/S (median)", "MIN", "MAX");
    rates.forEach((stage, v) -> t.add(stage, fmt(median(v)), fmt(min(v)), fmt(max(v))));
    t.add("entities (mentions + resolve)", fmt(median(entityStage)), fmt(min(entityStage)), fmt(max(entityStage)));
    t.add("pipeline (read text -> events)", fmt(median(total)), fmt(min(total)), fmt(max(total)));
    String[] languages = {"Chinese", "English"};
    for (int g = 0; g < 2; g++) {
      if (langChars[g] > 0 && langChars[g] < corpusChars) {
        double[] v = byLanguage[g];
        t.add("  pipeline on " + languages[g] + " documents (" + langChars[g] + " chars)", fmt(median(v)), fmt(min(v)),
            fmt(max(v)));
      }
    }
    if (!noReference) {
      double[] ref = reference(docs, repeat, HanLP.newSegment().enableNameRecognize(true)
          .enableTranslatedNameRecognize(true).enableOrganizationRecognize(true));
      t.add("reference: HanLP 1.8.6 NER segment", fmt(median(ref)), fmt(min(ref)), fmt(max(ref)));
    }
    if (allReferences) {
      Map<String, Segment> others = new LinkedHashMap<>();
      others.put("reference: HanLP plain segment", HanLP.newSegment());
      others.put("reference: HanLP all-NER segment", HanLP.newSegment().enableAllNamedEntityRecognize(true));
      others.put("reference: HanLP NShort all-NER", HanLP.newSegment("nshort").enableAllNamedEntityRecognize(true));
      others.forEach((name, seg) -> {
        double[] ref = reference(docs, repeat, seg);
        t.add(name, fmt(median(ref)), fmt(min(ref)), fmt(max(ref)));
      });
    }
    t.print(out);
    out.printf(Locale.ROOT, "heap used after run: %d MB (max %d MB)%n",
        (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) >> 20, Runtime.getRuntime().maxMemory() >> 20);
    out.flush();
    return 0;
  }

  private int benchIngest(PrintWriter out) {
    PrintWriter err = spec.commandLine().getErr();
    for (int n : synthetic) {
      if (n < 1) {
        throw new CommandLine.ParameterException(spec.commandLine(), "--synthetic sizes must be positive: " + n);
      }
    }
    Path work;
    try {
      work = Files.createTempDirectory("talentflow-bench");
    } catch (java.io.IOException e) {
      throw new IllegalStateException("cannot make a temporary folder: " + e.getMessage(), e);
    }
    try {
      IngestBench bench = new IngestBench(out, work);
      out.printf(Locale.ROOT, "whole processes on the wall clock (start-up included), JVM options: %s; %d cores%n",
          String.join(" ", bench.javaOptions()), Runtime.getRuntime().availableProcessors());
      out.flush();
      if (synthetic.isEmpty()) {
        IngestBench.Corpus c = IngestBench.measure(paths, err);
        out.printf(Locale.ROOT, "corpus: %d documents, %d chars; %d rounds, the two processes in turn%n",
            c.documents(), c.chars(), rounds);
        out.flush();
        double[][] t = bench.compare(paths, rounds, !noReference);
        Table table = new Table("PROCESS", "TIME (median)", "MIN", "MAX", "CHARS/S (median)");
        if (!noReference) {
          table.add("reference: HanLP 1.8.6 NER segmenter process", IngestBench.secs(median(t[0])),
              IngestBench.secs(min(t[0])), IngestBench.secs(max(t[0])), IngestBench.rate(c.chars(), median(t[0])));
        }
        table.add("talentflow ingest (read -> store)", IngestBench.secs(median(t[1])), IngestBench.secs(min(t[1])),
            IngestBench.secs(max(t[1])), IngestBench.rate(c.chars(), median(t[1])));
        table.print(out);
        if (!noReference) {
          out.printf(Locale.ROOT, "ingest is %.2fx the reference (median of %d rounds)%n",
              median(t[0]) / median(t[1]), rounds);
        }
      } else {
        List<SourceDocument> samples = new DocumentReader(DocumentReader.Options.defaults()).readAll(paths).documents();
        Table table = new Table("DOCUMENTS", "CHARS", "TIME (median)", "DOCS/S", "MS PER DOC", "MS PER DOC ADDED");
        double previousTime = 0;
        int previousN = 0;
        for (int n : synthetic) {
          Path file = work.resolve("synthetic-" + n + ".jsonl");
          SyntheticCorpus.write(samples, n, file);
          IngestBench.Corpus c = IngestBench.measure(List.of(file), err);
          double[] t = new double[rounds];
          for (int r = 0; r < rounds; r++) {
            t[r] = bench.ingestOnce(List.of(file), "synthetic-" + n + "-" + r);
          }
          double perDoc = median(t) * 1000 / n;
          // the cost of the documents a size adds to the one before: constant when ingest is linear in the corpus
          // (the first size also pays the start-up)
          String added = previousN == 0 || n <= previousN ? "-" : String.format(Locale.ROOT, "%.3f",
              (median(t) - previousTime) * 1000 / (n - previousN));
          previousTime = median(t);
          previousN = n;
          table.add(n, c.chars(), IngestBench.secs(median(t)), String.format(Locale.ROOT, "%.0f", n / median(t)),
              String.format(Locale.ROOT, "%.3f", perDoc), added);
          Files.deleteIfExists(file);
        }
        table.print(out);
      }
      return 0;
    } catch (java.io.IOException e) {
      throw new IllegalStateException("bench --ingest: " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("bench --ingest interrupted", e);
    } finally {
      deleteTree(work);
    }
  }

  private static void deleteTree(Path dir) {
    try (java.util.stream.Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException("cannot remove " + dir, e);
    }
  }

  /**
   * Times each stage on its own, then the whole analysis on its own: the pipeline row is the analysis alone (the
   * stages timed before it are not counted again), and the last stage row is the analysis less the stages before it.
   * The resolution is timed apart on the mentions the analysis settled, for the entities row.
   */
  private static void runStages(Pipeline p, SourceDocument d, long[] nanos, long[] extra) {
    long a = System.nanoTime();
    MappedText cleaned = p.clean(d.text());
    long b = System.nanoTime();
    MappedText text = p.normalize(cleaned);
    long c = System.nanoTime();
    List<Sentence> sentences = p.sentences(text);
    long e = System.nanoTime();
    List<TimeMention> times = p.times(text, d);
    long f = System.nanoTime();
    p.mentions(text, sentences, times);
    long g = System.nanoTime();
    Pipeline.Analysis analysis = p.analyzeFully(d);
    long h = System.nanoTime();
    p.resolve(analysis.mentions());
    long i = System.nanoTime();
    long[] marks = {a, b, c, e, f, g, h - (g - a)};
    for (int s = 0; s < nanos.length; s++) {
      nanos[s] += Math.max(0, marks[s + 1] - marks[s]);
    }
    extra[0] += i - h;
    extra[1] += h - g;
  }

  /**
   * A HanLP segmenter on the raw texts; the reference is the Viterbi segmenter with person, translated-name and
   * organization recognition.
   */
  private double[] reference(List<SourceDocument> docs, int repeat, Segment seg) {
    long chars = docs.stream().mapToLong(d -> d.text().length()).sum() * repeat;
    double[] out = new double[rounds];
    for (int r = -warmup; r < rounds; r++) {
      long t0 = System.nanoTime();
      for (int k = 0; k < repeat; k++) {
        for (SourceDocument d : docs) {
          seg.seg(d.text());
        }
      }
      if (r >= 0) {
        out[r] = perSecond(chars, System.nanoTime() - t0);
      }
    }
    return out;
  }

  private static double perSecond(long chars, long nanos) {
    return nanos <= 0 ? Double.POSITIVE_INFINITY : chars / (nanos / 1e9);
  }

  private static String fmt(double v) {
    if (v >= 1e6) {
      return String.format(Locale.ROOT, "%.2fM", v / 1e6);
    }
    return String.format(Locale.ROOT, "%.0fk", v / 1e3);
  }

  private static double median(double[] v) {
    double[] s = v.clone();
    Arrays.sort(s);
    return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
  }

  private static double min(double[] v) {
    return Arrays.stream(v).min().orElse(0);
  }

  private static double max(double[] v) {
    return Arrays.stream(v).max().orElse(0);
  }
}
