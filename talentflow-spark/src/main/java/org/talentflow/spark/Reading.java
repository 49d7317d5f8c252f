package org.talentflow.spark;

import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.io.LongWritable;
import org.apache.hadoop.io.Text;
import org.apache.hadoop.mapreduce.InputSplit;
import org.apache.hadoop.mapreduce.Job;
import org.apache.hadoop.mapreduce.JobContext;
import org.apache.hadoop.mapreduce.lib.input.FileInputFormat;
import org.apache.hadoop.mapreduce.lib.input.FileSplit;
import org.apache.hadoop.mapreduce.lib.input.TextInputFormat;
import org.apache.spark.api.java.JavaNewHadoopRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.talentflow.model.SourceDocument;
import org.talentflow.read.DocumentReader;
import org.talentflow.read.ReadException;
import org.talentflow.read.ReadProblem;
import scala.Tuple2;

/**
 * Reads the listed files on the executors with the project's own reader: text, HTML and JSON files one file per
 * record ({@link DocumentReader#readFile}); JSON-lines files have their charset found once per file on an executor
 * ({@link DocumentReader#jsonLinesCharset}, as {@code ingest} finds it for the whole file), are then split between
 * lines by Hadoop, and each line is read with {@link DocumentReader#readLine} in that charset and numbered as
 * {@code ingest} numbers it. Problems and warnings are items in reading order, as {@code ingest} reports them.
 */
final class Reading {
  private Reading() {}

  /** How to read: what {@code ingest}'s --max-doc-size, --published and --dates say. Serializable. */
  record ReaderSettings(long maxDocumentBytes, String published, Map<String, String> publishedByName)
      implements Serializable {
    ReaderSettings {
      publishedByName = Map.copyOf(publishedByName);
    }

    DocumentReader reader() {
      Map<String, LocalDate> byName = new HashMap<>();
      publishedByName.forEach((k, v) -> byName.put(k, LocalDate.parse(v)));
      return new DocumentReader(new DocumentReader.Options(maxDocumentBytes,
          published == null ? null : LocalDate.parse(published), byName));
    }
  }

  static JavaRDD<Item> read(JavaSparkContext sc, List<Inputs.InputFile> files, ReaderSettings settings)
      throws IOException {
    List<Inputs.InputFile> whole = new ArrayList<>();
    List<Inputs.InputFile> lines = new ArrayList<>();
    for (Inputs.InputFile f : files) {
      (f.byLine() ? lines : whole).add(f);
    }
    Broadcast<HadoopConf> conf = sc.broadcast(new HadoopConf(sc.hadoopConfiguration()));
    JavaRDD<Item> out = sc.emptyRDD();
    if (!whole.isEmpty()) {
      int slices = Math.max(1, Math.min(whole.size(), sc.defaultParallelism() * 4));
      out = out.union(sc.parallelize(whole, slices).flatMap(f -> wholeFile(f, settings, conf.value().get()).iterator()));
    }
    if (!lines.isEmpty()) {
      out = out.union(jsonLines(sc, lines, settings, conf));
    }
    return out;
  }

  private static List<Item> wholeFile(Inputs.InputFile f, ReaderSettings settings, Configuration conf) {
    List<Item> out = new ArrayList<>();
    Path path = new Path(f.uri());
    settings.reader().readFile(f.path(), f.size(), () -> path.getFileSystem(conf).open(path), new DocumentReader.Sink() {
      @Override
      public void document(SourceDocument d) {
        out.add(doc(f.ordinal(), 0, out.size(), d));
      }

      @Override
      public void problem(ReadProblem p) {
        out.add(new Item.Problem(f.ordinal(), 0, out.size(), p.source(), p.message()));
      }

      @Override
      public void warning(ReadProblem w) {
        out.add(new Item.Warning(f.ordinal(), 0, out.size(), 0, w.source(), w.message()));
      }
    });
    return out;
  }

  /** A JSON-lines file's charset, or why its lines cannot be read. */
  record LinesCharset(String uri, String name, String problem) implements Serializable {}

