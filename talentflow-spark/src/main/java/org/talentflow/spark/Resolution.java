package org.talentflow.spark;

import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.apache.spark.HashPartitioner;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.Optional;
import org.apache.spark.storage.StorageLevel;
import org.talentflow.model.EntityType;
import scala.Tuple2;

/**
 * Cross-document entity resolution as Spark stages, with the ids a single-machine {@code ingest} of the same corpus
 * gives:
 *
 * <ol>
 *   <li>every distinct entity form (local id, name, aliases) gets its blocking keys ({@link ResolutionKeys}); keys
 *       no form queries, or that only one local id has, are dropped;
 *   <li>local ids that share a key, directly or through others, form a component (connected components by
 *       min-label propagation with pointer jumping: a few rounds of joins);
 *   <li>each component's entity occurrences, sorted in reading order, are replayed through the store's own
 *       sequential resolution ({@link StoreOrder}); the resolver only joins entities that share a key, so a
 *       component resolves as it would among the whole corpus;
 *   <li>a merged entity may carry a given name from one component and a family name from another (the resolver
 *       keeps them apart); if such a pair is what another component queries, the two are united and replayed again.
 * </ol>
 *
 * Nothing is collected to the driver but counts. A component is replayed by one task, which holds the resolver's
 * index of that component's aliases; its occurrences stream through sorted. Local ids and keys are grouped by 64-bit
 * hashes: two that collide only make a component larger, which never changes a result.
 */
final class Resolution {
  private Resolution() {}

  /** An entity the store meets in a stored document, with the document's place in reading order. */
  record Occurrence(String hash, int file, long split, long line, int idx, Item.Occurrence entity)
      implements Serializable {}

  /** What a local id of a document became. */
  record Mapped(String hash, String localId, String entityId, boolean listed) implements Serializable {}

  /** A stored entity, with every alias it was given, and its component. */
  record Entity(String id, EntityType type, String name, List<String> aliases, long component)
      implements Serializable {}

  /** Local id to stored id per document, and the stored entities. */
  record Result(JavaRDD<Mapped> mapping, JavaRDD<Entity> entities, int rounds) {}

  /** Gives up rather than loop: each round only unites components, so this is never reached in practice. */
  private static final int MAX_ROUNDS = 20;

  /** A key's state while grouping: queried by some form, and the nodes seen (one, or more than one). */
  private record KeyUse(boolean query, boolean given, long node, boolean many) implements Serializable {
    KeyUse merge(KeyUse o) {
      return new KeyUse(query || o.query, given || o.given, node, many || o.many || node != o.node);
    }
  }

