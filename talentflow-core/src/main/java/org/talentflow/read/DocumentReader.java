package org.talentflow.read;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
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

  /** One file; whatever goes wrong in it (even running out of memory) is that file's problem alone. */
  private int readFile(Path f, Sink sink, long doneBefore, long total) {
    try {
      return readFileOrFail(f, sink, doneBefore, total);
    } catch (Stop e) {
      throw e;
    } catch (OutOfMemoryError e) {
      sink.problem(new ReadProblem(f.toString(), "ran out of memory reading it (the heap is "
          + (Runtime.getRuntime().maxMemory() >> 20) + " MB; see --max-doc-size)"));
    } catch (RuntimeException | StackOverflowError e) {
      sink.problem(new ReadProblem(f.toString(), "cannot read: " + e));
    }
    return 0;
  }

  private int readFileOrFail(Path f, Sink sink, long doneBefore, long total) {
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
      String key = stripExtension(f.getFileName().toString());
      LocalDate published = publishedFor(f.getFileName().toString(), key, null, text);
      if (decoded.invalidSequences() > 0) {
        sink.warning(new ReadProblem(f.toString(), replaced(decoded)));
      }
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

  private static String replaced(TextDecoder.Decoded d) {
    return d.invalidSequences() + " invalid byte sequence" + (d.invalidSequences() == 1 ? "" : "s") + " in "
        + d.charset().name() + " replaced by \uFFFD";
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
          List<String> warnings = new ArrayList<>();
          SourceDocument doc = record(node, where, f, warnings);
          warnings.forEach(w -> sink.warning(new ReadProblem(where, w)));
          sink.document(doc);
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
    java.nio.charset.Charset charset;
    try {
      charset = TextDecoder.detectStream(f);
    } catch (ReadException e) {
      sink.problem(new ReadProblem(f.toString(), e.getMessage()));
      return 0;
    } catch (IOException e) {
      sink.problem(new ReadProblem(f.toString(), "cannot read: " + reason(e)));
      return 0;
    }
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
        if (lineNo == 1) {
          line = withoutBom(line);
        }
        if (lines.lastTooLong()) {
          sink.problem(new ReadProblem(where, String.format(Locale.ROOT, "line too long: over %.1f MB",
              options.maxDocumentBytes() / 1048576.0)));
          continue;
        }
        if (isBlank(line)) {
          continue;
        }
        try {
          List<String> warnings = new ArrayList<>();
          SourceDocument doc = record(line, charset, where, f, warnings);
          warnings.forEach(w -> sink.warning(new ReadProblem(where, w)));
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
      sink.problem(new ReadProblem(f.toString(), "cannot read: " + reason(e)));
    }
    if (lineNo == 0) {
      sink.problem(new ReadProblem(f.toString(), "empty file"));
    }
    return count;
  }

  private static byte[] withoutBom(byte[] line) {
    if (line.length >= 3 && (line[0] & 0xFF) == 0xEF && (line[1] & 0xFF) == 0xBB && (line[2] & 0xFF) == 0xBF) {
      return java.util.Arrays.copyOfRange(line, 3, line.length);
    }
    return line;
  }

  private SourceDocument record(byte[] line, java.nio.charset.Charset charset, String where, Path f,
      List<String> warnings) throws ReadException {
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
    return record(node, where, f, warnings);
  }

  private SourceDocument record(JsonNode node, String where, Path f, List<String> warnings) throws ReadException {
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
    published = publishedFor(f.getFileName().toString() + "#" + id, id, published, body);
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
