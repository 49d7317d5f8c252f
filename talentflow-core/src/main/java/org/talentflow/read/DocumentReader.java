package org.talentflow.read;

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
import org.talentflow.model.SourceDocument;

/**
 * Reads files, folders (recursively, following symbolic links, each folder once), {@code .txt}, {@code .html} and
 * {@code .jsonl} ({@code {"id","url","published","title","text"}} per line) into {@link SourceDocument}s, one at a
 * time: a JSON-lines file of any size is streamed, its charset detected once for the whole file. Every problem
 * (missing path, unreadable entry, empty or binary file, undecodable bytes, a line that does not parse, a field of
 * the wrong type, a document over the size limit) is reported to the sink and the batch goes on; what is stored all
 * the same (an unreadable date stored as unknown, a few invalid bytes replaced) is reported as a warning. Folders are
 * listed by {@link FolderWalk}, JSON records read by {@link JsonInput}; text and HTML files are read here.
 */
public final class DocumentReader {
  /** Default largest document: news articles are kilobytes; this bounds memory per document. */
  public static final long DEFAULT_MAX_DOCUMENT_BYTES = 8L << 20;

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

    /**
     * A document's publication date: by its file name or key (a docs.tsv), else its record's, else its header's,
     * else {@link #publishedOverride}; null when none says.
     */
    LocalDate publishedFor(String fileName, String key, LocalDate fromRecord, String text) {
      LocalDate d = publishedByName().get(fileName);
      if (d == null) {
        d = publishedByName().get(key);
      }
      if (d == null) {
        d = fromRecord;
      }
      if (d == null) {
        d = PublicationDates.fromHeader(text);
      }
      if (d == null) {
        d = publishedOverride();
      }
      return d;
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
  private final JsonInput json;

  public DocumentReader(Options options) {
    this.options = Objects.requireNonNull(options, "options");
    this.json = new JsonInput(options);
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
      FolderWalk.collect(p, files, sink);
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

  /** Why an input could not be read, as a problem says it. */
  static String reason(IOException e) {
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
    return !fileName.startsWith(".") && FileKind.of(fileName) != FileKind.OTHER;
  }

  /** Whether a file of this name holds one JSON record per line, so that it can be split between lines. */
  public static boolean isJsonLines(String fileName) {
    return FileKind.of(fileName) == FileKind.JSONL;
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
      return json.line(path, fileNameOf(path), lineNo, line, line.length > options.maxDocumentBytes(), charset, sink);
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
    FileKind kind = FileKind.of(fileName);
    if (kind == FileKind.JSON || kind == FileKind.OTHER) {
      kind = FileKind.sniff(content, kind);
    }
    if (kind == FileKind.JSONL) {
      return json.readJsonLines(source, fileName, content, sink, doneBefore, total);
    }
    if (kind == FileKind.JSON) {
      return json.readJsonArray(source, fileName, content, sink);
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
      if (kind == FileKind.HTML || (kind == FileKind.OTHER && looksLikeHtml(text))) {
        HtmlText.Page page = HtmlText.extract(text);
        title = page.title();
        text = page.text();
      }
      if (text.isBlank()) {
        throw new ReadException(kind == FileKind.HTML ? "no text in the page" : "file holds only white space");
      }
      if (title == null) {
        title = firstLine(text);
      }
      String key = stripExtension(fileName);
      LocalDate published = options.publishedFor(fileName, key, null, text);
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

  /** The warning for bytes the decoder replaced. */
  static String replaced(TextDecoder.Decoded d) {
    return d.invalidSequences() + " invalid byte sequence" + (d.invalidSequences() == 1 ? "" : "s") + " in "
        + d.charset().name() + " replaced by \uFFFD";
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
}
