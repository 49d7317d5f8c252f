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
import java.time.LocalDate;
import java.util.Collection;
import java.util.concurrent.locks.ReentrantLock;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.talentflow.knowledge.DocumentInfo;
import org.talentflow.model.Claim;

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
 * The store over JDBC: SQLite by default, PostgreSQL by URL. Writes go through one connection, one transaction at a
 * time (callers on several threads wait for each other), and it is opened again when it was lost; reads borrow
 * connections from a pool (HikariCP), so that they run beside a write and see what other processes committed, and a
 * read that finds its connection lost is tried once more on a fresh one. SQLite files are in WAL mode, so that
 * readers and one writer do not block each other.
 */
final class JdbcStore implements Store {
  private static final Logger LOG = LoggerFactory.getLogger(JdbcStore.class);
  private final String url;
  private Connection connection;
  private final CrossDocumentResolver resolver;
  private boolean resolverLoaded;
  /** Held for each write transaction; a thread holding it reads through the writer's connection. */
  private final ReentrantLock writing = new ReentrantLock();
  private final JdbcReads reads;
  private volatile HikariDataSource pool;
  private volatile boolean closed;

  private JdbcStore(String url, Connection connection, CrossDocumentResolver resolver) {
    this.url = url;
    this.connection = connection;
    this.resolver = resolver;
    this.reads = new JdbcReads(this::with, url.startsWith("jdbc:postgresql:"));
  }

  static JdbcStore open(String location, CrossDocumentResolver resolver) {
    boolean looksLikeUrl = location.startsWith("jdbc:") || location.contains("://");
    String url = looksLikeUrl ? location : "jdbc:sqlite:" + location;
    if (!url.startsWith("jdbc:sqlite:") && !url.startsWith("jdbc:postgresql:")) {
      throw new IllegalArgumentException("unsupported database URL '" + location
          + "' (a file path, jdbc:sqlite:PATH or jdbc:postgresql://HOST/DB)");
    }
    try {
      Flyway.configure()
          .dataSource(url, null, null)
          .locations("classpath:db/migration")
          .load()
          .migrate();
      JdbcStore store = new JdbcStore(url, connect(url), resolver);
      store.fillAliasKeys();
      return store;
    } catch (SQLException | RuntimeException e) {
      throw new StoreException("cannot open store " + JdbcUrls.mask(location) + ": "
          + JdbcUrls.scrub(rootMessage(e), location), e);
    }
  }

  /** A new connection: for SQLite with foreign keys on, a wait for locks, and (for a file) the WAL journal. */
  private static Connection connect(String url) throws SQLException {
    Connection c = DriverManager.getConnection(url);
    if (url.startsWith("jdbc:sqlite:")) {
      try (Statement s = c.createStatement()) {
        s.execute("PRAGMA foreign_keys = ON");
        s.execute("PRAGMA busy_timeout = 5000");
        if (!inMemory(url)) {
          s.execute("PRAGMA journal_mode = WAL");
        }
      }
    }
    return c;
  }

  /** An in-memory SQLite database exists only in its one connection: it has no pool. */
  private static boolean inMemory(String url) {
    String path = url.substring("jdbc:".length());
    return path.startsWith("sqlite:") && (path.equals("sqlite:") || path.contains(":memory:")
        || path.contains("mode=memory"));
  }

  /** The writer's connection, opened again when it was closed or lost (a database restart). */
  private Connection writer() throws SQLException {
    if (closed) {
      throw new SQLException("the store is closed");
    }
    if (connection.isClosed() || !connection.isValid(2)) {
      Connection lost = connection;
      connection = connect(url);
      try {
        lost.close();
      } catch (SQLException e) {
        LOG.warn("closing the lost connection to {} failed: {}", location(), JdbcUrls.scrub(e.getMessage(), url));
      }
    }
    return connection;
  }

  private HikariDataSource pool() {
    HikariDataSource p = pool;
    if (p == null) {
      synchronized (this) {
        if (closed) {
          throw new StoreException("the store " + location() + " is closed", null);
        }
        if (pool == null) {
          HikariConfig config = new HikariConfig();
          config.setPoolName("talentflow-reads");
          config.setJdbcUrl(url);
          config.setMaximumPoolSize(READERS);
          config.setMinimumIdle(1);
          config.setConnectionTimeout(10_000);
          if (url.startsWith("jdbc:sqlite:")) {
            config.setConnectionInitSql("PRAGMA busy_timeout = 5000");
          }
          pool = new HikariDataSource(config);
        }
        p = pool;
      }
    }
    return p;
  }