  static Result resolve(JavaRDD<Occurrence> occurrences, int partitions) {
    JavaPairRDD<Long, KeyUse> uses = occurrences
        .map(o -> new Form(o.entity().localId(), o.entity().type(), o.entity().name(), o.entity().aliases()))
        .distinct(partitions)
        .mapPartitionsToPair(forms -> {
          ResolutionKeys keys = PipelineHolder.keys();
          List<Tuple2<Long, KeyUse>> out = new ArrayList<>();
          while (forms.hasNext()) {
            Form f = forms.next();
            long node = hash(f.localId());
            for (ResolutionKeys.Key k : keys.of(f.type(), f.name(), f.aliases())) {
              out.add(new Tuple2<>(hash(k.key()), new KeyUse(k.query(), k.key().startsWith("G|"), node, false)));
            }
          }
          return out.iterator();
        })
        .persist(StorageLevel.MEMORY_AND_DISK());
    JavaPairRDD<Long, Boolean> active = uses.reduceByKey(KeyUse::merge, partitions)
        .filter(t -> t._2().query() && t._2().many())
        .mapValues(u -> true);
    // (key, node) for the keys that can join something
    JavaPairRDD<Long, Long> edges = uses.mapValues(KeyUse::node).distinct(partitions).join(active)
        .mapValues(Tuple2::_1);
    // (node, key) a document's entity looks others up by a given name
    JavaPairRDD<Long, Long> givenQueries = uses.filter(t -> t._2().query() && t._2().given())
        .mapToPair(t -> new Tuple2<>(t._2().node(), t._1())).distinct(partitions)
        .persist(StorageLevel.MEMORY_AND_DISK());
    for (int round = 1; ; round++) {
      JavaPairRDD<Long, Long> labels = components(edges, partitions);
      JavaRDD<Replayed> replayed = replay(occurrences, labels, partitions);
      JavaRDD<Entity> entities = replayed.filter(r -> r.entity() != null).map(Replayed::entity);
      // a merged entity's given name with another of its family names, queried from another component?
      JavaPairRDD<Long, Long> cross = entities.filter(e -> e.type() == EntityType.PERSON).flatMapToPair(e -> {
        List<List<String>> names = ResolutionKeys.givenAndFamilyNames(e.aliases());
        List<Tuple2<Long, Long>> out = new ArrayList<>();
        for (String k : ResolutionKeys.knownGivenNameKeys(names.get(0), names.get(1))) {
          out.add(new Tuple2<>(hash(k), e.component()));
        }
        return out.iterator();
      }).distinct(partitions);
      JavaPairRDD<Long, Tuple2<Long, Long>> queried = givenQueries.leftOuterJoin(labels, partitions)
          .mapToPair(t -> new Tuple2<>(t._2()._1(), new Tuple2<>(t._1(), t._2()._2().orElse(t._1()))));
      // (key, (entity's component, (querying node, its component))) across components
      JavaPairRDD<Long, Tuple2<Long, Tuple2<Long, Long>>> links = cross.join(queried, partitions)
          .filter(t -> !t._2()._1().equals(t._2()._2()._2()))
          .persist(StorageLevel.MEMORY_AND_DISK());
      if (links.isEmpty()) {
        JavaRDD<Mapped> mapping = replayed.filter(r -> r.mapped() != null).map(Replayed::mapped);
        return new Result(mapping, entities, round);
      }
      if (round == MAX_ROUNDS) {
        throw new IllegalStateException("cross-document resolution did not settle in " + MAX_ROUNDS + " rounds");
      }
      // a component's label is one of its nodes: linking it links the component
      edges = edges.union(links.mapToPair(t -> new Tuple2<>(t._1(), t._2()._1())))
          .union(links.mapToPair(t -> new Tuple2<>(t._1(), t._2()._2()._1())))
          .distinct(partitions);
      replayed.unpersist();
    }
  }

  private record Form(String localId, EntityType type, String name, List<String> aliases) implements Serializable {}

  /**
   * Connected components of the graph of nodes and keys, as (node, label): each node's label becomes the smallest
   * node of its component. Each round, a key takes the smallest label of its nodes and a node the smallest of its
   * keys', then a node takes its label's label; it stops when a round changes nothing.
   */
  static JavaPairRDD<Long, Long> components(JavaPairRDD<Long, Long> keyToNode, int partitions) {
    JavaPairRDD<Long, Long> edges = keyToNode.partitionBy(new HashPartitioner(partitions))
        .persist(StorageLevel.MEMORY_AND_DISK());
    JavaPairRDD<Long, Long> nodeToKey = edges.mapToPair(Tuple2::swap).partitionBy(new HashPartitioner(partitions))
        .persist(StorageLevel.MEMORY_AND_DISK());
    JavaPairRDD<Long, Long> labels = nodeToKey.keys().distinct(partitions).mapToPair(n -> new Tuple2<>(n, n))
        .partitionBy(new HashPartitioner(partitions));
    checkpoint(labels);
    while (true) {
      JavaPairRDD<Long, Long> keyMin = nodeToKey.join(labels)
          .mapToPair(t -> t._2()).reduceByKey(Math::min, partitions);
      JavaPairRDD<Long, Long> nodeMin = edges.join(keyMin)
          .mapToPair(t -> t._2()).reduceByKey(Math::min, partitions);
      JavaPairRDD<Long, Long> next = labels.join(nodeMin).mapValues(t -> Math.min(t._1(), t._2()));
      // pointer jumping: (label, node) joined with (node, label) gives the label's label
      JavaPairRDD<Long, Long> jumped = next.mapToPair(Tuple2::swap).join(next, partitions)
          .mapToPair(t -> new Tuple2<>(t._2()._1(), Math.min(t._1(), t._2()._2())))
          .partitionBy(new HashPartitioner(partitions));
      checkpoint(jumped);
      long changed = jumped.join(labels).filter(t -> !t._2()._1().equals(t._2()._2())).count();
      labels = jumped;
      if (changed == 0) {
        return labels;
      }
    }
  }

