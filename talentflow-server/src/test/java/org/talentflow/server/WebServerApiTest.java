package org.talentflow.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WebServerApiTest {
  static final ObjectMapper JSON = new ObjectMapper();
  @TempDir static Path dir;
  static Fixture f;

  @BeforeAll
  static void start() {
    f = new Fixture(dir, false, 20L << 20);
  }

  @AfterAll
  static void stop() {
    f.close();
  }

  static JsonNode ok(HttpResponse<String> r) throws Exception {
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    assertThat(r.headers().firstValue("content-type").orElse("")).startsWith("application/json");
    return JSON.readTree(r.body());
  }

  static String id(String q) throws Exception {
    return ok(f.get("/api/search?q=" + java.net.URLEncoder.encode(q, StandardCharsets.UTF_8))).get("items").get(0)
        .get("id").asText();
  }

  @Test
  void searchFindsAnyAliasInAnyScript() throws Exception {
    JsonNode r = ok(f.get("/api/search?q=" + java.net.URLEncoder.encode("梅西", StandardCharsets.UTF_8)));
    assertThat(r.get("items").get(0).get("name").asText()).isEqualTo("Lionel Messi");
    JsonNode t = ok(f.get("/api/search?q=" + java.net.URLEncoder.encode("張勇", StandardCharsets.UTF_8)));
    assertThat(t.get("items").get(0).get("name").asText()).isEqualTo("Daniel Zhang");
  }

  @Test
  void entityDetailHasTimelineWithSourcesAndSpells() throws Exception {
    JsonNode e = ok(f.get("/api/entities/" + id("Bob Iger")));
    assertThat(e.get("timeline").toString()).contains("REINSTATED", "disney-iger-2022");
    assertThat(e.get("spells").size()).isPositive();
  }

  @Test
  void unknownIdsAre404AndBadParametersAre400AsJson() throws Exception {
    HttpResponse<String> r = f.get("/api/entities/nobody");
    assertThat(r.statusCode()).isEqualTo(404);
    assertThat(JSON.readTree(r.body()).get("error").asText()).contains("nobody");
    assertThat(f.get("/api/documents/nothing").statusCode()).isEqualTo(404);
    for (HttpResponse<String> none : List.of(f.get("/api/no/such/endpoint"), f.send("POST", "/api/entities"),
        f.send("DELETE", "/api/documents/baidu-lu-qi"), f.send("PUT", "/api/nothing"))) {
      assertThat(none.statusCode()).isIn(404, 405);
      assertThat(none.headers().firstValue("content-type").orElse("")).startsWith("application/json");
      assertThat(JSON.readTree(none.body()).get("error").asText()).isNotBlank();
    }
    assertThat(f.get("/api/entities?limit=0").statusCode()).isEqualTo(400);
    assertThat(f.get("/api/entities?limit=lots").statusCode()).isEqualTo(400);
    assertThat(f.get("/api/events?type=PROMOTED").statusCode()).isEqualTo(400);
    assertThat(f.get("/api/search").statusCode()).isEqualTo(400);
    HttpResponse<String> bad = f.get("/api/orgs/" + id("Disney") + "/roster?at=yesterday");
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(JSON.readTree(bad.body()).get("error").asText()).contains("yesterday");
    assertThat(f.get("/api/orgs/" + id("Bob Iger") + "/roster").statusCode()).isEqualTo(400); // a person
  }

  @Test
  void departuresComeWithEverySourcesOutletTitleDateUrlAndEvidence() throws Exception {
    JsonNode d = ok(f.get("/api/orgs/" + id("OpenAI") + "/departures?from=2024-01-01&to=2024-12-31"));
    assertThat(d.get("rows").toString()).contains("Ilya Sutskever", "Jan Leike", "John Schulman", "Mira Murati",
        "Bob McGrew", "Barret Zoph");
    JsonNode schulman = null;
    for (JsonNode r : d.get("rows")) {
      if (r.get("person").get("name").asText().equals("John Schulman")) {
        schulman = r;
      }
    }
    assertThat(schulman.get("destination").asText()).isEqualTo("Anthropic");
    JsonNode src = schulman.get("sources").get(0);
    assertThat(src.get("url").asText()).isEqualTo("https://tech.example.com/2024/08/schulman");
    assertThat(src.get("outlet").asText()).isEqualTo("tech.example.com");
    assertThat(src.get("published").asText()).isEqualTo("2024-08-07");
    assertThat(src.get("title").asText()).contains("舒尔曼");
    assertThat(src.get("evidence").get("text").asText()).contains("舒尔曼");
    JsonNode y2023 = ok(f.get("/api/orgs/" + id("OpenAI") + "/departures?from=2023-01-01&to=2023-12-31"));
    assertThat(y2023.get("rows").toString()).contains("\"status\":\"reversed\"", "Microsoft");
    assertThat(f.get("/api/orgs/" + id("OpenAI") + "/departures?from=soon").statusCode()).isEqualTo(400);
  }

  @Test
  void anInternalErrorIsJsonAndLogged() throws Exception {
    java.io.PrintStream was = System.err;
    java.io.ByteArrayOutputStream log = new java.io.ByteArrayOutputStream();
    try (Fixture broken = new Fixture(dir.resolve("broken"), false, 1L << 20)) {
      broken.store.close(); // every read of the store now fails inside the server
      System.setErr(new java.io.PrintStream(log, true, StandardCharsets.UTF_8));
      HttpResponse<String> r = broken.get("/api/documents");
      assertThat(r.statusCode()).isEqualTo(500);
      assertThat(JSON.readTree(r.body()).get("error").asText()).startsWith("internal error");
    } finally {
      System.setErr(was);
    }
    assertThat(log.toString(StandardCharsets.UTF_8)).contains("ERROR", "500 on GET /api/documents", "at org.talentflow");
  }

  @Test
  void eventsArePagedAndFiltered() throws Exception {
    JsonNode all = ok(f.get("/api/events?limit=5"));
    assertThat(all.get("items").size()).isEqualTo(5);
    assertThat(all.get("total").asInt()).isGreaterThan(5);
    JsonNode doc = ok(f.get("/api/events?doc=messi-miami-2023"));
    assertThat(doc.get("items").toString()).contains("Lionel Messi", "Inter Miami CF");
    assertThat(doc.get("items").get(0).get("time").get("granularity").asText()).isEqualTo("day");
    assertThat(ok(f.get("/api/events?type=left")).get("total").asInt()).isPositive();
  }

  @Test
  void aDocumentComesWithItsHighlightSpans() throws Exception {
    JsonNode d = ok(f.get("/api/documents/baidu-lu-qi"));
    String text = d.get("text").asText();
    for (JsonNode ev : d.get("events")) {
      JsonNode e = ev.get("evidence");
      assertThat(text.substring(e.get("start").asInt(), e.get("end").asInt())).isEqualTo(e.get("text").asText());
    }
    assertThat(d.get("mentions").size()).isPositive();
    JsonNode messi = ok(f.get("/api/documents/messi-miami-2023")).get("document");
    assertThat(messi.get("url").asText()).isEqualTo("https://example.org/sport/messi");
    assertThat(messi.get("outlet").asText()).isEqualTo("example.org");
    assertThat(messi.get("published").asText()).isEqualTo("2023-07-16");
  }

  @Test
  void rosterFlowsStatsAndContradictions() throws Exception {
    String disney = id("Disney");
    JsonNode roster = ok(f.get("/api/orgs/" + disney + "/roster?at=2022-12-01"));
    assertThat(roster.get("items").toString()).contains("Bob Iger").doesNotContain("Bob Chapek");
    assertThat(ok(f.get("/api/orgs/" + disney + "/roster?at=2021-01-01")).get("items").toString()).contains("Bob Chapek");
    assertThat(ok(f.get("/api/orgs/" + id("巴黎圣日耳曼") + "/flows")).get("destinations").toString())
        .contains("Inter Miami CF", "Lionel Messi");
    assertThat(ok(f.get("/api/orgs/" + id("Twitter") + "/stats")).get("departures").toString()).contains("Parag Agrawal");
    assertThat(ok(f.get("/api/contradictions")).has("items")).isTrue();
    assertThat(ok(f.get("/api/openapi.json")).get("paths").has("/api/orgs/{id}/roster")).isTrue();
  }

  @Test
  void uploadsReportPerFileAndABadFileChangesNothing() throws Exception {
    Path good = Files.writeString(dir.resolve("good.txt"), "2024-03-01 10:00\n微软首席科学家玛丽·琼斯(Mary Jones)宣布离职。");
    Path bad = Files.write(dir.resolve("bad.txt"), new byte[] {0, 1, 2, 3});
    int before = ok(f.get("/api/documents")).get("total").asInt();
    HttpResponse<String> r = f.upload(good, bad);
    assertThat(r.statusCode()).isEqualTo(207);
    JsonNode report = JSON.readTree(r.body()).get("report");
    assertThat(report.get(0).get("new").asInt()).isEqualTo(1);
    assertThat(report.get(1).get("problems").get(0).asText()).contains("bad.txt", "binary");
    assertThat(ok(f.get("/api/documents")).get("total").asInt()).isEqualTo(before + 1);
    assertThat(ok(f.get("/api/search?q=Mary")).get("total").asInt()).isEqualTo(1);
  }

  @Test
  void aHostileArticleComesBackAsTextVerbatim() throws Exception {
    Path hostile = Path.of(getClass().getResource("/hostile/hostile.txt").toURI());
    HttpResponse<String> r = f.upload(hostile);
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    JsonNode d = ok(f.get("/api/documents/hostile"));
    assertThat(d.get("text").asText()).contains("<script>window.__pwned = 1; alert('pwned')</script>", "&lt;b&gt;");
    assertThat(d.get("text").asText().length()).isGreaterThan(1_700_000);
  }

  @Test
  void pagesAndAssetsAreServedWithAStrictContentPolicy() throws Exception {
    HttpResponse<String> page = f.get("/");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("/assets/echarts/echarts.min.js").doesNotContain("http://", "https://");
    assertThat(page.headers().firstValue("content-security-policy").orElse("")).contains("script-src 'self'");
    assertThat(f.get("/assets/echarts/echarts.min.js").statusCode()).isEqualTo(200);
  }

  @Test
  void aReadOnlyServerRefusesUploads() throws Exception {
    try (Fixture ro = new Fixture(dir.resolve("ro"), true, 1L << 20)) {
      Path good = Files.writeString(dir.resolve("ro-good.txt"), "张三辞职。");
      HttpResponse<String> r = ro.upload(good);
      assertThat(r.statusCode()).isEqualTo(403);
      assertThat(JSON.readTree(r.body()).get("error").asText()).contains("read-only");
    }
  }

  @Test
  void anUploadOverTheLimitIs413() throws Exception {
    try (Fixture small = new Fixture(dir.resolve("small"), false, 64 * 1024)) {
      Path big = Files.writeString(dir.resolve("big.txt"), "长".repeat(100_000));
      assertThat(small.upload(big).statusCode()).isEqualTo(413);
    }
  }
}
