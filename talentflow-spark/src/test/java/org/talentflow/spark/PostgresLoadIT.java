package org.talentflow.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * --db jdbc:postgresql://...: the job loads the store the command line and the web workspace read. Runs where
 * TALENTFLOW_TEST_PG names a database the tests may create schemas in (a JDBC URL with user and password, as .ci/run
 * sets it), in a schema of its own that it drops after; skipped elsewhere.
 */
class PostgresLoadIT {
  private static final String SERVER = System.getenv("TALENTFLOW_TEST_PG");

  @TempDir Path tmp;
  private String schema;
  private String url;

  @BeforeEach
  void schema() throws Exception {
    assumeTrue(SERVER != null && !SERVER.isBlank(), "TALENTFLOW_TEST_PG is not set: no PostgreSQL to test against");
    schema = "tf_spark_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toLowerCase(Locale.ROOT);
    try (Connection c = DriverManager.getConnection(SERVER); Statement s = c.createStatement()) {
      s.execute("CREATE SCHEMA " + schema);
    }
    url = SERVER + (SERVER.contains("?") ? "&" : "?") + "currentSchema=" + schema;
  }

  @AfterEach
  void drop() throws Exception {
    if (schema != null) {
      try (Connection c = DriverManager.getConnection(SERVER); Statement s = c.createStatement()) {
        s.execute("DROP SCHEMA " + schema + " CASCADE");
      }
    }
  }

  @Test
  void theJobLoadsAStoreThatEventsAndServeReadAsIngestsAndRefusesToLoadItTwice() throws Exception {
    Path samples = TestSpark.root().resolve("samples");
    Path out = tmp.resolve("out");
    TestSpark.Run job = TestSpark.spark(samples.toString(), "--out", out.toString(), "--db", url);
    assertThat(job.exit()).as(job.err()).isZero();
    assertThat(job.out()).as("the password is not printed").doesNotContain(SERVER);

    String ingestDb = tmp.resolve("ingest.db").toString();
    assertThat(TestSpark.cli(tmp, "ingest", "-q", "--db", ingestDb, samples.toString()).exit()).isZero();
    List<String> expected = TestSpark.lines(TestSpark.cli(tmp, "events", "--json", "--db", ingestDb).out());
    assertThat(TestSpark.lines(TestSpark.cli(tmp, "events", "--json", "--db", url).out())).isEqualTo(expected);
    assertThat(TestSpark.lines(out.resolve("events/json"))).isEqualTo(expected);

    assertThat(servedEvents(url)).isEqualTo(expected.size());

    TestSpark.Run again = TestSpark.spark(samples.toString(), "--out", tmp.resolve("again").toString(), "--db", url);
    assertThat(again.exit()).isEqualTo(3);
    assertThat(again.err()).contains("already holds documents");
  }

  /** How many events the web workspace lists, served from the store by the command line's jar. */
  private int servedEvents(String store) throws Exception {
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    Path jar = TestSpark.root().resolve("talentflow-cli/target/talentflow.jar");
    Process server = new ProcessBuilder("java", "-Xmx512m", "-jar", jar.toString(), "serve", "--db", store,
        "--port", Integer.toString(port), "--read-only")
        .redirectErrorStream(true).redirectOutput(tmp.resolve("serve.log").toFile()).start();
    try {
      HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
      HttpRequest get = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/events?limit=1")).build();
      IOException last = null;
      for (int i = 0; i < 120; i++) {
        try {
          HttpResponse<String> r = http.send(get, HttpResponse.BodyHandlers.ofString());
          if (r.statusCode() == 200) {
            return new ObjectMapper().readTree(r.body()).get("total").asInt();
          }
        } catch (IOException e) {
          last = e; // not listening yet: the server is starting
        }
        Thread.sleep(500);
      }
      throw new AssertionError("serve did not answer on port " + port, last);
    } finally {
      server.destroy();
      server.waitFor();
    }
  }
}