  /** Materializes an RDD and cuts its lineage (each round would otherwise recompute all the rounds before). */
  private static void checkpoint(JavaPairRDD<?, ?> rdd) {
    rdd.persist(StorageLevel.MEMORY_AND_DISK());
    rdd.rdd().localCheckpoint();
    rdd.count();
  }

  /** A mapping or an entity, as the replay writes them. */
  private record Replayed(Mapped mapped, Entity entity) implements Serializable {}

  /** Where an occurrence goes in the replay: its component, then reading order. */
  record Place(long component, int file, long split, long line, int idx) implements Serializable {}

  static final class PlaceOrder implements Comparator<Place>, Serializable {
    private static final long serialVersionUID = 1L;
    private static final Comparator<Place> ORDER = Comparator.comparingLong(Place::component)
        .thenComparingInt(Place::file).thenComparingLong(Place::split).thenComparingLong(Place::line)
        .thenComparingInt(Place::idx);

    @Override
    public int compare(Place a, Place b) {
      return ORDER.compare(a, b);
    }
  }

  /** Partitions places by component only, so that a component is replayed by one task. */
  static final class ByComponent extends org.apache.spark.Partitioner {
    private static final long serialVersionUID = 1L;
    private final int partitions;

    ByComponent(int partitions) {
      this.partitions = partitions;
    }

    @Override
    public int numPartitions() {
      return partitions;
    }

    @Override
    public int getPartition(Object key) {
      return Math.floorMod(Long.hashCode(((Place) key).component()), partitions);
    }
  }

  /** Replays each component's occurrences in reading order through {@link StoreOrder}. */
  private static JavaRDD<Replayed> replay(JavaRDD<Occurrence> occurrences, JavaPairRDD<Long, Long> labels,
      int partitions) {
    JavaRDD<Replayed> out = occurrences.mapToPair(o -> new Tuple2<>(hash(o.entity().localId()), o))
        .leftOuterJoin(labels, partitions)
        .mapToPair(t -> {
          Occurrence o = t._2()._1();
          Optional<Long> label = t._2()._2();
          return new Tuple2<>(new Place(label.orElse(t._1()), o.file(), o.split(), o.line(), o.idx()), o);
        })
        .repartitionAndSortWithinPartitions(new ByComponent(partitions), new PlaceOrder())
        .mapPartitions(Resolution::replayPartition);
    return out.persist(StorageLevel.MEMORY_AND_DISK());
  }

  private static Iterator<Replayed> replayPartition(Iterator<Tuple2<Place, Occurrence>> rows) {
    return new Iterator<>() {
      private final ArrayDeque<Replayed> pending = new ArrayDeque<>();
      private StoreOrder order;
      private long component;

      @Override
      public boolean hasNext() {
        while (pending.isEmpty() && rows.hasNext()) {
          Tuple2<Place, Occurrence> t = rows.next();
          long c = t._1().component();
          if (order == null || c != component) {
            flush();
            order = new StoreOrder(PipelineHolder.resolver());
            component = c;
          }
          Item.Occurrence e = t._2().entity();
          String id = order.add(e.localId(), e.type(), e.name(), e.aliases());
          pending.add(new Replayed(new Mapped(t._2().hash(), e.localId(), id, e.listed()), null));
        }
        if (pending.isEmpty() && order != null) {
          flush();
          order = null;
        }
        return !pending.isEmpty();
      }

      private void flush() {
        if (order == null) {
          return;
        }
        for (StoreOrder.Stored s : order.stored()) {
          pending.add(new Replayed(null, new Entity(s.id(), s.type(), s.name(), List.copyOf(s.aliases()), component)));
        }
      }

      @Override
      public Replayed next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        return pending.poll();
      }
    };
  }

  /** 64-bit FNV-1a of the UTF-8 bytes. */
  static long hash(String s) {
    long h = 0xcbf29ce484222325L;
    for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
      h ^= b & 0xff;
      h *= 0x100000001b3L;
    }
    return h;
  }
}
