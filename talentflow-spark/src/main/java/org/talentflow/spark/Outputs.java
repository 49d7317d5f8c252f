package org.talentflow.spark;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.talentflow.model.Entity;
import org.talentflow.model.EntityType;
import org.talentflow.model.EventType;
import org.talentflow.model.Evidence;
import org.talentflow.model.Granularity;
import org.talentflow.model.PersonnelEvent;
import org.talentflow.model.Polarity;
import org.talentflow.model.TimeValue;
import scala.Tuple2;

/**
 * Writes, under DIR:
 *
 * <ul>
 *   <li>{documents,entities,mentions,events,claims}/parquet/: the store's tables (entities with their aliases, and
 *       mention and document counts), each row with its document's key and whether that is the latest version;
 *   <li>events/json/, entities/json/, documents/json/: the lines of {@code events --json} (latest versions),
 *       {@code entities --json} and {@code docs --json}, in the same order;
 *   <li>mentions/json/: the mentions table as JSON lines;
 *   <li>errors/: one {"source","message"} line per problem (an input that gave no document), in reading order;
 *   <li>warnings/: one {"source","message"} line per warning (something wrong in a document written all the same: a
 *       date stored as unknown, invalid bytes replaced), in reading order.
 * </ul>
 */
final class Outputs {
  private Outputs() {}

  /** The tables written, for loading into a store. */
  record Written(Dataset<Row> documents, Dataset<Row> entities, Dataset<Row> mentions, Dataset<Row> events,
      Dataset<Row> claims) {}

  /** A stored entity with its aliases in store order and its counts over the latest versions. */
  record EntityRow(String id, EntityType type, String name, List<String> aliases, long mentions, long documents)
      implements Serializable {
    Entity entity() {
      return new Entity(id, type, name, aliases);
    }
  }

  static final StructType DOCUMENTS = new StructType()
      .add("hash", DataTypes.StringType, false)
      .add("doc_key", DataTypes.StringType, false)
      .add("version", DataTypes.IntegerType, false)
      .add("source", DataTypes.StringType, false)
      .add("url", DataTypes.StringType, true)
      .add("title", DataTypes.StringType, true)
      .add("published", DataTypes.StringType, true)
      .add("text", DataTypes.StringType, false)
      .add("chars", DataTypes.IntegerType, false)
      .add("ingested_at", DataTypes.StringType, false)
      .add("latest", DataTypes.BooleanType, false);

  static final StructType ENTITIES = new StructType()
      .add("id", DataTypes.StringType, false)
      .add("type", DataTypes.StringType, false)
      .add("name", DataTypes.StringType, false)
      .add("aliases", DataTypes.createArrayType(DataTypes.StringType, false), false)
      .add("mentions", DataTypes.LongType, false)
      .add("documents", DataTypes.LongType, false);

  static final StructType MENTIONS = new StructType()
      .add("doc_hash", DataTypes.StringType, false)
      .add("doc_key", DataTypes.StringType, false)
      .add("entity_id", DataTypes.StringType, false)
      .add("start_offset", DataTypes.IntegerType, false)
      .add("end_offset", DataTypes.IntegerType, false)
      .add("text", DataTypes.StringType, false)
      .add("source", DataTypes.StringType, true)
      .add("latest", DataTypes.BooleanType, false);

  static final StructType EVENTS = new StructType()
      .add("id", DataTypes.StringType, false)
      .add("doc_hash", DataTypes.StringType, false)
      .add("doc_key", DataTypes.StringType, false)
      .add("type", DataTypes.StringType, false)
      .add("person_id", DataTypes.StringType, false)
      .add("org_id", DataTypes.StringType, true)
      .add("other_org_id", DataTypes.StringType, true)
      .add("role", DataTypes.StringType, true)
      .add("time_value", DataTypes.StringType, true)
      .add("time_granularity", DataTypes.StringType, true)
      .add("time_text", DataTypes.StringType, true)
      .add("polarity", DataTypes.StringType, false)
      .add("ev_start", DataTypes.IntegerType, false)
      .add("ev_end", DataTypes.IntegerType, false)
      .add("ev_text", DataTypes.StringType, false)
      .add("confidence", DataTypes.DoubleType, false)
      .add("latest", DataTypes.BooleanType, false);

