package org.talentflow.read;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.talentflow.model.SourceDocument;

/**
 * Reads files, folders (recursively), {@code .txt}, {@code .html} and {@code .jsonl}
 * ({@code {"id","url","published","title","text"}} per line) into {@link SourceDocument}s, one at a time: a
 * JSON-lines file of any size is streamed. Every problem (missing path, empty or binary file, undecodable bytes, a
 * line that does not parse, a document over the size limit) is reported to the sink and the batch goes on.
 */
public final class DocumentReader {
  /** Default largest document: news articles are kilobytes; this bounds memory per document. */
  public static final long DEFAULT_MAX_DOCUMENT_BYTES = 8L << 20;

  private static final ObjectMapper JSON = new ObjectMapper();

  /** Where documents, problems and progress go. */
  public interface Sink {
    void document(SourceDocument doc);

    void problem(ReadProblem problem);

    /** Bytes of input read so far out of the total; called after each file and every few JSON lines. */
    default void progress(long done, long total) {}
  }

  /**
   * @param maxDocumentBytes the largest single document (a file, or one JSON line)
   * @param publishedOverride a publication date for plain files that have none (--published), or null
   * @param publishedByName publication dates by file name or document key, e.g. from a docs.tsv, may be empty
   */
  public record Options(long maxDocumentBytes, LocalDate publishedOverride, Map<String, LocalDate> publishedByName) {
    public Options {
      if (maxDocumentBytes <= 0) {
        throw new IllegalArgumentException("maximum document size must be positive: " + maxDocumentBytes);
      }
      publishedByName = Map.copyOf(publishedByName);
    }

    public static Options defaults() {
      return new Options(DEFAULT_MAX_DOCUMENT_BYTES, null, Map.of());
    }
  }

  private final Options options;

  public DocumentReader(Options options) {
    this.options = Objects.requireNonNull(options, "options");
  }

  /** Documents and problems of a small corpus, held in memory (benchmarks, tests). */
  public record Collected(List<SourceDocument> documents, List<ReadProblem> problems) {}

  /** Reads every input into memory: for small corpora only; large ones go through {@link #read}. */
  public Collected readAll(List<Path> inputs) {
    List<SourceDocument> docs = new ArrayList<>();
    List<ReadProblem> problems = new ArrayList<>();
    read(inputs, new Sink() {
      @Override
      public void document(SourceDocument doc) {
        docs.add(doc);
      }

      @Override
      public void problem(ReadProblem problem) {
        problems.add(problem);
      }
    });
    return new Collected(List.copyOf(docs), List.copyOf(problems));
  }

  /** Reads every input in order; returns the number of documents delivered. */
  public int read(List<Path> inputs, Sink sink) {
    List<Path> files = new ArrayList<>();
    for (Path p : inputs) {
      collect(p, files, sink);
    }
    long total = 0;
    for (Path f : files) {
      total += sizeOf(f);
    }
    long done = 0;
    int count = 0;
    for (Path f : files) {
      count += readFile(f, sink, done, total);
      done += sizeOf(f);
      sink.progress(done, total);
    }
    return count;
  }

  private static long sizeOf(Path f) {
    try {
      return Files.size(f);
    } catch (IOException e) {
      return 0;
    }
  }

