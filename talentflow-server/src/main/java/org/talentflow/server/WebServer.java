package org.talentflow.server;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.staticfiles.Location;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
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
import java.util.Set;
import java.util.stream.Collectors;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.talentflow.Pipeline;
import org.talentflow.knowledge.Contradictions;
import org.talentflow.knowledge.Departures;
import org.talentflow.knowledge.Interval;
import org.talentflow.knowledge.Knowledge;
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
import org.talentflow.store.EntityMatch;
import org.talentflow.store.Ingestion;
import org.talentflow.store.Snapshot;
import org.talentflow.store.Store;
import org.talentflow.store.StoreViews;
import org.talentflow.store.StoredDocument;
import org.talentflow.store.StoredEvent;
import org.talentflow.store.StoredMention;

/**
 * The web workspace: a JSON API over the store (documented in /api/openapi.json) and the pages under /, with
 * ECharts served from the build. Every answer is one of the view records the command line prints with --json
 * ({@link Views}), so the two never differ. Listens on 127.0.0.1 unless told otherwise; uploads can be switched off.
 * Article text is only ever sent as JSON and put into pages as text, never as HTML. Errors under /api are JSON;
 * internal errors are logged through SLF4J with their stack trace.
 */
public final class WebServer implements AutoCloseable {
  /**
   * How the server listens and what it allows. {@code allowedHosts} are the host names (or addresses) clients may
   * reach it by, besides localhost, 127.0.0.1 and [::1] and the address it listens on; a server that listens on every
   * address (0.0.0.0, ::) must be given at least one, since it cannot tell its own names from a rebinding attacker's.
   */
  public record Options(String host, int port, boolean readOnly, long maxUploadBytes, Set<String> allowedHosts) {
    public Options {
      Objects.requireNonNull(host, "host");
      if (port < 0 || port > 65535) {
        throw new IllegalArgumentException("port out of range: " + port);
      }
      if (maxUploadBytes <= 0) {
        throw new IllegalArgumentException("upload limit must be positive: " + maxUploadBytes);
      }
      allowedHosts = allowedHosts.stream().map(HostCheck::normalize).collect(java.util.stream.Collectors.toUnmodifiableSet());
      if (HostCheck.isWildcard(host) && allowedHosts.isEmpty()) {
        throw new IllegalArgumentException("listening on " + host + " (every address) needs the host names clients"
            + " use, each with --allowed-host NAME");
      }
    }

    /** Local only: localhost, 127.0.0.1 and [::1]. */
    public Options(String host, int port, boolean readOnly, long maxUploadBytes) {
      this(host, port, readOnly, maxUploadBytes, Set.of());
    }
  }

  private static final Logger LOG = LoggerFactory.getLogger(WebServer.class);
  private static final int MAX_PAGE = 500;
  private static final String ECHARTS = "/META-INF/resources/_static/echarts/5.6.0/dist/echarts.min.js";

  private final Javalin app;
  private final Store store;
  private final Supplier<Pipeline> pipeline;
  private final Options options;
  private final HostCheck hosts;
  private final KnowledgeCache knowledge;
  private final byte[] indexPage;

  private WebServer(Store store, Supplier<Pipeline> pipeline, Options options) {
    this.store = store;
    this.pipeline = pipeline;
    this.options = options;
    this.hosts = new HostCheck(options.host(), options.allowedHosts());
    this.knowledge = new KnowledgeCache(store, 1000);
    this.indexPage = indexPage(options.readOnly());
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
    try {
      s.app.start(options.host(), options.port());
    } catch (RuntimeException e) {
      s.knowledge.close();
      throw e;
    }
    LOG.info("listening on http://{}:{}/ (store {}; answering host names {})", options.host(), s.app.port(),
        store.location(), s.hosts.describe());
    return s;
  }

  public int port() {
    return app.port();
  }

