package org.talentflow.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.UploadedFile;
import io.javalin.http.staticfiles.Location;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import org.talentflow.Pipeline;
import org.talentflow.knowledge.Contradictions;
import org.talentflow.knowledge.Interval;
import org.talentflow.knowledge.Knowledge;
import org.talentflow.knowledge.MergedEvent;
import org.talentflow.knowledge.Source;
import org.talentflow.knowledge.Spell;
import org.talentflow.model.Entity;
import org.talentflow.model.EntityType;
import org.talentflow.model.Evidence;
import org.talentflow.model.PersonnelEvent;
import org.talentflow.read.DocumentReader;
import org.talentflow.resolve.EntityIds;
import org.talentflow.store.Ingestion;
import org.talentflow.store.Snapshot;
import org.talentflow.store.Store;
import org.talentflow.store.StoredDocument;
import org.talentflow.store.StoredEvent;
import org.talentflow.store.StoredMention;
import org.talentflow.text.HanlpScriptConverter;
import org.talentflow.text.ScriptConverter;

/**
 * The web workspace: a JSON API over the store (documented in /api/openapi.json) and the pages under /, with
 * ECharts served from the build. Listens on 127.0.0.1 unless told otherwise; uploads can be switched off. Article
 * text is only ever sent as JSON and put into pages as text, never as HTML.
 */
public final class WebServer implements AutoCloseable {
  /** How the server listens and what it allows. */
  public record Options(String host, int port, boolean readOnly, long maxUploadBytes) {
    public Options {
      Objects.requireNonNull(host, "host");
      if (port < 0 || port > 65535) {
        throw new IllegalArgumentException("port out of range: " + port);
      }
      if (maxUploadBytes <= 0) {
        throw new IllegalArgumentException("upload limit must be positive: " + maxUploadBytes);
      }
    }
  }

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int MAX_PAGE = 500;
  private static final String ECHARTS = "/META-INF/resources/_static/echarts/5.6.0/dist/echarts.min.js";

  private final Javalin app;
  private final Store store;
  private final Supplier<Pipeline> pipeline;
  private final Options options;
  private final ReentrantLock lock = new ReentrantLock();
  private final ScriptConverter script = new HanlpScriptConverter();
  private Snapshot snapshot;

  private WebServer(Store store, Supplier<Pipeline> pipeline, Options options) {
    this.store = store;
    this.pipeline = pipeline;
    this.options = options;
    this.app = Javalin.create(config -> {
      config.showJavalinBanner = false;
      config.http.maxRequestSize = options.maxUploadBytes();
      config.staticFiles.add(sf -> {
        sf.hostedPath = "/";
        sf.directory = "/web";
        sf.location = Location.CLASSPATH;
      });
    });
    routes();
  }

  /** Starts a server on the store; the pipeline is built on the first upload. */
  public static WebServer start(Store store, Supplier<Pipeline> pipeline, Options options) {
    WebServer s = new WebServer(store, pipeline, options);
    s.app.start(options.host(), options.port());
    return s;
  }

  public int port() {
    return app.port();
  }

  @Override
  public void close() {
    app.stop();
  }

  /** A client error: the message goes back as JSON with the status. */
  static final class ApiError extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final int status;

