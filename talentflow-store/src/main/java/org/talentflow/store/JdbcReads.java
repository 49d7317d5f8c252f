package org.talentflow.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.talentflow.knowledge.DocumentInfo;
import org.talentflow.model.Claim;
import org.talentflow.model.Entity;
import org.talentflow.model.EntityType;
import org.talentflow.model.EventType;
import org.talentflow.model.Evidence;
import org.talentflow.model.Granularity;
import org.talentflow.model.PersonnelEvent;
import org.talentflow.model.Polarity;
import org.talentflow.model.SourceDocument;
import org.talentflow.model.TimeValue;

/**
 * The read side of the JDBC store: every query the commands and the web pages ask. Each read borrows a connection
 * from {@link Connections} (a pooled one, or the writer's inside its own transaction) and gives it back.
 */
final class JdbcReads {
  /** Lends a connection for one piece of work; failures become {@link StoreException} saying what could not be done. */
  interface Connections {
    <T> T with(String what, Work<T> work);
  }

  /** Work on a borrowed connection. */
  interface Work<T> {
    T run(Connection c) throws SQLException;
  }

  private static final String LATEST = " d.version = (SELECT MAX(v.version) FROM documents v WHERE v.doc_key = d.doc_key)";
  /** Most parameters in one IN list (SQLite allows 999 before 3.32). */
  private static final int CHUNK = 500;

  private final Connections db;
  /** PostgreSQL compares text by its collation, so prefixes are matched with LIKE there, by byte ranges in SQLite. */
  private final boolean postgres;

  JdbcReads(Connections db, boolean postgres) {
    this.db = db;
    this.postgres = postgres;
  }

  /** A name as names are compared and as the alias_key column holds it. */
  static String key(String name) {
    return NameKeys.of(name);
  }

  // --- entities -------------------------------------------------------------------------------------------------

  List<Entity> entities() {
    return db.with("list entities", c -> {
      Map<String, String[]> rows = new LinkedHashMap<>();
      Map<String, List<String>> aliases = new HashMap<>();
      try (Statement s = c.createStatement()) {
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
      }
      List<Entity> out = new ArrayList<>();
      rows.forEach((id, r) -> out.add(new Entity(id, EntityType.valueOf(r[0]), r[1], aliases.getOrDefault(id, List.of()))));
      return out;
    });
  }