  static final StructType CLAIMS = new StructType()
      .add("doc_hash", DataTypes.StringType, false)
      .add("subject", DataTypes.StringType, false)
      .add("quantity", DataTypes.StringType, false)
      .add("value", DataTypes.StringType, false)
      .add("as_of", DataTypes.StringType, true)
      .add("ev_start", DataTypes.IntegerType, false)
      .add("ev_end", DataTypes.IntegerType, false)
      .add("ev_text", DataTypes.StringType, false);

  static Written write(SparkSession spark, JavaRDD<TalentflowJob.Stored> stored,
      JavaRDD<TalentflowJob.Resolved> resolved, JavaRDD<Resolution.Entity> storedEntities,
      JavaRDD<Item.Problem> problems, JavaRDD<Item.Warning> warnings, String ingestedAt, String out,
      int partitions) {
    JavaRDD<EntityRow> entities = entityRows(resolved, storedEntities, partitions)
        .persist(StorageLevel.MEMORY_AND_DISK());
    Written w = new Written(
        spark.createDataFrame(stored.map(r -> documentRow(r, ingestedAt)), DOCUMENTS),
        spark.createDataFrame(entities.map(e -> RowFactory.create(e.id(), e.type().name(), e.name(),
            e.aliases().toArray(new String[0]), e.mentions(), e.documents())), ENTITIES),
        spark.createDataFrame(resolved.flatMap(Outputs::mentionRows), MENTIONS),
        spark.createDataFrame(resolved.flatMap(Outputs::eventRows), EVENTS),
        spark.createDataFrame(stored.flatMap(Outputs::claimRows), CLAIMS));
    w.documents().write().parquet(out + "/documents/parquet");
    w.entities().write().parquet(out + "/entities/parquet");
    w.mentions().write().parquet(out + "/mentions/parquet");
    w.events().write().parquet(out + "/events/parquet");
    w.claims().write().parquet(out + "/claims/parquet");

    eventLines(resolved, entities, partitions).saveAsTextFile(out + "/events/json");
    entities.mapToPair(e -> new Tuple2<>(e, Boolean.TRUE)).sortByKey(new EntityOrder(), true, partitions).keys()
        .map(e -> ContractJson.entity(e.entity(), e.mentions(), e.documents()))
        .saveAsTextFile(out + "/entities/json");
    stored.mapToPair(r -> new Tuple2<>(new DocOrder.Key(r.doc().doc().key(), r.version()),
            documentLine(r, ingestedAt)))
        .sortByKey(new DocOrder(), true, partitions).values()
        .saveAsTextFile(out + "/documents/json");
    w.mentions().write().json(out + "/mentions/json");
    problems.map(p -> reportLine(p.source(), p.message())).coalesce(1).saveAsTextFile(out + "/errors");
    warnings.map(p -> reportLine(p.source(), p.message())).coalesce(1).saveAsTextFile(out + "/warnings");
    return w;
  }

  private static Row documentRow(TalentflowJob.Stored r, String ingestedAt) {
    Item.Analyzed a = r.doc();
    Item.Doc d = a.doc();
    return RowFactory.create(a.hash(), d.key(), r.version(), d.source(), d.url(), d.title(), d.published(),
        d.text(), d.text().length(), ingestedAt, r.latest());
  }

  private static String documentLine(TalentflowJob.Stored r, String ingestedAt) {
    Item.Analyzed a = r.doc();
    Item.Doc d = a.doc();
    return ContractJson.document(d.key(), r.version(), a.hash(), d.title(), d.published(), d.source(),
        d.url(), d.text(), a.events().size(), ingestedAt);
  }

