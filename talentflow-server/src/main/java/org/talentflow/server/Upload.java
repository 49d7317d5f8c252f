package org.talentflow.server;

import jakarta.servlet.MultipartConfigElement;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.talentflow.server.WebServer.ApiError;

/**
 * The files of one upload, received into a folder of the request's own: the multipart body streamed to
 * {@code parts/} (the parser names each part uniquely), then each file saved as {@code files/NNN/NAME}, so that two
 * files of the same name are both kept, and each keeps its name (a document's key is its file name). Names are
 * checked before anything is saved: a name that names no file ("/", "..") makes the whole upload a bad request.
 */
final class Upload {
  private static final Logger LOG = LoggerFactory.getLogger(Upload.class);
  /** The servlet request attribute Jetty reads its multipart settings from. */
  private static final String MULTIPART_CONFIG = "org.eclipse.jetty.multipartConfig";
  private static final String FIELD = "files";
  private static final int MAX_NAME_BYTES = 200;

  /** One uploaded file: its place in the upload, its name as given (cleaned), where it was saved, its size. */
  record File(int index, String name, Path saved, long bytes) {}

  private final Path dir;
  private final List<File> files;

  private Upload(Path dir, List<File> files) {
    this.dir = dir;
    this.files = List.copyOf(files);
  }

  List<File> files() {
    return files;
  }

  /** Reads the multipart body of {@code request} into {@code dir}; a bad body is an {@link ApiError} (4xx). */
  static Upload receive(HttpServletRequest request, Path dir, long maxBytes) throws IOException {
    Path parts = Files.createDirectories(dir.resolve("parts"));
    request.setAttribute(MULTIPART_CONFIG, new MultipartConfigElement(parts.toString(), maxBytes, maxBytes, 0));
    Collection<Part> all;
    try {
      all = request.getParts();
    } catch (ServletException | IOException | RuntimeException e) {
      throw badBody(e, parts);
    }
    try {
      List<Part> given = all.stream().filter(p -> FIELD.equals(p.getName()) && p.getSubmittedFileName() != null).toList();
      if (given.isEmpty()) {
        throw new ApiError(400, "no files: send multipart/form-data with one or more '" + FIELD + "'");
      }
      List<String> names = new ArrayList<>();
      for (int i = 0; i < given.size(); i++) {
        String name = fileName(given.get(i).getSubmittedFileName());
        if (name == null) {
          throw new ApiError(400, "file " + (i + 1) + " of the upload has no usable name ('"
              + printable(given.get(i).getSubmittedFileName()) + "'): nothing was stored");
        }
        names.add(name);
      }
      List<File> files = new ArrayList<>();
      for (int i = 0; i < given.size(); i++) {
        Path folder = Files.createDirectories(dir.resolve("files").resolve(String.format(Locale.ROOT, "%03d", i + 1)));
        Path saved = folder.resolve(names.get(i));
        try (InputStream in = given.get(i).getInputStream()) {
          Files.copy(in, saved);
        }
        files.add(new File(i + 1, names.get(i), saved, Files.size(saved)));
      }
      return new Upload(dir, files);
    } finally {
      for (Part p : all) {
        try {
          p.delete();
        } catch (IOException e) {
          LOG.warn("cannot delete an uploaded part: {}", e.getMessage());
        }
      }
    }
  }

  /** A 413 when the body was over the limit, else a 400; the parser's message stays in the log (it names paths). */
  private static ApiError badBody(Exception e, Path parts) {
    String all = "";
    for (Throwable t = e; t != null; t = t.getCause()) {
      all += " " + t.getMessage();
    }
    String lower = all.toLowerCase(Locale.ROOT);
    LOG.info("refused an upload: {}", all.replace(parts.toString(), "<upload>").strip());
    if (lower.contains("max") && (lower.contains("size") || lower.contains("exceed")) || lower.contains("too large")) {
      return new ApiError(413, "upload too large");
    }
    return new ApiError(400, "malformed multipart/form-data body: send one or more 'files' as a browser's form does");
  }

  /** The last segment of a submitted file name, without control characters; null when nothing usable is left. */
  static String fileName(String submitted) {
    String n = submitted.replace('\\', '/');
    n = n.substring(n.lastIndexOf('/') + 1);
    StringBuilder sb = new StringBuilder();
    n.codePoints().filter(c -> !Character.isISOControl(c)).forEach(sb::appendCodePoint);
    n = sb.toString().strip();
    if (n.isEmpty() || n.equals(".") || n.equals("..")) {
      return null;
    }
    if (n.startsWith(".")) {
      n = "upload" + n;
    }
    while (n.getBytes(StandardCharsets.UTF_8).length > MAX_NAME_BYTES) {
      int dot = n.lastIndexOf('.');
      String ext = dot > 0 && n.length() - dot <= 10 ? n.substring(dot) : "";
      String stem = n.substring(0, n.length() - ext.length());
      n = stem.substring(0, stem.offsetByCodePoints(stem.length(), -1)) + ext;
    }
    return n;
  }

  private static String printable(String s) {
    StringBuilder sb = new StringBuilder();
    s.codePoints().limit(100).forEach(c -> sb.append(Character.isISOControl(c) ? "?" : Character.toString(c)));
    return sb.toString();
  }

  /** A problem's text as the user may see it: the saved file as its name, no server folder. */
  String scrub(String text, File f) {
    return text == null ? null : text.replace(f.saved().toString(), f.name()).replace(dir.toString(), "upload");
  }

  /** Removes the upload's folder and everything in it. */
  static void delete(Path dir) {
    try (Stream<Path> all = Files.walk(dir)) {
      for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException | UncheckedIOException e) {
      LOG.warn("cannot remove the upload folder {}: {}", dir, e.getMessage());
    }
  }
}
