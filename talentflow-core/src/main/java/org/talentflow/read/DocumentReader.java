package org.talentflow.read;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
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
 * Reads files, folders (recursively, following symbolic links, each folder once), {@code .txt}, {@code .html} and
 * {@code .jsonl} ({@code {"id","url","published","title","text"}} per line) into {@link SourceDocument}s, one at a
 * time: a JSON-lines file of any size is streamed, its charset detected once for the whole file. Every problem
 * (missing path, unreadable entry, empty or binary file, undecodable bytes, a line that does not parse, a field of
 * the wrong type, a document over the size limit) is reported to the sink and the batch goes on; what is stored all
 * the same (an unreadable date stored as unknown, a few invalid bytes replaced) is reported as a warning.
 */
public final class DocumentReader {
  /** Default largest document: news articles are kilobytes; this bounds memory per document. */
  public static final long DEFAULT_MAX_DOCUMENT_BYTES = 8L << 20;

  private static final ObjectMapper JSON = new ObjectMapper();

  /** Where documents, problems and progress go. */
  public interface Sink {
    void document(SourceDocument doc);

    /** An input, or part of one, that gives no document. */
    void problem(ReadProblem problem);

    /** Something wrong in a document that is delivered all the same (a date stored as unknown, bytes replaced). */
    default void warning(ReadProblem warning) {}

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

  /** Thrown by a sink to end reading at once; the reader lets it through. */
  public static final class Stop extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public Stop() {
      super("reading stopped", null, false, false);
    }
  }

  private final Options options;

  public DocumentReader(Options options) {
    this.options = Objects.requireNonNull(options, "options");
  }

  /** Documents and problems of a small corpus, held in memory (benchmarks, tests). */
  public record Collected(List<SourceDocument> documents, List<ReadProblem> problems, List<ReadProblem> warnings) {}

  /** Reads every input into memory: for small corpora only; large ones go through {@link #read}. */
  public Collected readAll(List<Path> inputs) {
    List<SourceDocument> docs = new ArrayList<>();
    List<ReadProblem> problems = new ArrayList<>();
    List<ReadProblem> warnings = new ArrayList<>();
    read(inputs, new Sink() {
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
    });
    return new Collected(List.copyOf(docs), List.copyOf(problems), List.copyOf(warnings));
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
      sink.problem(new ReadProblem(p.toString(), Files.isSymbolicLink(p)
          ? "broken symbolic link (its target does not exist)" : "no such file or directory"));
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
    int before = files.size();
    int[] unreadable = {0};
    walk(p, files, new Sink() {
      @Override
      public void document(SourceDocument doc) {}

      @Override
      public void problem(ReadProblem problem) {
        unreadable[0]++;
        sink.problem(problem);
      }

      @Override
      public void warning(ReadProblem warning) {
        sink.warning(warning);
      }
    }, new java.util.LinkedHashMap<>(), new java.util.HashSet<>());
    if (files.size() == before && unreadable[0] == 0) {
      sink.problem(new ReadProblem(p.toString(), "directory holds no .txt, .html, .json or .jsonl files"));
    }
  }

  /**
   * Lists a folder's files in name order, following symbolic links into folders: a link back to a folder being
   * read (a loop) is reported and not followed, a folder reached a second time by another link is read once, and
   * every entry that cannot be read is reported on its own while the rest is listed.
   */
  private static void walk(Path dir, List<Path> files, Sink sink, Map<Path, Path> seen, java.util.Set<Path> open) {
    Path real;
    try {
      real = dir.toRealPath();
    } catch (IOException e) {
      sink.problem(new ReadProblem(dir.toString(), "cannot read folder: " + reason(e)));
      return;
    }
    if (open.contains(real)) {
      sink.problem(new ReadProblem(dir.toString(), "symbolic link loop (leads back to " + real + "), not followed"));
      return;
    }
    Path first = seen.putIfAbsent(real, dir);
    if (first != null) {
      sink.warning(new ReadProblem(dir.toString(), "the same folder as " + first + ", read once"));
      return;
    }
    List<Path> entries = new ArrayList<>();
    try (java.nio.file.DirectoryStream<Path> ds = Files.newDirectoryStream(dir)) {
      for (Path e : ds) {
        entries.add(e);
      }
    } catch (IOException | java.nio.file.DirectoryIteratorException e) {
      IOException io = e instanceof IOException x ? x : ((java.nio.file.DirectoryIteratorException) e).getCause();
      sink.problem(new ReadProblem(dir.toString(), "cannot read folder: " + reason(io)));
      return;
    }
    entries.sort(java.util.Comparator.comparing(x -> x.getFileName().toString()));
    open.add(real);
    for (Path e : entries) {
      if (e.getFileName().toString().startsWith(".")) {
        continue;
      }
      if (Files.isDirectory(e)) {
        walk(e, files, sink, seen, open);
      } else if (Files.isRegularFile(e)) {
        if (kind(e) != Kind.OTHER) {
          files.add(e);
        }
      } else if (Files.isSymbolicLink(e) && !Files.exists(e)) {
        if (kind(e) != Kind.OTHER) {
          sink.problem(new ReadProblem(e.toString(), "broken symbolic link (its target does not exist)"));
        }
      }
    }
    open.remove(real);
  }

