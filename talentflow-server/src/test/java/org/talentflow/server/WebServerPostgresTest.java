package org.talentflow.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The workspace on PostgreSQL (TALENTFLOW_TEST_PG, a jdbc:postgresql:// URL with user and password, as .ci/run
 * sets it; skipped otherwise), in a schema of its own that is dropped afterwards.
 */
class WebServerPostgresTest {
  static final String BASE = System.getenv("TALENTFLOW_TEST_PG");

  @Test
  void theNextRequestWorksAfterTheDatabaseDroppedEveryConnection() throws Exception {
    assumeThat(BASE).as("TALENTFLOW_TEST_PG (a jdbc:postgresql:// URL) is not set").isNotBlank();
    String schema = "tf_web_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toLowerCase(Locale.ROOT);
    try (Connection c = DriverManager.getConnection(BASE); Statement s = c.createStatement()) {
      s.execute("CREATE SCHEMA " + schema);
    }
    String url = BASE + (BASE.contains("?") ? "&" : "?") + "currentSchema=" + schema + "&ApplicationName=" + schema;
    try (Fixture f = new Fixture(url, new WebServer.Options("127.0.0.1", 0, false, 1L << 20))) {
      assertThat(f.get("/api/search?q=OpenAI").body()).contains("\"OpenAI\"");
      if (BASE.contains("password=")) {
        assertThat(f.store.location()).contains("password=***");
      }
      try (Connection c = DriverManager.getConnection(BASE); PreparedStatement ps = c.prepareStatement(
          "SELECT COUNT(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE application_name = ?"
              + " AND pid <> pg_backend_pid()")) {
        ps.setString(1, schema);
        try (var rs = ps.executeQuery()) {
          rs.next();
          assertThat(rs.getInt(1)).isPositive(); // as a database restart does
        }
      }
      HttpResponse<String> search = f.get("/api/search?q=OpenAI");
      assertThat(search.statusCode()).as(search.body()).isEqualTo(200);
      assertThat(f.get("/api/documents/messi-miami-2023").statusCode()).isEqualTo(200);
      HttpResponse<String> upload = f.upload(java.util.Map.of(), java.util.List.of(java.util.Map.entry("pg.txt",
          "2024-04-02 10:00\n谷歌首席财务官露丝·波拉特(Ruth Porat)宣布卸任。".getBytes(java.nio.charset.StandardCharsets.UTF_8))));
      assertThat(upload.statusCode()).as(upload.body()).isEqualTo(200); // the writer's connection is opened again
    } finally {
      try (Connection c = DriverManager.getConnection(BASE); Statement s = c.createStatement()) {
        s.execute("DROP SCHEMA " + schema + " CASCADE");
      }
    }
  }
}
