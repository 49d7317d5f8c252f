package org.talentflow.spark;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.talentflow.model.Entity;
import org.talentflow.model.EntityType;
import org.talentflow.model.EventType;
import org.talentflow.model.Evidence;
import org.talentflow.model.PersonnelEvent;
import org.talentflow.model.Polarity;
import org.talentflow.model.SourceDocument;
import org.talentflow.read.DocumentReader;
import org.talentflow.read.ReadProblem;
import org.talentflow.store.Store;

/**
 * The job runs on the Jackson that Spark brings (2.15; its Scala module refuses any other minor version), not on the
 * version the rest of the project builds with: what talentflow-core and the store do with Jackson works on it.
 */
class JacksonOfSparkTest {
  @TempDir Path tmp;

  @Test
  void thisClassPathHoldsSparksJacksonAndSparksScalaModuleAcceptsIt() {
    assertThat(com.fasterxml.jackson.databind.cfg.PackageVersion.VERSION.getMinorVersion()).isEqualTo(15);
    // throws JsonMappingException ("Scala module ... requires Jackson Databind version ...") on any other
    new ObjectMapper().registerModule(com.fasterxml.jackson.module.scala.DefaultScalaModule$.MODULE$);
  }

  @Test
  void theReaderReadsJsonLinesAndJsonArraysOnIt() {
    DocumentReader reader = new DocumentReader(DocumentReader.Options.defaults());
    List<SourceDocument> docs = new ArrayList<>();
    List<String> warnings = new ArrayList<>();
    DocumentReader.Sink sink = new DocumentReader.Sink() {
      @Override
      public void document(SourceDocument doc) {
        docs.add(doc);
      }

      @Override
      public void problem(ReadProblem problem) {
        throw new AssertionError(problem.toString());
      }

      @Override
      public void warning(ReadProblem warning) {
        warnings.add(warning.message());
      }
    };
    byte[] lines = ("{\"id\":\"a\",\"published\":\"2023-09-11\",\"url\":7,\"text\":\"张勇卸任董事长。\"}\n"
        + "{\"id\":2,\"text\":\"Satya Nadella became chief executive.\"}\n").getBytes(StandardCharsets.UTF_8);
    byte[] array = "[{\"id\":\"c\",\"title\":\"t\",\"text\":\"蔡崇信接任。\"}]".getBytes(StandardCharsets.UTF_8);
    assertThat(reader.readFile("in/news.jsonl", lines.length, () -> new ByteArrayInputStream(lines), sink)).isEqualTo(2);
    assertThat(reader.readFile("in/all.json", array.length, () -> new ByteArrayInputStream(array), sink)).isEqualTo(1);
    assertThat(docs).extracting(SourceDocument::key).containsExactly("a", "2", "c");
    assertThat(docs.get(0).published()).hasToString("2023-09-11");
    assertThat(warnings).containsExactly("\"url\" is a number, not a string: left out");
  }

  @Test
  void theContractsJsonIsWrittenOnIt() {
    Entity person = new Entity("P-1", EntityType.PERSON, "Daniel Zhang", List.of("Daniel Zhang", "张勇"));
    Entity org = new Entity("O-1", EntityType.ORG, "Alibaba", List.of("Alibaba"));
    String line = ContractJson.event("alibaba-2023", new PersonnelEvent(EventType.LEFT, person, org, null, "董事长",
        null, Polarity.ASSERTED, new Evidence("alibaba-2023", 0, 8, "张勇卸任董事长。"), 0.9));
    assertThat(line).startsWith("{\"doc\":\"alibaba-2023\",\"type\":\"LEFT\",\"person\":{\"id\":\"P-1\"")
        .contains("\"other_org\":null", "\"polarity\":\"asserted\"", "\"confidence\":0.9");
  }

  @Test
  void theStoresMigrationsRunOnIt() {
    Path db = tmp.resolve("t.db");
    try (Store store = Store.open(db.toString())) {
      assertThat(store.entities()).isEmpty();
    }
    assertThat(Files.exists(db)).isTrue();
  }
}
