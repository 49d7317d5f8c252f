package org.talentflow.read;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Locale;

/**
 * What a file holds: text, an HTML page, JSON lines or a JSON array, told by its name; for a {@code .json} name, or
 * one that says nothing, by its first non-blank character. A folder walk reads only files whose name says.
 */
enum FileKind {
  TEXT, HTML, JSONL, JSON, OTHER;

  static FileKind of(Path f) {
    return of(f.getFileName().toString());
  }

  /** By the name alone: .jsonl, .json, .html, .txt and their variants; OTHER for any other name. */
  static FileKind of(String fileName) {
    String name = fileName.toLowerCase(Locale.ROOT);
    if (name.endsWith(".jsonl") || name.endsWith(".ndjson")) {
      return JSONL;
    }
    if (name.endsWith(".json")) {
      return JSON; // JSON lines (as DuEE ships them) or one array of records: told apart by content
    }
    if (name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".xhtml")) {
      return HTML;
    }
    if (name.endsWith(".txt") || name.endsWith(".text")) {
      return TEXT;
    }
    return OTHER;
  }

  /**
   * What a file holds, by its first non-blank character: '{' starts JSON lines, '[' a JSON array of records; any
   * other content of a {@code .json} file is reported as not JSON, of a file with another extension read as text.
   */
  static FileKind sniff(DocumentReader.Opener content, FileKind byName) {
    try (InputStream in = new BufferedInputStream(content.open())) {
      int b;
      int seen = 0;
      while ((b = in.read()) != -1 && seen++ < 4096) {
        if (b == 0xEF || b == 0xBB || b == 0xBF || Character.isWhitespace(b)) {
          continue; // a UTF-8 byte-order mark or white space before the content
        }
        if (b == '{') {
          return JSONL;
        }
        if (b == '[') {
          return JSON;
        }
        break;
      }
    } catch (IOException e) {
      return byName == JSON ? JSON : TEXT; // reading it again reports the problem
    }
    return byName == JSON ? JSON : TEXT;
  }
}
