package org.talentflow.spark;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.talentflow.read.DocumentReader;

/**
 * The files to read, listed on the driver from any Hadoop file system, in the order {@code ingest} reads them:
 * inputs in the order given, a folder's entries (recursively, hidden names and other extensions left out) in name
 * order, each folder's files where the folder stands among them. A path with glob characters that names no file is expanded as a glob. Files are named as {@code ingest}
 * names them: the input as given, then the path inside it.
 */
final class Inputs {
  private Inputs() {}

  /**
   * One file to read.
   *
   * @param ordinal its place in reading order
   * @param path as sources and problems name it
   * @param uri the fully qualified path Hadoop opens
   * @param byLine JSON lines, read split by line (an empty one is read whole, to be reported)
   */
  record InputFile(int ordinal, String path, String uri, long size, boolean byLine) implements Serializable {}

  record Listing(List<InputFile> files, List<Item.Problem> problems) {}

  static Listing list(List<String> inputs, Configuration conf) {
    List<InputFile> files = new ArrayList<>();
    List<Item.Problem> problems = new ArrayList<>();
    for (String input : inputs) {
      try {
        collect(input, conf, files, problems);
      } catch (IOException | IllegalArgumentException e) {
        problems.add(new Item.Problem(-1, 0, problems.size(), input, "cannot list: " + e.getMessage()));
      }
    }
    return new Listing(files, problems);
  }

  private static void collect(String input, Configuration conf, List<InputFile> files, List<Item.Problem> problems)
      throws IOException {
    Path path = new Path(input);
    FileSystem fs = path.getFileSystem(conf);
    FileStatus status;
    try {
      status = fs.getFileStatus(path);
    } catch (FileNotFoundException e) {
      FileStatus[] globbed = hasGlob(input) ? fs.globStatus(path) : null;
      if (globbed == null || globbed.length == 0) {
        problems.add(new Item.Problem(-1, 0, problems.size(), input, "no such file or directory"));
        return;
      }
      Arrays.sort(globbed, Comparator.comparing(s -> bytes(s.getPath().toUri().getPath()), Arrays::compareUnsigned));
      for (FileStatus s : globbed) {
        collect(s.getPath().toString(), conf, files, problems);
      }
      return;
    }
    if (status.isFile()) {
      files.add(file(files.size(), input, status));
      return;
    }
    if (!status.isDirectory()) {
      problems.add(new Item.Problem(-1, 0, problems.size(), input, "not a regular file or directory"));
      return;
    }
    String base = input.endsWith("/") && input.length() > 1 ? input.substring(0, input.length() - 1) : input;
    int before = files.size();
    int before2 = problems.size();
    walk(fs, status.getPath(), base, files, problems, new HashMap<>(), new HashSet<>());
    if (files.size() == before && problems.size() == before2) {
      problems.add(new Item.Problem(-1, 0, problems.size(), input, "directory holds no .txt, .html, .json or .jsonl files"));
    }
  }

  /**
   * A folder's files as {@code ingest} walks it: entries in name order, hidden ones left out, folders read where they
   * stand. On the local file system folders are told apart by their real path, as {@code ingest} tells them: a link
   * back to a folder being read (a loop) is reported and not followed, a folder reached again by another link is read
   * once.
   */
  private static void walk(FileSystem fs, Path dir, String shown, List<InputFile> files, List<Item.Problem> problems,
      Map<String, String> seen, Set<String> open) throws IOException {
    String real = realPath(dir);
    if (open.contains(real)) {
      problems.add(new Item.Problem(-1, 0, problems.size(), shown,
          "symbolic link loop (leads back to " + real + "), not followed"));
      return;
    }
    if (seen.putIfAbsent(real, shown) != null) {
      return; // the same folder as one read before (ingest warns: read once)
    }
    FileStatus[] entries;
    try {
      entries = fs.listStatus(dir);
    } catch (IOException e) {
      problems.add(new Item.Problem(-1, 0, problems.size(), shown, "cannot read folder: " + e.getMessage()));
      return;
    }
    Arrays.sort(entries, Comparator.comparing(e -> e.getPath().getName()));
    open.add(real);
    for (FileStatus e : entries) {
      String name = e.getPath().getName();
      if (name.startsWith(".")) {
        continue;
      }
      if (e.isDirectory()) {
        walk(fs, e.getPath(), shown + "/" + name, files, problems, seen, open);
      } else if (e.isFile() && DocumentReader.isDocumentFile(name)) {
        files.add(new InputFile(files.size(), shown + "/" + name, e.getPath().toString(), e.getLen(),
            e.getLen() > 0 && DocumentReader.isJsonLines(name)));
      }
    }
    open.remove(real);
  }

  /** A folder's identity: on the local file system its real path (links resolved), elsewhere its path. */
  private static String realPath(Path dir) {
    if ("file".equals(dir.toUri().getScheme())) {
      try {
        return java.nio.file.Path.of(dir.toUri()).toRealPath().toString();
      } catch (IOException | RuntimeException e) {
        return dir.toString(); // listing it reports the problem
      }
    }
    return dir.toString();
  }

  private static InputFile file(int ordinal, String input, FileStatus status) {
    return new InputFile(ordinal, input, status.getPath().toString(), status.getLen(),
        status.getLen() > 0 && DocumentReader.isJsonLines(status.getPath().getName()));
  }

  private static boolean hasGlob(String s) {
    return s.indexOf('*') >= 0 || s.indexOf('?') >= 0 || s.indexOf('[') >= 0 || s.indexOf('{') >= 0;
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
