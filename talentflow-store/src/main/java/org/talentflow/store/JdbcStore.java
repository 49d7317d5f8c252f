package org.talentflow.store;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.flywaydb.core.Flyway;
import org.talentflow.model.AnalyzedDocument;
import org.talentflow.model.Entity;
import org.talentflow.model.EntityType;
import org.talentflow.model.EventType;
import org.talentflow.model.Evidence;
import org.talentflow.model.Granularity;
import org.talentflow.model.MentionRef;
import org.talentflow.model.PersonnelEvent;
import org.talentflow.model.Polarity;
import org.talentflow.model.SourceDocument;
import org.talentflow.model.TimeValue;
import org.talentflow.resolve.CrossDocumentResolver;

/**
 * The store over JDBC: SQLite by default, PostgreSQL by URL. One connection, used by one thread at a time. Any number
 * of processes may write to one store at once: writers take turns per transaction (SQLite's BEGIN IMMEDIATE with a
 * busy timeout, a transaction-level advisory lock on PostgreSQL), every insert is idempotent, and a transaction that
 * still meets a busy store, a deadlock or a serialization failure is retried whole.
 *
 * <p>Within one process, threads take turns for the writer's connection (a server stores uploads from several
 * requests); it is opened again when it was lost (a database restart). Reads borrow connections from a pool
 * (HikariCP): they run beside a write, see what other processes committed, and a read that finds its connection lost
 * is tried once more on a fresh one. The queries are in {@link JdbcReads}.
 */
final class JdbcStore implements Store {
  private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(JdbcStore.class);
  /** The highest migration in db/migration (V4__name_keys.sql): a store at it needs no Flyway run. */
  static final int SCHEMA_VERSION = 4;
  /** How long SQLite waits for another writer's transaction before reporting the store busy. */
  static final int BUSY_TIMEOUT_MS = 15_000;
  /** How long, all retries together, a transaction waits for other writers before giving up. */
  static final long MAX_WAIT_NANOS = 10L * 60 * 1_000_000_000L;
  /** The advisory lock PostgreSQL writers take in turn (any constant; the same in every talentflow). */
  private static final long PG_WRITER_LOCK = 0x7461_6c65_6e74L;

  private final String url;
  private final String shown;
  private final boolean sqlite;
  private Connection connection;
  private final CrossDocumentResolver resolver;
  /** Held for each use of the writer's connection; a thread holding it reads through that connection. */
  private final java.util.concurrent.locks.ReentrantLock writerTurn = new java.util.concurrent.locks.ReentrantLock();
  private final JdbcReads reads;
  private volatile com.zaxxer.hikari.HikariDataSource pool;
  private volatile boolean closed;
  private final Map<String, PreparedStatement> statements = new HashMap<>();
  private boolean resolverLoaded;

  private JdbcStore(String url, Connection connection, CrossDocumentResolver resolver) {
    this.url = url;
    this.shown = StoreUrls.masked(url);
    this.sqlite = url.startsWith("jdbc:sqlite:");
    this.connection = connection;
    this.resolver = resolver;
    this.reads = new JdbcReads(this::with, !sqlite);
  }

  static JdbcStore open(String location, CrossDocumentResolver resolver) {
    boolean looksLikeUrl = location.startsWith("jdbc:") || location.contains("://");
    String url = looksLikeUrl ? location : "jdbc:sqlite:" + location;
    String shown = StoreUrls.masked(url);
    if (!url.startsWith("jdbc:sqlite:") && !url.startsWith("jdbc:postgresql:")) {
      throw new IllegalArgumentException("unsupported database URL '" + StoreUrls.masked(location)
          + "' (a file path, jdbc:sqlite:PATH or jdbc:postgresql://HOST/DB)");
    }
    // a new SQLite file that another process creates at the same moment can fail its first look-ups (its journal
    // files appear and go): opening is tried again, as the migration is
    for (int attempt = 0; ; attempt++) {
      try {
        boolean sqlite = url.startsWith("jdbc:sqlite:");
        if (!schemaCurrent(url)) {
          migrate(url, sqlite);
        }
        Connection c = connect(url);
        JdbcStore store = new JdbcStore(url, c, resolver);
        try {
          store.fillNameKeys();
        } catch (RuntimeException e) {
          c.close();
          throw e;
        }
        return store;
      } catch (SQLException | RuntimeException e) {
        if (attempt < 4 && raceWithAnotherWriter(e)) {
          pause(200L * (attempt + 1));
          continue;
        }
        throw new StoreException("cannot open store " + shown + ": " + StoreUrls.masked(rootMessage(e)), e);
      }
    }
  }

  private static Connection connect(String url) throws SQLException {
    boolean sqlite = url.startsWith("jdbc:sqlite:");
    return DriverManager.getConnection(url, sqlite ? sqliteConfig().toProperties() : new java.util.Properties());
  }

