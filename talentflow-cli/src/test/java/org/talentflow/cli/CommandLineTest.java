package org.talentflow.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommandLineTest {
  @TempDir Path dir;

  private String db() {
    return dir.resolve("t.db").toString();
  }

  @Test
  void helpListsEveryCommand() {
    Cli r = Cli.run("--help");
    assertThat(r.exit).isZero();
    assertThat(r.out).contains("ingest", "events", "docs", "entities", "eval", "bench");
  }

  /** Main reads only the subcommand its arguments name; "help", the top-level options and no name read them all. */
  @Test
  void theCommandLineForASubcommandHoldsThatSubcommandAlone() {
    java.util.Set<String> all = TalentflowCommand.commandLine().getSubcommands().keySet();
    assertThat(all).contains("ingest", "events", "serve", "explain", "help");
    for (String name : all) {
      java.util.Set<String> read = TalentflowCommand.commandLine(name, "--help").getSubcommands().keySet();
      assertThat(read).as(name).isEqualTo(name.equals("help") ? all : java.util.Set.of(name));
    }
    assertThat(TalentflowCommand.commandLine("--help").getSubcommands().keySet()).isEqualTo(all);
    assertThat(TalentflowCommand.commandLine().getSubcommands().keySet()).isEqualTo(all);
    assertThat(TalentflowCommand.commandLine("no-such-command").getSubcommands().keySet()).isEqualTo(all);
  }

  @Test
  void benchPrintsEveryStageAndTheHanlpReferencesWithoutJudgingSpeed() {
    Cli r = Cli.run("bench", "--rounds", "1", "--warmup", "0", "--min-chars", "1", "--all-references",
        Cli.root().resolve("samples").toString());
    assertThat(r.exit).as(r.err).isZero();
    assertThat(r.out).contains("mentions", "pipeline (read text -> events)", "reference: HanLP 1.8.6 NER segment",
        "reference: HanLP plain segment", "reference: HanLP all-NER segment", "reference: HanLP NShort all-NER");
    assertThat(Cli.run("bench", "--rounds", "0").exit).isEqualTo(2);
  }

  @Test
  void unknownFlagIsOneClearLineAndExitCode2() {
    for (String[] args : new String[][] {{"ingest", "--no-such-flag", "x"}, {"events", "--bogus"}, {"departures"},
        {"roster", "X", "--at"}, {"no-such-command"}, {"events", "--type", "PROMOTED"}}) {
      Cli r = Cli.run(args);
      assertThat(r.exit).as(String.join(" ", args)).isEqualTo(2);
      assertThat(r.err.strip().split("\n")).as(r.err).singleElement().asString().startsWith("talentflow: ");
      assertThat(r.out).isEmpty();
    }
    assertThat(Cli.run("ingest", "--no-such-flag", "x").err).contains("Unknown option: '--no-such-flag'", "--help");
  }

  @Test
  void ingestDashReadsStandardInputAndADatesFileMayStartWithABom() throws Exception {
    java.io.InputStream was = System.in;
    try {
      System.setIn(new java.io.ByteArrayInputStream("微软首席科学家约翰·史密斯(John Smith)上月宣布离职。"
          .getBytes(StandardCharsets.UTF_8)));
      Path dates = Files.writeString(dir.resolve("dates.tsv"), "\uFEFFdoc\tpublished\nstdin\t2024-03-01\n");
      Cli r = Cli.run("ingest", "--db", db(), "--dates", dates.toString(), "-");
      assertThat(r.exit).as(r.err).isZero();
    } finally {
      System.setIn(was);
    }
    Cli events = Cli.run("events", "--db", db(), "--doc", "stdin");
    assertThat(events.out).contains("John Smith", "Microsoft", "2024-02");
  }

  @Test
  void theStoreIsTakenFromTalentflowDbWhenNoDbIsGiven() throws Exception {
    Path where = dir.resolve("from-env.db");
    ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), "org.talentflow.cli.Main", "events").directory(dir.toFile());
    pb.environment().put("TALENTFLOW_DB", where.toString());
    Process p = pb.start();
    String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor()).isEqualTo(3);
    assertThat(err.strip()).startsWith("talentflow: no store at " + where);
  }

  @Test
  void readCommandsNeverCreateAStore() {
    Path typo = dir.resolve("typo.db");
    for (String cmd : new String[] {"events", "docs", "entities", "claims", "contradictions", "corrections"}) {
      Cli r = Cli.run(cmd, "--db", typo.toString());
      assertThat(r.exit).as(cmd).isEqualTo(3);
      assertThat(r.err.strip()).startsWith("talentflow: no store at " + typo);
    }
    assertThat(Cli.run("departures", "--db", typo.toString(), "Acme").exit).isEqualTo(3);
    assertThat(Files.exists(typo)).isFalse();
  }

  @Test
  void typesAreCaseInsensitive() {
    Cli.run("ingest", "-q", "--db", db(), Cli.root().resolve("samples").toString());
    Cli lower = Cli.run("events", "--db", db(), "--type", "left");
    assertThat(lower.exit).as(lower.err).isZero();
    assertThat(lower.out).contains("LEFT").doesNotContain("JOINED ");
    assertThat(Cli.run("export", "--db", db(), "--format", "CSV").exit).isZero();
  }

  @Test
  void everyQueryCommandAnswersJson() throws Exception {
    Cli.run("ingest", "-q", "--db", db(), Cli.root().resolve("samples").toString());
    String[][] commands = {{"events"}, {"docs"}, {"entities"}, {"entity", "Bob Iger"}, {"person", "Bob Iger"},
        {"roster", "Disney"}, {"flows", "Disney"}, {"stats", "Disney"}, {"claims"}, {"contradictions"},
        {"departures", "Disney"}, {"corrections"}};
    for (String[] c : commands) {
      String[] args = java.util.stream.Stream.concat(java.util.Arrays.stream(c), java.util.stream.Stream.of("--json",
          "--db", db())).toArray(String[]::new);
      Cli r = Cli.run(args);
      assertThat(r.exit).as(String.join(" ", c) + ": " + r.err).isZero();
      for (String line : r.out.strip().split("\n")) {
        if (!line.isBlank()) {
          assertThat(Json.MAPPER.readTree(line).isObject()).as(line).isTrue();
        }
      }
    }
    JsonNode person = Json.MAPPER.readTree(Cli.run("person", "Bob Iger", "--json", "--db", db()).out);
    assertThat(person.get("timeline").get(0).get("sources").get(0).fieldNames()).toIterable()
        .contains("doc", "outlet", "title", "published", "url", "evidence");
    JsonNode event = Json.MAPPER.readTree(Cli.run("events", "--json", "--db", db()).out.split("\n")[0]);
    assertThat(event.has("time")).isTrue();
  }

  @Test
  void correctionsAreListedWithIdsUndoneAndDryRun() {
    Cli.run("ingest", "-q", "--db", db(), Cli.root().resolve("samples").toString());
    Cli dry = Cli.run("alias", "--db", db(), "--dry-run", "Bob Iger", "Robert Iger");
    assertThat(dry.out).contains("dry run", "would add the alias 'Robert Iger'");
    assertThat(Cli.run("corrections", "--db", db()).out.strip()).isEqualTo("ID  KIND  A  B  WHEN");
    assertThat(Cli.run("alias", "--db", db(), "Bob Iger", "Robert Iger").exit).isZero();
    assertThat(Cli.run("entity", "--db", db(), "Robert Iger").out).contains("Bob Iger");
    assertThat(Cli.run("corrections", "--db", db()).out).containsPattern("1\\s+alias\\s+Bob Iger\\s+Robert Iger");
    assertThat(Cli.run("corrections", "undo", "--db", db(), "--dry-run", "1").out).contains("would undo correction 1");
    Cli undo = Cli.run("corrections", "undo", "--db", db(), "1");
    assertThat(undo.exit).as(undo.err).isZero();
    assertThat(undo.out).contains("undid correction 1", "from 11 documents");
    assertThat(Cli.run("entity", "--db", db(), "Robert Iger").exit).isEqualTo(1);
    assertThat(Cli.run("corrections", "undo", "--db", db(), "7").exit).isEqualTo(2);
  }

  @Test
  void badPublishedDateIsAUsageError() {
    Cli r = Cli.run("ingest", "--db", db(), "--published", "yesterday", Cli.root().resolve("samples").toString());
    assertThat(r.exit).isEqualTo(2);
    assertThat(r.err).contains("--published expects a date like 2024-09-27, not 'yesterday'");
  }

  @Test
  void dueeReportsABadLineWithItsNumberAndGoesOn() throws Exception {
    Path in = dir.resolve("in.jsonl");
    Files.writeString(in, "{\"id\":\"a\",\"text\":\"前锋王刚宣布辞职。\"}\nnot json\n"
        + "{\"id\":\"b\",\"text\":\"后卫李强正式加盟上海申花。\"}\n", StandardCharsets.UTF_8);
    Path out = dir.resolve("out.jsonl");
    Cli r = Cli.run("duee", "--in", in.toString(), "--out", out.toString());
    assertThat(r.exit).isEqualTo(1);
    assertThat(r.err.strip().split("\n")).singleElement().asString().startsWith("talentflow: " + in + ":2: invalid JSON");
    assertThat(Files.readAllLines(out, StandardCharsets.UTF_8)).hasSize(2)
        .satisfiesExactly(a -> assertThat(a).contains("\"id\":\"a\"", "离职者", "王刚"),
            b -> assertThat(b).contains("\"id\":\"b\"", "加盟者", "李强", "上海申花"));
  }

  @Test
  void dueeWithAMissingInputSaysSo() {
    Cli r = Cli.run("duee", "--in", dir.resolve("none.jsonl").toString(), "--out", dir.resolve("o.jsonl").toString());
    assertThat(r.exit).isNotZero();
    assertThat(r.err).contains("no such file");
  }

  @Test
  void ingestThenEventsAsJsonFollowsTheContract() throws Exception {
    Cli ingest = Cli.run("ingest", "-q", "--db", db(), Cli.root().resolve("samples").toString());
    assertThat(ingest.exit).as(ingest.err).isZero();
    Cli events = Cli.run("events", "--json", "--db", db());
    assertThat(events.exit).isZero();
    String[] lines = events.out.strip().split("\n");
    assertThat(lines.length).isGreaterThan(10);
    for (String line : lines) {
      JsonNode n = Json.MAPPER.readTree(line);
      assertThat(n.fieldNames()).toIterable().contains("doc", "type", "person", "org", "other_org", "role", "time",
          "polarity", "evidence", "confidence");
      assertThat(n.get("person").fieldNames()).toIterable().contains("id", "name", "aliases");
      assertThat(n.get("evidence").fieldNames()).toIterable().contains("doc", "start", "end", "text");
      assertThat(n.get("polarity").asText()).isIn("asserted", "negated", "speculative", "planned");
      // the evidence is the exact original text at its span
      String docKey = n.get("doc").asText();
      String original = originalText(docKey);
      if (original != null) {
        int s = n.get("evidence").get("start").asInt();
        int e = n.get("evidence").get("end").asInt();
        assertThat(original.substring(s, e)).isEqualTo(n.get("evidence").get("text").asText());
      }
    }
  }

  /** The original text of a sample .txt document (HTML and JSON-lines texts are extracted, not raw files). */
  private static String originalText(String key) throws Exception {
    Path f = Cli.root().resolve("samples").resolve(key + ".txt");
    return Files.exists(f) ? Files.readString(f, StandardCharsets.UTF_8) : null;
  }

  @Test
  void reingestingAddsNothing() {
    String samples = Cli.root().resolve("samples").toString();
    Cli.run("ingest", "-q", "--db", db(), samples);
    Cli again = Cli.run("ingest", "--db", db(), samples);
    assertThat(again.exit).isZero();
    assertThat(again.out).contains("0 new, 0 new versions, 11 unchanged; 0 events");
  }

  @Test
  void aBatchWithBadInputsGoesOnReportsEachAndExits1() throws Exception {
    Files.write(dir.resolve("empty.txt"), new byte[0]);
    Files.write(dir.resolve("binary.txt"), new byte[] {1, 0, 2, 0});
    Files.writeString(dir.resolve("bad.jsonl"), "{oops\n{\"id\":\"ok\",\"text\":\"张三辞职。\"}\n");
    Files.writeString(dir.resolve("good.txt"), "微软首席技术官约翰·史密斯(John Smith)宣布离职。");
    Cli r = Cli.run("ingest", "--db", db(), dir.resolve("missing").toString(), dir.toString());
    assertThat(r.exit).isEqualTo(1);
    assertThat(r.err).contains("missing: no such file or directory", "empty.txt: empty file",
        "binary.txt: binary file", "bad.jsonl:1: invalid JSON", "4 inputs failed");
    assertThat(r.out).contains("ingested 2 documents");
    Cli docs = Cli.run("docs", "--db", db());
    assertThat(docs.out).contains("good", "ok");
  }

  @Test
  void docsAndEntitiesList() {
    Cli.run("ingest", "-q", "--db", db(), Cli.root().resolve("samples").toString());
    assertThat(Cli.run("docs", "--db", db()).out).contains("baidu-lu-qi", "2018-05-18", "11 documents");
    assertThat(Cli.run("entities", "--db", db()).out).contains("Lionel Messi", "梅西");
  }

  @Test
  void evalOnAMissingGoldFolderFailsClearly() {
    Cli r = Cli.run("eval", "--db", db(), dir.resolve("nogold").toString());
    assertThat(r.exit).isEqualTo(3);
    assertThat(r.err).contains("gold folder not found");
  }

  @Test
  void unreachableStoreIsOneLine() {
    Cli r = Cli.run("events", "--db", "jdbc:postgresql://127.0.0.1:1/none");
    assertThat(r.exit).isEqualTo(3);
    assertThat(r.err.strip().split("\n")).hasSize(1);
    assertThat(r.err).startsWith("talentflow: cannot open store");
  }

  // issue 14: bad input of every kind is one line each, the summary is always printed, exit codes are honest

  @Test
  void aDocumentSizeLimitTheHeapCannotAnalyzeIsAUsageError() {
    Cli r = Cli.run("ingest", "--db", db(), "--max-doc-size", "300000", Cli.root().resolve("samples").toString());
    assertThat(r.exit).isEqualTo(2);
    assertThat(r.err).contains("--max-doc-size 300000 MB is more than this Java heap");
    assertThat(Cli.run("ingest", "--db", db(), "--doc-timeout", "0", "x").exit).isEqualTo(2);
    assertThat(Cli.run("ingest", "--db", db(), "--threads", "0", "x").exit).isEqualTo(2);
  }

  @Test
  void badRecordsAreOneLineEachWarningsTooAndTheSummaryCountsTheRest() throws Exception {
    Path in = dir.resolve("in.jsonl");
    Files.writeString(in, "\uFEFF{\"id\":\"a\",\"published\":\"2024-03-01\",\"text\":\"星海科技宣布,首席执行官王刚辞职。\"}\n"
        + "{\"id\":\"b\",\"text\":5}\n"
        + "{\"id\":\"c\",\"published\":\"yesterday\",\"text\":\"李强正式加盟星海科技。\"}\n", StandardCharsets.UTF_8);
    Cli r = Cli.run("ingest", "--db", db(), in.toString(), dir.resolve("missing").toString());
    assertThat(r.exit).as(r.err).isEqualTo(1);
    assertThat(r.out).startsWith("ingested 2 documents into " + db() + ": 2 new, 0 new versions, 0 unchanged;");
    assertThat(r.err.strip().split("\n")).containsExactly(
        "talentflow: " + dir.resolve("missing") + ": no such file or directory",
        "talentflow: " + in + ":2: \"text\" is a number, not a string",
        "talentflow: " + in + ":3: warning: \"published\": 'yesterday' is not a date (expected YYYY-MM-DD): stored with"
            + " an unknown date",
        "talentflow: 2 inputs failed (listed above); everything else was stored");
  }

  @Test
  void aStoreThatCannotBeOpenedNeverShowsItsPassword() {
    Cli r = Cli.run("ingest", "--db", "jdbc:postgresql://127.0.0.1:1/none?user=tf&password=s3cret",
        Cli.root().resolve("samples").toString());
    assertThat(r.exit).isEqualTo(3);
    assertThat(r.err).contains("cannot open store jdbc:postgresql://127.0.0.1:1/none?user=tf&password=***")
        .doesNotContain("s3cret");
    assertThat(r.out).doesNotContain("s3cret");
  }

  @Test
  void benchIngestTimesBothProcessesAndTheSyntheticCorporaWithoutJudgingSpeed() {
    Cli r = Cli.run("bench", "--ingest", "--rounds", "1", "--synthetic", "3,6",
        Cli.root().resolve("samples/news.jsonl").toString());
    assertThat(r.exit).as(r.err).isZero();
    assertThat(r.out).contains("DOCUMENTS", "MS PER DOC").containsPattern("(?m)^3 +\\d+").containsPattern("(?m)^6 +\\d+");
    Cli c = Cli.run("bench", "--ingest", "--rounds", "1", Cli.root().resolve("samples/baidu-lu-qi.txt").toString());
    assertThat(c.exit).as(c.err).isZero();
    assertThat(c.out).contains("reference: HanLP 1.8.6 NER segmenter process", "talentflow ingest (read -> store)",
        "x the reference");
    assertThat(Cli.run("bench", "--synthetic", "5").exit).isEqualTo(2);
  }
}
