package org.talentflow.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
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

/** The store on SQLite, and on PostgreSQL when TALENTFLOW_TEST_PG is set (see {@link TestStores}). */
class JdbcStoreTest {
  @TempDir Path dir;

  static java.util.stream.Stream<String> kinds() {
    return TestStores.kinds();
  }

  @AfterAll
  static void dropSchemas() {
    TestStores.dropAll();
  }

  private static final Entity ZHANG = new Entity("P-zhang", EntityType.PERSON, "张三", List.of("张三", "張三"));
  private static final Entity ACME = new Entity("O-acme", EntityType.ORG, "Acme", List.of("Acme"));

  private static AnalyzedDocument doc(String key, String text) {
    SourceDocument d = new SourceDocument(key, key + ".txt", null, "title", LocalDate.of(2024, 1, 2), text);
    int s = text.indexOf("张三");
    PersonnelEvent e = new PersonnelEvent(EventType.LEFT, ZHANG, ACME, null, "总裁",
        new TimeValue("2024-01", Granularity.MONTH, "1月"), Polarity.ASSERTED,
        new Evidence(key, s, s + 4, text.substring(s, s + 4)), 0.8);
    return new AnalyzedDocument(d, List.of(ZHANG, ACME), List.of(new MentionRef("P-zhang", s, s + 2, "张三", "ner")),
        List.of(e));
  }

  @ParameterizedTest
  @MethodSource("kinds")
  void sameArticleTwiceAddsNothingAndAChangedOneIsANewVersion(String kind) {
    try (Store store = Store.open(TestStores.newStore(kind, dir))) {
      assertThat(store.add(doc("a", "1月,张三辞职。"))).isEqualTo(Store.Added.NEW);
      assertThat(store.add(doc("a", "1月,张三辞职。"))).isEqualTo(Store.Added.UNCHANGED);
      assertThat(store.add(doc("a", "1月,张三辞职了。"))).isEqualTo(Store.Added.NEW_VERSION);
      assertThat(store.documents()).extracting(StoredDocument::version).containsExactly(1, 2);
      assertThat(store.events()).hasSize(1); // only the latest version's events
      PersonnelEvent e = store.events().get(0).event();
      assertThat(e.person().aliases()).contains("張三");
      assertThat(e.time().value()).isEqualTo("2024-01");
      assertThat(e.evidence().text()).isEqualTo("张三辞职");
    }
  }

  @ParameterizedTest
  @MethodSource("kinds")
  void storeSurvivesReopeningAndMigrationsRunOnce(String kind) {
    String db = TestStores.newStore(kind, dir);
    try (Store store = Store.open(db)) {
      store.add(doc("a", "1月,张三辞职。"));
    }
    try (Store store = Store.open(db.startsWith("jdbc:") ? db : "jdbc:sqlite:" + db)) {
      assertThat(store.documents()).hasSize(1);
      assertThat(store.entitiesOf(List.of("a"))).extracting(Entity::id).containsExactlyInAnyOrder("P-zhang", "O-acme");
    }
  }

  @ParameterizedTest
  @MethodSource("kinds")
  void aDocumentThatFailsHalfWayLeavesNothingBehind(String kind) {
    try (Store store = Store.open(TestStores.newStore(kind, dir))) {
      store.add(doc("a", "1月,张三辞职。"));
      AnalyzedDocument good = doc("b", "2月,张三加入。");
      // a mention of an entity the document does not carry violates a foreign key after the document row is written
      AnalyzedDocument broken = new AnalyzedDocument(good.document(), good.entities(),
          List.of(new MentionRef("P-nobody", 0, 1, "x", "ner")), good.events());
      assertThatThrownBy(() -> store.add(broken)).isInstanceOf(StoreException.class).hasMessageContaining("b");
      assertThat(store.documents()).extracting(StoredDocument::key).containsExactly("a");
      assertThat(store.events()).hasSize(1);
      assertThat(store.add(good)).isEqualTo(Store.Added.NEW);
    }
  }

