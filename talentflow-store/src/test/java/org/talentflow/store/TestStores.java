package org.talentflow.store;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * The stores tests run against: SQLite always, PostgreSQL when {@code TALENTFLOW_TEST_PG} (or the system property
 * {@code talentflow.test.pg}) holds a JDBC URL with user and password, e.g.
 * {@code jdbc:postgresql://127.0.0.1/talentflow_test?user=talentflow&password=...}. Each PostgreSQL store is a new
 * schema of that database, dropped when the test class ends.
 */
final class TestStores {
  static final String SQLITE = "sqlite";
  static final String POSTGRESQL = "postgresql";
  private static final AtomicInteger SEQ = new AtomicInteger();
  private static final List<String> SCHEMAS = new ArrayList<>();

  private TestStores() {}

  static Stream<String> kinds() {
    return Stream.of(SQLITE, POSTGRESQL);
  }

  static String postgresUrl() {
    String url = System.getProperty("talentflow.test.pg");
    if (url == null || url.isBlank()) {
      url = System.getenv("TALENTFLOW_TEST_PG");
    }
    return url == null || url.isBlank() ? null : url;
  }

  /** The URL of a new, empty store of this kind; skips the test (with the reason) when PostgreSQL is not set up. */
  static String newStore(String kind, Path dir) {
    if (kind.equals(SQLITE)) {
      return dir.resolve("t" + SEQ.incrementAndGet() + ".db").toString();
    }
    String base = postgresUrl();
    assumeTrue(base != null, "PostgreSQL store tests skipped: set TALENTFLOW_TEST_PG to a JDBC URL"
        + " (jdbc:postgresql://HOST/DB?user=U&password=P); .ci/run does");
    String schema = String.format(Locale.ROOT, "tf_test_%d_%d", ProcessHandle.current().pid(), SEQ.incrementAndGet());
    try (Connection c = DriverManager.getConnection(base); Statement s = c.createStatement()) {
      s.execute("CREATE SCHEMA " + schema);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot create schema on " + Store.masked(base) + ": " + e.getMessage(), e);
    }
    synchronized (SCHEMAS) {
      SCHEMAS.add(schema);
    }
    return base + (base.contains("?") ? "&" : "?") + "currentSchema=" + schema;
  }

  /** Drops the PostgreSQL schemas made so far. */
  static void dropAll() {
    String base = postgresUrl();
    if (base == null) {
      return;
    }
    synchronized (SCHEMAS) {
      try (Connection c = DriverManager.getConnection(base); Statement s = c.createStatement()) {
        for (String schema : SCHEMAS) {
          s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        }
      } catch (SQLException e) {
        throw new IllegalStateException("cannot drop test schemas: " + e.getMessage(), e);
      }
      SCHEMAS.clear();
    }
  }
}
