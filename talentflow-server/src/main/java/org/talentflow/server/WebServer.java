package org.talentflow.server;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
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
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.talentflow.Pipeline;
import org.talentflow.knowledge.Contradictions;
import org.talentflow.knowledge.Departures;
import org.talentflow.knowledge.Interval;
import org.talentflow.knowledge.Knowledge;
import org.talentflow.knowledge.MergedEvent;
import org.talentflow.knowledge.view.ClaimView;
import org.talentflow.knowledge.view.ContradictionView;
import org.talentflow.knowledge.view.DocumentView;
import org.talentflow.knowledge.view.EntitySummaryView;
import org.talentflow.knowledge.view.EntityView;
import org.talentflow.knowledge.view.EventView;
import org.talentflow.knowledge.view.MergedEventView;
import org.talentflow.knowledge.view.SpellView;
import org.talentflow.knowledge.view.UnplacedView;
import org.talentflow.knowledge.view.Views;
import org.talentflow.model.Entity;
import org.talentflow.model.EntityType;
import org.talentflow.model.EventType;
import org.talentflow.read.DocumentReader;
import org.talentflow.resolve.EntityIds;
import org.talentflow.store.Ingestion;
import org.talentflow.store.Snapshot;
import org.talentflow.store.Store;
import org.talentflow.store.StoreViews;
import org.talentflow.store.StoredDocument;
import org.talentflow.store.StoredEvent;
import org.talentflow.store.StoredMention;
import org.talentflow.text.HanlpScriptConverter;
import org.talentflow.text.ScriptConverter;