  private static LinesCharset charsetOf(String uri, Configuration conf) {
    Path path = new Path(uri);
    try {
      return new LinesCharset(uri, DocumentReader.jsonLinesCharset(() -> path.getFileSystem(conf).open(path)).name(), null);
    } catch (ReadException e) {
      return new LinesCharset(uri, null, e.getMessage());
    } catch (IOException e) {
      return new LinesCharset(uri, null, "cannot read: " + e.getMessage());
    }
  }

  static Item.Doc doc(int file, long split, long line, SourceDocument d) {
    return new Item.Doc(file, split, line, d.key(), d.source(), d.url(), d.title(),
        d.published() == null ? null : d.published().toString(), d.text());
  }

  /**
   * JSON-lines files split by Hadoop between lines. A line's number is the lines of the file's earlier splits plus
   * its place in its own; the earlier splits are counted first, only for files read in more than one split. A file
   * listed twice is read once and its lines delivered for each listing.
   */
  private static JavaRDD<Item> jsonLines(JavaSparkContext sc, List<Inputs.InputFile> files, ReaderSettings settings,
      Broadcast<HadoopConf> conf) throws IOException {
    Map<String, List<Inputs.InputFile>> byUri = new java.util.LinkedHashMap<>();
    for (Inputs.InputFile f : files) {
      byUri.computeIfAbsent(f.uri(), k -> new ArrayList<>()).add(f);
    }
    List<String> uris = new ArrayList<>(byUri.keySet());
    Map<String, String> charsets = new HashMap<>();
    List<Item> refused = new ArrayList<>();
    for (LinesCharset c : sc.parallelize(uris, Math.max(1, Math.min(uris.size(), sc.defaultParallelism() * 4)))
        .map(uri -> charsetOf(uri, conf.value().get())).collect()) {
      if (c.problem() == null) {
        charsets.put(c.uri(), c.name());
      } else {
        for (Inputs.InputFile f : byUri.remove(c.uri())) {
          refused.add(new Item.Problem(f.ordinal(), 0, 0, f.path(), c.problem()));
        }
      }
    }
    JavaRDD<Item> out = sc.parallelize(refused, 1);
    if (byUri.isEmpty()) {
      return out;
    }
    List<List<Inputs.InputFile>> distinct = new ArrayList<>(byUri.values());
    Job job = Job.getInstance(sc.hadoopConfiguration());
    job.getConfiguration().set("textinputformat.record.delimiter", "\n"); // lines end at \n only, as ingest reads them
    Path[] paths = new Path[distinct.size()];
    for (int i = 0; i < paths.length; i++) {
      paths[i] = new Path(distinct.get(i).get(0).uri());
    }
    FileInputFormat.setInputPaths(job, paths);
    List<InputSplit> splits = new ListedFiles().getSplits(job);
    // splits come file by file, each file's in order of offset
    int[] fileOfSplit = new int[splits.size()];
    Map<String, Integer> splitIndex = new HashMap<>();
    int next = -1;
    boolean anySplitFile = false;
    for (int i = 0; i < splits.size(); i++) {
      FileSplit s = (FileSplit) splits.get(i);
      if (s.getStart() == 0) {
        next++;
      } else {
        anySplitFile = true;
      }
      fileOfSplit[i] = next;
      splitIndex.put(splitName(s), i);
    }
    @SuppressWarnings("unchecked")
    JavaNewHadoopRDD<LongWritable, Text> rdd = (JavaNewHadoopRDD<LongWritable, Text>) sc.newAPIHadoopRDD(
        job.getConfiguration(), ListedFiles.class, LongWritable.class, Text.class);
    Broadcast<Map<String, Integer>> indexOf = sc.broadcast(splitIndex);
    long[] firstLine = new long[splits.size()];
    java.util.Arrays.fill(firstLine, 1);
    if (anySplitFile) {
      java.util.Set<Integer> counted = new java.util.HashSet<>();
      for (int i = 0; i + 1 < splits.size(); i++) {
        if (fileOfSplit[i] == fileOfSplit[i + 1]) {
          counted.add(i);
        }
      }
      Broadcast<java.util.Set<Integer>> count = sc.broadcast(counted);
      List<Tuple2<Integer, Long>> counts = rdd.mapPartitionsWithInputSplit((split, it) -> {
        int i = indexOf.value().get(splitName((FileSplit) split));
        if (!count.value().contains(i)) {
          return java.util.Collections.<Tuple2<Integer, Long>>emptyIterator();
        }
        long n = 0;
        while (it.hasNext()) {
          it.next();
          n++;
        }
        return List.of(new Tuple2<>(i, n)).iterator();
      }, true).collect();
      long[] perSplit = new long[splits.size()];
      for (Tuple2<Integer, Long> c : counts) {
        perSplit[c._1()] = c._2();
      }
      for (int i = 1; i < splits.size(); i++) {
        if (fileOfSplit[i] == fileOfSplit[i - 1]) {
          firstLine[i] = firstLine[i - 1] + perSplit[i - 1];
        }
      }
    }
    Broadcast<long[]> first = sc.broadcast(firstLine);
    Broadcast<int[]> fileOf = sc.broadcast(fileOfSplit);
    Broadcast<Map<String, String>> charsetOf = sc.broadcast(charsets);
    return out.union(rdd.mapPartitionsWithInputSplit((split, it) -> {
      FileSplit s = (FileSplit) split;
      int i = indexOf.value().get(splitName(s));
      List<Inputs.InputFile> listings = distinct.get(fileOf.value()[i]);
      java.nio.charset.Charset charset = java.nio.charset.Charset.forName(charsetOf.value().get(listings.get(0).uri()));
      return lines(it, listings, s.getStart(), first.value()[i], charset, settings.reader());
    }, true));
  }

