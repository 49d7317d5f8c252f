package org.talentflow.store;

import java.util.List;
import org.talentflow.model.AnalyzedDocument;
import org.talentflow.model.Entity;

/**
 * Claims with provenance. The default is an embedded SQLite file; a {@code jdbc:postgresql:} URL selects PostgreSQL.
 * The schema is created and upgraded by migrations when the store is opened.
 */
public interface Store extends AutoCloseable {
  /** What adding a document did. */
  enum Added { NEW, NEW_VERSION, UNCHANGED }

  /** Stores a document with its entities, mentions and events in one transaction: all of it, or nothing. */
  Added add(AnalyzedDocument doc);

  /** What storing one document of a group did: {@code added}, or the {@code failure} that left nothing of it. */
  record Outcome(AnalyzedDocument document, Added added, StoreException failure) {
    public Outcome {
      java.util.Objects.requireNonNull(document, "document");
      if ((added == null) == (failure == null)) {
        throw new IllegalArgumentException("an outcome is either added or a failure");
      }
    }
  }

  /**
   * Stores documents in order in one transaction, each in a savepoint of its own: a document that fails leaves
   * nothing and is reported in its outcome, the others are stored. Throws StoreException when the transaction as a
   * whole cannot be written (store unreachable, disk full, other writers holding it for minutes): then none is.
   */
  List<Outcome> addAll(List<AnalyzedDocument> docs);

  /** Whether this exact text is stored already, so that adding the document again would change nothing. */
  boolean holds(org.talentflow.model.SourceDocument doc);

  /** Every stored document version, by key then version. */
  List<StoredDocument> documents();

  /** A page of {@link #documents()}. */
  List<StoredDocument> documents(int offset, int limit);

  /** How many document versions are stored. */
  int documentCount();

  /** The latest version of a document, if stored. */
  java.util.Optional<StoredDocument> document(String docKey);

  /** Title, URL, publication date and outlet of the latest version of every document, by key. */
  java.util.Map<String, org.talentflow.knowledge.DocumentInfo> documentInfo();

  /** Events of the latest version of every document, in document and text order. */
  List<StoredEvent> events();

  /** Events of the latest version of one document, in text order. */
  List<StoredEvent> eventsIn(String docKey);

  /** Claims of the latest version of every document. */
  List<org.talentflow.model.Claim> claims();

  /** Publication dates by document key (latest versions; documents without a date are absent). */
  java.util.Map<String, java.time.LocalDate> publicationDates();

  /** Every entity with all its aliases. */
  List<Entity> entities();

  /** These entities (unknown ids left out), with all their aliases. */
  List<Entity> entities(java.util.Collection<String> ids);

  /** One entity by id. */
  java.util.Optional<Entity> entity(String id);

  /**
   * Entities one of whose names equals or starts with {@code name} ({@link #searchKey}: case, spacing and
   * traditional/simplified ignored), or with {@code anywhere} holds it anywhere, of one type or any (null), each with
   * how well it matches. Names equal to or starting with the query are answered from an index; {@code anywhere} reads
   * all names.
   */
  List<EntityMatch> search(String name, org.talentflow.model.EntityType type, boolean anywhere);

  /** A name as {@link #search} compares names: traditional script as simplified, lower case, no spaces or name dots. */
  static String searchKey(String name) {
    return JdbcReads.key(name);
  }

  /** Keys of the documents (latest versions) that mention an entity, in key order. */
  List<String> documentsOf(String entityId);

  /** Entities mentioned in, or taking part in events of, the latest versions of these documents. */
  List<Entity> entitiesOf(java.util.Collection<String> docKeys);

  /** An entity by any of its names, in any script (case, spacing and traditional/simplified ignored). */
  java.util.Optional<Entity> findEntity(String name);

  /** Where an entity was mentioned, in document and text order. */
  List<StoredMention> mentionsOf(String entityId);

  /** Mentions in the latest version of a document, in text order. */
  List<StoredMention> mentionsIn(String docKey);

  /** The original text of the latest version of a document, if stored. */
  java.util.Optional<String> documentText(String docKey);

  /** Mentions and distinct documents per entity id: {mentions, documents}. */
  java.util.Map<String, int[]> mentionCounts();

  /**
   * Records a correction and applies it now; it is applied again after every ingest. Throws
   * IllegalArgumentException when a name matches no entity.
   */
  void correct(Correction c);

  /** Records a correction and applies it where its names match, without failing on a name that matches nothing. */
  void keep(Correction c);

  /** The recorded corrections, in order. */
  List<Correction> corrections();

  /** The recorded corrections with their ids, in order. */
  List<StoredCorrection> correctionLog();

  /**
   * Forgets a recorded correction (what it already changed stays until the store is rebuilt: see
   * {@link Rebuild}). Returns false when no correction has that id.
   */
  boolean removeCorrection(int id);

  /** Every stored document version as it was read, in key and version order (for rebuilding a store). */
  List<org.talentflow.model.SourceDocument> sources();

  /** Applies every recorded correction again (after an ingest). */
  void reapplyCorrections();

  /**
   * A value that changes whenever what the store holds changes (documents added, by this process or another one,
   * entities merged or split, corrections made or removed), cheap to ask often.
   */
  String changeMark();

  /** Where the store is, for messages: its URL with any password masked. */
  String location();

  /** A store URL as messages may show it: any password masked ({@code password=***}, {@code user:***@host}). */
  static String masked(String url) {
    return StoreUrls.masked(url);
  }

  @Override
  void close();

  /**
   * Opens (creating and migrating if needed) the store at {@code url}: a file path or {@code jdbc:sqlite:PATH} for
   * SQLite, {@code jdbc:postgresql://...} for PostgreSQL.
   */
  static Store open(String url) {
    org.talentflow.pack.KnowledgePack pack = org.talentflow.pack.KnowledgePack.builtin();
    return open(url, new org.talentflow.resolve.CrossDocumentResolver(
        new org.talentflow.resolve.SoundKey(new org.talentflow.resolve.HanlpPinyin()), pack::isTransliteration));
  }

  /**
   * Opens a store that must already exist, for commands that only read: a SQLite file that is not there is an error
   * ("no store at ...") instead of a new empty store.
   */
  static Store openExisting(String url) {
    String path = url.startsWith("jdbc:sqlite:") ? url.substring("jdbc:sqlite:".length())
        : url.startsWith("jdbc:") || url.contains("://") ? null : url;
    if (path != null && !path.isBlank() && !path.startsWith(":memory:") && !path.startsWith("file:")
        && !java.nio.file.Files.isRegularFile(java.nio.file.Path.of(path))) {
      throw new StoreException("no store at " + path + " (ingest creates one; --db or TALENTFLOW_DB says where it is)",
          null);
    }
    return open(url);
  }

  /** Opens the store with the given cross-document entity resolver. */
  static Store open(String url, org.talentflow.resolve.CrossDocumentResolver resolver) {
    return JdbcStore.open(url, resolver);
  }
}
