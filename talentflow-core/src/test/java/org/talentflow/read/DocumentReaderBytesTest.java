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
 * The entry points for bytes another file system holds (readFile, readLine) read every kind of file as read() reads
 * it from a path: the same documents, the same problems, named by the same sources.
 */
class DocumentReaderBytesTest {
  @TempDir Path dir;

  private final DocumentReader reader =
      new DocumentReader(new DocumentReader.Options(4000, LocalDate.of(2021, 3, 4), Map.of("dated.txt", LocalDate.of(2019, 1, 2))));

  private record Both(List<SourceDocument> docs, List<ReadProblem> problems) {}

  private Both byPath(Path f) {
    DocumentReader.Collected c = reader.readAll(List.of(f));
    return new Both(c.documents(), c.problems());
  }

  private Both byBytes(Path f) throws IOException {
    List<SourceDocument> docs = new ArrayList<>();
    List<ReadProblem> problems = new ArrayList<>();
    byte[] bytes = Files.readAllBytes(f);
    reader.readFile(f.toString(), bytes.length, () -> new ByteArrayInputStream(bytes), new DocumentReader.Sink() {
      @Override
      public void document(SourceDocument doc) {
        docs.add(doc);
      }

      @Override
      public void problem(ReadProblem problem) {
        problems.add(problem);
      }
    });
    return new Both(docs, problems);
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
        Files.write(dir.resolve("binary.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13}));
    for (Path f : files) {
      Both expected = byPath(f);
      assertThat(byBytes(f)).as(f.getFileName().toString()).isEqualTo(expected);
    }
    assertThat(byPath(dir.resolve("news.jsonl")).problems()).hasSize(3); // the cases above are really exercised
    assertThat(byPath(dir.resolve("array.json")).docs()).hasSize(2);
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
  void aLineIsReadAsInAJsonLinesFileAndItsKeyAndSourceComeFromThePath() throws ReadException {
    SourceDocument d = reader.readLine("s3a://bucket/2024/news.jsonl", 7,
        "{\"id\":\"x\",\"text\":\"张三辞职。\"}".getBytes(StandardCharsets.UTF_8));
    assertThat(d.key()).isEqualTo("x");
    assertThat(d.source()).isEqualTo("s3a://bucket/2024/news.jsonl:7");
    assertThat(d.published()).isEqualTo(LocalDate.of(2021, 3, 4));
    assertThat(reader.readLine("news.jsonl", 8, " \r".getBytes(StandardCharsets.UTF_8))).isNull();
    assertThatThrownBy(() -> reader.readLine("news.jsonl", 9, "{".getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(ReadException.class).hasMessageStartingWith("invalid JSON");
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

  private Path write(String name, String text, Charset charset) throws IOException {
    return Files.write(dir.resolve(name), text.getBytes(charset));
  }
}
