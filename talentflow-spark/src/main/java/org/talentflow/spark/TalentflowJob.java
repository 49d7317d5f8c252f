package org.talentflow.spark;

import java.io.IOException;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.HashPartitioner;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import scala.Tuple2;

/**
 * The job: read (executors, the project's reader), analyse (executors, the pipeline built once per JVM), keep each
 * text once and number versions as the store does, resolve entities across documents ({@link Resolution}), and
 * write the tables under DIR as Parquet and JSON lines ({@link Outputs}), loading them into a store when asked.
 */
final class TalentflowJob {
  private TalentflowJob() {}

  /**
   * What one run reads, how, and where it writes.
   *
   * @param partitions how many partitions documents are analysed in (0: four per core of the cluster)
   * @param db a store to load into (empty; JDBC URL or SQLite path), or null
   */
  record Options(List<String> inputs, String out, boolean overwrite, String db, int partitions,
      Reading.ReaderSettings reader, PackChoice pack) implements Serializable {
    Options {
      inputs = List.copyOf(inputs);
    }
  }

  /** What a run did; {@code someProblems} and {@code someWarnings} are the first ones in reading order. */
  record Summary(long analysed, long stored, long newVersions, long events, long entities, long problems,
      List<String> someProblems, long warnings, List<String> someWarnings) {}

  /** A stored document: the first copy of its text in reading order, with its version under its key. */
  record Stored(Item.Analyzed doc, int version, boolean latest) implements Serializable {}

  /**
   * A stored document's mentions and events with the store's entity ids ({@code mentionIds}, and {@code eventIds}:
   * person, organization, other organization per event, null when absent); the text stays behind in the stored
   * document.
   */
  record Resolved(String hash, String key, int version, boolean latest, List<Item.Mention> mentions,
      List<Item.Event> events, List<String> mentionIds, List<String[]> eventIds) implements Serializable {}

  static final int PROBLEMS_SHOWN = 20;

  static Summary run(SparkSession spark, Options o) throws IOException {
    JavaSparkContext sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    String ingestedAt = Instant.now().toString();
    Inputs.Listing listing = Inputs.list(o.inputs(), sc.hadoopConfiguration());
    int partitions = o.partitions() > 0 ? o.partitions() : sc.defaultParallelism() * 4;
    PackChoice pack = o.pack();
    // partitioned by the text's hash from here on: copies of a text meet, and the stages that join documents with
    // what is computed about them (versions, entity ids) find them in place instead of shuffling texts again
    HashPartitioner byHash = new HashPartitioner(partitions);
    JavaPairRDD<String, Item> analysed = Reading.read(sc, listing.files(), o.reader())
        .union(sc.parallelize(new ArrayList<Item>(listing.problems()), 1))
        .mapToPair(i -> new Tuple2<>(i instanceof Item.Doc d ? Analysis.sha256(d.text()) : place(i), i))
        .partitionBy(byHash)
        .mapPartitionsToPair(it -> Analysis.analyzeKeyed(it, pack), true)
        .persist(StorageLevel.MEMORY_AND_DISK_SER());
    JavaPairRDD<String, Item.Analyzed> docs = analysed.filter(t -> t._2() instanceof Item.Analyzed)
        .mapValues(i -> (Item.Analyzed) i);
    JavaPairRDD<String, Stored> stored = stored(docs, byHash);

    JavaRDD<Resolution.Occurrence> occurrences = stored.values().flatMap(s -> {
      Item.Analyzed a = s.doc();
      List<Resolution.Occurrence> out = new ArrayList<>();
      for (int i = 0; i < a.occurrences().size(); i++) {
        out.add(new Resolution.Occurrence(a.hash(), a.file(), a.split(), a.line(), i, a.occurrences().get(i)));
      }
      return out.iterator();
    }).persist(StorageLevel.MEMORY_AND_DISK());
    Resolution.Result resolution = Resolution.resolve(occurrences, partitions);
    JavaRDD<Resolved> resolved = resolved(stored, resolution.mapping(), byHash)
        .persist(StorageLevel.MEMORY_AND_DISK_SER());
    JavaRDD<Item.Problem> problems = analysed.values().filter(i -> i instanceof Item.Problem)
        .mapToPair(i -> new Tuple2<>((Item.Problem) i, Boolean.TRUE)).sortByKey(PROBLEM_ORDER, true, 1).keys()
        .persist(StorageLevel.MEMORY_AND_DISK());
    JavaRDD<Item.Warning> warnings = analysed.values().filter(i -> i instanceof Item.Warning)
        .mapToPair(i -> new Tuple2<>((Item.Warning) i, Boolean.TRUE)).sortByKey(WARNING_ORDER, true, 1).keys()
        .persist(StorageLevel.MEMORY_AND_DISK());
    Outputs.Written written = Outputs.write(spark, stored.values(), resolved, resolution.entities(), problems,
        warnings, ingestedAt, o.out(), partitions);
    if (o.db() != null) {
      JdbcLoad.load(o.db(), written);
    }
    List<String> some = new ArrayList<>();
    for (Item.Problem p : problems.take(PROBLEMS_SHOWN)) {
      some.add(p.source() + ": " + p.message());
    }
    List<String> someWarnings = new ArrayList<>();
    for (Item.Warning w : warnings.take(PROBLEMS_SHOWN)) {
      someWarnings.add(w.source() + ": warning: " + w.message());
    }
    Summary summary = new Summary(docs.count(), resolved.count(),
        resolved.filter(r -> r.version() > 1).count(), written.events().count(),
        written.entities().count(), problems.count(), some, warnings.count(), someWarnings);
    analysed.unpersist();
    problems.unpersist();
    warnings.unpersist();
    occurrences.unpersist();
    resolved.unpersist();
    return summary;
  }

