package org.talentflow.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.talentflow.model.SourceDocument;
import org.talentflow.store.Store;

/** What a workspace left running for a team must refuse, and how it answers bad uploads. */
class WebServerSafetyTest {
  @TempDir static Path dir;
  static Fixture f;

  @BeforeAll
  static void start() {
    f = new Fixture(dir, new WebServer.Options("127.0.0.1", 0, false, 1L << 20, Set.of("workspace.example.org")));
  }

  @AfterAll
  static void stop() {
    f.close();
  }

  static JsonNode json(HttpResponse<String> r) throws Exception {
    assertThat(r.headers().firstValue("content-type").orElse("")).startsWith("application/json");
    return WebServerApiTest.JSON.readTree(r.body());
  }

  static int documents() throws Exception {
    return json(f.get("/api/documents")).get("total").asInt();
  }

  static Map.Entry<String, byte[]> file(String name, String text) {
    return Map.entry(name, text.getBytes(StandardCharsets.UTF_8));
  }

  static String get(String host, String path) throws Exception {
    return f.raw("GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n");
  }

  /** No answer names a folder of the server. */
  static void leaksNoPath(String body) {
    assertThat(body).doesNotContain(System.getProperty("java.io.tmpdir"), "talentflow-upload", dir.toString(),
        "Exception");
  }

  @Test
  void aRequestNamingAnotherHostIsRefusedAsDnsRebinding() throws Exception {
    String rebound = get("attacker.example:" + f.server.port(), "/api/search?q=OpenAI");
    assertThat(rebound).startsWith("HTTP/1.1 421").contains("application/json", "attacker.example",
        "--allowed-host").doesNotContain("OpenAI\",");
    assertThat(get("attacker.example", "/")).startsWith("HTTP/1.1 421"); // the page too, not only the API
    assertThat(get("127.0.0.1.attacker.example", "/app.js")).startsWith("HTTP/1.1 421");
    for (String host : List.of("127.0.0.1:" + f.server.port(), "localhost:" + f.server.port(), "LOCALHOST",
        "[::1]:" + f.server.port(), "workspace.example.org", "Workspace.Example.Org.:" + f.server.port())) {
      assertThat(get(host, "/api/search?q=OpenAI")).as(host).startsWith("HTTP/1.1 200").contains("\"OpenAI\"");
    }
  }

