package org.talentflow.spark;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;
import org.talentflow.read.DocumentReader;

/**
 * The files to read, listed on the driver from any Hadoop file system, in the order {@code ingest} reads them:
 * inputs in the order given, a folder's files (recursively, hidden names and other extensions left out) sorted by
 * path. A path with glob characters that names no file is expanded as a glob. Files are named as {@code ingest}
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
    String root = fs.makeQualified(path).toUri().getPath();
    String base = input.endsWith("/") && input.length() > 1 ? input.substring(0, input.length() - 1) : input;
    List<String[]> found = new ArrayList<>(); // relative path, qualified uri, size
    RemoteIterator<LocatedFileStatus> it = fs.listFiles(path, true);
    while (it.hasNext()) {
      LocatedFileStatus f = it.next();
      String name = f.getPath().getName();
      if (f.isFile() && DocumentReader.isDocumentFile(name)) {
        String full = f.getPath().toUri().getPath();
        String relative = full.startsWith(root + "/") ? full.substring(root.length() + 1) : name;
        found.add(new String[] {relative, f.getPath().toString(), Long.toString(f.getLen())});
      }
    }
    if (found.isEmpty()) {
      problems.add(new Item.Problem(-1, 0, problems.size(), input, "directory holds no .txt, .html or .jsonl files"));
      return;
    }
    // as Files.walk(...).sorted(): by the bytes of the path
    found.sort(Comparator.comparing(f -> bytes(f[0]), Arrays::compareUnsigned));
    for (String[] f : found) {
      String name = f[0].substring(f[0].lastIndexOf('/') + 1);
      long size = Long.parseLong(f[2]);
      files.add(new InputFile(files.size(), base + "/" + f[0], f[1], size,
          size > 0 && DocumentReader.isJsonLines(name)));
    }
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
