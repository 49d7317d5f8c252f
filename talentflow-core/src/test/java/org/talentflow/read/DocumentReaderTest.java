package org.talentflow.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.talentflow.model.SourceDocument;

class DocumentReaderTest {
  @TempDir Path dir;

  private List<SourceDocument> docs = List.of();
  private List<ReadProblem> problems = List.of();
  private List<ReadProblem> warnings = List.of();

  private void read(Path... paths) {
    read(DocumentReader.Options.defaults(), paths);
  }

  private void read(DocumentReader.Options options, Path... paths) {
    DocumentReader.Collected c = new DocumentReader(options).readAll(List.of(paths));
    docs = c.documents();
    problems = c.problems();
    warnings = c.warnings();
  }

  private Path resource(String name) throws Exception {
    return Path.of(getClass().getResource("/encodings/" + name).toURI());
  }

  @Test
  void detectsUtf8Gb18030GbkAndBig5() throws Exception {
    read(resource("utf8.txt"), resource("gb18030.txt"), resource("gbk.txt"), resource("big5.txt"));
    assertThat(problems).isEmpty();
    assertThat(docs).hasSize(4);
    assertThat(docs.get(0).text()).contains("陆奇离开百度");
    assertThat(docs.get(1).text()).isEqualTo(docs.get(0).text());
    assertThat(docs.get(2).text()).isEqualTo(docs.get(0).text());
    assertThat(docs.get(3).text()).contains("張勇卸任阿里巴巴集團董事會主席");
  }

  @Test
  void keyIsTheFileNameWithoutExtensionAndTheHeaderDateIsRead() throws Exception {
    read(resource("utf8.txt"));
    assertThat(docs.get(0).key()).isEqualTo("utf8");
    assertThat(docs.get(0).published()).isEqualTo(LocalDate.of(2018, 5, 18));
  }

  @Test
  void publishedOverrideAppliesOnlyWhenTheDocumentHasNoDate() throws Exception {
    Path f = Files.writeString(dir.resolve("a.txt"), "张三辞职。", StandardCharsets.UTF_8);
    read(new DocumentReader.Options(1 << 20, LocalDate.of(2020, 1, 2), Map.of()), f, resource("utf8.txt"));
    assertThat(docs.get(0).published()).isEqualTo(LocalDate.of(2020, 1, 2));
    assertThat(docs.get(1).published()).isEqualTo(LocalDate.of(2018, 5, 18));
  }

  @Test
  void htmlLosesScriptsAndNavigationButKeepsParagraphs() throws IOException {
    Path f = Files.writeString(dir.resolve("p.html"), "<html><head><title>T</title><script>var x='隐藏';</script></head>"
        + "<body><nav>首页 科技</nav><p>张三辞职。</p><p>李四接任。</p><footer>版权</footer></body></html>");
    read(f);
    assertThat(docs.get(0).title()).isEqualTo("T");
    assertThat(docs.get(0).text()).isEqualTo("张三辞职。\n李四接任。");
  }

  @Test
  void jsonLinesAreStreamedAndABadLineIsReportedWithItsNumber() throws IOException {
    Path f = Files.writeString(dir.resolve("n.jsonl"),
        "{\"id\":\"a\",\"published\":\"2024-09-27\",\"title\":\"t\",\"url\":\"u\",\"text\":\"张三辞职。\"}\n"
            + "{not json\n"
            + "\n"
            + "{\"id\":\"c\",\"text\":\"\"}\n"
            + "{\"text\":\"no id\"}\n"
            + "{\"id\":7,\"published\":\"2024-09-27T10:00:00+08:00\",\"text\":\"李四接任。\"}\n");
    read(f);
    assertThat(docs).extracting(SourceDocument::key).containsExactly("a", "7");
    assertThat(docs.get(0).published()).isEqualTo(LocalDate.of(2024, 9, 27));
    assertThat(docs.get(1).published()).isEqualTo(LocalDate.of(2024, 9, 27));
    assertThat(problems).extracting(ReadProblem::source).containsExactly(f + ":2", f + ":4", f + ":5");
    assertThat(problems.get(0).message()).startsWith("invalid JSON");
    assertThat(problems.get(1).message()).contains("\"text\"");
    assertThat(problems.get(2).message()).contains("\"id\"");
  }

  @Test
  void jsonLinesUnderAJsonNameAreRecognizedByContent() throws IOException {
    Path f = Files.writeString(dir.resolve("dev.json"),
        "{\"id\":\"s1\",\"text\":\"张三辞职。\",\"event_list\":[]}\n{\"id\":\"s2\",\"text\":\"李四加盟星海科技。\"}\n",
        StandardCharsets.UTF_8);
    read(f);
    assertThat(problems).isEmpty();
    assertThat(docs).extracting(SourceDocument::key).containsExactly("s1", "s2");
    assertThat(docs.get(1).text()).isEqualTo("李四加盟星海科技。");
  }

