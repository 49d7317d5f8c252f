package org.talentflow.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.udf;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.types.DataTypes;
import org.talentflow.store.NameKeys;
import org.talentflow.store.Store;

/**
 * Loads the job's tables into a store, the schema the command line and the web workspace read: created and migrated
 * by the store's own migrations, then filled by Spark's JDBC writer from the executors (PostgreSQL: each partition
 * in its own transaction; SQLite: one writer). The store must be empty: the job resolves entities across its own
 * documents only, as a first {@code ingest} does.
 */
final class JdbcLoad {
  private JdbcLoad() {}

  /** The store cannot take the job's tables. */
  static final class StoreNotEmptyException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    StoreNotEmptyException(String message) {
      super(message);
    }
  }

  /** The JDBC URL of a --db value: a file path is a SQLite file, as for the other commands. */
  static String url(String db) {
    return db.startsWith("jdbc:") || db.contains("://") ? db : "jdbc:sqlite:" + db;
  }

  /** The URL as messages show it: without its password (as the other commands show it). */
  static String display(String db) {
    return Store.masked(db);
  }

  /** Creates or migrates the schema and checks that the store holds nothing yet: before the job runs. */
  static void prepare(String db) {
    try (Store store = Store.open(db)) {
      // opening runs the migrations
    }
    try (Connection c = DriverManager.getConnection(url(db)); Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT (SELECT COUNT(*) FROM documents) + (SELECT COUNT(*) FROM entities)")) {
      rs.next();
      long n = rs.getLong(1);
      if (n > 0) {
        throw new StoreNotEmptyException(display(db) + " already holds documents or entities: the Spark job loads into an "
            + "empty store (use a new one, or ingest into this one)");
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot read store " + display(db) + ": " + e.getMessage(), e);
    }
  }

  static void load(String db, Outputs.Written t) {
    String url = url(db);
    write(t.documents().select("hash", "doc_key", "version", "source", "url", "title", "published", "text", "chars",
        "ingested_at"), url, "documents");
    // names and aliases with the comparison keys the store looks them up by (schema version 4)
    UserDefinedFunction key = udf((UDF1<String, String>) NameKeys::of, DataTypes.StringType);
    write(t.entities().select(col("id"), col("type"), col("name"), key.apply(col("name")).as("name_key")), url,
        "entities");
    Dataset<Row> aliases = t.entities().select(col("id").as("entity_id"), explode(col("aliases")).as("alias"));
    write(aliases.withColumn("alias_key", key.apply(col("alias"))), url, "aliases");
    write(t.mentions().select("doc_hash", "entity_id", "start_offset", "end_offset", "text", "source"), url,
        "mentions");
    write(t.events().drop("doc_key", "latest"), url, "events");
    write(t.claims(), url, "claims");
  }

  private static void write(Dataset<Row> rows, String url, String table) {
    Properties props = new Properties();
    var writer = rows.write().mode(SaveMode.Append).option("batchsize", 2000);
    if (url.startsWith("jdbc:sqlite:")) {
      // one connection writes a SQLite file
      writer = writer.option("numPartitions", 1).option("isolationLevel", "NONE");
    }
    writer.jdbc(url, table, props);
  }
}