  private static String reason(IOException e) {
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof NoSuchFileException) {
      return "no such file or directory";
    }
    if (e instanceof java.nio.file.FileSystemLoopException) {
      return "symbolic link loop";
    }
    return e.getMessage() == null ? e.toString() : e.getMessage();
  }

  enum Kind { TEXT, HTML, JSONL, JSON, OTHER }

  static Kind kind(Path f) {
    return kind(f.getFileName().toString());
  }

  private static Kind kind(String fileName) {
    String name = fileName.toLowerCase(Locale.ROOT);
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

  /** One file; whatever goes wrong in it (even running out of memory) is that file's problem alone. */
  private int readFile(Path f, Sink sink, long doneBefore, long total) {
    return readFile(f.toString(), sizeOf(f), () -> Files.newInputStream(f), sink, doneBefore, total);
  }

  // Files that another file system holds (the Spark job reads HDFS, S3A and local files through Hadoop) go through
  // the same code as paths: a file is a name, a size and a way to open its bytes.

  /** Opens the content of one file; may be called more than once (a JSON-lines file is read to find its charset). */
  public interface Opener {
    InputStream open() throws IOException;
  }

  /** Whether a folder walk reads a file of this name (.txt, .html, .jsonl, .json and their variants; not hidden). */
  public static boolean isDocumentFile(String fileName) {
    return !fileName.startsWith(".") && kind(fileName) != Kind.OTHER;
  }

  /** Whether a file of this name holds one JSON record per line, so that it can be split between lines. */
  public static boolean isJsonLines(String fileName) {
    return kind(fileName) == Kind.JSONL;
  }

  /**
   * The charset of a JSON-lines file, decided once for the whole file as {@link #read} decides it (streams the file,
   * several times; never holds it in memory). Its lines are then read with {@link #readLine}.
   *
   * @throws ReadException when the file cannot be read as lines (UTF-16)
   */
  public static Charset jsonLinesCharset(Opener content) throws IOException, ReadException {
    return TextDecoder.detectStream(content);
  }

  /**
   * One whole file, as {@link #read} reads a file: a text or HTML document, or the records of JSON lines or of a
   * JSON array (told apart by content for a .json name). Documents, problems and warnings go to the sink.
   *
   * @param path the file as sources and problems name it; the part after its last '/' is the file name
   * @param size its length in bytes: a text or HTML file over the size limit is reported without being opened
   * @return the number of documents delivered
   */
  public int readFile(String path, long size, Opener content, Sink sink) {
    return readFile(path, size, content, sink, 0, size);
  }

  /**
   * One line of a JSON-lines file whose charset is known ({@link #jsonLinesCharset}), as {@link #read} reads it: a
   * byte order mark on line 1 is dropped, a blank line gives nothing, a line that gives no document is a problem,
   * and what is wrong in a document delivered all the same is a warning, each named {@code path:lineNo}.
   *
   * @param path the file as sources and problems name it; the part after its last '/' is the file name
   * @param lineNo the line's number in the file, from 1
   * @return 1 when the line gave a document, else 0
   */
  public int readLine(String path, long lineNo, byte[] line, Charset charset, Sink sink) {
    try {
      return line(path, fileNameOf(path), lineNo, line, line.length > options.maxDocumentBytes(), charset, sink);
    } catch (Stop e) {
      throw e;
    } catch (RuntimeException | StackOverflowError e) {
      sink.problem(new ReadProblem(path + ":" + lineNo, "cannot read: " + e));
      return 0;
    }
  }

  private int readFile(String source, long size, Opener content, Sink sink, long doneBefore, long total) {
    try {
      return readFileOrFail(source, size, content, sink, doneBefore, total);
    } catch (Stop e) {
      throw e;
    } catch (OutOfMemoryError e) {
      sink.problem(new ReadProblem(source, "ran out of memory reading it (the heap is "
          + (Runtime.getRuntime().maxMemory() >> 20) + " MB; see --max-doc-size)"));
    } catch (RuntimeException | StackOverflowError e) {
      sink.problem(new ReadProblem(source, "cannot read: " + e));
    }
    return 0;
  }

  private int readFileOrFail(String source, long size, Opener content, Sink sink, long doneBefore, long total) {
    String fileName = fileNameOf(source);
    Kind kind = kind(fileName);
    if (kind == Kind.JSON || kind == Kind.OTHER) {
      kind = sniff(content, kind);
    }
    if (kind == Kind.JSONL) {
      return readJsonLines(source, fileName, content, sink, doneBefore, total);
    }
    if (kind == Kind.JSON) {
      return readJsonArray(source, fileName, content, sink);
    }
    try {
      if (size > options.maxDocumentBytes()) {
        throw tooLarge(size);
      }
      byte[] bytes;
      try (InputStream in = content.open()) {
        bytes = in.readAllBytes();
      }
      if (bytes.length > options.maxDocumentBytes()) {
        throw tooLarge(bytes.length);
      }
      TextDecoder.Decoded decoded = TextDecoder.decode(bytes);
      String text = decoded.text();
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
      String key = stripExtension(fileName);
      LocalDate published = publishedFor(fileName, key, null, text);
      if (decoded.invalidSequences() > 0) {
        sink.warning(new ReadProblem(source, replaced(decoded)));
      }
      sink.document(new SourceDocument(key, source, null, title, published, text));
      return 1;
    } catch (ReadException e) {
      sink.problem(new ReadProblem(source, e.getMessage()));
    } catch (NoSuchFileException e) {
      sink.problem(new ReadProblem(source, "no such file"));
    } catch (AccessDeniedException e) {
      sink.problem(new ReadProblem(source, "permission denied"));
    } catch (IOException e) {
      sink.problem(new ReadProblem(source, "cannot read: " + e.getMessage()));
    }
    return 0;
  }

  private ReadException tooLarge(long size) {
    return new ReadException(String.format(Locale.ROOT, "file too large: %.1f MB (limit %.1f MB per document)",
        size / 1048576.0, options.maxDocumentBytes() / 1048576.0));
  }

  /** The name of the file a path names: the part after its last '/' (a trailing '/' left out). */
  private static String fileNameOf(String path) {
    String p = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    return p.substring(p.lastIndexOf('/') + 1);
  }

  private static String replaced(TextDecoder.Decoded d) {
    return d.invalidSequences() + " invalid byte sequence" + (d.invalidSequences() == 1 ? "" : "s") + " in "
        + d.charset().name() + " replaced by \uFFFD";
  }

  /**
   * What a file holds, by its first non-blank character: '{' starts JSON lines, '[' a JSON array of records; any
   * other content of a {@code .json} file is reported as not JSON, of a file with another extension read as text.
   */
  private static Kind sniff(Opener content, Kind byName) {
    try (InputStream in = new BufferedInputStream(content.open())) {
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
  private int readJsonArray(String source, String fileName, Opener content, Sink sink) {
    int count = 0;
    try (InputStream in = content.open();
        com.fasterxml.jackson.core.JsonParser p = JSON.getFactory().createParser(in)) {
      if (p.nextToken() != com.fasterxml.jackson.core.JsonToken.START_ARRAY) {
        sink.problem(new ReadProblem(source, "not JSON lines or a JSON array of records"));
        return 0;
      }
      int index = 0;
      while (p.nextToken() == com.fasterxml.jackson.core.JsonToken.START_OBJECT) {
        index++;
        String where = source + "[" + index + "]";
        JsonNode node = JSON.readTree(p);
        try {
          List<String> warnings = new ArrayList<>();
          SourceDocument doc = record(node, where, fileName, warnings);
          warnings.forEach(w -> sink.warning(new ReadProblem(where, w)));
          sink.document(doc);
          count++;
        } catch (ReadException e) {
          sink.problem(new ReadProblem(where, e.getMessage()));
        }
      }
    } catch (JsonProcessingException e) {
      sink.problem(new ReadProblem(source, "invalid JSON: " + e.getOriginalMessage()));
    } catch (IOException e) {
      sink.problem(new ReadProblem(source, "cannot read: " + e.getMessage()));
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

  private int readJsonLines(String source, String fileName, Opener content, Sink sink, long doneBefore, long total) {
    Charset charset;
    try {
      charset = TextDecoder.detectStream(content);
    } catch (ReadException e) {
      sink.problem(new ReadProblem(source, e.getMessage()));
      return 0;
    } catch (IOException e) {
      sink.problem(new ReadProblem(source, "cannot read: " + reason(e)));
      return 0;
    }
    int count = 0;
    long lineNo = 0;
    long read = 0;
    try (InputStream in = new BufferedInputStream(content.open(), 1 << 16)) {
      LineReader lines = new LineReader(in, options.maxDocumentBytes());
      byte[] line;
      while ((line = lines.next()) != null) {
        lineNo++;
        read += lines.lastLength();
        count += line(source, fileName, lineNo, line, lines.lastTooLong(), charset, sink);
        if (lineNo % 64 == 0) {
          sink.progress(doneBefore + read, total);
        }
      }
    } catch (IOException e) {
      sink.problem(new ReadProblem(source, "cannot read: " + reason(e)));
    }
    if (lineNo == 0) {
      sink.problem(new ReadProblem(source, "empty file"));
    }
    return count;
  }

  /** One line of a JSON-lines file: 1 when it gave a document. */
  private int line(String source, String fileName, long lineNo, byte[] line, boolean tooLong, Charset charset,
      Sink sink) {
    String where = source + ":" + lineNo;
    byte[] content = lineNo == 1 ? withoutBom(line) : line;
    if (tooLong) {
      sink.problem(new ReadProblem(where, String.format(Locale.ROOT, "line too long: over %.1f MB",
          options.maxDocumentBytes() / 1048576.0)));
      return 0;
    }
    if (isBlank(content)) {
      return 0;
    }
    try {
      List<String> warnings = new ArrayList<>();
      SourceDocument doc = record(content, charset, where, fileName, warnings);
      warnings.forEach(w -> sink.warning(new ReadProblem(where, w)));
      sink.document(doc);
      return 1;
    } catch (ReadException e) {
      sink.problem(new ReadProblem(where, e.getMessage()));
      return 0;
    }
  }

  private static byte[] withoutBom(byte[] line) {
    if (line.length >= 3 && (line[0] & 0xFF) == 0xEF && (line[1] & 0xFF) == 0xBB && (line[2] & 0xFF) == 0xBF) {
      return java.util.Arrays.copyOfRange(line, 3, line.length);
    }
    return line;
  }

  private SourceDocument record(byte[] line, Charset charset, String where, String fileName, List<String> warnings)
      throws ReadException {
    TextDecoder.Decoded decoded = TextDecoder.decodeLine(line, charset);
    if (decoded.invalidSequences() > 0) {
      warnings.add(replaced(decoded));
    }
    JsonNode node;
    try {
      node = JSON.readTree(decoded.text());
    } catch (JsonProcessingException e) {
      throw new ReadException("invalid JSON: " + e.getOriginalMessage(), e);
    }
    return record(node, where, fileName, warnings);
  }

  private SourceDocument record(JsonNode node, String where, String fileName, List<String> warnings)
      throws ReadException {
    if (node == null || !node.isObject()) {
      throw new ReadException("not a JSON object");
    }
    JsonNode text = node.get("text");
    if (text == null || text.isNull()) {
      throw new ReadException("missing \"text\"");
    }
    if (!text.isTextual()) {
      throw new ReadException("\"text\" is " + typeOf(text) + ", not a string");
    }
    if (text.asText().isBlank()) {
      throw new ReadException("empty \"text\"");
    }
    JsonNode idNode = node.get("id");
    if (idNode == null || idNode.isNull()) {
      throw new ReadException("missing \"id\"");
    }
    if (!idNode.isTextual() && !idNode.isIntegralNumber()) {
      throw new ReadException("\"id\" is " + typeOf(idNode) + ", not a string or an integer");
    }
    String id = idNode.asText();
    if (id.isBlank()) {
      throw new ReadException("empty \"id\"");
    }
    LocalDate published = null;
    JsonNode date = node.get("published");
    if (date != null && !date.isNull()) {
      if (!date.isTextual()) {
        warnings.add("\"published\" is " + typeOf(date) + " (" + date + "), not a date string: stored with an"
            + " unknown date");
      } else {
        try {
          published = PublicationDates.parseField(date.asText());
        } catch (IllegalArgumentException e) {
          warnings.add("\"published\": " + e.getMessage() + ": stored with an unknown date");
        }
      }
    }
    String title = optionalString(node, "title", warnings);
    String url = optionalString(node, "url", warnings);
    String body = text.asText();
    published = publishedFor(fileName + "#" + id, id, published, body);
    return new SourceDocument(id, where, url, title, published, body);
  }

  private static String optionalString(JsonNode node, String field, List<String> warnings) {
    JsonNode v = node.get(field);
    if (v == null || v.isNull()) {
      return null;
    }
    if (!v.isTextual()) {
      warnings.add("\"" + field + "\" is " + typeOf(v) + ", not a string: left out");
      return null;
    }
    return v.asText();
  }

  /** A JSON value's type as a sentence names it: "a number", "an object". */
  static String typeOf(JsonNode v) {
    return switch (v.getNodeType()) {
      case NUMBER -> "a number";
      case BOOLEAN -> "a boolean";
      case ARRAY -> "an array";
      case OBJECT, POJO -> "an object";
      case STRING -> "a string";
      case BINARY -> "binary data";
      case NULL, MISSING -> "null";
    };
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