  private static java.util.Iterator<Row> mentionRows(TalentflowJob.Resolved r) {
    List<Row> out = new ArrayList<>();
    for (int i = 0; i < r.mentions().size(); i++) {
      Item.Mention m = r.mentions().get(i);
      out.add(RowFactory.create(r.hash(), r.key(), r.mentionIds().get(i), m.start(), m.end(), m.text(),
          m.source(), r.latest()));
    }
    return out.iterator();
  }

  private static java.util.Iterator<Row> eventRows(TalentflowJob.Resolved r) {
    List<Row> out = new ArrayList<>();
    for (int n = 0; n < r.events().size(); n++) {
      Item.Event e = r.events().get(n);
      String[] ids = r.eventIds().get(n);
      out.add(RowFactory.create(r.hash() + ":" + n, r.hash(), r.key(), e.type(), ids[0], ids[1], ids[2],
          e.role(), e.timeValue(), e.timeGranularity(), e.timeText(), e.polarity(), e.start(), e.end(), e.text(),
          e.confidence(), r.latest()));
    }
    return out.iterator();
  }

  private static java.util.Iterator<Row> claimRows(TalentflowJob.Stored r) {
    Item.Analyzed a = r.doc();
    List<Row> out = new ArrayList<>();
    for (Item.Claim c : a.claims()) {
      out.add(RowFactory.create(a.hash(), c.subject(), c.quantity(), c.value(), c.asOf(), c.start(), c.end(),
          c.text()));
    }
    return out.iterator();
  }

  /** Entities with aliases in the store's order and, as {@code entities} counts them, mentions in latest versions. */
  private static JavaRDD<EntityRow> entityRows(JavaRDD<TalentflowJob.Resolved> resolved,
      JavaRDD<Resolution.Entity> stored, int partitions) {
    JavaPairRDD<String, long[]> counts = resolved.filter(r -> r.latest())
        .flatMapToPair(r -> {
          List<Tuple2<Tuple2<String, String>, Long>> out = new ArrayList<>();
          for (String id : r.mentionIds()) {
            out.add(new Tuple2<>(new Tuple2<>(id, r.key()), 1L));
          }
          return out.iterator();
        })
        .reduceByKey(Long::sum, partitions)
        .mapToPair(t -> new Tuple2<>(t._1()._1(), new long[] {t._2(), 1}))
        .reduceByKey((x, y) -> new long[] {x[0] + y[0], x[1] + y[1]}, partitions);
    return stored.mapToPair(e -> new Tuple2<>(e.id(), e)).leftOuterJoin(counts, partitions).map(t -> {
      Resolution.Entity e = t._2()._1();
      long[] c = t._2()._2().orElse(new long[2]);
      List<String> aliases = new ArrayList<>(e.aliases());
      aliases.sort(Outputs::compareText);
      return new EntityRow(e.id(), e.type(), e.name(), List.copyOf(aliases), c[0], c[1]);
    });
  }

  /** An event of a latest version, with what its line needs. */
  private record EventPart(String doc, Item.Event event, String[] ids) implements Serializable {}