  static final ProblemOrder PROBLEM_ORDER = new ProblemOrder();

  /** Problems in reading order (those of the listing, before any file, first). */
  static final class ProblemOrder implements Comparator<Item.Problem>, Serializable {
    private static final long serialVersionUID = 1L;

    @Override
    public int compare(Item.Problem a, Item.Problem b) {
      return Comparator.comparingInt(Item.Problem::file).thenComparingLong(Item.Problem::split)
          .thenComparingLong(Item.Problem::line).compare(a, b);
    }
  }

  static final WarningOrder WARNING_ORDER = new WarningOrder();

  /** Warnings in reading order, those of one place in the order they were given. */
  static final class WarningOrder implements Comparator<Item.Warning>, Serializable {
    private static final long serialVersionUID = 1L;

    @Override
    public int compare(Item.Warning a, Item.Warning b) {
      return Comparator.comparingInt(Item.Warning::file).thenComparingLong(Item.Warning::split)
          .thenComparingLong(Item.Warning::line).thenComparingInt(Item.Warning::part).compare(a, b);
    }
  }

  /** DIR must be new or empty, or be replaced when asked: checked before Spark starts. */
  static void prepareOut(org.apache.hadoop.conf.Configuration conf, Options o) throws IOException {
    Path out = new Path(o.out());
    FileSystem fs = out.getFileSystem(conf);
    if (!fs.exists(out)) {
      return;
    }
    FileStatus[] inside = fs.isDirectory(out) ? fs.listStatus(out) : new FileStatus[] {fs.getFileStatus(out)};
    if (inside.length == 0) {
      return;
    }
    if (!o.overwrite()) {
      throw new OutputExistsException(o.out());
    }
    if (!fs.delete(out, true)) {
      throw new IOException("cannot delete " + o.out());
    }
  }

