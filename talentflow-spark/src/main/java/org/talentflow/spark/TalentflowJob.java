package org.talentflow.spark;

import java.io.IOException;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
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

  /** What a run did; {@code someProblems} are the first problems in reading order. */
  record Summary(long analysed, long stored, long newVersions, long events, long entities, long problems,
      List<String> someProblems, int resolutionRounds) {}

  /** A stored document: the first copy of its text in reading order, with its version under its key. */
  record Stored(Item.Analyzed doc, int version, boolean latest) implements Serializable {}

  /**
   * A stored document with the store's entity ids in its mentions and events (its own in {@code doc}, replaced by
   * {@code mentionIds} and {@code eventIds}: person, organization, other organization per event, null when absent).
   */
  record Resolved(Stored stored, List<String> mentionIds, List<String[]> eventIds) implements Serializable {}

  static final int PROBLEMS_SHOWN = 20;

  static Summary run(SparkSession spark, Options o) throws IOException {
    JavaSparkContext sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    prepareOut(sc, o);
    String ingestedAt = Instant.now().toString();
    Inputs.Listing listing = Inputs.list(o.inputs(), sc.hadoopConfiguration());
    int partitions = o.partitions() > 0 ? o.partitions() : sc.defaultParallelism() * 4;
    PackChoice pack = o.pack();
    JavaRDD<Item> analysed = Reading.read(sc, listing.files(), o.reader())
        .union(sc.parallelize(new ArrayList<Item>(listing.problems()), 1))
        .repartition(partitions)
        .mapPartitions(it -> Analysis.analyze(it, pack))
        .persist(StorageLevel.MEMORY_AND_DISK_SER());
    JavaRDD<Item.Analyzed> docs = analysed.filter(i -> i instanceof Item.Analyzed).map(i -> (Item.Analyzed) i);
    JavaRDD<Stored> stored = stored(docs, partitions).persist(StorageLevel.MEMORY_AND_DISK_SER());

    JavaRDD<Resolution.Occurrence> occurrences = stored.flatMap(s -> {
      Item.Analyzed a = s.doc();
      List<Resolution.Occurrence> out = new ArrayList<>();
      for (int i = 0; i < a.occurrences().size(); i++) {
        out.add(new Resolution.Occurrence(a.hash(), a.file(), a.split(), a.line(), i, a.occurrences().get(i)));
      }
      return out.iterator();
    }).persist(StorageLevel.MEMORY_AND_DISK_SER());
    Resolution.Result resolution = Resolution.resolve(occurrences, partitions);
    JavaRDD<Resolved> resolved = resolved(stored, resolution.mapping(), partitions)
        .persist(StorageLevel.MEMORY_AND_DISK_SER());
    JavaRDD<Item.Problem> problems = analysed.filter(i -> i instanceof Item.Problem)
        .mapToPair(i -> new Tuple2<>((Item.Problem) i, Boolean.TRUE)).sortByKey(PROBLEM_ORDER, true, 1).keys()
        .persist(StorageLevel.MEMORY_AND_DISK());
    Outputs.Written written = Outputs.write(spark, resolved, resolution.entities(), problems, ingestedAt, o.out(),
        partitions);
    if (o.db() != null) {
      JdbcLoad.load(o.db(), written);
    }
    List<String> some = new ArrayList<>();
    for (Item.Problem p : problems.take(PROBLEMS_SHOWN)) {
      some.add(p.source() + ": " + p.message());
    }
    Summary summary = new Summary(docs.count(), stored.count(), stored.filter(s -> s.version() > 1).count(),
        written.events().count(), written.entities().count(), problems.count(), some, resolution.rounds());
    analysed.unpersist();
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

  /** DIR must be new or empty, or be replaced when asked. */
  private static void prepareOut(JavaSparkContext sc, Options o) throws IOException {
    Path out = new Path(o.out());
    FileSystem fs = out.getFileSystem(sc.hadoopConfiguration());
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

  /**
   * As the store adds documents in reading order: a text already stored (by hash) is unchanged and skipped; a new
   * text under a stored key is that key's next version.
   */
  private static JavaRDD<Stored> stored(JavaRDD<Item.Analyzed> docs, int partitions) {
    // the first copy of each text
    JavaPairRDD<String, Tuple2<Place, String>> first = docs
        .mapToPair(a -> new Tuple2<>(a.hash(), new Tuple2<>(Place.of(a), a.doc().key())))
        .reduceByKey((x, y) -> x._1().before(y._1()) ? x : y, partitions);
    // versions: a key's texts numbered in reading order
    JavaPairRDD<String, Tuple2<Place, int[]>> versions = first
        .mapToPair(t -> new Tuple2<>(t._2()._2(), new Tuple2<>(t._2()._1(), t._1())))
        .groupByKey(partitions)
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
    return docs.mapToPair(a -> new Tuple2<>(a.hash(), a)).join(versions, partitions)
        .filter(t -> Place.of(t._2()._1()).equals(t._2()._2()._1()))
        .map(t -> {
          int[] v = t._2()._2()._2();
          return new Stored(t._2()._1(), v[0], v[0] == v[1]);
        });
  }

  /**
   * Each stored document with the store's ids: its events' entities as the store maps them, its mentions through
   * the document's own entities only (the store writes mentions before it meets the events' entities).
   */
  private static JavaRDD<Resolved> resolved(JavaRDD<Stored> stored, JavaRDD<Resolution.Mapped> mapping,
      int partitions) {
    return stored.mapToPair(s -> new Tuple2<>(s.doc().hash(), s))
        .cogroup(mapping.mapToPair(m -> new Tuple2<>(m.hash(), m)), partitions)
        .flatMap(t -> {
          List<Resolved> out = new ArrayList<>();
          Map<String, String> all = new HashMap<>();
          Map<String, String> listed = new HashMap<>();
          for (Resolution.Mapped m : t._2()._2()) {
            all.put(m.localId(), m.entityId());
            if (m.listed()) {
              listed.put(m.localId(), m.entityId());
            }
          }
          for (Stored s : t._2()._1()) {
            List<String> mentionIds = new ArrayList<>();
            for (Item.Mention m : s.doc().mentions()) {
              mentionIds.add(listed.getOrDefault(m.localId(), m.localId()));
            }
            List<String[]> eventIds = new ArrayList<>();
            for (Item.Event e : s.doc().events()) {
              eventIds.add(new String[] {all.get(e.person()), e.org() == null ? null : all.get(e.org()),
                  e.otherOrg() == null ? null : all.get(e.otherOrg())});
            }
            out.add(new Resolved(s, mentionIds, eventIds));
          }
          return out.iterator();
        });
  }
}
