package org.talentflow.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.talentflow.read.DocumentReader;

/**
 * Several ingests writing into one existing store at once, each with its own connection (as separate processes
 * have): every document is stored exactly once and none is reported as failed. SQLite, and PostgreSQL when
 * TALENTFLOW_TEST_PG is set.
 */
class ConcurrentIngestTest {
  @TempDir Path dir;

  static java.util.stream.Stream<String> kinds() {
    return TestStores.kinds();
  }

  @AfterAll
  static void dropSchemas() {
    TestStores.dropAll();
  }

  private static Ingestion.Result ingest(String db, Path input) {
    try (Store store = Store.open(db)) {
      return new Ingestion(store, new StubAnalyzer(), new DocumentReader(DocumentReader.Options.defaults()),
          Ingestion.Options.defaults().withThreads(2)).run(List.of(input), new Ingestion.Listener() {});
    }
  }

  private static List<Ingestion.Result> atOnce(String db, Path... inputs) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(inputs.length);
    try {
      List<Future<Ingestion.Result>> runs = java.util.Arrays.stream(inputs)
          .map(in -> pool.submit(() -> ingest(db, in))).toList();
      List<Ingestion.Result> out = new java.util.ArrayList<>();
      for (Future<Ingestion.Result> f : runs) {
        out.add(f.get());
      }
      return out;
    } finally {
      pool.shutdownNow();
    }
  }

  @ParameterizedTest
  @MethodSource("kinds")
  void twoIngestsOfDisjointHalvesOfThreeThousandDocumentsLoseNothing(String kind) throws Exception {
    String db = TestStores.newStore(kind, dir);
    try (Store store = Store.open(db)) {
      assertThat(store.documents()).isEmpty(); // the store exists before both start
    }
    Path first = Files.writeString(dir.resolve("first.jsonl"), StubAnalyzer.records(0, 1500), StandardCharsets.UTF_8);
    Path second = Files.writeString(dir.resolve("second.jsonl"), StubAnalyzer.records(1500, 1500),
        StandardCharsets.UTF_8);
    List<Ingestion.Result> results = atOnce(db, first, second);
    for (Ingestion.Result r : results) {
      assertThat(r.problems()).isEmpty();
      assertThat(r.stopped()).isNull();
      assertThat(r.added()).isEqualTo(1500);
    }
    try (Store store = Store.open(db)) {
      assertThat(store.documents()).hasSize(3000)
          .extracting(StoredDocument::key).doesNotHaveDuplicates();
      assertThat(store.events()).hasSize(3000);
      assertThat(store.entities()).hasSize(97 + 13);
    }
  }

  @ParameterizedTest
  @MethodSource("kinds")
  void twoIngestsOfTheSameDocumentsStoreThemOnceWithoutFalseFailures(String kind) throws Exception {
    String db = TestStores.newStore(kind, dir);
    Path corpus = Files.writeString(dir.resolve("all.jsonl"), StubAnalyzer.records(0, 600), StandardCharsets.UTF_8);
    List<Ingestion.Result> results = atOnce(db, corpus, corpus);
    for (Ingestion.Result r : results) {
      assertThat(r.problems()).isEmpty();
      assertThat(r.documents()).isEqualTo(600);
    }
    assertThat(results.get(0).added() + results.get(1).added()).isEqualTo(600);
    assertThat(results.get(0).unchanged() + results.get(1).unchanged()).isEqualTo(600);
    try (Store store = Store.open(db)) {
      assertThat(store.documents()).hasSize(600);
    }
  }
}