  @Test
  void aJsonArrayOfRecordsIsReadAndABadRecordIsReportedByItsIndex() throws IOException {
    Path f = Files.writeString(dir.resolve("all.json"),
        "[{\"id\":\"a\",\"text\":\"张三辞职。\"}, {\"id\":\"b\"}, {\"id\":\"c\",\"text\":\"李四离职。\"}]",
        StandardCharsets.UTF_8);
    read(f);
    assertThat(docs).extracting(SourceDocument::key).containsExactly("a", "c");
    assertThat(problems).singleElement().satisfies(p -> assertThat(p.toString()).contains("all.json[2]", "text"));
  }

  @Test
  void aJsonFileThatIsNeitherLinesNorAnArrayIsReported() throws IOException {
    Path f = Files.writeString(dir.resolve("x.json"), "hello", StandardCharsets.UTF_8);
    read(f);
    assertThat(docs).isEmpty();
    assertThat(problems).singleElement().satisfies(p -> assertThat(p.toString()).contains("x.json"));
  }

  @Test
  void missingPathIsReportedAndTheBatchGoesOn() throws Exception {
    read(dir.resolve("nope.txt"), resource("utf8.txt"));
    assertThat(problems).singleElement().satisfies(p -> assertThat(p.message()).isEqualTo("no such file or directory"));
    assertThat(docs).hasSize(1);
  }

  @Test
  void directoryWithoutTextFiles() throws IOException {
    Files.writeString(dir.resolve("image.png"), "x");
    read(dir);
    assertThat(problems).singleElement().satisfies(p -> assertThat(p.message()).contains("no .txt, .html, .json or .jsonl"));
  }

  @Test
  void foldersAreReadRecursivelyInOrder() throws IOException {
    Files.createDirectories(dir.resolve("b/c"));
    Files.writeString(dir.resolve("b/c/z.txt"), "张三辞职。");
    Files.writeString(dir.resolve("a.txt"), "李四接任。");
    Files.writeString(dir.resolve(".hidden.txt"), "不读");
    read(dir);
    assertThat(docs).extracting(SourceDocument::key).containsExactly("a", "z");
  }

  @Test
  void emptyFile() throws IOException {
    read(Files.write(dir.resolve("e.txt"), new byte[0]));
    assertThat(problems).singleElement().satisfies(p -> assertThat(p.message()).isEqualTo("empty file"));
  }