  /** These entities with their aliases, in the order of {@link #entities()}; unknown ids are left out. */
  List<Entity> entities(Collection<String> ids) {
    List<String> all = List.copyOf(new LinkedHashSet<>(ids));
    if (all.isEmpty()) {
      return List.of();
    }
    return db.with("read entities", c -> {
      Map<String, String[]> rows = new HashMap<>();
      Map<String, List<String>> aliases = new HashMap<>();
      for (int from = 0; from < all.size(); from += CHUNK) {
        List<String> part = all.subList(from, Math.min(all.size(), from + CHUNK));
        String in = "(" + "?,".repeat(part.size() - 1) + "?)";
        try (PreparedStatement ps = c.prepareStatement("SELECT id, type, name FROM entities WHERE id IN " + in)) {
          bind(ps, part);
          try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
              rows.put(rs.getString(1), new String[] {rs.getString(2), rs.getString(3)});
            }
          }
        }
        try (PreparedStatement ps = c.prepareStatement(
            "SELECT entity_id, alias FROM aliases WHERE entity_id IN " + in + " ORDER BY entity_id, alias")) {
          bind(ps, part);
          try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
              aliases.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2));
            }
          }
        }
      }
      List<Entity> out = new ArrayList<>();
      rows.forEach((id, r) -> out.add(new Entity(id, EntityType.valueOf(r[0]), r[1], aliases.getOrDefault(id, List.of()))));
      out.sort(java.util.Comparator.comparing((Entity e) -> e.type().name()).reversed().thenComparing(Entity::name));
      return out;
    });
  }

  Optional<Entity> entity(String id) {
    return entities(List.of(id)).stream().findFirst();
  }

  /**
   * Entities one of whose names (normalized) equals or starts with the query, from the index of names, or with
   * {@code anywhere} also those holding it anywhere (which reads the whole index); each with how well its best name
   * matches.
   */
  List<EntityMatch> search(String query, EntityType type, boolean anywhere) {
    String k = key(query);
    String like = k.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    String where;
    List<String> args = new ArrayList<>(List.of(k));
    if (anywhere) {
      where = "a.alias_key LIKE ? ESCAPE '\\'";
      args.add("%" + like + "%");
    } else if (postgres) {
      where = "a.alias_key LIKE ? ESCAPE '\\'";
      args.add(like + "%");
    } else {
      where = "a.alias_key >= ? AND a.alias_key < ?"; // a range of the index: every key that starts with k
      args.add(k);
      args.add(k + "\uDBFF\uDFFF");
    }
    String sql = "SELECT a.entity_id, MIN(CASE WHEN a.alias_key = ? THEN 0 WHEN a.alias_key LIKE ? ESCAPE '\\' THEN 1"
        + " ELSE 2 END) FROM aliases a" + (type == null ? "" : " JOIN entities e ON e.id = a.entity_id AND e.type = ?")
        + " WHERE " + where + " GROUP BY a.entity_id";
    List<String> all = new ArrayList<>(List.of(k, like + "%"));
    if (type != null) {
      all.add(type.name());
    }
    all.addAll(args.subList(1, args.size()));
    return db.with("search entities", c -> {
      List<EntityMatch> out = new ArrayList<>();
      try (PreparedStatement ps = c.prepareStatement(sql)) {
        bind(ps, all);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            out.add(new EntityMatch(rs.getString(1), EntityMatch.Kind.values()[rs.getInt(2)]));
          }
        }
      }
      return out;
    });
  }

  /** Keys of the documents (latest versions) that mention an entity, in key order. */
  List<String> documentsOf(String entityId) {
    String sql = "SELECT DISTINCT d.doc_key FROM mentions m JOIN documents d ON d.hash = m.doc_hash"
        + " WHERE m.entity_id = ? AND" + LATEST + " ORDER BY d.doc_key";
    return db.with("list documents of an entity", c -> {
      List<String> out = new ArrayList<>();
      try (PreparedStatement ps = c.prepareStatement(sql)) {
        ps.setString(1, entityId);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            out.add(rs.getString(1));
          }
        }
      }
      return out;
    });
  }

  List<Entity> entitiesOf(Collection<String> docKeys) {
    Set<String> wanted = new HashSet<>();
    String latest = " JOIN documents d ON d.hash = %s.doc_hash WHERE d.doc_key = ? AND" + LATEST;
    db.with("list entities of documents", c -> {
      for (String key : docKeys) {
        for (String sql : List.of(
            "SELECT m.entity_id FROM mentions m" + String.format(latest, "m"),
            "SELECT e.person_id FROM events e" + String.format(latest, "e"),
            "SELECT e.org_id FROM events e" + String.format(latest, "e"),
            "SELECT e.other_org_id FROM events e" + String.format(latest, "e"))) {
          try (PreparedStatement ps = c.prepareStatement(sql)) {
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
      return null;
    });
    return entities(wanted);
  }

  // --- mentions -------------------------------------------------------------------------------------------------

  List<StoredMention> mentionsOf(String entityId) {
    return mentions("m.entity_id = ?", entityId);
  }

  List<StoredMention> mentionsIn(String docKey) {
    return mentions("d.doc_key = ?", docKey);
  }

  private List<StoredMention> mentions(String where, String arg) {
    String sql = "SELECT d.doc_key, m.start_offset, m.end_offset, m.text, m.entity_id FROM mentions m"
        + " JOIN documents d ON d.hash = m.doc_hash WHERE " + where + " AND" + LATEST
        + " ORDER BY d.doc_key, m.start_offset";
    return db.with("list mentions", c -> {
      List<StoredMention> out = new ArrayList<>();
      try (PreparedStatement ps = c.prepareStatement(sql)) {
        ps.setString(1, arg);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            out.add(new StoredMention(rs.getString(1), rs.getInt(2), rs.getInt(3), rs.getString(4), rs.getString(5)));
          }
        }
      }
      return out;
    });
  }

  Map<String, int[]> mentionCounts() {
    String sql = "SELECT m.entity_id, COUNT(*), COUNT(DISTINCT d.doc_key) FROM mentions m"
        + " JOIN documents d ON d.hash = m.doc_hash WHERE" + LATEST + " GROUP BY m.entity_id";
    return db.with("count mentions", c -> {
      Map<String, int[]> out = new HashMap<>();
      try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.put(rs.getString(1), new int[] {rs.getInt(2), rs.getInt(3)});
        }
      }
      return out;
    });
  }

  // --- documents ------------------------------------------------------------------------------------------------

  Optional<String> documentText(String docKey) {
    return db.with("read document " + docKey, c -> {
      try (PreparedStatement ps = c.prepareStatement("SELECT d.text FROM documents d WHERE d.doc_key = ? AND" + LATEST)) {
        ps.setString(1, docKey);
        try (ResultSet rs = ps.executeQuery()) {
          return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
        }
      }
    });
  }

  private static final String DOCUMENT_COLUMNS = "SELECT d.hash, d.doc_key, d.version, d.source, d.url, d.title,"
      + " d.published, d.chars, d.ingested_at, (SELECT COUNT(*) FROM events e WHERE e.doc_hash = d.hash),"
      + " SUBSTR(d.text, 1, " + Outlets.HEAD + ") FROM documents d";

  List<StoredDocument> documents() {
    return documents(DOCUMENT_COLUMNS + " ORDER BY d.doc_key, d.version", List.of());
  }

  /** A page of {@link #documents()}. */
  List<StoredDocument> documents(int offset, int limit) {
    return documents(DOCUMENT_COLUMNS + " ORDER BY d.doc_key, d.version LIMIT " + limit + " OFFSET " + offset, List.of());
  }

  Optional<StoredDocument> document(String docKey) {
    return documents(DOCUMENT_COLUMNS + " WHERE d.doc_key = ? AND" + LATEST, List.of(docKey)).stream().findFirst();
  }

  int documentCount() {
    return db.with("count documents", c -> {
      try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM documents")) {
        rs.next();
        return rs.getInt(1);
      }
    });
  }

  private List<StoredDocument> documents(String sql, List<String> args) {
    return db.with("list documents", c -> {
      List<StoredDocument> out = new ArrayList<>();
      try (PreparedStatement ps = c.prepareStatement(sql)) {
        bind(ps, args);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            out.add(new StoredDocument(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getString(7), Outlets.of(rs.getString(5), rs.getString(11)), rs.getInt(8),
                rs.getInt(10), rs.getString(9)));
          }
        }
      }
      return out;
    });
  }

  Map<String, DocumentInfo> documentInfo() {
    String sql = "SELECT d.doc_key, d.title, d.url, d.published, SUBSTR(d.text, 1, " + Outlets.HEAD + ") FROM documents d WHERE"
        + LATEST + " ORDER BY d.doc_key";
    return db.with("list documents", c -> {
      Map<String, DocumentInfo> out = new LinkedHashMap<>();
      try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.put(rs.getString(1), new DocumentInfo(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
              Outlets.of(rs.getString(3), rs.getString(5))));
        }
      }
      return out;
    });
  }

  Map<String, LocalDate> publicationDates() {
    return db.with("list publication dates", c -> {
      Map<String, LocalDate> out = new HashMap<>();
      try (PreparedStatement ps = c.prepareStatement(
          "SELECT d.doc_key, d.published FROM documents d WHERE d.published IS NOT NULL AND" + LATEST);
          ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.put(rs.getString(1), LocalDate.parse(rs.getString(2)));
        }
      }
      return out;
    });
  }

  List<SourceDocument> sources() {
    return db.with("read documents", c -> {
      List<SourceDocument> out = new ArrayList<>();
      try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
          "SELECT doc_key, source, url, title, published, text FROM documents ORDER BY doc_key, version")) {
        while (rs.next()) {
          out.add(new SourceDocument(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
              rs.getString(5) == null ? null : LocalDate.parse(rs.getString(5)), rs.getString(6)));
        }
      }
      return out;
    });
  }

  // --- events and claims ----------------------------------------------------------------------------------------

  List<StoredEvent> events() {
    return events("", List.of());
  }

  List<StoredEvent> eventsIn(String docKey) {
    return events(" AND d.doc_key = ?", List.of(docKey));
  }

  private List<StoredEvent> events(String where, List<String> args) {
    String sql = "SELECT d.doc_key, e.type, e.person_id, e.org_id, e.other_org_id, e.role, e.time_value,"
        + " e.time_granularity, e.time_text, e.polarity, e.ev_start, e.ev_end, e.ev_text, e.confidence"
        + " FROM events e JOIN documents d ON d.hash = e.doc_hash WHERE" + LATEST + where
        + " ORDER BY d.doc_key, e.ev_start, e.id";
    record Row(String doc, String type, String person, String org, String otherOrg, String role, TimeValue time,
        String polarity, int start, int end, String text, double confidence) {}
    List<Row> rows = db.with("list events", c -> {
      List<Row> out = new ArrayList<>();
      try (PreparedStatement ps = c.prepareStatement(sql)) {
        bind(ps, args);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            TimeValue time = null;
            if (rs.getString(9) != null) {
              String g = rs.getString(8);
              time = new TimeValue(rs.getString(7), g == null ? null : Granularity.valueOf(g), rs.getString(9));
            }
            out.add(new Row(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6), time, rs.getString(10), rs.getInt(11), rs.getInt(12), rs.getString(13),
                rs.getDouble(14)));
          }
        }
      }
      return out;
    });
    Set<String> ids = new HashSet<>();
    for (Row r : rows) {
      ids.add(r.person());
      if (r.org() != null) {
        ids.add(r.org());
      }
      if (r.otherOrg() != null) {
        ids.add(r.otherOrg());
      }
    }
    Map<String, Entity> entities = new HashMap<>();
    for (Entity e : where.isEmpty() ? entities() : entities(ids)) {
      entities.put(e.id(), e);
    }
    List<StoredEvent> out = new ArrayList<>(rows.size());
    for (Row r : rows) {
      PersonnelEvent e = new PersonnelEvent(EventType.valueOf(r.type()), entities.get(r.person()),
          r.org() == null ? null : entities.get(r.org()), r.otherOrg() == null ? null : entities.get(r.otherOrg()),
          r.role(), r.time(), Polarity.parse(r.polarity()), new Evidence(r.doc(), r.start(), r.end(), r.text()),
          r.confidence());
      out.add(new StoredEvent(r.doc(), e));
    }
    return out;
  }

  List<Claim> claims() {
    String sql = "SELECT d.doc_key, c.subject, c.quantity, c.value, c.as_of, c.ev_start, c.ev_end, c.ev_text"
        + " FROM claims c JOIN documents d ON d.hash = c.doc_hash WHERE" + LATEST + " ORDER BY d.doc_key, c.ev_start";
    return db.with("list claims", c -> {
      List<Claim> out = new ArrayList<>();
      try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(new Claim(rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
              new Evidence(rs.getString(1), rs.getInt(6), rs.getInt(7), rs.getString(8))));
        }
      }
      return out;
    });
  }

  // --- corrections ----------------------------------------------------------------------------------------------

  List<Correction> corrections() {
    return correctionLog().stream().map(StoredCorrection::correction).toList();
  }

  List<StoredCorrection> correctionLog() {
    return db.with("list corrections", c -> {
      List<StoredCorrection> out = new ArrayList<>();
      try (Statement st = c.createStatement();
          ResultSet rs = st.executeQuery("SELECT seq, kind, a, b, created_at FROM corrections ORDER BY seq")) {
        while (rs.next()) {
          out.add(new StoredCorrection(rs.getInt(1), new Correction(Correction.Kind.parse(rs.getString(2)),
              rs.getString(3), rs.getString(4)), rs.getString(5)));
        }
      }
      return out;
    });
  }

  /**
   * A value that changes whenever what the store holds changes: documents added, entities merged or split, aliases
   * added, corrections recorded or removed. Counts only, each answered from an index.
   */
  String changeMark() {
    return db.with("read the store's state", c -> {
      try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT (SELECT COUNT(*) FROM documents),"
          + " (SELECT COUNT(*) FROM entities), (SELECT COUNT(*) FROM aliases), (SELECT COUNT(*) FROM corrections),"
          + " (SELECT MAX(seq) FROM corrections)")) {
        rs.next();
        return rs.getLong(1) + "/" + rs.getLong(2) + "/" + rs.getLong(3) + "/" + rs.getLong(4) + "/" + rs.getLong(5);
      }
    });
  }

  private static void bind(PreparedStatement ps, List<String> args) throws SQLException {
    for (int i = 0; i < args.size(); i++) {
      ps.setString(i + 1, args.get(i));
    }
  }
}
