package org.talentflow.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.talentflow.model.SourceDocument;

/**
 * The entry points for files another file system holds (readFile, jsonLinesCharset and readLine) read every kind of
 * file as read() reads it from a path: the same documents, problems and warnings, named by the same sources.
 */
class DocumentReaderBytesTest {
  @TempDir Path dir;

  private final DocumentReader reader =
      new DocumentReader(new DocumentReader.Options(4000, LocalDate.of(2021, 3, 4), Map.of("dated.txt", LocalDate.of(2019, 1, 2))));

  private record Both(List<SourceDocument> docs, List<ReadProblem> problems, List<ReadProblem> warnings) {}

  private Both byPath(Path f) {
    DocumentReader.Collected c = reader.readAll(List.of(f));
    return new Both(c.documents(), c.problems(), c.warnings());
  }

  /** A sink that keeps what it is given. */
  private static final class Kept implements DocumentReader.Sink {
    final List<SourceDocument> docs = new ArrayList<>();
    final List<ReadProblem> problems = new ArrayList<>();
    final List<ReadProblem> warnings = new ArrayList<>();

    @Override
    public void document(SourceDocument doc) {
      docs.add(doc);
    }

    @Override
    public void problem(ReadProblem problem) {
      problems.add(problem);
    }

    @Override
    public void warning(ReadProblem warning) {
      warnings.add(warning);
    }

    Both both() {
      return new Both(docs, problems, warnings);
    }
  }

  private Both byBytes(Path f) throws IOException {
    Kept kept = new Kept();
    byte[] bytes = Files.readAllBytes(f);
    reader.readFile(f.toString(), bytes.length, () -> new ByteArrayInputStream(bytes), kept);
    return kept.both();
  }

  /** As the Spark job reads a JSON-lines file: its charset found once, then line by line, numbered from 1. */
  private Both byLines(Path f) throws IOException, ReadException {
    Kept kept = new Kept();
    byte[] bytes = Files.readAllBytes(f);
    Charset charset = DocumentReader.jsonLinesCharset(() -> new ByteArrayInputStream(bytes));
    long lineNo = 0;
    int start = 0;
    while (start < bytes.length) {
      int end = start;
      while (end < bytes.length && bytes[end] != '\n') {
        end++;
      }
      reader.readLine(f.toString(), ++lineNo, java.util.Arrays.copyOfRange(bytes, start, end), charset, kept);
      start = end + 1;
    }
    return kept.both();
  }