  @Test
  void listeningOnEveryAddressNeedsTheHostNamesToAnswer() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> new WebServer.Options("0.0.0.0", 0, false, 1, Set.of()))
        .hasMessageContaining("--allowed-host");
    assertThat(new WebServer.Options("0.0.0.0", 0, false, 1, Set.of("Team.Example")).allowedHosts())
        .containsExactly("team.example");
  }

  @Test
  void aCrossOriginMultipartUploadIsRefusedAndStoresNothing() throws Exception {
    int before = documents();
    List<Map.Entry<String, byte[]>> article = List.of(file("cross.txt", "2024-03-01 10:00\n某公司总裁张伟宣布离职。"));
    for (Map<String, String> crossSite : List.of(Map.of("Origin", "http://evil.example"),
        Map.of("Origin", "http://127.0.0.1:" + (f.server.port() == 1 ? 2 : f.server.port() - 1)), // another local port
        Map.of("Origin", "null"),
        Map.of("Sec-Fetch-Site", "cross-site", "Origin", "http://evil.example"),
        Map.of("Sec-Fetch-Site", "same-site"))) {
      HttpResponse<String> r = f.upload(crossSite, article);
      assertThat(r.statusCode()).as(crossSite.toString()).isEqualTo(403);
      assertThat(json(r).get("error").asText()).contains("cross-site request refused");
    }
    assertThat(documents()).isEqualTo(before);
    // the workspace's own page sends its own origin, and a program (curl) sends none: both may upload
    HttpResponse<String> own = f.upload(Map.of("Origin", f.base(), "Sec-Fetch-Site", "same-origin"), article);
    assertThat(own.statusCode()).as(own.body()).isEqualTo(200);
    HttpResponse<String> program = f.upload(Map.of(), List.of(file("program.txt", "某公司副总裁李娜宣布离职。")));
    assertThat(program.statusCode()).as(program.body()).isEqualTo(200);
    assertThat(documents()).isEqualTo(before + 2);
  }

  @Test
  void twoFilesOfTheSameNameAreBothStoredAndBothReported() throws Exception {
    int before = documents();
    HttpResponse<String> r = f.upload(Map.of(), List.of(file("twice.txt", "2024-01-05\n甲公司首席财务官王芳宣布离职。"),
        file("twice.txt", "2024-02-07\n乙公司首席技术官赵磊宣布离职。")));
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    JsonNode report = json(r).get("report");
    assertThat(report).hasSize(2);
    assertThat(report.get(0).get("file").asText()).isEqualTo("twice.txt");
    assertThat(report.get(1).get("file").asText()).isEqualTo("twice.txt");
    assertThat(report.get(0).get("new").asInt()).isEqualTo(1);
    assertThat(report.get(1).get("new_versions").asInt()).isEqualTo(1); // same name: the same document, changed
    assertThat(documents()).isEqualTo(before + 2);
    leaksNoPath(r.body());
  }

  @Test
  void aFileNamedSlashIsABadRequestAndNothingIsStored() throws Exception {
    int before = documents();
    for (String name : List.of("/", "..", "a/b/..", "dir/")) {
      HttpResponse<String> r = f.upload(Map.of(), List.of(file("fine.txt", "丙公司总裁孙强宣布离职。"), file(name, "x")));
      assertThat(r.statusCode()).as(name).isEqualTo(400);
      assertThat(json(r).get("error").asText()).contains("file 2", "no usable name", "nothing was stored");
      leaksNoPath(r.body());
    }
    assertThat(documents()).isEqualTo(before);
  }

  @Test
  void aMalformedMultipartBodyIsABadRequest() throws Exception {
    HttpResponse<String> r = f.post("multipart/form-data; boundary=XYZ",
        "--XYZ\r\nContent-Disposition: form-data; name=\"files\"; filename=\"a.txt\"\r\n\r\nno closing boundary"
            .getBytes(StandardCharsets.UTF_8), Map.of());
    assertThat(r.statusCode()).as(r.body()).isEqualTo(400);
    assertThat(json(r).get("error").asText()).contains("malformed multipart");
    leaksNoPath(r.body());
    HttpResponse<String> noBoundary = f.post("multipart/form-data", "garbage".getBytes(StandardCharsets.UTF_8), Map.of());
    assertThat(noBoundary.statusCode()).as(noBoundary.body()).isEqualTo(400);
    leaksNoPath(noBoundary.body());
    HttpResponse<String> notMultipart = f.post("application/json", "{}".getBytes(StandardCharsets.UTF_8), Map.of());
    assertThat(notMultipart.statusCode()).isEqualTo(415);
    assertThat(json(notMultipart).get("error").asText()).contains("multipart/form-data");
  }

  @Test
  void anUploadTooLargeIs413AsJson() throws Exception {
    HttpResponse<String> r = null;
    // the server refuses by Content-Length and closes the connection; a client still sending the body may see the
    // connection closed before it reads the answer, so the request is tried again (a few times at most)
    for (int attempt = 0; r == null && attempt < 5; attempt++) {
      try {
        r = f.upload(Map.of(), List.of(file("big.txt", "长".repeat(400_000))));
      } catch (java.io.IOException closedWhileSending) {
        if (attempt == 4) {
          throw closedWhileSending;
        }
      }
    }
    assertThat(r.statusCode()).isEqualTo(413);
    assertThat(json(r).get("error").asText()).contains("too large");
    leaksNoPath(r.body());
  }

  @Test
  void documentsAnotherProcessStoresAppearWithoutARestart() throws Exception {
    String before = json(f.get("/api/search?q=OpenAI")).toString(); // the pages have computed their knowledge
    assertThat(before).contains("OpenAI");
    try (Store cli = Store.open(f.store.location())) {
      cli.add(Fixture.PIPELINE.analyze(new SourceDocument("cli-doc", "cli-doc.txt", null, "外部写入", null,
          "2024-10-02 09:00\n谷歌首席运营官彼得·格林(Peter Green)宣布离职。")));
    }
    JsonNode found = json(f.get("/api/search?q=" + "Peter%20Green"));
    assertThat(found.get("total").asInt()).isEqualTo(1); // read from the store at once
    assertThat(f.get("/api/documents/cli-doc").statusCode()).isEqualTo(200);
    String id = found.get("items").get(0).get("id").asText();
    Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
    String timeline = "";
    while (Instant.now().isBefore(deadline) && !timeline.contains("cli-doc")) {
      timeline = json(f.get("/api/entities/" + id)).get("timeline").toString();
      Thread.sleep(200);
    }
    assertThat(timeline).contains("cli-doc", "LEFT"); // and in the merged timeline once it is computed again
  }

  @Test
  void aReadOnlyWorkspaceShowsNoUploadLink() throws Exception {
    try (Fixture ro = new Fixture(dir.resolve("ro"), true, 1L << 20)) {
      String page = ro.get("/").body();
      assertThat(page).contains("search-box").doesNotContain("upload-link", "#/upload");
      assertThat(f.get("/").body()).contains("upload-link");
    }
  }
}