  private static void collect(Path p, List<Path> files, Sink sink) {
    if (!Files.exists(p)) {
      sink.problem(new ReadProblem(p.toString(), "no such file or directory"));
      return;
    }
    if (Files.isRegularFile(p)) {
      files.add(p);
      return;
    }
    if (!Files.isDirectory(p)) {
      sink.problem(new ReadProblem(p.toString(), "not a regular file or directory"));
      return;
    }
    List<Path> found = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(p)) {
      walk.filter(Files::isRegularFile)
          .filter(f -> !f.getFileName().toString().startsWith("."))
          .filter(f -> kind(f) != Kind.OTHER)
          .sorted()
          .forEach(found::add);
    } catch (IOException | java.io.UncheckedIOException e) {
      sink.problem(new ReadProblem(p.toString(), "cannot list directory: " + e.getMessage()));
      return;
    }
    if (found.isEmpty()) {
      sink.problem(new ReadProblem(p.toString(), "directory holds no .txt, .html or .jsonl files"));
    }
    files.addAll(found);
  }

  enum Kind { TEXT, HTML, JSONL, JSON, OTHER }

  static Kind kind(Path f) {
    String name = f.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.endsWith(".jsonl") || name.endsWith(".ndjson")) {
      return Kind.JSONL;
    }
    if (name.endsWith(".json")) {
      return Kind.JSON; // JSON lines (as DuEE ships them) or one array of records: told apart by content
    }
    if (name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".xhtml")) {
      return Kind.HTML;
    }
    if (name.endsWith(".txt") || name.endsWith(".text")) {
      return Kind.TEXT;
    }
    return Kind.OTHER;
  }

  private int readFile(Path f, Sink sink, long doneBefore, long total) {
    Kind kind = kind(f);
    if (kind == Kind.JSON || kind == Kind.OTHER) {
      kind = sniff(f, kind);
    }
    if (kind == Kind.JSONL) {
      return readJsonLines(f, sink, doneBefore, total);
    }
    if (kind == Kind.JSON) {
      return readJsonArray(f, sink);
    }
    try {
      long size = Files.size(f);
      if (size > options.maxDocumentBytes()) {
        throw new ReadException(String.format(Locale.ROOT, "file too large: %.1f MB (limit %.1f MB per document)",
            size / 1048576.0, options.maxDocumentBytes() / 1048576.0));
      }
      byte[] bytes = Files.readAllBytes(f);
      String text = TextDecoder.decode(bytes).text();
      String title = null;
      if (kind == Kind.HTML || (kind == Kind.OTHER && looksLikeHtml(text))) {
        HtmlText.Page page = HtmlText.extract(text);
        title = page.title();
        text = page.text();
      }
      if (text.isBlank()) {
        throw new ReadException(kind == Kind.HTML ? "no text in the page" : "file holds only white space");
      }
      if (title == null) {
        title = firstLine(text);
      }
      String key = stripExtension(f.getFileName().toString());
      LocalDate published = publishedFor(f.getFileName().toString(), key, null, text);
      sink.document(new SourceDocument(key, f.toString(), null, title, published, text));
      return 1;
    } catch (ReadException e) {
      sink.problem(new ReadProblem(f.toString(), e.getMessage()));
    } catch (NoSuchFileException e) {
      sink.problem(new ReadProblem(f.toString(), "no such file"));
    } catch (AccessDeniedException e) {
      sink.problem(new ReadProblem(f.toString(), "permission denied"));
    } catch (IOException e) {
      sink.problem(new ReadProblem(f.toString(), "cannot read: " + e.getMessage()));
    }
    return 0;
  }

  /**
   * What a file holds, by its first non-blank character: '{' starts JSON lines, '[' a JSON array of records; any
   * other content of a {@code .json} file is reported as not JSON, of a file with another extension read as text.
   */
  private static Kind sniff(Path f, Kind byName) {
    try (InputStream in = new BufferedInputStream(Files.newInputStream(f))) {
      int b;
      int seen = 0;
      while ((b = in.read()) != -1 && seen++ < 4096) {
        if (b == 0xEF || b == 0xBB || b == 0xBF || Character.isWhitespace(b)) {
          continue; // a UTF-8 byte-order mark or white space before the content
        }
        if (b == '{') {
          return Kind.JSONL;
        }
        if (b == '[') {
          return Kind.JSON;
        }
        break;
      }
    } catch (IOException e) {
      return byName == Kind.JSON ? Kind.JSON : Kind.TEXT; // reading it again reports the problem
    }
    return byName == Kind.JSON ? Kind.JSON : Kind.TEXT;
  }

  /** A file holding one JSON array of records, streamed element by element. */
  private int readJsonArray(Path f, Sink sink) {
    int count = 0;
    try (com.fasterxml.jackson.core.JsonParser p = JSON.getFactory().createParser(f.toFile())) {
      if (p.nextToken() != com.fasterxml.jackson.core.JsonToken.START_ARRAY) {
        sink.problem(new ReadProblem(f.toString(), "not JSON lines or a JSON array of records"));
        return 0;
      }
      int index = 0;
      while (p.nextToken() == com.fasterxml.jackson.core.JsonToken.START_OBJECT) {
        index++;
        String where = f + "[" + index + "]";
        JsonNode node = JSON.readTree(p);
        try {
          sink.document(record(node, where, f));
          count++;
        } catch (ReadException e) {
          sink.problem(new ReadProblem(where, e.getMessage()));
        }
      }
    } catch (JsonProcessingException e) {
      sink.problem(new ReadProblem(f.toString(), "invalid JSON: " + e.getOriginalMessage()));
    } catch (IOException e) {
      sink.problem(new ReadProblem(f.toString(), "cannot read: " + e.getMessage()));
    }
    return count;
  }

  private LocalDate publishedFor(String fileName, String key, LocalDate fromRecord, String text) {
    LocalDate d = options.publishedByName().get(fileName);
    if (d == null) {
      d = options.publishedByName().get(key);
    }
    if (d == null) {
      d = fromRecord;
    }
    if (d == null) {
      d = PublicationDates.fromHeader(text);
    }
    if (d == null) {
      d = options.publishedOverride();
    }
    return d;
  }

  private int readJsonLines(Path f, Sink sink, long doneBefore, long total) {
    int count = 0;
    long lineNo = 0;
    long read = 0;
    try (InputStream in = new BufferedInputStream(Files.newInputStream(f), 1 << 16)) {
      LineReader lines = new LineReader(in, options.maxDocumentBytes());
      byte[] line;
      while ((line = lines.next()) != null) {
        lineNo++;
        read += lines.lastLength();
        String where = f + ":" + lineNo;
        if (lines.lastTooLong()) {
          sink.problem(new ReadProblem(where, String.format(Locale.ROOT, "line too long: over %.1f MB",
              options.maxDocumentBytes() / 1048576.0)));
          continue;
        }
        if (isBlank(line)) {
          continue;
        }
        try {
          SourceDocument doc = record(line, where, f);
          sink.document(doc);
          count++;
        } catch (ReadException e) {
          sink.problem(new ReadProblem(where, e.getMessage()));
        }
        if (lineNo % 64 == 0) {
          sink.progress(doneBefore + read, total);
        }
      }
    } catch (IOException e) {
      sink.problem(new ReadProblem(f.toString(), "cannot read: " + e.getMessage()));
    }
    if (lineNo == 0) {
      sink.problem(new ReadProblem(f.toString(), "empty file"));
    }
    return count;
  }

  private SourceDocument record(byte[] line, String where, Path f) throws ReadException {
    String json;
    try {
      json = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(line))
          .toString();
    } catch (CharacterCodingException e) {
      throw new ReadException("invalid UTF-8 in JSON line", e);
    }
    JsonNode node;
    try {
      node = JSON.readTree(json);
    } catch (JsonProcessingException e) {
      throw new ReadException("invalid JSON: " + e.getOriginalMessage(), e);
    }
    return record(node, where, f);
  }

  private SourceDocument record(JsonNode node, String where, Path f) throws ReadException {
    if (node == null || !node.isObject()) {
      throw new ReadException("not a JSON object");
    }
    JsonNode text = node.get("text");
    if (text == null || !text.isTextual() || text.asText().isBlank()) {
      throw new ReadException("missing or empty \"text\"");
    }
    String id = node.hasNonNull("id") ? node.get("id").asText() : null;
    if (id == null || id.isBlank()) {
      throw new ReadException("missing \"id\"");
    }
    LocalDate published;
    try {
      published = PublicationDates.parseField(node.hasNonNull("published") ? node.get("published").asText() : null);
    } catch (IllegalArgumentException e) {
      throw new ReadException(e.getMessage(), e);
    }
    String title = node.hasNonNull("title") ? node.get("title").asText() : null;
    String url = node.hasNonNull("url") ? node.get("url").asText() : null;
    String body = text.asText();
    published = publishedFor(f.getFileName().toString() + "#" + id, id, published, body);
    return new SourceDocument(id, where, url, title, published, body);
  }

  private static boolean isBlank(byte[] line) {
    for (byte b : line) {
      if (b != ' ' && b != '\t' && b != '\r') {
        return false;
      }
    }
    return true;
  }

  private static boolean looksLikeHtml(String text) {
    String head = text.substring(0, Math.min(200, text.length())).toLowerCase(Locale.ROOT);
    return head.contains("<html") || head.contains("<!doctype html");
  }

  private static String firstLine(String text) {
    for (String line : text.split("\n", 8)) {
      if (!line.isBlank()) {
        String s = line.strip();
        return s.length() > 200 ? s.substring(0, 200) : s;
      }
    }
    return null;
  }

  static String stripExtension(String name) {
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }

  // Files that another file system holds (the Spark job reads HDFS, S3A and local files through Hadoop): the same
  // rules as read() above, from a file's name and bytes instead of a java.nio path.

  /** Opens the content of one file. */
  public interface Opener {
    InputStream open() throws IOException;
  }

  /** Whether a folder walk reads a file of this name (.txt, .html, .jsonl, .json and their variants; not hidden). */
  public static boolean isDocumentFile(String fileName) {
    return !fileName.startsWith(".") && kind(Path.of(fileName)) != Kind.OTHER;
  }

  /** Whether a file of this name holds one JSON record per line, so that it can be split between lines. */
  public static boolean isJsonLines(String fileName) {
    return kind(Path.of(fileName)) == Kind.JSONL;
  }

  /**
   * One line of a JSON-lines file, as {@link #read} reads it: the document, or null for a blank line.
   *
   * @param path the file as sources and problems name it; the part after its last '/' is the file name
   * @param lineNo the line's number in the file, from 1
   * @throws ReadException what is wrong with the line (too long, not UTF-8, not JSON, no id or text)
   */
  public SourceDocument readLine(String path, long lineNo, byte[] line) throws ReadException {
    if (line.length > options.maxDocumentBytes()) {
      throw new ReadException(String.format(Locale.ROOT, "line too long: over %.1f MB",
          options.maxDocumentBytes() / 1048576.0));
    }
    return isBlank(line) ? null : record(line, path + ":" + lineNo, Path.of(fileNameOf(path)));
  }

  /**
   * One whole file, as {@link #read} reads a file: a text or HTML document, or the records of JSON lines or of a
   * JSON array (told apart by content for a .json name). Problems go to the sink.
   *
   * @param path the file as sources and problems name it; the part after its last '/' is the file name
   * @param size its length in bytes: a text or HTML file over the size limit is reported without being opened
   * @return the number of documents delivered
   */
  public int readFile(String path, long size, Opener content, Sink sink) {
    Path name = Path.of(fileNameOf(path));
    Kind kind = kind(name);
    if ((kind == Kind.TEXT || kind == Kind.HTML) && size > options.maxDocumentBytes()) {
      sink.problem(new ReadProblem(path, String.format(Locale.ROOT,
          "file too large: %.1f MB (limit %.1f MB per document)", size / 1048576.0,
          options.maxDocumentBytes() / 1048576.0)));
      return 0;
    }
    byte[] bytes;
    try (InputStream in = content.open()) {
      bytes = in.readAllBytes();
    } catch (IOException e) {
      sink.problem(new ReadProblem(path, "cannot read: " + e.getMessage()));
      return 0;
    }
    if (kind == Kind.JSON || kind == Kind.OTHER) {
      kind = sniff(bytes, kind);
    }
    if (kind == Kind.JSONL) {
      return readJsonLines(path, bytes, sink);
    }
    if (kind == Kind.JSON) {
      return readJsonArray(path, name, bytes, sink);
    }
    try {
      if (bytes.length > options.maxDocumentBytes()) {
        throw new ReadException(String.format(Locale.ROOT, "file too large: %.1f MB (limit %.1f MB per document)",
            bytes.length / 1048576.0, options.maxDocumentBytes() / 1048576.0));
      }
      String text = TextDecoder.decode(bytes).text();
      String title = null;
      if (kind == Kind.HTML || (kind == Kind.OTHER && looksLikeHtml(text))) {
        HtmlText.Page page = HtmlText.extract(text);
        title = page.title();
        text = page.text();
      }
      if (text.isBlank()) {
        throw new ReadException(kind == Kind.HTML ? "no text in the page" : "file holds only white space");
      }
      if (title == null) {
        title = firstLine(text);
      }
      String fileName = name.toString();
      String key = stripExtension(fileName);
      sink.document(new SourceDocument(key, path, null, title, publishedFor(fileName, key, null, text), text));
      return 1;
    } catch (ReadException e) {
      sink.problem(new ReadProblem(path, e.getMessage()));
      return 0;
    }
  }

  private static String fileNameOf(String path) {
    String p = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    return p.substring(p.lastIndexOf('/') + 1);
  }

  /** As {@link #sniff(Path, Kind)}, over bytes in memory. */
  private static Kind sniff(byte[] bytes, Kind byName) {
    for (int i = 0; i < Math.min(bytes.length, 4096); i++) {
      int b = bytes[i] & 0xFF;
      if (b == 0xEF || b == 0xBB || b == 0xBF || Character.isWhitespace(b)) {
        continue;
      }
      if (b == '{') {
        return Kind.JSONL;
      }
      if (b == '[') {
        return Kind.JSON;
      }
      break;
    }
    return byName == Kind.JSON ? Kind.JSON : Kind.TEXT;
  }

  private int readJsonLines(String path, byte[] bytes, Sink sink) {
    int count = 0;
    long lineNo = 0;
    int start = 0;
    while (start < bytes.length) {
      int end = start;
      while (end < bytes.length && bytes[end] != '\n') {
        end++;
      }
      lineNo++;
      try {
        SourceDocument doc = readLine(path, lineNo, java.util.Arrays.copyOfRange(bytes, start, end));
        if (doc != null) {
          sink.document(doc);
          count++;
        }
      } catch (ReadException e) {
        sink.problem(new ReadProblem(path + ":" + lineNo, e.getMessage()));
      }
      start = end + 1;
    }
    if (lineNo == 0) {
      sink.problem(new ReadProblem(path, "empty file"));
    }
    return count;
  }

  private int readJsonArray(String path, Path name, byte[] bytes, Sink sink) {
    int count = 0;
    try (com.fasterxml.jackson.core.JsonParser p = JSON.getFactory().createParser(bytes)) {
      if (p.nextToken() != com.fasterxml.jackson.core.JsonToken.START_ARRAY) {
        sink.problem(new ReadProblem(path, "not JSON lines or a JSON array of records"));
        return 0;
      }
      int index = 0;
      while (p.nextToken() == com.fasterxml.jackson.core.JsonToken.START_OBJECT) {
        index++;
        String where = path + "[" + index + "]";
        JsonNode node = JSON.readTree(p);
        try {
          sink.document(record(node, where, name));
          count++;
        } catch (ReadException e) {
          sink.problem(new ReadProblem(where, e.getMessage()));
        }
      }
    } catch (JsonProcessingException e) {
      sink.problem(new ReadProblem(path, "invalid JSON: " + e.getOriginalMessage()));
    } catch (IOException e) {
      sink.problem(new ReadProblem(path, "cannot read: " + e.getMessage()));
    }
    return count;
  }

  /** Splits a stream into lines of bytes without ever holding more than {@code max} bytes of one line. */
  static final class LineReader {
    private final InputStream in;
    private final long max;
    private boolean tooLong;
    private long length;

    LineReader(InputStream in, long max) {
      this.in = in;
      this.max = max;
    }

    byte[] next() throws IOException {
      ByteArrayOutputStream buf = new ByteArrayOutputStream();
      tooLong = false;
      length = 0;
      int b;
      boolean any = false;
      while ((b = in.read()) != -1) {
        any = true;
        length++;
        if (b == '\n') {
          break;
        }
        if (buf.size() < max) {
          buf.write(b);
        } else {
          tooLong = true;
        }
      }
      return any ? buf.toByteArray() : null;
    }

    boolean lastTooLong() {
      return tooLong;
    }

    long lastLength() {
      return length;
    }
  }
}