    ApiError(int status, String message) {
      super(message);
      this.status = status;
    }
  }

  private void routes() {
    app.before(ctx -> {
      ctx.header("Content-Security-Policy", "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
          + " object-src 'none'; base-uri 'none'; frame-ancestors 'none'");
      ctx.header("X-Content-Type-Options", "nosniff");
    });
    app.exception(ApiError.class, (e, ctx) -> error(ctx, e.status, e.getMessage()));
    app.exception(Exception.class, (e, ctx) -> error(ctx, 500, "internal error: " + e.getMessage()));
    app.error(404, ctx -> {
      if (ctx.path().startsWith("/api/") && ctx.result() == null) {
        error(ctx, 404, "no such endpoint: " + ctx.path());
      }
    });

    // ECharts from its Maven artifact: the workspace works offline, nothing comes from a CDN
    app.get("/assets/echarts/echarts.min.js", ctx -> ctx.contentType("text/javascript; charset=utf-8")
        .header("Cache-Control", "max-age=86400").result(resource(ECHARTS)));
    app.get("/api/openapi.json", ctx -> ctx.contentType("application/json").result(resource("/openapi.json")));
    app.get("/api/search", this::search);
    app.get("/api/entities", this::entities);
    app.get("/api/entities/{id}", this::entity);
    app.get("/api/events", this::events);
    app.get("/api/documents", this::documents);
    app.get("/api/documents/{key}", this::document);
    app.get("/api/orgs/{id}/roster", this::roster);
    app.get("/api/orgs/{id}/flows", this::flows);
    app.get("/api/orgs/{id}/stats", this::stats);
    app.get("/api/contradictions", this::contradictions);
    app.post("/api/ingest", this::ingest);
  }

  private static void error(Context ctx, int status, String message) {
    ctx.status(status).contentType("application/json")
        .result(JSON.createObjectNode().put("error", message).put("status", status).toString());
  }

  private byte[] resource(String path) throws IOException {
    try (InputStream in = WebServer.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new ApiError(404, "missing resource " + path);
      }
      return in.readAllBytes();
    }
  }

  private <T> T locked(Supplier<T> work) {
    lock.lock();
    try {
      return work.get();
    } finally {
      lock.unlock();
    }
  }

  private Snapshot snapshot() {
    return locked(() -> {
      if (snapshot == null) {
        snapshot = Snapshot.of(store);
      }
      return snapshot;
    });
  }

  private static int intParam(Context ctx, String name, int dflt, int min, int max) {
    String v = ctx.queryParam(name);
    if (v == null) {
      return dflt;
    }
    try {
      int n = Integer.parseInt(v);
      if (n < min || n > max) {
        throw new ApiError(400, name + " must be between " + min + " and " + max + ", not " + n);
      }
      return n;
    } catch (NumberFormatException e) {
      throw new ApiError(400, name + " must be a number, not '" + v + "'");
    }
  }

  private static void json(Context ctx, Object node) {
    ctx.contentType("application/json; charset=utf-8").result(node.toString());
  }

  static ObjectNode entityJson(Entity e) {
    ObjectNode n = JSON.createObjectNode();
    n.put("id", e.id()).put("type", e.type().name()).put("name", e.name());
    ArrayNode a = n.putArray("aliases");
    e.aliases().forEach(a::add);
    return n;
  }

  static ObjectNode evidenceJson(Evidence e) {
    return JSON.createObjectNode().put("doc", e.doc()).put("start", e.start()).put("end", e.end()).put("text", e.text());
  }

  static ObjectNode eventJson(String doc, PersonnelEvent e) {
    ObjectNode n = JSON.createObjectNode();
    n.put("doc", doc).put("type", e.type().name());
    n.set("person", entityJson(e.person()));
    n.set("org", e.org() == null ? null : entityJson(e.org()));
    n.set("other_org", e.otherOrg() == null ? null : entityJson(e.otherOrg()));
    n.put("role", e.role());
    if (e.time() == null) {
      n.putNull("time");
    } else {
      n.putObject("time").put("value", e.time().value()).put("text", e.time().text());
    }
    n.put("polarity", e.polarity().label());
    n.set("evidence", evidenceJson(e.evidence()));
    n.put("confidence", Math.round(e.confidence() * 100) / 100.0);
    return n;
  }

  private List<Entity> matching(String q, EntityType type) {
    String key = EntityIds.key(script.toSimplified(q));
    List<Entity> all = locked(store::entities);
    List<Entity> out = new ArrayList<>();
    for (Entity e : all) {
      if (type != null && e.type() != type) {
        continue;
      }
      boolean hit = key.isEmpty();
      for (String a : e.aliases()) {
        hit |= EntityIds.key(script.toSimplified(a)).contains(key);
      }
      hit |= EntityIds.key(script.toSimplified(e.name())).contains(key);
      if (hit) {
        out.add(e);
      }
    }
    return out;
  }

  private EntityType typeParam(Context ctx) {
    String t = ctx.queryParam("type");
    if (t == null) {
      return null;
    }
    try {
      return EntityType.valueOf(t.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new ApiError(400, "type must be PERSON or ORG, not '" + t + "'");
    }
  }

  private void search(Context ctx) {
    String q = ctx.queryParam("q");
    if (q == null || q.isBlank()) {
      throw new ApiError(400, "q is required: a name or alias in any script");
    }
    int limit = intParam(ctx, "limit", 20, 1, MAX_PAGE);
    java.util.Map<String, int[]> counts = locked(store::mentionCounts);
    List<Entity> found = matching(q.strip(), typeParam(ctx));
    found.sort(Comparator.comparingInt((Entity e) -> -counts.getOrDefault(e.id(), new int[2])[0]));
    ArrayNode items = JSON.createArrayNode();
    found.stream().limit(limit).forEach(e -> items.add(entityJson(e).put("mentions", counts.getOrDefault(e.id(), new int[2])[0])));
    json(ctx, JSON.createObjectNode().put("query", q).put("total", found.size()).set("items", items));
  }

  private void entities(Context ctx) {
    int offset = intParam(ctx, "offset", 0, 0, Integer.MAX_VALUE);
    int limit = intParam(ctx, "limit", 50, 1, MAX_PAGE);
    List<Entity> all = matching("", typeParam(ctx));
    java.util.Map<String, int[]> counts = locked(store::mentionCounts);
    ArrayNode items = JSON.createArrayNode();
    all.stream().skip(offset).limit(limit).forEach(e -> items.add(entityJson(e)
        .put("mentions", counts.getOrDefault(e.id(), new int[2])[0]).put("documents", counts.getOrDefault(e.id(), new int[2])[1])));
    json(ctx, JSON.createObjectNode().put("total", all.size()).put("offset", offset).put("limit", limit).set("items", items));
  }

  private Entity entityOr404(String id) {
    return locked(store::entities).stream().filter(e -> e.id().equals(id)).findFirst()
        .orElseThrow(() -> new ApiError(404, "no entity with id '" + id + "'"));
  }

  private void entity(Context ctx) {
    Entity e = entityOr404(ctx.pathParam("id"));
    Snapshot s = snapshot();
    ObjectNode n = entityJson(e);
    List<StoredMention> mentions = locked(() -> store.mentionsOf(e.id()));
    ArrayNode docs = n.putArray("documents");
    mentions.stream().map(StoredMention::docKey).distinct().forEach(docs::add);
    ArrayNode timeline = n.putArray("timeline");
    List<MergedEvent> mine = s.knowledge().merged().stream()
        .filter(m -> m.person().id().equals(e.id()) || (m.org() != null && m.org().id().equals(e.id()))).toList();
    for (MergedEvent m : Knowledge.orderForDisplay(mine)) {
      timeline.add(mergedJson(m));
    }
    ArrayNode spells = n.putArray("spells");
    for (Spell sp : s.knowledge().spellsOf(e.id())) {
      ObjectNode x = spells.addObject();
      x.set("org", entityJson(sp.org()));
      x.put("start", sp.start()).put("end", sp.end())
          .put("end_type", sp.endType() == null ? null : sp.endType().name())
          .put("status", s.knowledge().statusNow(e.id(), sp.org().id()));
      ArrayNode roles = x.putArray("roles");
      sp.roles().forEach(roles::add);
    }
    json(ctx, n);
  }

  private static ObjectNode mergedJson(MergedEvent m) {
    ObjectNode x = JSON.createObjectNode();
    x.put("type", m.type().name()).put("time", m.time()).put("polarity", m.polarity().label());
    x.set("person", entityJson(m.person()));
    x.set("org", m.org() == null ? null : entityJson(m.org()));
    ArrayNode others = x.putArray("other_orgs");
    m.otherOrgs().forEach(o -> others.add(entityJson(o)));
    ArrayNode roles = x.putArray("roles");
    m.roles().forEach(roles::add);
    ArrayNode alts = x.putArray("alternatives");
    m.alternatives().forEach(a -> alts.addObject().put("time", a.time()).put("sources", a.sources().size()));
    ArrayNode sources = x.putArray("sources");
    for (Source src : m.sources()) {
      sources.add(evidenceJson(src.evidence()));
    }
    return x;
  }

  private void events(Context ctx) {
    String doc = ctx.queryParam("doc");
    String type = ctx.queryParam("type");
    String person = ctx.queryParam("person");
    int offset = intParam(ctx, "offset", 0, 0, Integer.MAX_VALUE);
    int limit = intParam(ctx, "limit", 100, 1, MAX_PAGE);
    if (type != null && java.util.Arrays.stream(org.talentflow.model.EventType.values()).noneMatch(t -> t.name().equals(type))) {
      throw new ApiError(400, "type must be one of " + java.util.Arrays.toString(org.talentflow.model.EventType.values()));
    }
    List<StoredEvent> all = locked(store::events).stream()
        .filter(se -> doc == null || se.docKey().equals(doc))
        .filter(se -> type == null || se.event().type().name().equals(type))
        .filter(se -> person == null || se.event().person().id().equals(person)).toList();
    ArrayNode items = JSON.createArrayNode();
    all.stream().skip(offset).limit(limit).forEach(se -> items.add(eventJson(se.docKey(), se.event())));
    json(ctx, JSON.createObjectNode().put("total", all.size()).put("offset", offset).put("limit", limit).set("items", items));
  }

  private void documents(Context ctx) {
    int offset = intParam(ctx, "offset", 0, 0, Integer.MAX_VALUE);
    int limit = intParam(ctx, "limit", 100, 1, MAX_PAGE);
    List<StoredDocument> all = locked(store::documents);
    ArrayNode items = JSON.createArrayNode();
    all.stream().skip(offset).limit(limit).forEach(d -> items.addObject().put("doc", d.key()).put("version", d.version())
        .put("title", d.title()).put("published", d.published()).put("chars", d.chars()).put("events", d.events()));
    json(ctx, JSON.createObjectNode().put("total", all.size()).put("offset", offset).put("limit", limit).set("items", items));
  }

  /** The original text with the spans to highlight: entity mentions and event evidence. */
  private void document(Context ctx) {
    String key = ctx.pathParam("key");
    String text = locked(() -> store.documentText(key))
        .orElseThrow(() -> new ApiError(404, "no document '" + key + "'"));
    StoredDocument meta = locked(store::documents).stream().filter(d -> d.key().equals(key))
        .max(Comparator.comparingInt(StoredDocument::version)).orElseThrow();
    java.util.Map<String, Entity> byId = new java.util.HashMap<>();
    locked(store::entities).forEach(e -> byId.put(e.id(), e));
    ObjectNode n = JSON.createObjectNode();
    n.put("doc", key).put("title", meta.title()).put("published", meta.published()).put("version", meta.version())
        .put("text", text);
    ArrayNode mentions = n.putArray("mentions");
    for (StoredMention m : locked(() -> store.mentionsIn(key))) {
      Entity e = byId.get(m.entityId());
      mentions.addObject().put("start", m.start()).put("end", m.end()).put("entity", m.entityId())
          .put("name", e == null ? m.text() : e.name()).put("type", e == null ? null : e.type().name());
    }
    ArrayNode events = n.putArray("events");
    for (StoredEvent se : locked(store::events)) {
      if (se.docKey().equals(key)) {
        events.add(eventJson(key, se.event()));
      }
    }
    json(ctx, n);
  }

  private Entity orgOr404(Context ctx) {
    Entity e = entityOr404(ctx.pathParam("id"));
    if (e.type() != EntityType.ORG) {
      throw new ApiError(400, "'" + e.name() + "' is a person, not an organization");
    }
    return e;
  }

  private void roster(Context ctx) {
    Entity org = orgOr404(ctx);
    Snapshot s = snapshot();
    LocalDate at;
    String v = ctx.queryParam("at");
    try {
      at = v == null ? s.knowledge().asOf() : LocalDate.parse(v);
    } catch (DateTimeParseException e) {
      throw new ApiError(400, "at must be a date like 2023-11-18, not '" + v + "'");
    }
    ArrayNode items = JSON.createArrayNode();
    for (Knowledge.RosterEntry r : s.knowledge().roster(org.id(), at)) {
      ObjectNode x = items.addObject();
      x.set("person", entityJson(r.person()));
      x.put("since", r.since()).put("status", r.status());
      ArrayNode roles = x.putArray("roles");
      r.roles().forEach(roles::add);
    }
    ArrayNode dates = JSON.createArrayNode();
    s.knowledge().merged().stream().filter(m -> m.org() != null && m.org().id().equals(org.id()) && m.time() != null)
        .map(m -> Interval.of(m.time()).start().toString()).distinct().sorted().forEach(dates::add);
    json(ctx, JSON.createObjectNode().put("org", org.name()).put("at", at.toString())
        .put("as_of", s.knowledge().asOf().toString()).<ObjectNode>set("event_dates", dates).set("items", items));
  }

  private void flows(Context ctx) {
    Entity org = orgOr404(ctx);
    Knowledge.Flows f = snapshot().knowledge().flows(org.id());
    ObjectNode n = JSON.createObjectNode().put("org", org.name());
    n.set("destinations", flowsJson(f.destinations()));
    n.set("origins", flowsJson(f.origins()));
    ArrayNode unknown = n.putArray("unknown_destination");
    f.unknownDestination().forEach(m -> unknown.addObject().put("person", m.person().name()).put("time", m.time()));
    json(ctx, n);
  }

  private static ArrayNode flowsJson(List<Knowledge.Flow> flows) {
    ArrayNode a = JSON.createArrayNode();
    for (Knowledge.Flow f : flows) {
      ObjectNode x = a.addObject();
      x.set("other", entityJson(f.other()));
      x.put("count", f.moves().size());
      ArrayNode people = x.putArray("people");
      f.moves().forEach(m -> people.addObject().put("id", m.person().id()).put("name", m.person().name()).put("time", m.time()));
    }
    return a;
  }

  private void stats(Context ctx) {
    Entity org = orgOr404(ctx);
    Snapshot s = snapshot();
    Knowledge.Stats st = s.knowledge().stats(org.id(), "true".equals(ctx.queryParam("quarters")));
    ObjectNode n = JSON.createObjectNode().put("org", org.name()).put("as_of", s.knowledge().asOf().toString());
    ObjectNode periods = n.putObject("departures");
    st.departuresByPeriod().forEach((p, moves) -> {
      ArrayNode who = periods.putArray(p);
      moves.forEach(m -> who.addObject().put("id", m.person().id()).put("name", m.person().name())
          .put("how", m.how()).put("time", m.time()));
    });
    ArrayNode cof = n.putArray("cofounders");
    st.cofounders().forEach(c -> cof.addObject().put("id", c.person().id()).put("name", c.person().name())
        .put("status", c.status()));
    ArrayNode v = n.putArray("founded_by_alumni");
    st.foundedByAlumni().forEach(a -> v.addObject().put("org", a.venture().name()).put("founder", a.founder().name())
        .put("time", a.time()));
    json(ctx, n);
  }

  private void contradictions(Context ctx) {
    Snapshot s = snapshot();
    ArrayNode items = JSON.createArrayNode();
    for (Contradictions.Contradiction c : Contradictions.find(s.knowledge(), s.claims(), s.published())) {
      ObjectNode x = items.addObject().put("kind", c.kind().name().toLowerCase(Locale.ROOT)).put("about", c.about())
          .put("note", c.note());
      ArrayNode sides = x.putArray("sides");
      for (Contradictions.Side side : c.sides()) {
        ArrayNode ev = sides.addObject().put("says", side.says()).putArray("evidence");
        side.evidence().forEach(e -> ev.add(evidenceJson(e)));
      }
    }
    json(ctx, JSON.createObjectNode().put("total", items.size()).set("items", items));
  }

  /** Uploads: each file read, analyzed and stored document by document; a bad file changes nothing stored. */
  private void ingest(Context ctx) throws IOException {
    if (options.readOnly()) {
      throw new ApiError(403, "this server is read-only (--read-only): uploads are off");
    }
    if (ctx.contentLength() < 0 || ctx.contentLength() > options.maxUploadBytes()) {
      throw new ApiError(413, "upload too large or of unknown size (limit " + options.maxUploadBytes() / 1048576.0
          + " MB)");
    }
    List<UploadedFile> files = ctx.uploadedFiles("files");
    if (files.isEmpty()) {
      throw new ApiError(400, "no files: send multipart/form-data with one or more 'files'");
    }
    Path dir = Files.createTempDirectory("talentflow-upload");
    ArrayNode report = JSON.createArrayNode();
    int failed = 0;
    try {
      Pipeline p = pipeline.get();
      for (UploadedFile f : files) {
        String given = Path.of(f.filename().replace('\\', '/')).getFileName().toString();
        String name = given.isBlank() || given.startsWith(".") ? "upload.txt" : given;
        Path saved = dir.resolve(name);
        try (InputStream in = f.content()) {
          Files.copy(in, saved);
        }
        ObjectNode r = report.addObject().put("file", name).put("bytes", f.size());
        Ingestion.Result result = locked(() -> {
          Ingestion.Result x = new Ingestion(store, p, new DocumentReader(DocumentReader.Options.defaults()))
              .run(List.of(saved), new Ingestion.Listener() {});
          snapshot = null;
          return x;
        });
        ArrayNode problems = r.putArray("problems");
        result.problems().forEach(pr -> problems.add(pr.source().replace(saved.toString(), name) + ": " + pr.message()));
        r.put("new", result.added()).put("new_versions", result.newVersions()).put("unchanged", result.unchanged())
            .put("events", result.events());
        failed += problems.isEmpty() ? 0 : 1;
      }
    } finally {
      try (var s = Files.list(dir)) {
        for (Path x : s.toList()) {
          Files.deleteIfExists(x);
        }
      }
      Files.deleteIfExists(dir);
    }
    ctx.status(failed == 0 ? HttpStatus.OK : HttpStatus.MULTI_STATUS);
    json(ctx, JSON.createObjectNode().put("files", files.size()).put("failed", failed).set("report", report));
  }
}