  @Test
  void binaryFile() throws IOException {
    read(Files.write(dir.resolve("b.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 1, 2}));
    assertThat(problems).singleElement().satisfies(p -> assertThat(p.message()).startsWith("binary file"));
  }

  @Test
  void invalidByteSequencesThatNoCharsetDecodes() throws IOException {
    byte[] bytes = new byte[400];
    for (int i = 0; i < bytes.length; i++) {
      bytes[i] = (byte) (i % 2 == 0 ? 0xFF : 0xFE);
    }
    bytes[0] = 'a';
    bytes[1] = 'b';
    read(Files.write(dir.resolve("bad.txt"), bytes));
    assertThat(problems).singleElement().satisfies(p -> assertThat(p.message()).startsWith("invalid byte sequences"));
  }

  @Test
  void aFewDamagedBytesInUtf8TextAreTolerated() throws IOException {
    byte[] good = "张三辞职,李四接任。".repeat(50).getBytes(StandardCharsets.UTF_8);
    byte[] bytes = new byte[good.length + 1];
    System.arraycopy(good, 0, bytes, 0, 30);
    bytes[30] = (byte) 0xC3; // a truncated two-byte sequence
    System.arraycopy(good, 30, bytes, 31, good.length - 30);
    read(Files.write(dir.resolve("damaged.txt"), bytes));
    assertThat(problems).isEmpty();
    assertThat(docs.get(0).text()).contains("李四接任");
  }

  @Test
  void a200MegabyteFileIsRefusedWithoutBeingRead() throws IOException {
    Path big = dir.resolve("big.txt");
    try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
      f.setLength(200L << 20); // sparse: no disk is written
    }
    read(big);
    assertThat(problems).singleElement().satisfies(p -> assertThat(p.message()).startsWith("file too large: 200.0 MB"));
  }

  @Test
  void anOverlongJsonLineIsSkippedAndTheNextOneRead() throws IOException {
    Path f = dir.resolve("long.jsonl");
    String big = "{\"id\":\"x\",\"text\":\"" + "长".repeat(2000) + "\"}\n";
    Files.writeString(f, big + "{\"id\":\"y\",\"text\":\"张三辞职。\"}\n");
    read(new DocumentReader.Options(1000, null, Map.of()), f);
    assertThat(problems).singleElement().satisfies(p -> assertThat(p.message()).startsWith("line too long"));
    assertThat(docs).extracting(SourceDocument::key).containsExactly("y");
  }

  // Folders as users have them (issue 14)

  @Test
  void aSymbolicLinkToAFolderIsFollowed() throws IOException {
    Path real = Files.createDirectories(dir.resolve("real"));
    Files.writeString(real.resolve("a.txt"), "张三辞职。");
    Path link = Files.createSymbolicLink(dir.resolve("link"), real);
    read(link);
    assertThat(problems).isEmpty();
    assertThat(docs).extracting(SourceDocument::key).containsExactly("a");
  }

  @Test
  void aSymbolicLinkLoopIsReportedAndTheRestRead() throws IOException {
    Path top = Files.createDirectories(dir.resolve("top/sub"));
    Files.writeString(dir.resolve("top/a.txt"), "张三辞职。");
    Files.writeString(top.resolve("b.txt"), "李四接任。");
    Files.createSymbolicLink(top.resolve("back"), dir.resolve("top"));
    read(dir.resolve("top"));
    assertThat(docs).extracting(SourceDocument::key).containsExactly("a", "b");
    assertThat(problems).singleElement().satisfies(p -> {
      assertThat(p.source()).endsWith("back");
      assertThat(p.message()).startsWith("symbolic link loop");
    });
  }

  @Test
  void aBrokenLinkInAFolderIsReportedOnItsOwnAndTheRestRead() throws IOException {
    Files.createDirectories(dir.resolve("f"));
    Files.writeString(dir.resolve("f/a.txt"), "张三辞职。");
    Files.createSymbolicLink(dir.resolve("f/gone.txt"), dir.resolve("nowhere.txt"));
    Files.writeString(dir.resolve("f/z.txt"), "李四接任。");
    read(dir.resolve("f"));
    assertThat(docs).extracting(SourceDocument::key).containsExactly("a", "z");
    assertThat(problems).singleElement().satisfies(p -> assertThat(p.toString()).contains("gone.txt: broken symbolic link"));
  }

  @Test
  void anUnreadableSubFolderIsReportedAndTheRestRead() throws IOException {
    Path locked = Files.createDirectories(dir.resolve("f/locked"));
    Files.writeString(locked.resolve("x.txt"), "王五离职。");
    Files.writeString(dir.resolve("f/a.txt"), "张三辞职。");
    java.nio.file.attribute.PosixFileAttributeView view =
        Files.getFileAttributeView(locked, java.nio.file.attribute.PosixFileAttributeView.class);
    org.junit.jupiter.api.Assumptions.assumeTrue(view != null, "no POSIX permissions on this file system");
    view.setPermissions(java.util.Set.of());
    try {
      org.junit.jupiter.api.Assumptions.assumeFalse(Files.isReadable(locked),
          "running as root: a folder without permissions is still readable, nothing to test");
      read(dir.resolve("f"));
      assertThat(docs).extracting(SourceDocument::key).containsExactly("a");
      assertThat(problems).singleElement().satisfies(p -> assertThat(p.toString()).contains("locked: cannot read folder"));
    } finally {
      view.setPermissions(java.nio.file.attribute.PosixFilePermissions.fromString("rwx------"));
    }
  }

  // JSON lines as users have them (issue 14)

  @Test
  void aByteOrderMarkBeforeTheFirstRecordIsAccepted() throws IOException {
    byte[] body = "{\"id\":\"a\",\"text\":\"张三辞职。\"}\n{\"id\":\"b\",\"text\":\"李四接任。\"}\n"
        .getBytes(StandardCharsets.UTF_8);
    byte[] bytes = new byte[body.length + 3];
    bytes[0] = (byte) 0xEF;
    bytes[1] = (byte) 0xBB;
    bytes[2] = (byte) 0xBF;
    System.arraycopy(body, 0, bytes, 3, body.length);
    read(Files.write(dir.resolve("bom.jsonl"), bytes));
    assertThat(problems).isEmpty();
    assertThat(docs).extracting(SourceDocument::key).containsExactly("a", "b");
  }

  @Test
  void aGbkJsonLinesFileIsDecoded() throws IOException {
    String text = "{\"id\":\"a\",\"title\":\"人事变动\",\"text\":\"星海科技宣布,首席执行官张三辞职。\"}\n"
        .repeat(3).replace("\"a\"", "\"a\"");
    read(Files.write(dir.resolve("gbk.jsonl"), text.getBytes(java.nio.charset.Charset.forName("GBK"))));
    assertThat(problems).isEmpty();
    assertThat(warnings).isEmpty();
    assertThat(docs).hasSize(3).allSatisfy(d -> assertThat(d.text()).isEqualTo("星海科技宣布,首席执行官张三辞职。"));
  }

  @Test
  void fieldsOfTheWrongTypeAreNamedAsSuch() throws IOException {
    Path f = Files.writeString(dir.resolve("t.jsonl"), "{\"id\":\"a\",\"text\":5}\n"
        + "{\"id\":{\"x\":1},\"text\":\"张三辞职。\"}\n"
        + "{\"id\":\"c\",\"title\":[1],\"text\":\"张三辞职。\"}\n");
    read(f);
    assertThat(problems).extracting(ReadProblem::message).containsExactly(
        "\"text\" is a number, not a string", "\"id\" is an object, not a string or an integer");
    assertThat(docs).extracting(SourceDocument::key).containsExactly("c");
    assertThat(docs.get(0).title()).isNull();
    assertThat(warnings).singleElement().satisfies(w -> assertThat(w.message()).isEqualTo(
        "\"title\" is an array, not a string: left out"));
  }

  @Test
  void anUnreadablePublicationDateIsStoredAsUnknownWithAWarning() throws IOException {
    Path f = Files.writeString(dir.resolve("d.jsonl"), "{\"id\":\"a\",\"published\":\"yesterday\",\"text\":\"张三辞职。\"}\n"
        + "{\"id\":\"b\",\"published\":20230101,\"text\":\"李四接任。\"}\n"
        + "{\"id\":\"c\",\"published\":\"2023-02-30\",\"text\":\"王五离职。\"}\n");
    read(f);
    assertThat(problems).isEmpty();
    assertThat(docs).extracting(SourceDocument::key).containsExactly("a", "b", "c");
    assertThat(docs).allSatisfy(d -> assertThat(d.published()).isNull());
    assertThat(warnings).extracting(ReadProblem::toString).containsExactly(
        f + ":1: \"published\": 'yesterday' is not a date (expected YYYY-MM-DD): stored with an unknown date",
        f + ":2: \"published\" is a number (20230101), not a date string: stored with an unknown date",
        f + ":3: \"published\": '2023-02-30' is not a calendar date: stored with an unknown date");
  }

  @Test
  void aFewInvalidBytesAreReplacedWithAWarningInASmallFileAsInALargeOne() throws IOException {
    for (int repeat : new int[] {1, 2000}) {
      byte[] good = "张三辞职,李四接任。".repeat(repeat).getBytes(StandardCharsets.UTF_8);
      byte[] bytes = new byte[good.length + 1];
      System.arraycopy(good, 0, bytes, 0, 9);
      bytes[9] = (byte) 0xFF;
      System.arraycopy(good, 9, bytes, 10, good.length - 9);
      read(Files.write(dir.resolve("damaged" + repeat + ".txt"), bytes));
      assertThat(problems).as("%d repeats", repeat).isEmpty();
      assertThat(docs).hasSize(1);
      assertThat(warnings).singleElement().satisfies(w ->
          assertThat(w.message()).isEqualTo("1 invalid byte sequence in UTF-8 replaced by \uFFFD"));
    }
  }

  @Test
  void aFewInvalidBytesInAJsonLineAreReplacedWithAWarningAndManyRejectTheLine() throws IOException {
    byte[] good = "{\"id\":\"a\",\"text\":\"张三辞职。\"}\n".getBytes(StandardCharsets.UTF_8);
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    for (int i = 0; i < 20; i++) {
      out.write(("{\"id\":\"ok" + i + "\",\"text\":\"李四接任星海科技首席执行官。\"}\n").getBytes(StandardCharsets.UTF_8));
    }
    out.write(good, 0, 21);
    out.write(0xFF); // after 张 in the text of the record
    out.write(good, 21, good.length - 21);
    out.write("{\"id\":\"b\",\"text\":\"".getBytes(StandardCharsets.UTF_8));
    for (int i = 0; i < 20; i++) {
      out.write(0xFF);
    }
    out.write("\"}\n".getBytes(StandardCharsets.UTF_8));
    Path f = Files.write(dir.resolve("bytes.jsonl"), out.toByteArray());
    read(f);
    assertThat(docs).hasSize(21).last().satisfies(d -> assertThat(d.key()).isEqualTo("a"));
    assertThat(warnings).singleElement().satisfies(w -> assertThat(w.toString()).isEqualTo(
        f + ":21: 1 invalid byte sequence in UTF-8 replaced by \uFFFD"));
    assertThat(problems).singleElement().satisfies(p -> assertThat(p.toString()).startsWith(
        f + ":22: invalid byte sequences"));
  }
}