  /** An in-memory SQLite database exists only in its one connection: it has no pool. */
  private static boolean inMemory(String url) {
    String path = url.substring("jdbc:".length());
    return path.startsWith("sqlite:") && (path.equals("sqlite:") || path.contains(":memory:")
        || path.contains("mode=memory"));
  }

  /** The writer's connection, opened again when it was closed or lost (a database restart). Hold writerTurn. */
  private Connection writer() throws SQLException {
    if (closed) {
      throw new SQLException("the store is closed");
    }
    if (connection.isClosed() || !connection.isValid(2)) {
      LOG.warn("the connection to {} was lost: opening a new one", shown);
      Connection lost = connection;
      connection = connect(url);
      for (PreparedStatement ps : statements.values()) {
        try {
          ps.close();
        } catch (SQLException e) {
          LOG.debug("closing a statement of the lost connection: {}", e.getMessage());
        }
      }
      statements.clear();
      resolverLoaded = false;
      try {
        lost.close();
      } catch (SQLException e) {
        LOG.debug("closing the lost connection: {}", e.getMessage());
      }
    }
    return connection;
  }

  /** Connections the pool may hold: readers beyond the cores wait on the database rather than on the pool. */
  private static final int READERS = 8;

  private com.zaxxer.hikari.HikariDataSource pool() {
    com.zaxxer.hikari.HikariDataSource p = pool;
    if (p == null) {
      synchronized (this) {
        if (closed) {
          throw new StoreException("the store " + shown + " is closed", null);
        }
        if (pool == null) {
          com.zaxxer.hikari.HikariConfig config = new com.zaxxer.hikari.HikariConfig();
          config.setPoolName("talentflow-reads");
          if (sqlite) {
            org.sqlite.SQLiteDataSource source = new org.sqlite.SQLiteDataSource(sqliteConfig());
            source.setUrl(url);
            config.setDataSource(source);
          } else {
            config.setJdbcUrl(url);
          }
          config.setMaximumPoolSize(READERS);
          config.setMinimumIdle(1);
          config.setConnectionTimeout(10_000);
          pool = new com.zaxxer.hikari.HikariDataSource(config);
        }
        p = pool;
      }
    }
    return p;
  }

  /**
   * Lends a connection for a read: the writer's when this thread is using it (inside a write transaction it sees its
   * own changes) or the database is in memory, else a pooled one. A read whose connection was lost is tried once more.
   */
  private <T> T with(String what, JdbcReads.Work<T> work) {
    try {
      if (writerTurn.isHeldByCurrentThread() || inMemory(url)) {
        writerTurn.lock();
        try {
          return work.run(writerTurn.getHoldCount() > 1 ? connection : writer());
        } finally {
          writerTurn.unlock();
        }
      }
      try (Connection c = pool().getConnection()) {
        return work.run(c);
      } catch (SQLException e) {
        if (!lostConnection(e)) {
          throw e;
        }
        LOG.warn("a read on {} lost its connection ({}); trying again on a new one", shown,
            StoreUrls.masked(e.getMessage()));
        // the others the pool holds were most likely lost with it (a database restart): none is lent again
        pool().getHikariPoolMXBean().softEvictConnections();
        try (Connection c = pool().getConnection()) {
          return work.run(c);
        }
      }
    } catch (SQLException e) {
      throw new StoreException("cannot " + what + " in " + shown + ": " + StoreUrls.masked(e.getMessage()), e);
    }
  }

