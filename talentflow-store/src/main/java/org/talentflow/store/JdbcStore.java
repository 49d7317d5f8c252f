package org.talentflow.store;

import java.nio.charset.StandardCharsets;
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
 */
final class JdbcStore implements Store {
  /** How long SQLite waits for another writer's transaction before reporting the store busy. */
  static final int BUSY_TIMEOUT_MS = 15_000;
  /** How long, all retries together, a transaction waits for other writers before giving up. */
  static final long MAX_WAIT_NANOS = 10L * 60 * 1_000_000_000L;
  /** The advisory lock PostgreSQL writers take in turn (any constant; the same in every talentflow). */
  private static final long PG_WRITER_LOCK = 0x7461_6c65_6e74L;

  private final String url;
  private final String shown;
  private final boolean sqlite;
  private final Connection connection;
  private final CrossDocumentResolver resolver;
  private final Map<String, PreparedStatement> statements = new HashMap<>();
  private boolean resolverLoaded;

  private JdbcStore(String url, Connection connection, CrossDocumentResolver resolver) {
    this.url = url;
    this.shown = StoreUrls.masked(url);
    this.sqlite = url.startsWith("jdbc:sqlite:");
    this.connection = connection;
    this.resolver = resolver;
  }

  static JdbcStore open(String location, CrossDocumentResolver resolver) {
    boolean looksLikeUrl = location.startsWith("jdbc:") || location.contains("://");
    String url = looksLikeUrl ? location : "jdbc:sqlite:" + location;
    String shown = StoreUrls.masked(url);
    if (!url.startsWith("jdbc:sqlite:") && !url.startsWith("jdbc:postgresql:")) {
      throw new IllegalArgumentException("unsupported database URL '" + StoreUrls.masked(location)
          + "' (a file path, jdbc:sqlite:PATH or jdbc:postgresql://HOST/DB)");
    }
    try {
      boolean sqlite = url.startsWith("jdbc:sqlite:");
      java.util.Properties props = sqlite ? sqliteConfig().toProperties() : new java.util.Properties();
      migrate(url, sqlite);
      Connection c = DriverManager.getConnection(url, props);
      JdbcStore store = new JdbcStore(url, c, resolver);
      try {
        store.fillNameKeys();
      } catch (RuntimeException e) {
        c.close();
        throw e;
      }
      return store;
    } catch (SQLException | RuntimeException e) {
      throw new StoreException("cannot open store " + shown + ": " + StoreUrls.masked(rootMessage(e)), e);
    }
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
    try {
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
  public List<StoredMention> mentionsOf(String entityId) {
    return mentions("m.entity_id = ?", entityId);
  }

  @Override
  public List<StoredMention> mentionsIn(String docKey) {
    return mentions("d.doc_key = ?", docKey);
  }

  private List<StoredMention> mentions(String where, String arg) {
    String sql = "SELECT d.doc_key, m.start_offset, m.end_offset, m.text, m.entity_id FROM mentions m"
        + " JOIN documents d ON d.hash = m.doc_hash WHERE " + where
        + " AND d.version = (SELECT MAX(v.version) FROM documents v WHERE v.doc_key = d.doc_key)"
        + " ORDER BY d.doc_key, m.start_offset";
    List<StoredMention> out = new ArrayList<>();
    try (PreparedStatement ps = connection.prepareStatement(sql)) {
      ps.setString(1, arg);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(new StoredMention(rs.getString(1), rs.getInt(2), rs.getInt(3), rs.getString(4), rs.getString(5)));
        }
      }
      return out;
    } catch (SQLException e) {
      throw new StoreException("cannot list mentions: " + e.getMessage(), e);
    }
  }