/**
 * The web workspace: a JSON API over the store (documented in /api/openapi.json) and the pages under /, with
 * ECharts served from the build. Every answer is one of the view records the command line prints with --json
 * ({@link Views}), so the two never differ. Listens on 127.0.0.1 unless told otherwise; uploads can be switched off.
 * Article text is only ever sent as JSON and put into pages as text, never as HTML. Errors under /api are JSON;
 * internal errors are logged through SLF4J with their stack trace.
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

  private static final Logger LOG = LoggerFactory.getLogger(WebServer.class);
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
      config.startup.showJavalinBanner = false;
      config.startup.showOldJavalinVersionWarning = false;
      config.http.maxRequestSize = options.maxUploadBytes();
      config.staticFiles.add(sf -> {
        sf.hostedPath = "/";
        sf.directory = "/web";
        sf.location = Location.CLASSPATH;
      });
      routes(config);
    });
  }

  /** Starts a server on the store; the pipeline is built on the first upload. */
  public static WebServer start(Store store, Supplier<Pipeline> pipeline, Options options) {
    WebServer s = new WebServer(store, pipeline, options);
    s.app.start(options.host(), options.port());
    LOG.info("listening on http://{}:{}/ (store {})", options.host(), s.app.port(), store.location());
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

  /** An error answer. */
  record ErrorView(String error, int status) {}

  /** A page of a longer list. */
  record PageView<T>(int total, int offset, int limit, List<T> items) {}

  /** Search results. */
  record SearchView(String query, int total, List<EntitySummaryView> items) {}

  /** One entity's page: documents it appears in, its merged timeline, its spells, what could not be placed. */
  record EntityPageView(EntityView entity, List<String> documents, List<MergedEventView> timeline,
      List<SpellView> spells, List<UnplacedView> unplaced) {}

  /** A mention to highlight in a document. */
  record MentionView(int start, int end, String entity, String name, String type) {}

  /** A document with its text and the spans to highlight. */
  record DocumentPageView(DocumentView document, String text, List<MentionView> mentions, List<EventView> events) {}

  /** A list with its length. */
  record ListView<T>(int total, List<T> items) {}

  /** What an upload did with one file. */
  record UploadFileView(String file, long bytes, List<String> problems, @JsonProperty("new") int added, int newVersions,
      int unchanged, int events) {}

  /** What an upload did. */
  record UploadView(int files, int failed, List<UploadFileView> report) {}

  private void routes(JavalinConfig config) {
    var r = config.routes;
    r.before(ctx -> {
      ctx.header("Content-Security-Policy", "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
          + " object-src 'none'; base-uri 'none'; frame-ancestors 'none'");
      ctx.header("X-Content-Type-Options", "nosniff");
    });
    r.exception(ApiError.class, (e, ctx) -> error(ctx, e.status, e.getMessage()));
    r.exception(Exception.class, (e, ctx) -> {
      LOG.error("500 on {} {}: {}", ctx.method(), ctx.path(), e.toString(), e);
      error(ctx, 500, "internal error: " + e.getMessage());
    });
    for (int status : new int[] {404, 405}) {
      r.error(status, ctx -> {
        if (ctx.path().startsWith("/api/") && !String.valueOf(ctx.res().getContentType()).startsWith("application/json")) {
          error(ctx, status, (status == 404 ? "no such endpoint: " : "method not allowed: ") + ctx.method() + " "
              + ctx.path());
        }
      });
    }

    // ECharts from its Maven artifact: the workspace works offline, nothing comes from a CDN
    r.get("/assets/echarts/echarts.min.js", ctx -> ctx.contentType("text/javascript; charset=utf-8")
        .header("Cache-Control", "max-age=86400").result(resource(ECHARTS)));
    r.get("/api/openapi.json", ctx -> ctx.contentType("application/json").result(resource("/openapi.json")));
    r.get("/api/search", this::search);
    r.get("/api/entities", this::entities);
    r.get("/api/entities/{id}", this::entity);
    r.get("/api/events", this::events);
    r.get("/api/documents", this::documents);
    r.get("/api/documents/{key}", this::document);
    r.get("/api/orgs/{id}/roster", this::roster);
    r.get("/api/orgs/{id}/flows", this::flows);
    r.get("/api/orgs/{id}/stats", this::stats);
    r.get("/api/orgs/{id}/departures", this::departures);
    r.get("/api/contradictions", this::contradictions);
    r.get("/api/claims", this::claims);
    r.post("/api/ingest", this::ingest);
  }

  private static void error(Context ctx, int status, String message) {
    ctx.status(status).contentType("application/json; charset=utf-8").result(Views.json(new ErrorView(message, status)));
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

  private static LocalDate dateParam(Context ctx, String name) {
    String v = ctx.queryParam(name);
    if (v == null || v.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(v);
    } catch (DateTimeParseException e) {
      throw new ApiError(400, name + " must be a date like 2023-11-18, not '" + v + "'");
    }
  }

  private static void json(Context ctx, Object view) {
    ctx.contentType("application/json; charset=utf-8").result(Views.json(view));
  }

  private List<Entity> matching(String q, EntityType type) {
    String key = EntityIds.key(script.toSimplified(q));
    List<Entity> out = new ArrayList<>();
    for (Entity e : locked(store::entities)) {
      if (type != null && e.type() != type) {
        continue;
      }
      boolean hit = key.isEmpty() || EntityIds.key(script.toSimplified(e.name())).contains(key);
      for (String a : e.aliases()) {
        hit |= EntityIds.key(script.toSimplified(a)).contains(key);
      }
      if (hit) {
        out.add(e);
      }
    }
    return out;
  }

  private static EntityType typeParam(Context ctx) {
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

  private static EntitySummaryView summary(Entity e, Map<String, int[]> counts) {
    int[] c = counts.getOrDefault(e.id(), new int[2]);
    return new EntitySummaryView(e.id(), e.type().name(), e.name(), Views.aliases(e), c[0], c[1]);
  }

  private void search(Context ctx) {
    String q = ctx.queryParam("q");
    if (q == null || q.isBlank()) {
      throw new ApiError(400, "q is required: a name or alias in any script");
    }
    int limit = intParam(ctx, "limit", 20, 1, MAX_PAGE);
    Map<String, int[]> counts = locked(store::mentionCounts);
    List<Entity> found = matching(q.strip(), typeParam(ctx));
    found.sort(Comparator.comparingInt((Entity e) -> -counts.getOrDefault(e.id(), new int[2])[0]));
    json(ctx, new SearchView(q, found.size(), found.stream().limit(limit).map(e -> summary(e, counts)).toList()));
  }

  private void entities(Context ctx) {
    int offset = intParam(ctx, "offset", 0, 0, Integer.MAX_VALUE);
    int limit = intParam(ctx, "limit", 50, 1, MAX_PAGE);
    List<Entity> all = matching("", typeParam(ctx));
    Map<String, int[]> counts = locked(store::mentionCounts);
    json(ctx, new PageView<>(all.size(), offset, limit,
        all.stream().skip(offset).limit(limit).map(e -> summary(e, counts)).toList()));
  }

  private Entity entityOr404(String id) {
    return locked(store::entities).stream().filter(e -> e.id().equals(id)).findFirst()
        .orElseThrow(() -> new ApiError(404, "no entity with id '" + id + "'"));
  }

  private void entity(Context ctx) {
    Entity e = entityOr404(ctx.pathParam("id"));
    Snapshot s = snapshot();
    Knowledge k = s.knowledge();
    List<String> docs = locked(() -> store.mentionsOf(e.id())).stream().map(StoredMention::docKey).distinct().toList();
    List<MergedEvent> mine = k.merged().stream()
        .filter(m -> m.person().id().equals(e.id()) || e.id().equals(m.orgId())).toList();
    json(ctx, new EntityPageView(Views.entity(e), docs,
        Knowledge.orderForDisplay(mine).stream().map(m -> Views.merged(m, s::document)).toList(),
        k.spellsOf(e.id()).stream().map(sp -> Views.spell(k, sp)).toList(),
        k.unplaced().stream().filter(u -> u.event().person().id().equals(e.id())).map(u -> Views.unplaced(u, s::document))
            .toList()));
  }

  private void events(Context ctx) {
    String doc = ctx.queryParam("doc");
    String type = ctx.queryParam("type");
    String person = ctx.queryParam("person");
    int offset = intParam(ctx, "offset", 0, 0, Integer.MAX_VALUE);
    int limit = intParam(ctx, "limit", 100, 1, MAX_PAGE);
    EventType t;
    try {
      t = type == null ? null : EventType.valueOf(type.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new ApiError(400, "type must be one of " + java.util.Arrays.toString(EventType.values()) + ", not '" + type + "'");
    }
    List<StoredEvent> all = locked(store::events).stream()
        .filter(se -> doc == null || se.docKey().equals(doc))
        .filter(se -> t == null || se.event().type() == t)
        .filter(se -> person == null || se.event().person().id().equals(person)).toList();
    json(ctx, new PageView<>(all.size(), offset, limit, all.stream().skip(offset).limit(limit)
        .map(se -> Views.event(se.docKey(), se.event())).toList()));
  }

  private void documents(Context ctx) {
    int offset = intParam(ctx, "offset", 0, 0, Integer.MAX_VALUE);
    int limit = intParam(ctx, "limit", 100, 1, MAX_PAGE);
    List<StoredDocument> all = locked(store::documents);
    json(ctx, new PageView<>(all.size(), offset, limit,
        all.stream().skip(offset).limit(limit).map(StoreViews::document).toList()));
  }

  /** The original text with the spans to highlight: entity mentions and event evidence. */
  private void document(Context ctx) {
    String key = ctx.pathParam("key");
    String text = locked(() -> store.documentText(key))
        .orElseThrow(() -> new ApiError(404, "no document '" + key + "'"));
    StoredDocument meta = locked(store::documents).stream().filter(d -> d.key().equals(key))
        .max(Comparator.comparingInt(StoredDocument::version)).orElseThrow();
    Map<String, Entity> byId = new HashMap<>();
    locked(store::entities).forEach(e -> byId.put(e.id(), e));
    List<MentionView> mentions = locked(() -> store.mentionsIn(key)).stream().map(m -> {
      Entity e = byId.get(m.entityId());
      return new MentionView(m.start(), m.end(), m.entityId(), e == null ? m.text() : e.name(),
          e == null ? null : e.type().name());
    }).toList();
    List<EventView> events = locked(store::events).stream().filter(se -> se.docKey().equals(key))
        .map(se -> Views.event(key, se.event())).toList();
    json(ctx, new DocumentPageView(StoreViews.document(meta), text, mentions, events));
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
    LocalDate at = dateParam(ctx, "at");
    if (at == null) {
      at = s.knowledge().asOf();
    }
    List<String> dates = s.knowledge().merged().stream().filter(m -> org.id().equals(m.orgId()) && m.time() != null)
        .map(m -> Interval.of(m.time()).start().toString()).distinct().sorted().toList();
    json(ctx, Views.roster(org, at.toString(), s.knowledge().asOf().toString(), s.knowledge().roster(org.id(), at), dates));
  }

  private void flows(Context ctx) {
    Entity org = orgOr404(ctx);
    String y = ctx.queryParam("year");
    Integer year = y == null || y.isBlank() ? null : intParam(ctx, "year", 0, 1900, 2200);
    json(ctx, Views.flows(org, year, snapshot().knowledge().flows(org.id(), year)));
  }

  private void stats(Context ctx) {
    Entity org = orgOr404(ctx);
    Snapshot s = snapshot();
    boolean quarters = "true".equals(ctx.queryParam("quarters"));
    json(ctx, Views.stats(org, s.knowledge().asOf().toString(), quarters, s.knowledge().stats(org.id(), quarters)));
  }

  private void departures(Context ctx) {
    Entity org = orgOr404(ctx);
    LocalDate from = dateParam(ctx, "from");
    LocalDate to = dateParam(ctx, "to");
    if (from != null && to != null && to.isBefore(from)) {
      throw new ApiError(400, "to " + to + " is before from " + from);
    }
    Snapshot s = snapshot();
    json(ctx, Views.departures(Departures.of(s.knowledge(), org, from, to, s::document)));
  }

  private void contradictions(Context ctx) {
    Snapshot s = snapshot();
    List<ContradictionView> items = Contradictions.find(s.knowledge(), s.claims(), s.published()).stream()
        .map(c -> Views.contradiction(c, s::document)).toList();
    json(ctx, new ListView<>(items.size(), items));
  }

  private void claims(Context ctx) {
    Snapshot s = snapshot();
    List<ClaimView> items = s.claims().stream().map(c -> Views.claim(c, s::document)).toList();
    json(ctx, new ListView<>(items.size(), items));
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
    List<UploadFileView> report = new ArrayList<>();
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
        Ingestion.Result result = locked(() -> {
          Ingestion.Result x = new Ingestion(store, p, new DocumentReader(DocumentReader.Options.defaults()))
              .run(List.of(saved), new Ingestion.Listener() {});
          snapshot = null;
          return x;
        });
        List<String> problems = result.problems().stream()
            .map(pr -> pr.source().replace(saved.toString(), name) + ": " + pr.message()).toList();
        report.add(new UploadFileView(name, f.size(), problems, result.added(), result.newVersions(), result.unchanged(),
            result.events()));
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
    json(ctx, new UploadView(files.size(), failed, report));
  }
}
