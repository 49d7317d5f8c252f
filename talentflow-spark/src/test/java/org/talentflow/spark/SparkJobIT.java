package org.talentflow.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Spark job (local[2]) against {@code ingest} on the same input: the same events line for line (so the same
 * count, the same (doc, type, person, org) set and the same entity ids), the same entities and documents, and a
 * store loaded from the job that the command line reads as it reads ingest's. Expected values come from ingest, run
 * from the command line's jar, never from a list written here: the extraction itself may change.
 */
class SparkJobIT {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path tmp;

  @Test
  void theSamplesGiveIngestsEventsEntitiesAndDocumentsAndTheLoadedStoreReadsAsIngests() throws Exception {
    Path samples = TestSpark.root().resolve("samples");
    Path out = tmp.resolve("out");
    String sparkDb = tmp.resolve("spark.db").toString();
    TestSpark.Run job = TestSpark.spark(samples.toString(), "--out", out.toString(), "--db", sparkDb);
    assertThat(job.exit()).as(job.err()).isZero();
    assertThat(job.out()).contains("analysed 11 documents");

    String ingestDb = tmp.resolve("ingest.db").toString();
    assertThat(TestSpark.cli(tmp, "ingest", "-q", "--db", ingestDb, samples.toString()).exit()).isZero();
    sameAsIngest(out, ingestDb);
    // the store the job loaded reads as ingest's
    assertThat(TestSpark.lines(TestSpark.cli(tmp, "events", "--json", "--db", sparkDb).out()))
        .isEqualTo(TestSpark.lines(TestSpark.cli(tmp, "events", "--json", "--db", ingestDb).out()));
    assertThat(TestSpark.lines(TestSpark.cli(tmp, "entities", "--json", "--db", sparkDb).out()))
        .isEqualTo(TestSpark.lines(TestSpark.cli(tmp, "entities", "--json", "--db", ingestDb).out()));
  }

  @Test
  void theSeedsGiveIngestsEvents() throws Exception {
    Path seeds = TestSpark.seeds();
    assumeTrue(seeds != null, "../shared/corpus/seeds is absent");
    Path out = tmp.resolve("out");
    TestSpark.Run job = TestSpark.spark(seeds.toString(), "--out", out.toString(), "-q");
    assertThat(job.exit()).as(job.err()).isZero();
    String ingestDb = tmp.resolve("ingest.db").toString();
    assertThat(TestSpark.cli(tmp, "ingest", "-q", "--db", ingestDb, seeds.toString()).exit()).isZero();
    sameAsIngest(out, ingestDb);
  }

