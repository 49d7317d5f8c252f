package org.talentflow.read;

import java.io.IOException;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.talentflow.model.SourceDocument;
import org.talentflow.read.DocumentReader.Sink;

/**
 * The files a batch reads, from the paths it is given: a file as it is, a folder walked recursively in name order
 * (hidden entries left out, only the files whose name says they hold documents), following symbolic links, each
 * folder once. A missing path, a broken link, a loop and an unreadable folder are each reported on their own.
 */
final class FolderWalk {
  private FolderWalk() {}

  /** Adds the files of one input path to {@code files}, reporting what cannot be listed. */
  static void collect(Path p, List<Path> files, Sink sink) {
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
    }, new LinkedHashMap<>(), new HashSet<>());
    if (files.size() == before && unreadable[0] == 0) {
      sink.problem(new ReadProblem(p.toString(), "directory holds no .txt, .html, .json or .jsonl files"));
    }
  }

  /**
   * Lists a folder's files in name order, following symbolic links into folders: a link back to a folder being
   * read (a loop) is reported and not followed, a folder reached a second time by another link is read once, and
   * every entry that cannot be read is reported on its own while the rest is listed.
   */
  private static void walk(Path dir, List<Path> files, Sink sink, Map<Path, Path> seen, Set<Path> open) {
    Path real;
    try {
      real = dir.toRealPath();
    } catch (IOException e) {
      sink.problem(new ReadProblem(dir.toString(), "cannot read folder: " + DocumentReader.reason(e)));
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
    try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir)) {
      for (Path e : ds) {
        entries.add(e);
      }
    } catch (IOException | DirectoryIteratorException e) {
      IOException io = e instanceof IOException x ? x : ((DirectoryIteratorException) e).getCause();
      sink.problem(new ReadProblem(dir.toString(), "cannot read folder: " + DocumentReader.reason(io)));
      return;
    }
    entries.sort(Comparator.comparing(x -> x.getFileName().toString()));
    open.add(real);
    for (Path e : entries) {
      if (e.getFileName().toString().startsWith(".")) {
        continue;
      }
      if (Files.isDirectory(e)) {
        walk(e, files, sink, seen, open);
      } else if (Files.isRegularFile(e)) {
        if (FileKind.of(e) != FileKind.OTHER) {
          files.add(e);
        }
      } else if (Files.isSymbolicLink(e) && !Files.exists(e)) {
        if (FileKind.of(e) != FileKind.OTHER) {
          sink.problem(new ReadProblem(e.toString(), "broken symbolic link (its target does not exist)"));
        }
      }
    }
    open.remove(real);
  }
}