  @Override
  public void close() {
    knowledge.close();
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
      ctx.header("Referrer-Policy", "no-referrer");
      // DNS rebinding: a page of another site whose name now points here sends that name as Host
      String refused = hosts.refusal(ctx.header("Host"));
      if (refused != null) {
        throw new ApiError(421, refused);
      }
      // cross-site requests: a page of another site may make the browser send a request here, but not read the answer
      if (!SAFE_METHODS.contains(ctx.method().name())) {
        String crossSite = hosts.crossSiteRefusal(ctx.header("Sec-Fetch-Site"), ctx.header("Origin"),
            ctx.header("Host"));
        if (crossSite != null) {
          throw new ApiError(403, crossSite);
        }
      }
    });
    r.exception(ApiError.class, (e, ctx) -> {
      if (!SAFE_METHODS.contains(ctx.method().name())) {
        ctx.header("Connection", "close"); // the body may be partly unread: the connection cannot carry another request
      }
      error(ctx, e.status, e.getMessage());
    });
    r.exception(org.talentflow.store.StoreException.class, (e, ctx) -> {
      LOG.error("500 on {} {}: {}", ctx.method(), ctx.path(), e.getMessage(), e);
      error(ctx, 500, "internal error: " + e.getMessage()); // the store's messages mask passwords
    });
    r.exception(Exception.class, (e, ctx) -> {
      LOG.error("500 on {} {}: {}", ctx.method(), ctx.path(), e.toString(), e);
      error(ctx, 500, "internal error (the server's log has the details)");
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
    r.get("/", ctx -> ctx.contentType("text/html; charset=utf-8").result(indexPage));
    r.get("/index.html", ctx -> ctx.contentType("text/html; charset=utf-8").result(indexPage));
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

  private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

  /** The page, without the Upload link on a read-only server. */
  private static byte[] indexPage(boolean readOnly) {
    try (InputStream in = WebServer.class.getResourceAsStream("/page/index.html")) {
      String page = new String(Objects.requireNonNull(in, "page/index.html missing from the build").readAllBytes(),
          StandardCharsets.UTF_8);
      if (readOnly) {
        String link = "<a href=\"#/upload\" id=\"upload-link\">Upload</a>";
        if (!page.contains(link)) {
          throw new IllegalStateException("page/index.html has no Upload link to take out");
        }
        page = page.replace(link, "").replace("<body>", "<body data-read-only=\"true\">");
      }
      return page.getBytes(StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException("cannot read page/index.html from the build", e);
    }
  }

  private Snapshot snapshot() {
    return knowledge.get().snapshot();
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


  private void search(Context ctx) {
    String q = ctx.queryParam("q");
    if (q == null || q.isBlank()) {
      throw new ApiError(400, "q is required: a name or alias in any script");
    }
    int limit = intParam(ctx, "limit", 20, 1, MAX_PAGE);
    KnowledgeCache.State k = knowledge.get();
    EntityType type = typeParam(ctx);
    // names equal to or starting with the query: from the store's index (what was stored a moment ago too); names
    // holding it further in: from the names as of the last computation of the knowledge (seconds behind at most)
    Map<String, EntityMatch.Kind> best = new HashMap<>();
    for (EntityMatch m : store.search(q.strip(), type, false)) {
      best.merge(m.entityId(), m.kind(), (x, y) -> x.compareTo(y) <= 0 ? x : y);
    }
    String key = Store.searchKey(q.strip());
    for (KnowledgeCache.Name n : k.names().containing(key)) {
      if (type == null || n.type() == type) {
        EntityMatch.Kind kind = n.key().equals(key) ? EntityMatch.Kind.EXACT
            : n.key().startsWith(key) ? EntityMatch.Kind.PREFIX : EntityMatch.Kind.CONTAINS;
        best.merge(n.entityId(), kind, (x, y) -> x.compareTo(y) <= 0 ? x : y);
      }
    }
    List<EntityMatch> found = new ArrayList<>();
    best.forEach((id, kind) -> found.add(new EntityMatch(id, kind)));
    // ranked by how well a name matches, then by how often the entity is mentioned
    found.sort(Comparator.comparing(EntityMatch::kind)
        .thenComparingInt((EntityMatch m) -> -k.counts(m.entityId())[0]).thenComparing(EntityMatch::entityId));
    List<String> page = found.stream().limit(limit).map(EntityMatch::entityId).toList();
    Map<String, Entity> byId = new HashMap<>();
    store.entities(page).forEach(e -> byId.put(e.id(), e));
    json(ctx, new SearchView(q, found.size(), page.stream().map(byId::get).filter(Objects::nonNull)
        .map(e -> summary(e, k)).toList()));
  }

  private static EntitySummaryView summary(Entity e, KnowledgeCache.State k) {
    int[] c = k.counts(e.id());
    return new EntitySummaryView(e.id(), e.type().name(), e.name(), Views.aliases(e), c[0], c[1]);
  }

  private void entities(Context ctx) {
    int offset = intParam(ctx, "offset", 0, 0, Integer.MAX_VALUE);
    int limit = intParam(ctx, "limit", 50, 1, MAX_PAGE);
    EntityType type = typeParam(ctx);
    KnowledgeCache.State k = knowledge.get();
    List<Entity> all = k.entities().stream().filter(e -> type == null || e.type() == type).toList();
    json(ctx, new PageView<>(all.size(), offset, limit,
        all.stream().skip(offset).limit(limit).map(e -> summary(e, k)).toList()));
  }

  private Entity entityOr404(String id) {
    return store.entity(id).orElseThrow(() -> new ApiError(404, "no entity with id '" + id + "'"));
  }

  private void entity(Context ctx) {
    Entity e = entityOr404(ctx.pathParam("id"));
    KnowledgeCache.State state = knowledge.get();
    Snapshot s = state.snapshot();
    Knowledge k = s.knowledge();
    List<String> docs = store.documentsOf(e.id());
    json(ctx, new EntityPageView(Views.entity(e), docs,
        Knowledge.orderForDisplay(state.mergedOf(e.id())).stream().map(m -> Views.merged(m, s::document)).toList(),
        k.spellsOf(e.id()).stream().map(sp -> Views.spell(k, sp)).toList(),
        state.unplacedByPerson().getOrDefault(e.id(), List.of()).stream().map(u -> Views.unplaced(u, s::document))
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
    List<StoredEvent> all = (doc == null ? knowledge.get().events() : store.eventsIn(doc)).stream()
        .filter(se -> t == null || se.event().type() == t)
        .filter(se -> person == null || se.event().person().id().equals(person)).toList();
    json(ctx, new PageView<>(all.size(), offset, limit, all.stream().skip(offset).limit(limit)
        .map(se -> Views.event(se.docKey(), se.event())).toList()));
  }

  private void documents(Context ctx) {
    int offset = intParam(ctx, "offset", 0, 0, Integer.MAX_VALUE);
    int limit = intParam(ctx, "limit", 100, 1, MAX_PAGE);
    json(ctx, new PageView<>(store.documentCount(), offset, limit,
        store.documents(offset, limit).stream().map(StoreViews::document).toList()));
  }

  /** The original text with the spans to highlight: entity mentions and event evidence. */
  private void document(Context ctx) {
    String key = ctx.pathParam("key");
    StoredDocument meta = store.document(key).orElseThrow(() -> new ApiError(404, "no document '" + key + "'"));
    String text = store.documentText(key).orElseThrow(() -> new ApiError(404, "no document '" + key + "'"));
    List<StoredMention> stored = store.mentionsIn(key);
    Map<String, Entity> byId = new HashMap<>();
    store.entities(stored.stream().map(StoredMention::entityId).collect(Collectors.toSet()))
        .forEach(e -> byId.put(e.id(), e));
    List<MentionView> mentions = stored.stream().map(m -> {
      Entity e = byId.get(m.entityId());
      return new MentionView(m.start(), m.end(), m.entityId(), e == null ? m.text() : e.name(),
          e == null ? null : e.type().name());
    }).toList();
    List<EventView> events = store.eventsIn(key).stream().map(se -> Views.event(key, se.event())).toList();
    json(ctx, new DocumentPageView(StoreViews.document(meta), text, mentions, events));
  }

  private Entity orgOr404(Context ctx) {
    Entity e = entityOr404(ctx.pathParam("id"));
    if (e.type() != EntityType.ORG) {
      throw new ApiError(400, "'" + e.name() + "' is a person, not an organization");
    }
    return e;
  }

  /**
   * Answers a question about the whole store's knowledge: computed once per state of the store (the same page asked
   * again, by anyone, until the store changes, is served as computed).
   */
  private void answer(Context ctx, java.util.function.Function<KnowledgeCache.State, Object> view) {
    KnowledgeCache.State k = knowledge.get();
    String question = ctx.path() + "?" + String.valueOf(ctx.queryString());
    ctx.contentType("application/json; charset=utf-8")
        .result(k.answer(question, () -> Views.json(view.apply(k)).getBytes(StandardCharsets.UTF_8)));
  }

  private void roster(Context ctx) {
    Entity org = orgOr404(ctx);
    LocalDate asked = dateParam(ctx, "at");
    answer(ctx, state -> {
      Snapshot s = state.snapshot();
      LocalDate at = asked == null ? s.knowledge().asOf() : asked;
      List<String> dates = state.mergedOf(org.id()).stream().filter(m -> org.id().equals(m.orgId()) && m.time() != null)
          .map(m -> Interval.of(m.time()).start().toString()).distinct().sorted().toList();
      return Views.roster(org, at.toString(), s.knowledge().asOf().toString(), s.knowledge().roster(org.id(), at), dates);
    });
  }

  private void flows(Context ctx) {
    Entity org = orgOr404(ctx);
    String y = ctx.queryParam("year");
    Integer year = y == null || y.isBlank() ? null : intParam(ctx, "year", 0, 1900, 2200);
    answer(ctx, state -> Views.flows(org, year, state.snapshot().knowledge().flows(org.id(), year)));
  }

  private void stats(Context ctx) {
    Entity org = orgOr404(ctx);
    boolean quarters = "true".equals(ctx.queryParam("quarters"));
    answer(ctx, state -> {
      Knowledge k = state.snapshot().knowledge();
      return Views.stats(org, k.asOf().toString(), quarters, k.stats(org.id(), quarters));
    });
  }

  private void departures(Context ctx) {
    Entity org = orgOr404(ctx);
    LocalDate from = dateParam(ctx, "from");
    LocalDate to = dateParam(ctx, "to");
    if (from != null && to != null && to.isBefore(from)) {
      throw new ApiError(400, "to " + to + " is before from " + from);
    }
    answer(ctx, state -> {
      Snapshot s = state.snapshot();
      return Views.departures(Departures.of(s.knowledge(), org, from, to, s::document));
    });
  }

  private void contradictions(Context ctx) {
    answer(ctx, state -> {
      Snapshot s = state.snapshot();
      List<ContradictionView> items = Contradictions.find(s.knowledge(), s.claims(), s.published()).stream()
          .map(c -> Views.contradiction(c, s::document)).toList();
      return new ListView<>(items.size(), items);
    });
  }

  private void claims(Context ctx) {
    answer(ctx, state -> {
      Snapshot s = state.snapshot();
      List<ClaimView> items = s.claims().stream().map(c -> Views.claim(c, s::document)).toList();
      return new ListView<>(items.size(), items);
    });
  }

  /**
   * Uploads: the body is streamed to a folder of its own (each part under a unique name), every file is saved under
   * its own name in a numbered folder, then read, analyzed and stored document by document, each document in its own
   * transaction; a bad file changes nothing stored. Only the store's transactions wait for each other: analysis runs
   * on the request's thread beside every other request. Every bad request is a 4xx answer naming no server path.
   */
  private void ingest(Context ctx) throws IOException {
    if (options.readOnly()) {
      throw new ApiError(403, "this server is read-only (--read-only): uploads are off");
    }
    String type = String.valueOf(ctx.contentType()).toLowerCase(Locale.ROOT);
    if (!type.startsWith("multipart/form-data")) {
      throw new ApiError(415, "send multipart/form-data with one or more 'files', not " + ctx.contentType());
    }
    if (ctx.contentLength() < 0) {
      throw new ApiError(411, "an upload must say its size (Content-Length)");
    }
    if (ctx.contentLength() > options.maxUploadBytes()) {
      throw new ApiError(413, "upload too large: " + ctx.contentLength() + " bytes (limit " + mb(options.maxUploadBytes())
          + ")");
    }
    Path dir = Files.createTempDirectory("talentflow-upload");
    try {
      Upload upload = Upload.receive(ctx.req(), dir, options.maxUploadBytes());
      Pipeline p = pipeline.get();
      List<UploadFileView> report = new ArrayList<>();
      int failed = 0;
      for (Upload.File f : upload.files()) {
        // one analysis thread per upload: requests are the server's parallelism
        Ingestion.Result result = new Ingestion(store, p::analyze, new DocumentReader(DocumentReader.Options.defaults()),
            Ingestion.Options.defaults().withThreads(1)).run(List.of(f.saved()), new Ingestion.Listener() {});
        List<String> problems = new ArrayList<>(result.problems().stream()
            .map(pr -> upload.scrub(pr.source(), f) + ": " + upload.scrub(pr.message(), f)).toList());
        if (result.stopped() != null) {
          problems.add(f.name() + ": not stored: " + upload.scrub(result.stopped(), f));
        }
        report.add(new UploadFileView(f.name(), f.bytes(), problems, result.added(), result.newVersions(),
            result.unchanged(), result.events()));
        failed += problems.isEmpty() ? 0 : 1;
      }
      knowledge.refreshNow();
      ctx.status(failed == 0 ? HttpStatus.OK : HttpStatus.MULTI_STATUS);
      json(ctx, new UploadView(report.size(), failed, report));
    } finally {
      Upload.delete(dir);
    }
  }

  private static String mb(long bytes) {
    return String.format(Locale.ROOT, "%.1f MB", bytes / 1048576.0);
  }
}