  @ParameterizedTest
  @MethodSource("kinds")
  void entitiesJoinAcrossDocumentsByAFullNameAliasButNotByAShortOne(String kind) {
    try (Store store = Store.open(TestStores.newStore(kind, dir))) {
      SourceDocument a = new SourceDocument("a", "a.txt", null, null, null, "x");
      SourceDocument b = new SourceDocument("b", "b.txt", null, null, null, "y");
      SourceDocument c = new SourceDocument("c", "c.txt", null, null, null, "z");
      store.add(new AnalyzedDocument(a, List.of(new Entity("P-1", EntityType.PERSON, "Sam Altman",
          List.of("Sam Altman", "奥特曼"))), List.of(), List.of()));
      store.add(new AnalyzedDocument(b, List.of(new Entity("P-2", EntityType.PERSON, "萨姆·奥尔特曼",
          List.of("萨姆·奥尔特曼", "Sam Altman"))), List.of(), List.of()));
      store.add(new AnalyzedDocument(c, List.of(new Entity("P-3", EntityType.PERSON, "张三", List.of("张三", "Sam"))),
          List.of(), List.of()));
      assertThat(store.entities()).extracting(Entity::id).containsExactlyInAnyOrder("P-1", "P-3");
      assertThat(store.entities().stream().filter(e -> e.id().equals("P-1")).findFirst().orElseThrow().aliases())
          .contains("萨姆·奥尔特曼", "奥特曼");
    }
  }

  private static AnalyzedDocument named(String key, Entity... entities) {
    return new AnalyzedDocument(new SourceDocument(key, key + ".txt", null, null, null, key), List.of(entities),
        List.of(), List.of());
  }

  @Test
  void searchFindsANameInAnyScriptCaseAndSpacingBestMatchFirst() {
    try (Store store = Store.open(dir.resolve("t.db").toString())) {
      store.add(named("a", new Entity("P-altman", EntityType.PERSON, "Sam Altman", List.of("Sam Altman", "阿爾特曼")),
          new Entity("P-sam", EntityType.PERSON, "Sam", List.of("Sam")),
          new Entity("O-samsung", EntityType.ORG, "Samsung", List.of("Samsung", "三星")),
          new Entity("O-pct", EntityType.ORG, "100% Co", List.of("100% Co"))));
      assertThat(store.search("阿尔特曼", null, false)).containsExactly(new EntityMatch("P-altman", EntityMatch.Kind.EXACT));
      assertThat(store.search("samaltman", null, false)).extracting(EntityMatch::entityId).containsExactly("P-altman");
      assertThat(store.search("SAM", null, false)).containsExactlyInAnyOrder(
          new EntityMatch("P-sam", EntityMatch.Kind.EXACT), new EntityMatch("P-altman", EntityMatch.Kind.PREFIX),
          new EntityMatch("O-samsung", EntityMatch.Kind.PREFIX));
      assertThat(store.search("sam", EntityType.ORG, false)).extracting(EntityMatch::entityId).containsExactly("O-samsung");
      assertThat(store.search("ltm", null, true)).containsExactly(new EntityMatch("P-altman", EntityMatch.Kind.CONTAINS));
      assertThat(store.search("0%", null, true)).extracting(EntityMatch::entityId).containsExactly("O-pct");
      assertThat(store.search("_", null, true)).isEmpty(); // a wildcard character is taken as written
      assertThat(store.search("ltm", null, false)).isEmpty(); // not at the start of a name: only with anywhere
      assertThat(store.search("sam", null, false)).hasSize(3);
      assertThat(store.entity("O-samsung").orElseThrow().aliases()).containsExactlyInAnyOrder("Samsung", "三星");
      assertThat(store.entity("nobody")).isEmpty();
    }
  }

