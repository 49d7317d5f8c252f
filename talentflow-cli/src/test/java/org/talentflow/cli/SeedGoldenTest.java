package org.talentflow.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Golden files per seed (src/test/resources/golden/seeds/*.tsv): the events expected from each of the five seeds,
 * reviewed against the gold; every row that differs from the gold says how and why. The files hold no seed text:
 * evidence is a span, and the text at that span in the seed must be the stored evidence. Any change in what is
 * extracted fails here and is reviewed. Skipped where ../shared is absent.
 */
class SeedGoldenTest {
  @TempDir Path dir;

  @Test
  void everySeedGivesItsReviewedEvents() throws Exception {
    Path shared = Cli.shared();
    assumeTrue(Files.isDirectory(shared.resolve("corpus/seeds")), "../shared is not beside the checkout");
    String db = dir.resolve("golden.db").toString();
    assertThat(Cli.run("ingest", "-q", "--db", db, "--dates", shared.resolve("corpus/gold/docs.tsv").toString(),
        shared.resolve("corpus/seeds").toString()).exit).isZero();
    Map<String, List<String>> produced = new LinkedHashMap<>();
    for (String line : Cli.run("events", "--json", "--db", db).out.strip().split("\n")) {
      JsonNode e = Json.MAPPER.readTree(line);
      String doc = e.get("doc").asText();
      JsonNode ev = e.get("evidence");
      String seed = Files.readString(shared.resolve("corpus/seeds").resolve(doc + ".txt"), StandardCharsets.UTF_8);
      assertThat(seed.substring(ev.get("start").asInt(), ev.get("end").asInt())).isEqualTo(ev.get("text").asText());
      produced.computeIfAbsent(doc, k -> new ArrayList<>()).add(String.join("\t", e.get("type").asText(),
          e.get("person").get("name").asText(), name(e.get("org")), name(e.get("other_org")), text(e.get("role")),
          e.get("time").isNull() || e.get("time").get("value").isNull() ? "" : e.get("time").get("value").asText(),
          e.get("polarity").asText(), ev.get("start").asText(), ev.get("end").asText()));
    }
    Path golden = Path.of(getClass().getResource("/golden/seeds").toURI());
    List<Path> files;
    try (Stream<Path> s = Files.list(golden)) {
      files = s.filter(p -> p.toString().endsWith(".tsv")).sorted().toList();
    }
    assertThat(files).hasSize(5);
    for (Path f : files) {
      String doc = f.getFileName().toString().replace(".tsv", "");
      List<String> expected = new ArrayList<>();
      for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
        if (line.startsWith("#") || line.startsWith("type\t") || line.isBlank()) {
          continue;
        }
        String[] cols = line.split("\t", -1);
        assertThat(cols[9]).as("every golden row is reviewed: " + line).isNotBlank();
        expected.add(String.join("\t", List.of(cols).subList(0, 9)));
      }
      assertThat(produced.getOrDefault(doc, List.of())).as("events of seed " + doc).containsExactlyElementsOf(expected);
    }
  }

  private static String name(JsonNode entity) {
    return entity == null || entity.isNull() ? "" : entity.get("name").asText();
  }

  private static String text(JsonNode n) {
    return n == null || n.isNull() ? "" : n.asText();
  }
}