  /** Connections the pool may hold: readers beyond the cores wait on the database rather than on the pool. */
  private static final int READERS = 8;

  /**
   * Lends a connection for a read: the writer's when this thread is inside a write transaction (it sees its own
   * changes) or the database is in memory, else a pooled one. A read whose connection was lost is tried once more.
   */
  private <T> T with(String what, JdbcReads.Work<T> work) {
    try {
      if (writing.isHeldByCurrentThread() || inMemory(url)) {
        writing.lock();
        try {
          return work.run(writer());
        } finally {
          writing.unlock();
        }
      }
      try (Connection c = pool().getConnection()) {
        return work.run(c);
      } catch (SQLException e) {
        if (!lostConnection(e)) {
          throw e;
        }
        LOG.warn("a read on {} lost its connection ({}); trying again on a new one", location(),
            JdbcUrls.scrub(e.getMessage(), url));
        try (Connection c = pool().getConnection()) {
          return work.run(c);
        }
      }
    } catch (SQLException e) {
      throw new StoreException("cannot " + what + ": " + JdbcUrls.scrub(e.getMessage(), url), e);
    }
  }

  /** Whether a failure is the connection's (closed by the server, network gone), not the statement's. */
  private static boolean lostConnection(SQLException e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SQLException s && s.getSQLState() != null
          && (s.getSQLState().startsWith("08") || s.getSQLState().startsWith("57P"))) {
        return true;
      }
    }
    return false;
  }

  /** Aliases stored before the normalized column existed (or by an older build) get their key. */
  private void fillAliasKeys() {
    inTransaction("index aliases", () -> {
      List<String[]> missing = new ArrayList<>();
      try (Statement st = connection.createStatement();
          ResultSet rs = st.executeQuery("SELECT entity_id, alias FROM aliases WHERE alias_key IS NULL")) {
        while (rs.next()) {
          missing.add(new String[] {rs.getString(1), rs.getString(2)});
        }
      }
      try (PreparedStatement ps = connection.prepareStatement(
          "UPDATE aliases SET alias_key = ? WHERE entity_id = ? AND alias = ?")) {
        for (String[] m : missing) {
          ps.setString(1, JdbcReads.key(m[1]));
          ps.setString(2, m[0]);
          ps.setString(3, m[1]);
          ps.addBatch();
        }
        ps.executeBatch();
      }
      return null;
    });
  }

  private static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    return t.getMessage() == null ? t.toString() : t.getMessage();
  }

  @Override
  public String location() {
    return JdbcUrls.mask(url);
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
  public Map<String, DocumentInfo> documentInfo() {
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
  public List<Claim> claims() {
    return reads.claims();
  }

  @Override
  public Map<String, LocalDate> publicationDates() {
    return reads.publicationDates();
  }

  @Override
  public List<Entity> entities() {
    return reads.entities();
  }

  @Override
  public List<Entity> entities(Collection<String> ids) {
    return reads.entities(ids);
  }

  @Override
  public java.util.Optional<Entity> entity(String id) {
    return reads.entity(id);
  }

  @Override
  public List<Entity> entitiesOf(Collection<String> docKeys) {
    return reads.entitiesOf(docKeys);
  }

  @Override
  public java.util.Optional<Entity> findEntity(String name) {
    return reads.findEntity(name);
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

  // --- writes ---------------------------------------------------------------------------------------------------

  @Override
  public Added add(AnalyzedDocument analyzed) {
    SourceDocument doc = analyzed.document();
    String hash = sha256(doc.text());
    return inTransaction("store document " + doc.key(), () -> insert(analyzed, hash));
  }

  private Added insert(AnalyzedDocument analyzed, String hash) throws SQLException {
    SourceDocument doc = analyzed.document();
    if (exists("SELECT 1 FROM documents WHERE hash = ?", hash)) {
      return Added.UNCHANGED;
    }
    int version = 1;
    try (PreparedStatement ps = connection.prepareStatement("SELECT MAX(version) FROM documents WHERE doc_key = ?")) {
      ps.setString(1, doc.key());
      try (ResultSet rs = ps.executeQuery()) {
        if (rs.next() && rs.getObject(1) != null) {
          version = rs.getInt(1) + 1;
        }
      }
    }
    try (PreparedStatement ps = connection.prepareStatement(
        "INSERT INTO documents (hash, doc_key, version, source, url, title, published, text, chars, ingested_at)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
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
      ps.executeUpdate();
    }
    Map<String, String> ids = storeEntities(analyzed);
    try (PreparedStatement ps = connection.prepareStatement(
        "INSERT INTO mentions (doc_hash, entity_id, start_offset, end_offset, text, source) VALUES (?, ?, ?, ?, ?, ?)")) {
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
    }
    try (PreparedStatement ps = connection.prepareStatement(
        "INSERT INTO events (id, doc_hash, type, person_id, org_id, other_org_id, role, time_value, time_granularity,"
            + " time_text, polarity, ev_start, ev_end, ev_text, confidence)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      int n = 0;
      for (PersonnelEvent e : analyzed.events()) {
        ensureEntity(e.person(), ids);
        ensureEntity(e.org(), ids);
        ensureEntity(e.otherOrg(), ids);
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
    }
    try (PreparedStatement ps = connection.prepareStatement(
        "INSERT INTO claims (doc_hash, subject, quantity, value, as_of, ev_start, ev_end, ev_text)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
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
    }
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
        try (PreparedStatement ps = connection.prepareStatement("INSERT INTO entities (id, type, name) VALUES (?, ?, ?)")) {
          ps.setString(1, id);
          ps.setString(2, e.type().name());
          ps.setString(3, e.name());
          ps.executeUpdate();
        }
      }
    }
    ids.put(e.id(), id);
    Set<String> aliases = new LinkedHashSet<>(e.aliases());
    aliases.add(e.name());
    if (resolverLoaded) {
      resolver.know(id, e.type(), List.copyOf(aliases));
    }
    for (String a : aliases) {
      if (!exists2("SELECT 1 FROM aliases WHERE entity_id = ? AND alias = ?", id, a)) {
        try (PreparedStatement ps = connection.prepareStatement(
            "INSERT INTO aliases (entity_id, alias, alias_key) VALUES (?, ?, ?)")) {
          ps.setString(1, id);
          ps.setString(2, a);
          ps.setString(3, JdbcReads.key(a));
          ps.executeUpdate();
        }
      }
    }
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
    return inTransaction("remove correction " + id, () -> {
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

  /** Runs {@code work} in one transaction: all of it is stored, or (on any failure) none of it. */
  private <T> T inTransaction(String what, SqlWork<T> work) {
    writing.lock();
    try {
      writer().setAutoCommit(false);
      try {
        T result = work.run();
        connection.commit();
        return result;
      } catch (SQLException | RuntimeException e) {
        connection.rollback();
        throw e;
      } finally {
        connection.setAutoCommit(true);
      }
    } catch (SQLException e) {
      throw new StoreException("cannot " + what + ": " + JdbcUrls.scrub(e.getMessage(), url), e);
    } finally {
      writing.unlock();
    }
  }

  private void correcting(SqlWork<?> work) {
    inTransaction("apply correction", work);
    resolverLoaded = false; // entity ids or aliases changed: reload the cross-document index on next use
  }

  /** Applies one correction; {@code strict} reports names that match nothing, a re-application skips them. */
  private void apply(Correction c, boolean strict) throws SQLException {
    Entity a = findEntity(c.a()).orElse(null);
    if (a == null) {
      if (strict) {
        throw new IllegalArgumentException("no entity is called '" + c.a() + "'");
      }
      return;
    }
    switch (c.kind()) {
      case MERGE -> {
        Entity b = findEntity(c.b()).orElse(null);
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
      if (JdbcReads.key(x).equals(JdbcReads.key(alias))) {
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
      try (PreparedStatement ps = connection.prepareStatement("INSERT INTO entities (id, type, name) VALUES (?, ?, ?)")) {
        ps.setString(1, id);
        ps.setString(2, a.type().name());
        ps.setString(3, exact);
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
        ps.setString(3, JdbcReads.key(alias));
        ps.executeUpdate();
      }
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

  private boolean exists(String sql, String arg) throws SQLException {
    try (PreparedStatement ps = connection.prepareStatement(sql)) {
      ps.setString(1, arg);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next();
      }
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
    writing.lock();
    try {
      synchronized (this) {
        closed = true;
        if (pool != null) {
          pool.close();
        }
      }
      connection.close();
    } catch (SQLException e) {
      throw new StoreException("cannot close store " + location() + ": " + JdbcUrls.scrub(e.getMessage(), url), e);
    } finally {
      writing.unlock();
    }
  }

}