  @Test
  void aliasesStoredWithoutTheirSearchKeyGetItWhenTheStoreIsOpened() throws Exception {
    Path db = dir.resolve("t.db");
    try (Store store = Store.open(db.toString())) {
      store.add(named("a", new Entity("P-zhang", EntityType.PERSON, "張勇", List.of("張勇", "Daniel Zhang"))));
    }
    try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + db); var s = c.createStatement()) {
      s.executeUpdate("UPDATE aliases SET alias_key = NULL"); // as an older build wrote them
    }
    try (Store store = Store.open(db.toString())) {
      assertThat(store.search("张勇", null, false)).extracting(EntityMatch::entityId).containsExactly("P-zhang");
    }
  }

  @Test
  void whatAnotherProcessStoresIsReadAtOnceAndMovesTheChangeMark() {
    Path db = dir.resolve("t.db");
    try (Store server = Store.open(db.toString()); Store cli = Store.open(db.toString())) {
      cli.add(doc("a", "1月,张三辞职。"));
      String before = server.changeMark();
      assertThat(server.documents()).hasSize(1);
      cli.add(doc("b", "2月,张三回来了。"));
      assertThat(server.changeMark()).isNotEqualTo(before);
      assertThat(server.document("b")).isPresent();
      assertThat(server.eventsIn("b")).hasSize(1);
      assertThat(server.documentCount()).isEqualTo(2);
      assertThat(server.documents(1, 10)).extracting(StoredDocument::key).containsExactly("b");
      String after = server.changeMark();
      cli.correct(new Correction(Correction.Kind.ALIAS, "张三", "Zhang San"));
      assertThat(server.changeMark()).isNotEqualTo(after);
      assertThat(server.search("zhang san", null, false)).extracting(EntityMatch::entityId).containsExactly("P-zhang");
    }
  }

  @Test
  void writesFromManyThreadsTakeTurnsAndReadsBetweenThemSucceed() throws Exception {
    try (Store store = Store.open(dir.resolve("t.db").toString())) {
      store.add(doc("a", "1月,张三辞职。"));
      var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
      try {
        List<java.util.concurrent.Future<Integer>> reads = new java.util.ArrayList<>();
        for (int i = 0; i < 20; i++) {
          int n = i;
          reads.add(pool.submit(() -> {
            store.add(doc("w" + n, n + "日,张三辞职。"));
            return store.events().size();
          }));
        }
        for (var f : reads) {
          assertThat(f.get()).isPositive();
        }
      } finally {
        pool.shutdown();
      }
      assertThat(store.documentCount()).isEqualTo(21);
    }
  }

  @Test
  void badUrlIsOneClearError() {
    assertThatThrownBy(() -> Store.open("mysql://x")).hasMessageContaining("unsupported database URL");
    assertThatThrownBy(() -> Store.open(dir.resolve("no/such/dir/t.db").toString()))
        .isInstanceOf(StoreException.class).hasMessageContaining("cannot open store");
  }

  @ParameterizedTest
  @MethodSource("kinds")
  void aGroupOfDocumentsIsStoredInOneTransactionAndAFailingOneLeavesTheOthers(String kind) {
    try (Store store = Store.open(TestStores.newStore(kind, dir))) {
      AnalyzedDocument good = doc("b", "2月,张三加入。");
      AnalyzedDocument broken = new AnalyzedDocument(good.document(), good.entities(),
          List.of(new MentionRef("P-nobody", 0, 1, "x", "ner")), good.events());
      List<Store.Outcome> outcomes = store.addAll(List.of(doc("a", "1月,张三辞职。"), broken, doc("c", "3月,张三回归。"),
          doc("a", "1月,张三辞职。")));
      assertThat(outcomes).extracting(Store.Outcome::added)
          .containsExactly(Store.Added.NEW, null, Store.Added.NEW, Store.Added.UNCHANGED);
      assertThat(outcomes.get(1).failure()).hasMessageContaining("cannot store document b");
      assertThat(store.documents()).extracting(StoredDocument::key).containsExactly("a", "c");
      assertThat(store.events()).hasSize(2);
      // the entities of the failed document that the others share are there once
      assertThat(store.entities()).extracting(Entity::id).containsExactlyInAnyOrder("P-zhang", "O-acme");
    }
  }

  @Test
  void aPasswordInTheUrlIsNeverShown() {
    assertThat(Store.masked("jdbc:postgresql://db.example/tf?user=tf&password=s3cret&ssl=true"))
        .isEqualTo("jdbc:postgresql://db.example/tf?user=tf&password=***&ssl=true");
    assertThat(Store.masked("jdbc:postgresql://tf:s3cret@db.example/tf")).isEqualTo("jdbc:postgresql://tf:***@db.example/tf");
    assertThat(Store.masked("talentflow.db")).isEqualTo("talentflow.db");
    assertThatThrownBy(() -> Store.open("jdbc:postgresql://127.0.0.1:1/none?user=tf&password=s3cret"))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("password=***")
        .hasMessageNotContaining("s3cret");
  }

  @ParameterizedTest
  @MethodSource("kinds")
  void correctionsFindTheirNamesByStoredKeysAsAnyLookUpDoesAndOldRowsGetKeys(String kind) throws Exception {
    String db = TestStores.newStore(kind, dir);
    try (Store store = Store.open(db)) {
      SourceDocument a = new SourceDocument("a", "a.txt", null, null, null, "x");
      SourceDocument b = new SourceDocument("b", "b.txt", null, null, null, "y");
      store.add(new AnalyzedDocument(a, List.of(new Entity("P-1", EntityType.PERSON, "Sam Altman",
          List.of("Sam Altman", "阿爾特曼")), new Entity("O-1", EntityType.ORG, "OpenAI", List.of("OpenAI"))),
          List.of(), List.of()));
      store.add(new AnalyzedDocument(b, List.of(new Entity("P-2", EntityType.PERSON, "奥特曼", List.of("奥特曼")),
          new Entity("P-3", EntityType.PERSON, "Greg Brockman", List.of("Greg Brockman", "布罗克曼"))),
          List.of(), List.of()));
      JdbcStore jdbc = (JdbcStore) store;
      for (String name : List.of("sam altman", "阿尔特曼", "阿爾特曼", "奥特曼", "OPENAI", "布罗克曼", "nobody")) {
        assertThat(java.util.Optional.ofNullable(jdbc.entityNamed(name))).as(name).isEqualTo(store.findEntity(name));
      }
    }
    // a store written before keys existed: its rows get them when it is opened
    try (java.sql.Connection c = java.sql.DriverManager.getConnection(db.startsWith("jdbc:") ? db : "jdbc:sqlite:" + db);
        java.sql.Statement s = c.createStatement()) {
      s.executeUpdate("UPDATE entities SET name_key = NULL");
      s.executeUpdate("UPDATE aliases SET alias_key = NULL");
    }
    try (Store store = Store.open(db)) {
      store.correct(new Correction(Correction.Kind.MERGE, "Sam Altman", "奥特曼"));
      assertThat(store.entities()).extracting(Entity::id).containsExactlyInAnyOrder("P-1", "P-3", "O-1");
      assertThat(((JdbcStore) store).entityNamed("奥特曼").id()).isEqualTo("P-1");
    }
  }

  private static String url(String kind, String location) {
    return kind.equals(TestStores.SQLITE) ? "jdbc:sqlite:" + location : location;
  }

  @ParameterizedTest
  @MethodSource("kinds")
  void aStoreAtTheLatestSchemaOpensWithoutMigratingAndANewOneIsMigrated(String kind) {
    String location = TestStores.newStore(kind, dir);
    assertThat(JdbcStore.schemaCurrent(url(kind, location))).isFalse();
    try (Store store = Store.open(location)) {
      store.add(doc("a", "1月,张三辞职。"));
    }
    assertThat(JdbcStore.schemaCurrent(url(kind, location))).isTrue();
    try (Store store = Store.open(location)) {
      assertThat(store.events()).hasSize(1);
    }
  }

  @Test
  void aStoreWhoseLastMigrationFailedIsNotCurrent() throws Exception {
    String location = TestStores.newStore(TestStores.SQLITE, dir);
    Store.open(location).close();
    try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + location);
        java.sql.Statement st = c.createStatement()) {
      st.executeUpdate("UPDATE flyway_schema_history SET success = 0 WHERE version = '"
          + JdbcStore.SCHEMA_VERSION + "'");
    }
    assertThat(JdbcStore.schemaCurrent("jdbc:sqlite:" + location)).isFalse();
  }

  @Test
  void theSchemaVersionIsTheHighestMigrationShipped() throws Exception {
    int highest;
    try (java.util.stream.Stream<Path> files = java.nio.file.Files.list(Path.of("src/main/resources/db/migration"))) {
      highest = files.map(p -> p.getFileName().toString()).filter(n -> n.matches("V\\d+__.*\\.sql"))
          .mapToInt(n -> Integer.parseInt(n.substring(1, n.indexOf("__")))).max().orElse(0);
    }
    assertThat(JdbcStore.SCHEMA_VERSION).isEqualTo(highest);
  }
}
