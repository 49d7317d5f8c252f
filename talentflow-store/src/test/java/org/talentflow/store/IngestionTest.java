package org.talentflow.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.talentflow.read.DocumentReader;
import org.talentflow.read.ReadProblem;

class IngestionTest {
  @TempDir Path dir;

  private final List<String> heard = new ArrayList<>();

  private Ingestion.Result ingest(String db, Ingestion.Options options, Path... inputs) {
    try (Store store = Store.open(db)) {
      return new Ingestion(store, new StubAnalyzer(), new DocumentReader(DocumentReader.Options.defaults()), options)
          .run(List.of(inputs), new Ingestion.Listener() {
            @Override
            public void problem(ReadProblem p) {
              heard.add("problem " + p);
            }

            @Override
            public void warning(ReadProblem w) {
              heard.add("warning " + w);
            }
          });
    }
  }

  private Path file(String name, String content) throws IOException {
    return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
  }

  @Test
  void anyErrorInOneDocumentIsThatDocumentsFailureAndTheBatchGoesOn() throws IOException {
    Path f = file("a.jsonl", StubAnalyzer.records(0, 3)
        + "{\"id\":\"oom\",\"text\":\"OOM\"}\n{\"id\":\"so\",\"text\":\"STACK\"}\n{\"id\":\"bug\",\"text\":\"BUG\"}\n"
        + StubAnalyzer.records(3, 3));
    Ingestion.Result r = ingest(dir.resolve("t.db").toString(), Ingestion.Options.defaults().withThreads(2), f);
    assertThat(r.added()).isEqualTo(6);
    assertThat(r.stopped()).isNull();
    assertThat(r.problems()).extracting(ReadProblem::source).containsExactly(f + ":4", f + ":5", f + ":6");
    assertThat(r.problems().get(0).message()).startsWith("not analyzed: ran out of memory");
    assertThat(r.problems().get(1).message()).contains("stack overflow");
    assertThat(r.problems().get(2).message()).contains("IllegalStateException: a bug in a stage");
  }

  @Test
  void aDocumentPastTheDeadlineIsReportedAndSkippedAndTheRestStored() throws IOException {
    Path f = file("a.jsonl", StubAnalyzer.records(0, 2) + "{\"id\":\"slow\",\"text\":\"LOOP\"}\n"
        + StubAnalyzer.records(2, 2));
    Ingestion.Result r = ingest(dir.resolve("t.db").toString(),
        Ingestion.Options.defaults().withThreads(2).withDeadline(Duration.ofMillis(300)), f);
    assertThat(r.added()).isEqualTo(4);
    assertThat(r.problems()).singleElement().satisfies(p -> {
      assertThat(p.source()).isEqualTo(f + ":3");
      assertThat(p.message()).startsWith("not analyzed: took longer than").contains("--doc-timeout");
    });
  }

  @Test
  void analyzingOnManyThreadsStoresExactlyWhatOneThreadStores() throws IOException {
    Path f = file("a.jsonl", StubAnalyzer.records(0, 300));
    String serial = dir.resolve("serial.db").toString();
    String parallel = dir.resolve("parallel.db").toString();
    ingest(serial, new Ingestion.Options(1, Duration.ofSeconds(60), 1, Duration.ZERO), f);
    ingest(parallel, new Ingestion.Options(4, Duration.ofSeconds(60), 64, Duration.ofSeconds(1)), f);
    try (Store a = Store.open(serial); Store b = Store.open(parallel)) {
      assertThat(b.events()).isEqualTo(a.events());
      assertThat(b.entities()).isEqualTo(a.entities());
      assertThat(b.documents()).extracting(d -> d.key() + "/" + d.version() + "/" + d.hash())
          .containsExactlyElementsOf(a.documents().stream().map(d -> d.key() + "/" + d.version() + "/" + d.hash())
              .toList());
    }
  }

  @Test
  void problemsAndWarningsAreReportedInInputOrder() throws IOException {
    Path a = file("a.jsonl", StubAnalyzer.records(0, 2) + "{\"id\":\"x\",\"text\":5}\n"
        + "{\"id\":\"y\",\"published\":\"2023-02-30\",\"text\":\"测试人物1离开测试公司1\"}\n"
        + "{\"id\":\"bug\",\"text\":\"BUG\"}\n");
    Path b = dir.resolve("missing.txt");
    Ingestion.Result r = ingest(dir.resolve("t.db").toString(), Ingestion.Options.defaults().withThreads(3), a, b);
    // paths that do not exist are found while the inputs are listed, before any file is read
    assertThat(heard).containsExactly(
        "problem " + b + ": no such file or directory",
        "problem " + a + ":3: \"text\" is a number, not a string",
        "warning " + a + ":4: \"published\": '2023-02-30' is not a calendar date: stored with an unknown date",
        "problem " + a + ":5: not analyzed: IllegalStateException: a bug in a stage");
    assertThat(r.added()).isEqualTo(3);
    assertThat(r.warnings()).hasSize(1);
  }

  @Test
  void aTextStoredAlreadyOrRepeatedInTheRunIsNotAnalyzedAgain() throws IOException {
    java.util.concurrent.atomic.AtomicInteger analyzed = new java.util.concurrent.atomic.AtomicInteger();
    Ingestion.Analyzer counting = doc -> {
      analyzed.incrementAndGet();
      return new StubAnalyzer().analyze(doc);
    };
    String one = "{\"id\":\"same\",\"text\":\"测试人物1离开测试公司1。\"}\n";
    Path f = file("a.jsonl", StubAnalyzer.records(0, 5) + one.repeat(4));
    String db = dir.resolve("t.db").toString();
    Ingestion.Options options = Ingestion.Options.defaults().withThreads(2);
    try (Store store = Store.open(db)) {
      DocumentReader reader = new DocumentReader(DocumentReader.Options.defaults());
      Ingestion.Result first = new Ingestion(store, counting, reader, options).run(List.of(f), new Ingestion.Listener() {});
      assertThat(first.added()).isEqualTo(6);
      assertThat(first.unchanged()).isEqualTo(3);
      assertThat(analyzed).hasValue(6);
      Ingestion.Result again = new Ingestion(store, counting, reader, options).run(List.of(f), new Ingestion.Listener() {});
      assertThat(again.unchanged()).isEqualTo(9);
      assertThat(analyzed).hasValue(6);
    }
  }
}