  @Override
  public java.util.Optional<String> documentText(String docKey) {
    try (PreparedStatement ps = connection.prepareStatement(
        "SELECT d.text FROM documents d WHERE d.doc_key = ? AND" + LATEST)) {
      ps.setString(1, docKey);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? java.util.Optional.of(rs.getString(1)) : java.util.Optional.empty();
      }
    } catch (SQLException e) {
      throw new StoreException("cannot read document " + docKey + ": " + e.getMessage(), e);
    }
  }

  @Override
  public Map<String, int[]> mentionCounts() {
    String sql = "SELECT m.entity_id, COUNT(*), COUNT(DISTINCT d.doc_key) FROM mentions m"
        + " JOIN documents d ON d.hash = m.doc_hash"
        + " WHERE d.version = (SELECT MAX(v.version) FROM documents v WHERE v.doc_key = d.doc_key)"
        + " GROUP BY m.entity_id";
    Map<String, int[]> out = new HashMap<>();
    try (PreparedStatement ps = connection.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        out.put(rs.getString(1), new int[] {rs.getInt(2), rs.getInt(3)});
      }
      return out;
    } catch (SQLException e) {
      throw new StoreException("cannot count mentions: " + e.getMessage(), e);
    }
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
  public List<Correction> corrections() {
    List<Correction> out = new ArrayList<>();
    try (Statement st = connection.createStatement();
        ResultSet rs = st.executeQuery("SELECT kind, a, b FROM corrections ORDER BY seq")) {
      while (rs.next()) {
        out.add(new Correction(Correction.Kind.parse(rs.getString(1)), rs.getString(2), rs.getString(3)));
      }
      return out;
    } catch (SQLException e) {
      throw new StoreException("cannot list corrections: " + e.getMessage(), e);
    }
  }

  @Override
  public List<StoredCorrection> correctionLog() {
    List<StoredCorrection> out = new ArrayList<>();
    try (Statement st = connection.createStatement();
        ResultSet rs = st.executeQuery("SELECT seq, kind, a, b, created_at FROM corrections ORDER BY seq")) {
      while (rs.next()) {
        out.add(new StoredCorrection(rs.getInt(1), new Correction(Correction.Kind.parse(rs.getString(2)),
            rs.getString(3), rs.getString(4)), rs.getString(5)));
      }
      return out;
    } catch (SQLException e) {
      throw new StoreException("cannot list corrections: " + e.getMessage(), e);
    }
  }

  @Override
  public boolean removeCorrection(int id) {
    try (PreparedStatement ps = connection.prepareStatement("DELETE FROM corrections WHERE seq = ?")) {
      ps.setInt(1, id);
      return ps.executeUpdate() > 0;
    } catch (SQLException e) {
      throw new StoreException("cannot remove correction " + id + ": " + e.getMessage(), e);
    }
  }

  @Override
  public List<SourceDocument> sources() {
    List<SourceDocument> out = new ArrayList<>();
    try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery(
        "SELECT doc_key, source, url, title, published, text FROM documents ORDER BY doc_key, version")) {
      while (rs.next()) {
        out.add(new SourceDocument(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
            rs.getString(5) == null ? null : java.time.LocalDate.parse(rs.getString(5)), rs.getString(6)));
      }
      return out;
    } catch (SQLException e) {
      throw new StoreException("cannot read documents: " + e.getMessage(), e);
    }
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
    long start = System.nanoTime();
    for (int attempt = 1; ; attempt++) {
      try {
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

  @Override
  public List<StoredDocument> documents() {
    String sql = "SELECT d.hash, d.doc_key, d.version, d.source, d.url, d.title, d.published, d.chars, d.ingested_at,"
        + " (SELECT COUNT(*) FROM events e WHERE e.doc_hash = d.hash), SUBSTR(d.text, 1, " + Outlets.HEAD + ")"
        + " FROM documents d ORDER BY d.doc_key, d.version";
    List<StoredDocument> out = new ArrayList<>();
    try (PreparedStatement ps = connection.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        out.add(new StoredDocument(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getString(4), rs.getString(5),
            rs.getString(6), rs.getString(7), Outlets.of(rs.getString(5), rs.getString(11)), rs.getInt(8),
            rs.getInt(10), rs.getString(9)));
      }
      return out;
    } catch (SQLException e) {
      throw new StoreException("cannot list documents: " + e.getMessage(), e);
    }
  }

  private static final String LATEST = " d.version = (SELECT MAX(v.version) FROM documents v WHERE v.doc_key = d.doc_key)";
  /** How much of an article's start is read for its source line. */

  @Override
  public Map<String, org.talentflow.knowledge.DocumentInfo> documentInfo() {
    Map<String, org.talentflow.knowledge.DocumentInfo> out = new LinkedHashMap<>();
    String sql = "SELECT d.doc_key, d.title, d.url, d.published, SUBSTR(d.text, 1, " + Outlets.HEAD + ") FROM documents d WHERE"
        + LATEST + " ORDER BY d.doc_key";
    try (PreparedStatement ps = connection.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        out.put(rs.getString(1), new org.talentflow.knowledge.DocumentInfo(rs.getString(1), rs.getString(2),
            rs.getString(3), rs.getString(4), Outlets.of(rs.getString(3), rs.getString(5))));
      }
      return out;
    } catch (SQLException e) {
      throw new StoreException("cannot list documents: " + e.getMessage(), e);
    }
  }

  @Override
  public List<org.talentflow.model.Claim> claims() {
    String sql = "SELECT d.doc_key, c.subject, c.quantity, c.value, c.as_of, c.ev_start, c.ev_end, c.ev_text"
        + " FROM claims c JOIN documents d ON d.hash = c.doc_hash WHERE" + LATEST + " ORDER BY d.doc_key, c.ev_start";
    List<org.talentflow.model.Claim> out = new ArrayList<>();
    try (PreparedStatement ps = connection.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        out.add(new org.talentflow.model.Claim(rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
            new Evidence(rs.getString(1), rs.getInt(6), rs.getInt(7), rs.getString(8))));
      }
      return out;
    } catch (SQLException e) {
      throw new StoreException("cannot list claims: " + e.getMessage(), e);
    }
  }

  @Override
  public Map<String, java.time.LocalDate> publicationDates() {
    Map<String, java.time.LocalDate> out = new HashMap<>();
    try (PreparedStatement ps = connection.prepareStatement(
        "SELECT d.doc_key, d.published FROM documents d WHERE d.published IS NOT NULL AND" + LATEST);
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        out.put(rs.getString(1), java.time.LocalDate.parse(rs.getString(2)));
      }
      return out;
    } catch (SQLException e) {
      throw new StoreException("cannot list publication dates: " + e.getMessage(), e);
    }
  }

  @Override
  public List<Entity> entities() {
    Map<String, String[]> rows = new LinkedHashMap<>();
    Map<String, List<String>> aliases = new HashMap<>();
    try (Statement s = connection.createStatement()) {
      try (ResultSet rs = s.executeQuery("SELECT id, type, name FROM entities ORDER BY type DESC, name")) {
        while (rs.next()) {
          rows.put(rs.getString(1), new String[] {rs.getString(2), rs.getString(3)});
        }
      }
      try (ResultSet rs = s.executeQuery("SELECT entity_id, alias FROM aliases ORDER BY entity_id, alias")) {
        while (rs.next()) {
          aliases.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2));
        }
      }
    } catch (SQLException e) {
      throw new StoreException("cannot list entities: " + e.getMessage(), e);
    }
    List<Entity> out = new ArrayList<>();
    rows.forEach((id, r) -> out.add(new Entity(id, EntityType.valueOf(r[0]), r[1], aliases.getOrDefault(id, List.of()))));
    return out;
  }

  @Override
  public List<Entity> entitiesOf(java.util.Collection<String> docKeys) {
    Set<String> wanted = new java.util.HashSet<>();
    String latest = " JOIN documents d ON d.hash = %s.doc_hash WHERE d.doc_key = ?"
        + " AND d.version = (SELECT MAX(v.version) FROM documents v WHERE v.doc_key = d.doc_key)";
    try {
      for (String key : docKeys) {
        for (String sql : List.of(
            "SELECT m.entity_id FROM mentions m" + String.format(latest, "m"),
            "SELECT e.person_id FROM events e" + String.format(latest, "e"),
            "SELECT e.org_id FROM events e" + String.format(latest, "e"),
            "SELECT e.other_org_id FROM events e" + String.format(latest, "e"))) {
          try (PreparedStatement ps = connection.prepareStatement(sql)) {
            ps.setString(1, key);
            try (ResultSet rs = ps.executeQuery()) {
              while (rs.next()) {
                if (rs.getString(1) != null) {
                  wanted.add(rs.getString(1));
                }
              }
            }
          }
        }
      }
    } catch (SQLException e) {
      throw new StoreException("cannot list entities of documents: " + e.getMessage(), e);
    }
    return entities().stream().filter(e -> wanted.contains(e.id())).toList();
  }

  @Override
  public List<StoredEvent> events() {
    Map<String, Entity> entities = new HashMap<>();
    for (Entity e : entities()) {
      entities.put(e.id(), e);
    }
    String sql = "SELECT d.doc_key, e.type, e.person_id, e.org_id, e.other_org_id, e.role, e.time_value,"
        + " e.time_granularity, e.time_text, e.polarity, e.ev_start, e.ev_end, e.ev_text, e.confidence"
        + " FROM events e JOIN documents d ON d.hash = e.doc_hash"
        + " WHERE d.version = (SELECT MAX(v.version) FROM documents v WHERE v.doc_key = d.doc_key)"
        + " ORDER BY d.doc_key, e.ev_start, e.id";
    List<StoredEvent> out = new ArrayList<>();
    try (PreparedStatement ps = connection.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        String doc = rs.getString(1);
        TimeValue time = null;
        if (rs.getString(9) != null) {
          String g = rs.getString(8);
          time = new TimeValue(rs.getString(7), g == null ? null : Granularity.valueOf(g), rs.getString(9));
        }
        PersonnelEvent e = new PersonnelEvent(EventType.valueOf(rs.getString(2)), entities.get(rs.getString(3)),
            entities.get(rs.getString(4)), entities.get(rs.getString(5)), rs.getString(6), time,
            Polarity.parse(rs.getString(10)), new Evidence(doc, rs.getInt(11), rs.getInt(12), rs.getString(13)),
            rs.getDouble(14));
        out.add(new StoredEvent(doc, e));
      }
      return out;
    } catch (SQLException e) {
      throw new StoreException("cannot list events: " + e.getMessage(), e);
    }
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
    try {
      for (PreparedStatement ps : statements.values()) {
        ps.close();
      }
      statements.clear();
      connection.close();
    } catch (SQLException e) {
      throw new StoreException("cannot close store " + shown + ": " + e.getMessage(), e);
    }
  }

}