  /** --out names something that holds files already. */
  static final class OutputExistsException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    OutputExistsException(String out) {
      super(out + " already exists and is not empty (choose a new folder, or --overwrite to replace it)");
    }
  }

  /** A document's place in reading order. */
  record Place(int file, long split, long line) implements Serializable {
    static Place of(Item i) {
      return new Place(i.file(), i.split(), i.line());
    }

    boolean before(Place o) {
      return file != o.file ? file < o.file : split != o.split ? split < o.split : line < o.line;
    }
  }

  private static String place(Item i) {
    return i.file() + "/" + i.split() + "/" + i.line();
  }

  /**
   * As the store adds documents in reading order: a text already stored (by hash) is unchanged and skipped; a new
   * text under a stored key is that key's next version. Documents come and stay partitioned by hash.
   */
  private static JavaPairRDD<String, Stored> stored(JavaPairRDD<String, Item.Analyzed> docs, HashPartitioner byHash) {
    // the first copy of each text (no shuffle: copies share a partition)
    JavaPairRDD<String, Tuple2<Place, String>> first = docs
        .mapValues(a -> new Tuple2<>(Place.of(a), a.doc().key()))
        .reduceByKey(byHash, (x, y) -> x._1().before(y._1()) ? x : y);
    // versions: a key's texts numbered in reading order
    JavaPairRDD<String, Tuple2<Place, int[]>> versions = first
        .mapToPair(t -> new Tuple2<>(t._2()._2(), new Tuple2<>(t._2()._1(), t._1())))
        .groupByKey(byHash.numPartitions())
        .flatMapToPair(t -> {
          List<Tuple2<Place, String>> texts = new ArrayList<>();
          t._2().forEach(texts::add);
          texts.sort((x, y) -> x._1().before(y._1()) ? -1 : y._1().before(x._1()) ? 1 : 0);
          List<Tuple2<String, Tuple2<Place, int[]>>> out = new ArrayList<>();
          for (int v = 0; v < texts.size(); v++) {
            out.add(new Tuple2<>(texts.get(v)._2(), new Tuple2<>(texts.get(v)._1(), new int[] {v + 1, texts.size()})));
          }
          return out.iterator();
        });
    // beside the documents, partition by partition: a join would hold the documents in a map, sizing them often
    return JavaPairRDD.fromJavaRDD(docs.zipPartitions(versions.partitionBy(byHash), (in, vs) -> {
      Map<String, Tuple2<Place, int[]>> byText = new HashMap<>();
      vs.forEachRemaining(t -> byText.put(t._1(), t._2()));
      return lazily(in, t -> {
        Tuple2<Place, int[]> v = byText.get(t._1());
        return v != null && Place.of(t._2()).equals(v._1())
            ? new Tuple2<>(t._1(), new Stored(t._2(), v._2()[0], v._2()[0] == v._2()[1])) : null;
      });
    }));
  }

  /**
   * Each stored document with the store's ids: its events' entities as the store maps them, its mentions through
   * the document's own entities only (the store writes mentions before it meets the events' entities).
   */
  private static JavaRDD<Resolved> resolved(JavaPairRDD<String, Stored> stored, JavaRDD<Resolution.Mapped> mapping,
      HashPartitioner byHash) {
    JavaPairRDD<String, Resolution.Mapped> byDocument = mapping.mapToPair(m -> new Tuple2<>(m.hash(), m))
        .partitionBy(byHash);
    return stored.zipPartitions(byDocument, (docs, mapped) -> {
      Map<String, List<Resolution.Mapped>> ofDocument = new HashMap<>();
      mapped.forEachRemaining(t -> ofDocument.computeIfAbsent(t._1(), k -> new ArrayList<>()).add(t._2()));
      return lazily(docs, t -> {
        Stored s = t._2();
        Map<String, String> all = new HashMap<>();
        Map<String, String> listed = new HashMap<>();
        for (Resolution.Mapped m : ofDocument.getOrDefault(s.doc().hash(), List.of())) {
          all.put(m.localId(), m.entityId());
          if (m.listed()) {
            listed.put(m.localId(), m.entityId());
          }
        }
        List<String> mentionIds = new ArrayList<>();
        for (Item.Mention m : s.doc().mentions()) {
          mentionIds.add(listed.getOrDefault(m.localId(), m.localId()));
        }
        List<String[]> eventIds = new ArrayList<>();
        for (Item.Event e : s.doc().events()) {
          eventIds.add(new String[] {all.get(e.person()), e.org() == null ? null : all.get(e.org()),
              e.otherOrg() == null ? null : all.get(e.otherOrg())});
        }
        Item.Analyzed a = s.doc();
        return new Resolved(a.hash(), a.doc().key(), s.version(), s.latest(), a.mentions(), a.events(), mentionIds,
            eventIds);
      });
    });
  }

  /** {@code f} over an iterator as it is read, leaving out what it maps to null. */
  static <A, B> Iterator<B> lazily(Iterator<A> in, java.util.function.Function<A, B> f) {
    return new Iterator<>() {
      private B next = advance();

      private B advance() {
        while (in.hasNext()) {
          B b = f.apply(in.next());
          if (b != null) {
            return b;
          }
        }
        return null;
      }

      @Override
      public boolean hasNext() {
        return next != null;
      }

      @Override
      public B next() {
        if (next == null) {
          throw new java.util.NoSuchElementException();
        }
        B out = next;
        next = advance();
        return out;
      }
    };
  }

}