  @Test
  void everyKindOfFileReadsFromBytesAsFromItsPath() throws IOException {
    Charset gbk = Charset.forName("GBK");
    List<Path> files = List.of(
        write("plain.txt", "2024-09-27 22:15:07\n张三辞去公司总裁一职。\n", StandardCharsets.UTF_8),
        write("dated.txt", "李四加入公司。", StandardCharsets.UTF_8),
        write("gbk.txt", "王五离开百度,加入阿里巴巴。", gbk),
        write("page.html", "<html><head><title>T</title><script>x()</script></head><body><nav>menu</nav>"
            + "<p>赵六出任董事长。</p></body></html>", StandardCharsets.UTF_8),
        write("page-no-ext", "<!DOCTYPE html><html><body><p>钱七卸任。</p></body></html>", StandardCharsets.UTF_8),
        write("news.jsonl", "{\"id\":\"a\",\"published\":\"2023-05-01\",\"text\":\"孙八辞职。\"}\n\n"
            + "not json\n{\"id\":\"b\",\"text\":\"\"}\r\n{\"id\":\"c\",\"text\":\"" + "长".repeat(2000) + "\"}\n"
            + "{\"id\":\"d\",\"title\":\"t\",\"url\":\"u\",\"text\":\"周九加盟。\"}", StandardCharsets.UTF_8),
        write("lines.json", "\uFEFF{\"id\":\"e\",\"text\":\"吴十离职。\"}\n", StandardCharsets.UTF_8),
        write("array.json", "[{\"id\":\"f\",\"text\":\"郑一加入。\"},{\"id\":\"\"},{\"id\":\"g\",\"text\":\"冯二离开。\"}]",
            StandardCharsets.UTF_8),
        write("neither.json", "\"just a string\"", StandardCharsets.UTF_8),
        write("broken.json", "[{\"id\":\"h\",", StandardCharsets.UTF_8),
        write("empty.jsonl", "", StandardCharsets.UTF_8),
        write("empty.txt", "", StandardCharsets.UTF_8),
        write("blank.txt", "  \n\t\n", StandardCharsets.UTF_8),
        write("big.txt", "长".repeat(3000), StandardCharsets.UTF_8),
        Files.write(dir.resolve("damaged.txt"), withInvalidByte("星海科技宣布,", "首席执行官张三辞职。")),
        Files.write(dir.resolve("binary.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13}));
    for (Path f : files) {
      Both expected = byPath(f);
      assertThat(byBytes(f)).as(f.getFileName().toString()).isEqualTo(expected);
    }
    assertThat(byPath(dir.resolve("news.jsonl")).problems()).hasSize(3); // the cases above are really exercised
    assertThat(byPath(dir.resolve("array.json")).docs()).hasSize(2);
    assertThat(byPath(dir.resolve("damaged.txt")).warnings()).hasSize(1);
  }

  @Test
  void aTextFileOverTheLimitIsRefusedWithoutBeingOpened() {
    List<ReadProblem> problems = new ArrayList<>();
    reader.readFile("hdfs://nn/corpus/big.txt", 200L << 20, () -> {
      throw new AssertionError("opened");
    }, new DocumentReader.Sink() {
      @Override
      public void document(SourceDocument doc) {
        throw new AssertionError("read");
      }

      @Override
      public void problem(ReadProblem problem) {
        problems.add(problem);
      }
    });
    assertThat(problems).singleElement().satisfies(p -> {
      assertThat(p.source()).isEqualTo("hdfs://nn/corpus/big.txt");
      assertThat(p.message()).startsWith("file too large: 200.0 MB");
    });
  }

  @Test
  void jsonLinesReadLineByLineWithTheFilesCharsetAsFromTheirPath() throws IOException, ReadException {
    Charset gbk = Charset.forName("GBK");
    byte[] damaged = withInvalidByte("{\"id\":\"d\",\"text\":\"", "李四加盟星海科技,出任首席技术官。\"}\n");
    List<Path> files = List.of(
        write("utf8.jsonl", "{\"id\":\"a\",\"published\":\"2023-05-01\",\"text\":\"孙八辞职。\"}\n\nnot json\n"
            + "{\"id\":\"b\",\"text\":\"\"}\r\n{\"id\":\"c\",\"text\":\"" + "长".repeat(2000) + "\"}\n"
            + "{\"id\":\"d\",\"title\":\"t\",\"url\":\"u\",\"text\":\"周九加盟。\"}", StandardCharsets.UTF_8),
        write("bom.jsonl", "\uFEFF{\"id\":\"e\",\"text\":\"吴十离职。\"}\n{\"id\":\"f\",\"text\":\"郑一加入。\"}\n",
            StandardCharsets.UTF_8),
        write("gbk.jsonl", "{\"id\":\"g\",\"text\":\"王五离开百度,加入阿里巴巴。\"}\n"
            + "{\"id\":\"h\",\"text\":\"赵六出任星海科技董事长。\"}\n", gbk),
        write("types.jsonl", "{\"id\":7,\"published\":20230501,\"title\":[\"x\"],\"text\":\"钱七卸任。\"}\n"
            + "{\"id\":\"i\",\"published\":\"2023-02-30\",\"text\":\"冯二离开。\"}\n", StandardCharsets.UTF_8),
        Files.write(dir.resolve("damaged.jsonl"), damaged));
    for (Path f : files) {
      Both expected = byPath(f);
      assertThat(byLines(f)).as(f.getFileName().toString()).isEqualTo(expected);
    }
    // the cases above are really exercised
    assertThat(byPath(dir.resolve("gbk.jsonl")).docs()).extracting(SourceDocument::text)
        .containsExactly("王五离开百度,加入阿里巴巴。", "赵六出任星海科技董事长。");
    assertThat(byPath(dir.resolve("bom.jsonl")).docs()).extracting(SourceDocument::key).containsExactly("e", "f");
    assertThat(byPath(dir.resolve("types.jsonl")).warnings()).hasSize(3);
    assertThat(byPath(dir.resolve("damaged.jsonl")).warnings()).singleElement()
        .satisfies(w -> assertThat(w.message()).startsWith("1 invalid byte sequence in UTF-8"));
  }

  @Test
  void aLineIsReadAsInAJsonLinesFileAndItsKeyAndSourceComeFromThePath() {
    Kept kept = new Kept();
    assertThat(reader.readLine("s3a://bucket/2024/news.jsonl", 7,
        "{\"id\":\"x\",\"text\":\"张三辞职。\"}".getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8, kept))
        .isEqualTo(1);
    assertThat(kept.docs).singleElement().satisfies(d -> {
      assertThat(d.key()).isEqualTo("x");
      assertThat(d.source()).isEqualTo("s3a://bucket/2024/news.jsonl:7");
      assertThat(d.published()).isEqualTo(LocalDate.of(2021, 3, 4));
    });
    assertThat(reader.readLine("news.jsonl", 8, " \r".getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8, kept))
        .isZero();
    assertThat(reader.readLine("news.jsonl", 9, "{".getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8, kept))
        .isZero();
    assertThat(reader.readLine("news.jsonl", 10, "长".repeat(2000).getBytes(StandardCharsets.UTF_8),
        StandardCharsets.UTF_8, kept)).isZero();
    assertThat(kept.problems).extracting(ReadProblem::source).containsExactly("news.jsonl:9", "news.jsonl:10");
    assertThat(kept.problems.get(0).message()).startsWith("invalid JSON");
    assertThat(kept.problems.get(1).message()).startsWith("line too long");
  }

  @Test
  void utf16JsonLinesAreRefusedBeforeAnyLineIsRead() {
    byte[] utf16 = "{\"id\":\"x\",\"text\":\"张三辞职。\"}\n".getBytes(StandardCharsets.UTF_16);
    assertThatThrownBy(() -> DocumentReader.jsonLinesCharset(() -> new ByteArrayInputStream(utf16)))
        .isInstanceOf(ReadException.class).hasMessageContaining("UTF-16");
  }

  @Test
  void namesAFolderWalkReadsAndNamesSplitByLine() {
    assertThat(DocumentReader.isDocumentFile("a.txt")).isTrue();
    assertThat(DocumentReader.isDocumentFile("a.HTML")).isTrue();
    assertThat(DocumentReader.isDocumentFile("a.json")).isTrue();
    assertThat(DocumentReader.isDocumentFile(".hidden.txt")).isFalse();
    assertThat(DocumentReader.isDocumentFile("notes.md")).isFalse();
    assertThat(DocumentReader.isJsonLines("a.jsonl")).isTrue();
    assertThat(DocumentReader.isJsonLines("a.ndjson")).isTrue();
    assertThat(DocumentReader.isJsonLines("a.json")).isFalse();
  }

  /** UTF-8 text with one invalid byte between its two parts. */
  private static byte[] withInvalidByte(String before, String after) {
    byte[] a = before.getBytes(StandardCharsets.UTF_8);
    byte[] b = after.getBytes(StandardCharsets.UTF_8);
    byte[] out = new byte[a.length + 1 + b.length];
    System.arraycopy(a, 0, out, 0, a.length);
    out[a.length] = (byte) 0xFF;
    System.arraycopy(b, 0, out, a.length + 1, b.length);
    return out;
  }

  private Path write(String name, String text, Charset charset) throws IOException {
    return Files.write(dir.resolve(name), text.getBytes(charset));
  }
}