  private static String splitName(FileSplit s) {
    return s.getPath() + "@" + s.getStart();
  }

  /** The lines of one split as items, once for each listing of the file (a file given twice is read twice). */
  private static Iterator<Item> lines(Iterator<Tuple2<LongWritable, Text>> it, List<Inputs.InputFile> listings,
      long split, long firstLine, java.nio.charset.Charset charset, DocumentReader reader) {
    return new Iterator<>() {
      final java.util.ArrayDeque<Item> pending = new java.util.ArrayDeque<>();
      long index = -1;
      Item next = advance();

      private Item advance() {
        while (pending.isEmpty() && it.hasNext()) {
          byte[] line = it.next()._2().copyBytes();
          index++;
          long lineNo = firstLine + index;
          long at = index;
          for (Inputs.InputFile f : listings) {
            reader.readLine(f.path(), lineNo, line, charset, new DocumentReader.Sink() {
              private int part;

              @Override
              public void document(SourceDocument d) {
                pending.add(doc(f.ordinal(), split, at, d));
              }

              @Override
              public void problem(ReadProblem p) {
                pending.add(new Item.Problem(f.ordinal(), split, at, p.source(), p.message()));
              }

              @Override
              public void warning(ReadProblem w) {
                pending.add(new Item.Warning(f.ordinal(), split, at, part++, w.source(), w.message()));
              }
            });
          }
        }
        return pending.poll();
      }

      @Override
      public boolean hasNext() {
        return next != null;
      }

      @Override
      public Item next() {
        Item out = next;
        if (out == null) {
          throw new java.util.NoSuchElementException();
        }
        next = advance();
        return out;
      }
    };
  }

  /**
   * Hadoop's line reader over exactly the input paths, which are files (no hidden-name filter; a file listed twice is
   * read twice), split as Hadoop splits them.
   */
  public static final class ListedFiles extends TextInputFormat {
    @Override
    protected List<FileStatus> listStatus(JobContext job) throws IOException {
      List<FileStatus> out = new ArrayList<>();
      for (Path p : FileInputFormat.getInputPaths(job)) {
        out.add(p.getFileSystem(job.getConfiguration()).getFileStatus(p));
      }
      return out;
    }
  }

  /** A Hadoop configuration that can be shipped to executors. */
  static final class HadoopConf implements Serializable {
    private static final long serialVersionUID = 1L;
    private transient Configuration conf;

    HadoopConf(Configuration conf) {
      this.conf = conf;
    }

    Configuration get() {
      return conf;
    }

    private void writeObject(ObjectOutputStream out) throws IOException {
      out.defaultWriteObject();
      conf.write(out);
    }

    private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
      in.defaultReadObject();
      conf = new Configuration(false);
      conf.readFields(in);
    }
  }
}