  /** The lines of {@code events --json}: events of each document's latest version, in document and text order. */
  static JavaRDD<String> eventLines(JavaRDD<TalentflowJob.Resolved> resolved, JavaRDD<EntityRow> entities,
      int partitions) {
    JavaPairRDD<String, EventPart> events = resolved
        .filter(r -> r.latest())
        .flatMapToPair(r -> {
          List<Tuple2<String, EventPart>> out = new ArrayList<>();
          for (int n = 0; n < r.events().size(); n++) {
            out.add(new Tuple2<>(r.hash() + ":" + n, new EventPart(r.key(), r.events().get(n),
                r.eventIds().get(n))));
          }
          return out.iterator();
        });
    // (entity id, (event id, role)) joined with the entities, back by event id
    JavaPairRDD<String, Tuple2<Integer, EntityRow>> parts = events
        .flatMapToPair(t -> {
          String[] ids = t._2().ids();
          List<Tuple2<String, Tuple2<String, Integer>>> out = new ArrayList<>();
          for (int role = 0; role < 3; role++) {
            if (ids[role] != null) {
              out.add(new Tuple2<>(ids[role], new Tuple2<>(t._1(), role)));
            }
          }
          return out.iterator();
        })
        .join(entities.mapToPair(e -> new Tuple2<>(e.id(), e)), partitions)
        .mapToPair(t -> new Tuple2<>(t._2()._1()._1(), new Tuple2<>(t._2()._1()._2(), t._2()._2())));
    return events.cogroup(parts, partitions)
        .flatMapToPair(t -> {
          List<Tuple2<EventOrder.Key, String>> out = new ArrayList<>();
          Entity[] roles = new Entity[3];
          for (Tuple2<Integer, EntityRow> p : t._2()._2()) {
            roles[p._1()] = p._2().entity();
          }
          for (EventPart e : t._2()._1()) {
            out.add(new Tuple2<>(new EventOrder.Key(e.doc(), e.event().start(), t._1()),
                ContractJson.event(e.doc(), event(e.doc(), e.event(), roles))));
          }
          return out.iterator();
        })
        .sortByKey(new EventOrder(), true, partitions)
        .values();
  }

  private static PersonnelEvent event(String doc, Item.Event e, Entity[] roles) {
    TimeValue time = e.timeText() == null ? null : new TimeValue(e.timeValue(),
        e.timeGranularity() == null ? null : Granularity.valueOf(e.timeGranularity()), e.timeText());
    return new PersonnelEvent(EventType.valueOf(e.type()), roles[0], roles[1], roles[2], e.role(), time,
        Polarity.parse(e.polarity()), new Evidence(doc, e.start(), e.end(), e.text()), e.confidence());
  }

  private static final ObjectMapper JSON = new ObjectMapper();

  private static String reportLine(String source, String message) throws JsonProcessingException {
    return JSON.writeValueAsString(JSON.createObjectNode().put("source", source).put("message", message));
  }

  /** Text in the stores' order (SQLite compares bytes of UTF-8, which orders as code points do). */
  static int compareText(String a, String b) {
    int i = 0;
    int j = 0;
    while (i < a.length() && j < b.length()) {
      int ca = a.codePointAt(i);
      int cb = b.codePointAt(j);
      if (ca != cb) {
        return Integer.compare(ca, cb);
      }
      i += Character.charCount(ca);
      j += Character.charCount(cb);
    }
    return Integer.compare(a.length() - i, b.length() - j);
  }

  /** {@code events}' order: document key, start of the evidence, event id. */
  static final class EventOrder implements Comparator<EventOrder.Key>, Serializable {
    private static final long serialVersionUID = 1L;

    record Key(String doc, int start, String id) implements Serializable {}

    @Override
    public int compare(Key a, Key b) {
      int c = compareText(a.doc(), b.doc());
      if (c == 0) {
        c = Integer.compare(a.start(), b.start());
      }
      return c != 0 ? c : compareText(a.id(), b.id());
    }
  }

  /** {@code docs}' order: key, then version. */
  static final class DocOrder implements Comparator<DocOrder.Key>, Serializable {
    private static final long serialVersionUID = 1L;

    record Key(String doc, int version) implements Serializable {}

    @Override
    public int compare(Key a, Key b) {
      int c = compareText(a.doc(), b.doc());
      return c != 0 ? c : Integer.compare(a.version(), b.version());
    }
  }

  /** {@code entities}' order: people first, then by name (then id, where the store leaves it open). */
  static final class EntityOrder implements Comparator<EntityRow>, Serializable {
    private static final long serialVersionUID = 1L;

    @Override
    public int compare(EntityRow a, EntityRow b) {
      int c = -compareText(a.type().name(), b.type().name());
      if (c == 0) {
        c = compareText(a.name(), b.name());
      }
      return c != 0 ? c : compareText(a.id(), b.id());
    }
  }
}