  @Test
  void badRecordsAndWarningsAreListedAsIngestReportsThemAndTheRestIsAsIngestWritesIt() throws Exception {
    Path in = Files.createDirectories(tmp.resolve("in"));
    Files.writeString(in.resolve("news.jsonl"), String.join("\n",
        "{\"id\":\"zhang-2023\",\"published\":\"2023-09-11\",\"text\":\"阿里巴巴集团9月10日宣布,张勇卸任董事会主席兼首席执行官,"
            + "蔡崇信接任董事会主席。\"}",
        "{\"id\":\"broken\",\"text\":",
        "{\"id\":\"no-text\"}",
        "",
        "{\"id\":\"nadella-2014\",\"published\":\"2014-02-05\",\"text\":\"Microsoft named Satya Nadella chief executive "
            + "on Tuesday, succeeding Steve Ballmer.\"}") + "\n", StandardCharsets.UTF_8);
    // a GBK file, found to be GBK once for the whole file; a byte order mark and a date that is no calendar date and
    // a URL that is a number (warnings: written all the same); UTF-16, which is not read as lines
    Files.writeString(in.resolve("gbk.jsonl"), String.join("\n",
        "{\"id\":\"xiaomi-2019\",\"published\":\"2019-01-10\",\"text\":\"小米集团宣布,卢伟冰加盟小米,出任集团副总裁。\"}",
        "{\"id\":\"xiaomi-2023\",\"text\":\"2023年10月31日,小米集团宣布卢伟冰出任集团总裁。\"}") + "\n",
        java.nio.charset.Charset.forName("GBK"));
    Files.writeString(in.resolve("bom.jsonl"), "\uFEFF" + String.join("\n",
        "{\"id\":\"tesla-2018\",\"published\":\"2018-02-30\",\"text\":\"特斯拉宣布,埃隆·马斯克卸任董事长,罗宾·丹霍姆接任。\"}",
        "{\"id\":\"twitter-2022\",\"url\":42,\"published\":\"2022-10-28\",\"text\":\"Twitter fired Parag Agrawal "
            + "after Elon Musk bought the company.\"}") + "\n", StandardCharsets.UTF_8);
    Files.writeString(in.resolve("wide.jsonl"), "{\"id\":\"w\",\"text\":\"张三辞职。\"}\n", StandardCharsets.UTF_16);
    Files.write(in.resolve("scan.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 1, 2});
    Files.writeString(in.resolve("empty.html"), "<html><body><nav>menu</nav></body></html>", StandardCharsets.UTF_8);
    String missing = tmp.resolve("no-such-folder").toString();
    Path out = tmp.resolve("out");

    // the JSON lines are read in splits of 64 bytes, so that lines are numbered across splits; the file is given a
    // second time on its own, as ingest then reads it again
    String jsonl = in.resolve("news.jsonl").toString();
    org.apache.hadoop.conf.Configuration conf = TestSpark.session().sparkContext().hadoopConfiguration();
    conf.set("mapreduce.input.fileinputformat.split.maxsize", "64");
    TestSpark.Run job;
    try {
      job = TestSpark.spark(in.toString(), missing, jsonl, "--out", out.toString());
    } finally {
      conf.unset("mapreduce.input.fileinputformat.split.maxsize");
    }
    assertThat(job.exit()).as("some inputs failed").isEqualTo(1);
    assertThat(job.err()).contains("talentflow: 8 inputs failed (listed in " + out + "/errors/)");
    assertThat(job.out()).contains("analysed 8 documents").contains("2 unchanged copies");

    String ingestDb = tmp.resolve("ingest.db").toString();
    TestSpark.Run ingest = TestSpark.cli(tmp, "ingest", "-q", "--db", ingestDb, in.toString(), missing, jsonl);
    assertThat(ingest.exit()).isEqualTo(1);
    List<String> problems = new ArrayList<>();
    List<String> warnings = new ArrayList<>();
    for (String line : TestSpark.lines(ingest.err())) {
      if (line.contains(": warning: ")) {
        warnings.add(line.substring("talentflow: ".length()).replaceFirst(": warning: ", ": "));
      } else if (!line.contains("failed (listed above)")) {
        problems.add(line.substring("talentflow: ".length()));
      }
    }
    assertThat(reported(out.resolve("errors"))).as("errors/, in reading order, as ingest reports them")
        .isEqualTo(problems).hasSize(8).anySatisfy(p -> assertThat(p).contains("wide.jsonl: UTF-16"));
    assertThat(reported(out.resolve("warnings"))).as("warnings/, in reading order, as ingest reports them")
        .isEqualTo(warnings).hasSize(2);
    assertThat(job.err()).contains("talentflow: " + jsonl + ":2: invalid JSON")
        .contains("talentflow: " + in.resolve("bom.jsonl") + ":1: warning: \"published\"");
    sameAsIngest(out, ingestDb);
  }

  /** The lines of errors/ or warnings/ as "source: message". */
  private static List<String> reported(Path dir) throws Exception {
    List<String> out = new ArrayList<>();
    for (String line : TestSpark.lines(dir)) {
      JsonNode n = JSON.readTree(line);
      out.add(n.get("source").asText() + ": " + n.get("message").asText());
    }
    return out;
  }

  /** The job's JSON lines are what the command line prints for a store ingest filled from the same input. */
  private void sameAsIngest(Path out, String ingestDb) throws Exception {
    List<String> expected = TestSpark.lines(TestSpark.cli(tmp, "events", "--json", "--db", ingestDb).out());
    List<String> actual = TestSpark.lines(out.resolve("events/json"));
    assertThat(expected).as("ingest found events").isNotEmpty();
    assertThat(actual).hasSameSizeAs(expected);
    assertThat(keys(actual)).as("(doc, type, person, org)").isEqualTo(keys(expected));
    assertThat(actual).as("events, line for line").isEqualTo(expected);
    assertThat(TestSpark.lines(out.resolve("entities/json")))
        .isEqualTo(TestSpark.lines(TestSpark.cli(tmp, "entities", "--json", "--db", ingestDb).out()));
    assertThat(withoutIngestTime(TestSpark.lines(out.resolve("documents/json"))))
        .isEqualTo(withoutIngestTime(TestSpark.lines(TestSpark.cli(tmp, "docs", "--json", "--db", ingestDb).out())));
    assertThat(Files.isDirectory(out.resolve("events/parquet"))).isTrue();
    assertThat(Files.isDirectory(out.resolve("mentions/parquet"))).isTrue();
  }

  private static TreeSet<String> keys(List<String> lines) throws Exception {
    TreeSet<String> out = new TreeSet<>();
    for (String line : lines) {
      JsonNode n = JSON.readTree(line);
      out.add(String.join("|", n.get("doc").asText(), n.get("type").asText(), n.get("person").get("id").asText(),
          n.get("org").isNull() ? "-" : n.get("org").get("id").asText()));
    }
    return out;
  }

  private static List<String> withoutIngestTime(List<String> lines) {
    return lines.stream().map(l -> l.replaceAll("\"ingested_at\":\"[^\"]*\"", "")).toList();
  }
}
