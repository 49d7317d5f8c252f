package org.talentflow.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.talentflow.model.AnalyzedDocument;
import org.talentflow.model.Entity;
import org.talentflow.model.EntityType;
import org.talentflow.model.SourceDocument;

/**
 * The store on PostgreSQL, in a schema of its own that is dropped afterwards. Runs when TALENTFLOW_TEST_PG holds a
 * JDBC URL of a database the test may create schemas in (with user and password), as .ci/run sets it; skipped
 * otherwise.
 */
class PostgresStoreTest {
  static final String BASE = System.getenv("TALENTFLOW_TEST_PG");
  String schema;
  String app;
  String url;

  @BeforeEach
  void schema() throws SQLException {
    assumeThat(BASE).as("TALENTFLOW_TEST_PG (a jdbc:postgresql:// URL) is not set").isNotBlank();
    schema = "tf_store_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toLowerCase(Locale.ROOT);
    app = schema;
    try (Connection c = DriverManager.getConnection(BASE); Statement s = c.createStatement()) {
      s.execute("CREATE SCHEMA " + schema);
    }
    url = BASE + (BASE.contains("?") ? "&" : "?") + "currentSchema=" + schema + "&ApplicationName=" + app;
  }

  @AfterEach
  void drop() throws SQLException {
    if (schema != null) {
      try (Connection c = DriverManager.getConnection(BASE); Statement s = c.createStatement()) {
        s.execute("DROP SCHEMA " + schema + " CASCADE");
      }
    }
  }

  private static AnalyzedDocument named(String key, Entity... entities) {
    return new AnalyzedDocument(new SourceDocument(key, key + ".txt", null, null, LocalDate.of(2024, 1, 2), key),
        List.of(entities), List.of(), List.of());
  }

  /** Ends every server process of the store's connections, as a database restart does. */
  private int killConnections() throws SQLException {
    try (Connection c = DriverManager.getConnection(BASE); PreparedStatement ps = c.prepareStatement(
        "SELECT COUNT(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE application_name = ?"
            + " AND pid <> pg_backend_pid()")) {
      ps.setString(1, app);
      try (var rs = ps.executeQuery()) {
        rs.next();
        return rs.getInt(1);
      }
    }
  }

  @Test
  void readsAndWritesGoOnAfterTheDatabaseDroppedEveryConnection() throws Exception {
    try (Store store = Store.open(url)) {
      store.add(named("a", new Entity("P-zhang", EntityType.PERSON, "張勇", List.of("張勇"))));
      assertThat(store.search("张勇", null, false)).extracting(EntityMatch::entityId).containsExactly("P-zhang");
      assertThat(killConnections()).isPositive();
      assertThat(store.documentCount()).isEqualTo(1); // the next read works
      assertThat(store.add(named("b", new Entity("P-li", EntityType.PERSON, "李四", List.of("李四")))))
          .isEqualTo(Store.Added.NEW); // and so does the next write
      assertThat(store.document("b")).isPresent();
      assertThat(store.search("李", EntityType.PERSON, false)).extracting(EntityMatch::entityId).containsExactly("P-li");
      assertThat(store.search("四", null, true)).extracting(EntityMatch::entityId).containsExactly("P-li");
      assertThat(store.search("四", null, false)).isEmpty();
    }
  }

  @Test
  void theLocationShownHasNoPassword() {
    try (Store store = Store.open(url)) {
      assertThat(store.location()).startsWith("jdbc:postgresql:");
      if (url.toLowerCase(Locale.ROOT).contains("password=")) {
        assertThat(store.location()).contains("password=***");
      }
    }
  }
}