  /** Whether a failure is the connection's (closed by the server, network gone), not the statement's. */
  private static boolean lostConnection(SQLException e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SQLException x && x.getSQLState() != null
          && (x.getSQLState().startsWith("08") || x.getSQLState().startsWith("57P"))) {
        return true;
      }
    }
    return false;
  }

  /**
   * SQLite in write-ahead-log mode: readers never wait for a writer, a commit appends to the log without an fsync
   * (synchronous=NORMAL: a power cut may lose the last commits, never consistency), writers wait for each other.
   */
  private static org.sqlite.SQLiteConfig sqliteConfig() {
    org.sqlite.SQLiteConfig config = new org.sqlite.SQLiteConfig();
    config.enforceForeignKeys(true);
    config.setBusyTimeout(BUSY_TIMEOUT_MS);
    config.setJournalMode(org.sqlite.SQLiteConfig.JournalMode.WAL);
    config.setSynchronous(org.sqlite.SQLiteConfig.SynchronousMode.NORMAL);
    return config;
  }

  /**
   * Whether an existing store already has every migration of this version applied, asked with one query: Flyway's
   * own check (it reads the migrations from the class path and validates each) takes 0.14 s, a quarter of a query
   * command's start-up. A new file, a failed or missing migration, or a newer store than this code says no: Flyway
   * then runs as before.
   */
  static boolean schemaCurrent(String url) {
    if (url.startsWith("jdbc:sqlite:")) {
      String path = url.substring("jdbc:sqlite:".length());
      int query = path.indexOf('?');
      path = query < 0 ? path : path.substring(0, query);
      if (path.isEmpty() || path.contains(":memory:") || path.startsWith("file:")
          || !Files.isRegularFile(Path.of(path))) {
        return false;
      }
    }
    try (Connection c = connect(url);
        Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("SELECT MAX(CAST(version AS INTEGER)), MIN(CASE WHEN success THEN 1 ELSE 0 END)"
            + " FROM flyway_schema_history WHERE version IS NOT NULL")) {
      return rs.next() && rs.getInt(1) == SCHEMA_VERSION && rs.getInt(2) == 1;
    } catch (SQLException | RuntimeException e) {
      return false; // no history table yet, or a store this code cannot read: Flyway says why
    }
  }

  /**
   * Creates or upgrades the schema. Two processes opening a new store at once may both try: the one that loses finds
   * the schema made by the other, and tries again to see that nothing is left to do.
   */
  private static void migrate(String url, boolean sqlite) {
    RuntimeException first = null;
    for (int attempt = 0; attempt < 5; attempt++) {
      try {
        org.flywaydb.core.api.configuration.FluentConfiguration flyway = Flyway.configure();
        if (sqlite) {
          org.sqlite.SQLiteDataSource source = new org.sqlite.SQLiteDataSource(sqliteConfig());
          source.setUrl(url);
          flyway.dataSource(source);
        } else {
          flyway.dataSource(url, null, null);
        }
        flyway
            .locations("classpath:db/migration")
            .load()
            .migrate();
        return;
      } catch (RuntimeException e) {
        if (first == null) {
          first = e;
        } else {
          first.addSuppressed(e);
        }
        if (!raceWithAnotherWriter(e)) {
          break;
        }
        pause(200L * (attempt + 1));
      }
    }
    throw first;
  }

  /** Whether a failure may come from another process writing the same store at the same moment. */
  static boolean raceWithAnotherWriter(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof SQLException sql && retryable(sql)) {
        return true;
      }
      String m = t.getMessage();
      if (m != null && (m.contains("already exists") || m.contains("SQLITE_BUSY") || m.contains("SQLITE_LOCKED")
          || m.contains("SQLITE_IOERR_FSTAT") || m.contains("SQLITE_IOERR_DELETE_NOENT")
          || m.contains("duplicate key"))) {
        return true;
      }
    }
    return false;
  }

  /**
   * A failure that trying the whole transaction again can cure: SQLite busy or locked (another writer held on past
   * the busy timeout), a PostgreSQL serialization failure or deadlock.
   */
  static boolean retryable(SQLException e) {
    for (SQLException x = e; x != null; x = x.getNextException()) {
      int code = x.getErrorCode() & 0xFF;
      String state = x.getSQLState();
      if (x instanceof org.sqlite.SQLiteException && (code == 5 || code == 6)) {
        return true;
      }
      if ("40001".equals(state) || "40P01".equals(state) || "55P03".equals(state)) {
        return true;
      }
    }
    return false;
  }

  private static void pause(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new StoreException("interrupted while waiting for the store", e);
    }
  }

  private static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    return t.getMessage() == null ? t.toString() : t.getMessage();
  }

  /** The URL with any password masked: this is what messages show. */
  @Override
  public String location() {
    return shown;
  }

  @Override
  public Added add(AnalyzedDocument analyzed) {
    Outcome o = addAll(List.of(analyzed)).get(0);
    if (o.failure() != null) {
      throw o.failure();
    }
    return o.added();
  }

  /**
   * Hashes of texts asked about with {@link #holds} and not stored yet, by identity: an ingest asks before it
   * analyzes and stores the same text object later, and hashing megabytes twice is measurable.
   */
  private final Map<String, String> hashes = new java.util.IdentityHashMap<>();

  private String hashOf(String text) {
    String h = hashes.remove(text);
    return h != null ? h : sha256(text);
  }

  @Override
  public boolean holds(SourceDocument doc) {
    writerTurn.lock();
    try {
      writer();
      String hash = sha256(doc.text());
      if (hashes.size() > 10_000) {
        hashes.clear();
      }
      boolean stored = exists("SELECT 1 FROM documents WHERE hash = ?", hash);
      if (!stored) {
        hashes.put(doc.text(), hash);
      }
      return stored;
    } catch (SQLException e) {
      throw new StoreException("cannot read " + shown + ": " + StoreUrls.masked(e.getMessage()), e);
    } finally {
      writerTurn.unlock();
    }
  }

  @Override
  public List<Outcome> addAll(List<AnalyzedDocument> docs) {
    if (docs.isEmpty()) {
      return List.of();
    }
    return writing("store " + docs.size() + (docs.size() == 1 ? " document" : " documents"), () -> {
      List<Outcome> out = new ArrayList<>();
      for (AnalyzedDocument d : docs) {
        out.add(addInSavepoint(d));
      }
      return out;
    });
  }

  /** One document, all of it or nothing: a failure rolls back to the savepoint and the transaction goes on. */
  private Outcome addInSavepoint(AnalyzedDocument analyzed) throws SQLException {
    SourceDocument doc = analyzed.document();
    String hash = hashOf(doc.text());
    Object savepoint = savepoint();
    try {
      Added added = insert(analyzed, hash);
      release(savepoint);
      return new Outcome(analyzed, added, null);
    } catch (SQLException | RuntimeException e) {
      if (e instanceof SQLException sql && retryable(sql)) {
        throw sql; // the whole transaction is tried again
      }
      rollbackTo(savepoint);
      resolverLoaded = false; // it may know entities that were just rolled back: reload from the store
      return new Outcome(analyzed, null, new StoreException("cannot store document " + doc.key() + ": "
          + StoreUrls.masked(e.getMessage() == null ? e.toString() : e.getMessage()), e));
    }
  }

  private Added insert(AnalyzedDocument analyzed, String hash) throws SQLException {
    SourceDocument doc = analyzed.document();
    if (exists("SELECT 1 FROM documents WHERE hash = ?", hash)) {
      return Added.UNCHANGED;
    }
    int version = 1;
    PreparedStatement max = statement("SELECT MAX(version) FROM documents WHERE doc_key = ?");
    max.setString(1, doc.key());
    try (ResultSet rs = max.executeQuery()) {
      if (rs.next() && rs.getObject(1) != null) {
        version = rs.getInt(1) + 1;
      }
    }
    PreparedStatement ps = statement(
        "INSERT INTO documents (hash, doc_key, version, source, url, title, published, text, chars, ingested_at)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (hash) DO NOTHING");
    ps.setString(1, hash);
    ps.setString(2, doc.key());
    ps.setInt(3, version);
    ps.setString(4, doc.source());
    setNullable(ps, 5, doc.url());
    setNullable(ps, 6, doc.title());
    setNullable(ps, 7, doc.published() == null ? null : doc.published().toString());
    ps.setString(8, doc.text());
    ps.setInt(9, doc.text().length());
    ps.setString(10, Instant.now().toString());
    if (ps.executeUpdate() == 0) {
      return Added.UNCHANGED; // another writer stored the same text first
    }
    Map<String, String> ids = storeEntities(analyzed);
    ps = statement(
        "INSERT INTO mentions (doc_hash, entity_id, start_offset, end_offset, text, source) VALUES (?, ?, ?, ?, ?, ?)");
    for (MentionRef m : analyzed.mentions()) {
      ps.setString(1, hash);
      ps.setString(2, ids.getOrDefault(m.entityId(), m.entityId()));
      ps.setInt(3, m.start());
      ps.setInt(4, m.end());
      ps.setString(5, m.text());
      ps.setString(6, m.source());
      ps.addBatch();
    }
    ps.executeBatch();
    for (PersonnelEvent e : analyzed.events()) {
      ensureEntity(e.person(), ids);
      ensureEntity(e.org(), ids);
      ensureEntity(e.otherOrg(), ids);
    }
    ps = statement(
        "INSERT INTO events (id, doc_hash, type, person_id, org_id, other_org_id, role, time_value, time_granularity,"
            + " time_text, polarity, ev_start, ev_end, ev_text, confidence)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    int n = 0;
    for (PersonnelEvent e : analyzed.events()) {
      ps.setString(1, hash + ":" + n++);
      ps.setString(2, hash);
      ps.setString(3, e.type().name());
      ps.setString(4, ids.get(e.person().id()));
      setNullable(ps, 5, e.org() == null ? null : ids.get(e.org().id()));
      setNullable(ps, 6, e.otherOrg() == null ? null : ids.get(e.otherOrg().id()));
      setNullable(ps, 7, e.role());
      TimeValue t = e.time();
      setNullable(ps, 8, t == null ? null : t.value());
      setNullable(ps, 9, t == null || t.granularity() == null ? null : t.granularity().name());
      setNullable(ps, 10, t == null ? null : t.text());
      ps.setString(11, e.polarity().label());
      ps.setInt(12, e.evidence().start());
      ps.setInt(13, e.evidence().end());
      ps.setString(14, e.evidence().text());
      ps.setDouble(15, e.confidence());
      ps.addBatch();
    }
    ps.executeBatch();
    ps = statement("INSERT INTO claims (doc_hash, subject, quantity, value, as_of, ev_start, ev_end, ev_text)"
        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
    for (org.talentflow.model.Claim c : analyzed.claims()) {
      ps.setString(1, hash);
      ps.setString(2, c.subject());
      ps.setString(3, c.quantity());
      ps.setString(4, c.value());
      setNullable(ps, 5, c.asOf());
      ps.setInt(6, c.evidence().start());
      ps.setInt(7, c.evidence().end());
      ps.setString(8, c.evidence().text());
      ps.addBatch();
    }
    ps.executeBatch();
    return version == 1 ? Added.NEW : Added.NEW_VERSION;
  }

  /**
   * Stores the document's entities, joining each to a stored entity of the same type that already has one of its
   * full-name aliases (across documents). Returns document entity id -> stored entity id.
   */
  private Map<String, String> storeEntities(AnalyzedDocument analyzed) throws SQLException {
    Map<String, String> ids = new HashMap<>();
    for (Entity e : analyzed.entities()) {
      ensureEntity(e, ids);
    }
    return ids;
  }

  private void ensureEntity(Entity e, Map<String, String> ids) throws SQLException {
    if (e == null || ids.containsKey(e.id())) {
      return;
    }
    String id = e.id();
    if (!exists("SELECT 1 FROM entities WHERE id = ?", id)) {
      String joined = entityWithAlias(e);
      if (joined != null) {
        id = joined;
      } else {
        PreparedStatement ps = statement(
            "INSERT INTO entities (id, type, name, name_key) VALUES (?, ?, ?, ?) ON CONFLICT (id) DO NOTHING");
        ps.setString(1, id);
        ps.setString(2, e.type().name());
        ps.setString(3, e.name());
        ps.setString(4, nameKey(e.name()));
        ps.executeUpdate();
      }
    }
    ids.put(e.id(), id);
    Set<String> aliases = new LinkedHashSet<>(e.aliases());
    aliases.add(e.name());
    if (resolverLoaded) {
      resolver.know(id, e.type(), List.copyOf(aliases));
    }
    PreparedStatement ps = statement(
        "INSERT INTO aliases (entity_id, alias, alias_key) VALUES (?, ?, ?) ON CONFLICT DO NOTHING");
    for (String a : aliases) {
      ps.setString(1, id);
      ps.setString(2, a);
      ps.setString(3, nameKey(a));
      ps.addBatch();
    }
    ps.executeBatch();
  }

  /** The stored entity this one is, by the cross-document resolver, or null when it is new. */
  private String entityWithAlias(Entity e) {
    if (!resolverLoaded) {
      for (Entity known : entities()) {
        resolver.know(known.id(), known.type(), known.aliases());
      }
      resolverLoaded = true;
    }
    return resolver.match(e);
  }

  @Override
  public java.util.Optional<Entity> findEntity(String name) {
    String want = nameKey(name);
    Entity byAlias = null;
    for (Entity e : entities()) {
      if (nameKey(e.name()).equals(want)) {
        return java.util.Optional.of(e); // a canonical name beats an alias
      }
      if (byAlias == null) {
        for (String a : e.aliases()) {
          if (nameKey(a).equals(want)) {
            byAlias = e;
            break;
          }
        }
      }
    }
    return java.util.Optional.ofNullable(byAlias);
  }

  /**
   * Names' comparison keys, remembered: corrections are applied again after every ingest, each looking its names up
   * among all entities, and converting every alias to simplified script on every look-up made that cost grow with
   * the store times the corrections.
   */
  private final Map<String, String> nameKeys = new HashMap<>();

  private String nameKey(String name) {
    if (nameKeys.size() > 100_000) {
      nameKeys.clear(); // bounds the memory of a long-running server
    }
    return nameKeys.computeIfAbsent(name, NameKeys::of);
  }

  @Override
  public void correct(Correction c) {
    record(c, true);
  }

  @Override
  public void keep(Correction c) {
    record(c, false);
  }

  private void record(Correction c, boolean strict) {
    correcting(() -> {
      apply(c, strict);
      int seq = 1;
      try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery("SELECT MAX(seq) FROM corrections")) {
        if (rs.next() && rs.getObject(1) != null) {
          seq = rs.getInt(1) + 1;
        }
      }
      try (PreparedStatement ps = connection.prepareStatement(
          "INSERT INTO corrections (seq, kind, a, b, created_at) VALUES (?, ?, ?, ?, ?)")) {
        ps.setInt(1, seq);
        ps.setString(2, c.kind().name().toLowerCase(java.util.Locale.ROOT));
        ps.setString(3, c.a());
        ps.setString(4, c.b());
        ps.setString(5, Instant.now().toString());
        ps.executeUpdate();
      }
      return null;
    });
  }

  @Override
  public boolean removeCorrection(int id) {
    return writing("remove correction " + id, () -> {
      try (PreparedStatement ps = connection.prepareStatement("DELETE FROM corrections WHERE seq = ?")) {
        ps.setInt(1, id);
        return ps.executeUpdate() > 0;
      }
    });
  }

  @Override
  public void reapplyCorrections() {
    List<Correction> all = corrections();
    if (all.isEmpty()) {
      return;
    }
    correcting(() -> {
      for (Correction c : all) {
        apply(c, false);
      }
      return null;
    });
  }

  private interface SqlWork<T> {
    T run() throws SQLException;
  }

  /**
   * Runs {@code work} in one write transaction, taking turns with other writers: all of it is stored, or (on any
   * failure) none of it. A transaction that meets a busy store, a deadlock or a serialization failure is tried again
   * whole, for up to {@link #MAX_WAIT_NANOS}.
   */
  private <T> T writing(String what, SqlWork<T> work) {
    writerTurn.lock();
    try {
      return writingInTurn(what, work);
    } finally {
      writerTurn.unlock();
    }
  }

  private <T> T writingInTurn(String what, SqlWork<T> work) {
    long start = System.nanoTime();
    for (int attempt = 1; ; attempt++) {
      try {
        if (writerTurn.getHoldCount() == 1) {
          writer(); // not inside another transaction of this thread: make sure the connection is there
        }
        begin();
        try {
          T result = work.run();
          commit();
          return result;
        } catch (SQLException | RuntimeException | Error e) {
          rollback(e);
          throw e;
        }
      } catch (SQLException e) {
        if (retryable(e) && System.nanoTime() - start < MAX_WAIT_NANOS) {
          resolverLoaded = false;
          pause(Math.min(2000, 50L * attempt));
          continue;
        }
        String busy = retryable(e) ? " (other writers kept the store busy for "
            + (System.nanoTime() - start) / 1_000_000_000L + " s)" : "";
        throw new StoreException("cannot " + what + " in " + shown + ": " + StoreUrls.masked(e.getMessage()) + busy, e);
      }
    }
  }

  private <T> T inTransaction(String what, SqlWork<T> work) {
    return writing(what, work);
  }

  private void begin() throws SQLException {
    if (sqlite) {
      // taking the write lock at the start: a deferred transaction that upgrades later can deadlock with another
      // writer (SQLITE_BUSY at once, whatever the timeout)
      execute("BEGIN IMMEDIATE");
    } else {
      connection.setAutoCommit(false);
      try (PreparedStatement ps = connection.prepareStatement("SELECT pg_advisory_xact_lock(?)")) {
        ps.setLong(1, PG_WRITER_LOCK);
        ps.execute();
      }
    }
  }

  private void commit() throws SQLException {
    if (sqlite) {
      execute("COMMIT");
    } else {
      connection.commit();
      connection.setAutoCommit(true);
    }
  }

  private void rollback(Throwable cause) {
    try {
      if (sqlite) {
        execute("ROLLBACK"); // fails harmlessly when SQLite already ended the transaction on its own
      } else {
        connection.rollback();
        connection.setAutoCommit(true);
      }
    } catch (SQLException e) {
      cause.addSuppressed(e);
    }
    resolverLoaded = false;
  }

  private Object savepoint() throws SQLException {
    if (sqlite) {
      execute("SAVEPOINT doc");
      return "doc";
    }
    return connection.setSavepoint();
  }

  private void release(Object savepoint) throws SQLException {
    if (sqlite) {
      execute("RELEASE doc");
    } else {
      connection.releaseSavepoint((java.sql.Savepoint) savepoint);
    }
  }

  private void rollbackTo(Object savepoint) throws SQLException {
    if (sqlite) {
      execute("ROLLBACK TO doc");
      execute("RELEASE doc");
    } else {
      connection.rollback((java.sql.Savepoint) savepoint);
    }
  }

  private void execute(String sql) throws SQLException {
    try (Statement s = connection.createStatement()) {
      s.execute(sql);
    }
  }

  /** A prepared statement of the write path, prepared once per store. */
  private PreparedStatement statement(String sql) throws SQLException {
    PreparedStatement ps = statements.get(sql);
    if (ps == null) {
      ps = connection.prepareStatement(sql);
      statements.put(sql, ps);
    }
    return ps;
  }

  private void correcting(SqlWork<?> work) {
    inTransaction("apply correction", work);
    resolverLoaded = false; // entity ids or aliases changed: reload the cross-document index on next use
  }

  /** Applies one correction; {@code strict} reports names that match nothing, a re-application skips them. */
  private void apply(Correction c, boolean strict) throws SQLException {
    Entity a = entityNamed(c.a());
    if (a == null) {
      if (strict) {
        throw new IllegalArgumentException("no entity is called '" + c.a() + "'");
      }
      return;
    }
    switch (c.kind()) {
      case MERGE -> {
        Entity b = entityNamed(c.b());
        if (b == null) {
          if (strict) {
            throw new IllegalArgumentException("no entity is called '" + c.b() + "'");
          }
          return;
        }
        if (!b.id().equals(a.id())) {
          mergeInto(b.id(), a.id());
        }
      }
      case ALIAS -> addAlias(a.id(), c.b());
      case SPLIT -> split(a, c.b(), strict);
    }
  }

  private void mergeInto(String from, String into) throws SQLException {
    for (String alias : aliasesOf(from)) {
      addAlias(into, alias);
    }
    update("DELETE FROM aliases WHERE entity_id = ?", from);
    update2("UPDATE mentions SET entity_id = ? WHERE entity_id = ?", into, from);
    update2("UPDATE events SET person_id = ? WHERE person_id = ?", into, from);
    update2("UPDATE events SET org_id = ? WHERE org_id = ?", into, from);
    update2("UPDATE events SET other_org_id = ? WHERE other_org_id = ?", into, from);
    update("DELETE FROM entities WHERE id = ?", from);
  }

  /** The alias leaves the entity with its mentions, as an entity of its own. */
  private void split(Entity a, String alias, boolean strict) throws SQLException {
    String exact = null;
    for (String x : a.aliases()) {
      if (nameKey(x).equals(nameKey(alias))) {
        exact = x;
      }
    }
    if (exact == null) {
      if (strict) {
        throw new IllegalArgumentException("'" + a.name() + "' has no alias '" + alias + "'");
      }
      return;
    }
    String id = org.talentflow.resolve.EntityIds.of(a.type(), exact) + "-split";
    if (!exists("SELECT 1 FROM entities WHERE id = ?", id)) {
      try (PreparedStatement ps = connection.prepareStatement(
          "INSERT INTO entities (id, type, name, name_key) VALUES (?, ?, ?, ?)")) {
        ps.setString(1, id);
        ps.setString(2, a.type().name());
        ps.setString(3, exact);
        ps.setString(4, nameKey(exact));
        ps.executeUpdate();
      }
    }
    update2("DELETE FROM aliases WHERE entity_id = ? AND alias = ?", a.id(), exact);
    addAlias(id, exact);
    try (PreparedStatement ps = connection.prepareStatement(
        "UPDATE mentions SET entity_id = ? WHERE entity_id = ? AND text = ?")) {
      ps.setString(1, id);
      ps.setString(2, a.id());
      ps.setString(3, exact);
      ps.executeUpdate();
    }
  }

  private List<String> aliasesOf(String id) throws SQLException {
    List<String> out = new ArrayList<>();
    try (PreparedStatement ps = connection.prepareStatement("SELECT alias FROM aliases WHERE entity_id = ?")) {
      ps.setString(1, id);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(rs.getString(1));
        }
      }
    }
    return out;
  }

  private void addAlias(String id, String alias) throws SQLException {
    if (!exists2("SELECT 1 FROM aliases WHERE entity_id = ? AND alias = ?", id, alias)) {
      try (PreparedStatement ps = connection.prepareStatement(
          "INSERT INTO aliases (entity_id, alias, alias_key) VALUES (?, ?, ?)")) {
        ps.setString(1, id);
        ps.setString(2, alias);
        ps.setString(3, nameKey(alias));
        ps.executeUpdate();
      }
    }
  }

  /**
   * The entity a correction names, as {@link #findEntity} finds it (a canonical name before an alias, then the order
   * of {@link #entities}), through the stored keys: its cost does not grow with the store.
   */
  Entity entityNamed(String name) throws SQLException {
    String key = nameKey(name);
    String id = null;
    try (PreparedStatement ps = connection.prepareStatement(
        "SELECT id FROM entities WHERE name_key = ? ORDER BY type DESC, name LIMIT 1")) {
      ps.setString(1, key);
      try (ResultSet rs = ps.executeQuery()) {
        if (rs.next()) {
          id = rs.getString(1);
        }
      }
    }
    if (id == null) {
      try (PreparedStatement ps = connection.prepareStatement("SELECT e.id FROM aliases a"
          + " JOIN entities e ON e.id = a.entity_id WHERE a.alias_key = ? ORDER BY e.type DESC, e.name LIMIT 1")) {
        ps.setString(1, key);
        try (ResultSet rs = ps.executeQuery()) {
          if (rs.next()) {
            id = rs.getString(1);
          }
        }
      }
    }
    if (id == null) {
      return null;
    }
    String type;
    String canonical;
    try (PreparedStatement ps = connection.prepareStatement("SELECT type, name FROM entities WHERE id = ?")) {
      ps.setString(1, id);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        type = rs.getString(1);
        canonical = rs.getString(2);
      }
    }
    List<String> aliases = new ArrayList<>();
    try (PreparedStatement ps = connection.prepareStatement(
        "SELECT alias FROM aliases WHERE entity_id = ? ORDER BY alias")) { // the order entities() gives
      ps.setString(1, id);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          aliases.add(rs.getString(1));
        }
      }
    }
    return new Entity(id, EntityType.valueOf(type), canonical, aliases);
  }

  /** Gives the rows stored before name keys existed (schema version 4) their keys, once. */
  private void fillNameKeys() {
    try {
      boolean missing = existsAny("SELECT 1 FROM entities WHERE name_key IS NULL")
          || existsAny("SELECT 1 FROM aliases WHERE alias_key IS NULL");
      if (!missing) {
        return;
      }
      writing("give names their keys", () -> {
        List<String[]> rows = new ArrayList<>();
        try (Statement st = connection.createStatement();
            ResultSet rs = st.executeQuery("SELECT id, name FROM entities WHERE name_key IS NULL")) {
          while (rs.next()) {
            rows.add(new String[] {rs.getString(1), rs.getString(2)});
          }
        }
        try (PreparedStatement ps = connection.prepareStatement("UPDATE entities SET name_key = ? WHERE id = ?")) {
          for (String[] r : rows) {
            ps.setString(1, nameKey(r[1]));
            ps.setString(2, r[0]);
            ps.addBatch();
          }
          ps.executeBatch();
        }
        rows.clear();
        try (Statement st = connection.createStatement();
            ResultSet rs = st.executeQuery("SELECT entity_id, alias FROM aliases WHERE alias_key IS NULL")) {
          while (rs.next()) {
            rows.add(new String[] {rs.getString(1), rs.getString(2)});
          }
        }
        try (PreparedStatement ps = connection.prepareStatement(
            "UPDATE aliases SET alias_key = ? WHERE entity_id = ? AND alias = ?")) {
          for (String[] r : rows) {
            ps.setString(1, nameKey(r[1]));
            ps.setString(2, r[0]);
            ps.setString(3, r[1]);
            ps.addBatch();
          }
          ps.executeBatch();
        }
        return null;
      });
    } catch (SQLException e) {
      throw new StoreException("cannot read " + shown + ": " + StoreUrls.masked(e.getMessage()), e);
    }
  }

  private boolean existsAny(String sql) throws SQLException {
    try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery(sql + " LIMIT 1")) {
      return rs.next();
    }
  }

  private void update(String sql, String a) throws SQLException {
    try (PreparedStatement ps = connection.prepareStatement(sql)) {
      ps.setString(1, a);
      ps.executeUpdate();
    }
  }

  private void update2(String sql, String a, String b) throws SQLException {
    try (PreparedStatement ps = connection.prepareStatement(sql)) {
      ps.setString(1, a);
      ps.setString(2, b);
      ps.executeUpdate();
    }
  }

  // --- reads: see JdbcReads -------------------------------------------------------------------------------------

  @Override
  public List<StoredDocument> documents() {
    return reads.documents();
  }

  @Override
  public List<StoredDocument> documents(int offset, int limit) {
    return reads.documents(offset, limit);
  }

  @Override
  public int documentCount() {
    return reads.documentCount();
  }

  @Override
  public java.util.Optional<StoredDocument> document(String docKey) {
    return reads.document(docKey);
  }

  @Override
  public Map<String, org.talentflow.knowledge.DocumentInfo> documentInfo() {
    return reads.documentInfo();
  }

  @Override
  public List<StoredEvent> events() {
    return reads.events();
  }

  @Override
  public List<StoredEvent> eventsIn(String docKey) {
    return reads.eventsIn(docKey);
  }

  @Override
  public List<org.talentflow.model.Claim> claims() {
    return reads.claims();
  }

  @Override
  public Map<String, java.time.LocalDate> publicationDates() {
    return reads.publicationDates();
  }

  @Override
  public List<Entity> entities() {
    return reads.entities();
  }

  @Override
  public List<Entity> entities(java.util.Collection<String> ids) {
    return reads.entities(ids);
  }

  @Override
  public java.util.Optional<Entity> entity(String id) {
    return reads.entity(id);
  }

  @Override
  public List<Entity> entitiesOf(java.util.Collection<String> docKeys) {
    return reads.entitiesOf(docKeys);
  }

  @Override
  public List<EntityMatch> search(String name, EntityType type, boolean anywhere) {
    return reads.search(name, type, anywhere);
  }

  @Override
  public List<String> documentsOf(String entityId) {
    return reads.documentsOf(entityId);
  }

  @Override
  public List<StoredMention> mentionsOf(String entityId) {
    return reads.mentionsOf(entityId);
  }

  @Override
  public List<StoredMention> mentionsIn(String docKey) {
    return reads.mentionsIn(docKey);
  }

  @Override
  public java.util.Optional<String> documentText(String docKey) {
    return reads.documentText(docKey);
  }

  @Override
  public Map<String, int[]> mentionCounts() {
    return reads.mentionCounts();
  }

  @Override
  public List<Correction> corrections() {
    return reads.corrections();
  }

  @Override
  public List<StoredCorrection> correctionLog() {
    return reads.correctionLog();
  }

  @Override
  public List<SourceDocument> sources() {
    return reads.sources();
  }

  @Override
  public String changeMark() {
    return reads.changeMark();
  }

  private boolean exists(String sql, String arg) throws SQLException {
    PreparedStatement ps = statement(sql);
    ps.setString(1, arg);
    try (ResultSet rs = ps.executeQuery()) {
      return rs.next();
    }
  }

  private boolean exists2(String sql, String a, String b) throws SQLException {
    try (PreparedStatement ps = connection.prepareStatement(sql)) {
      ps.setString(1, a);
      ps.setString(2, b);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next();
      }
    }
  }

  private static void setNullable(PreparedStatement ps, int i, String v) throws SQLException {
    if (v == null) {
      ps.setNull(i, Types.VARCHAR);
    } else {
      ps.setString(i, v);
    }
  }

  static String sha256(String text) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 missing from this JVM", e);
    }
  }

  @Override
  public void close() {
    writerTurn.lock();
    try {
      synchronized (this) {
        closed = true;
        if (pool != null) {
          pool.close();
        }
      }
      for (PreparedStatement ps : statements.values()) {
        ps.close();
      }
      statements.clear();
      connection.close();
    } catch (SQLException e) {
      throw new StoreException("cannot close store " + shown + ": " + e.getMessage(), e);
    } finally {
      writerTurn.unlock();
    }
  }

}
