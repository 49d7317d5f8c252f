package org.talentflow.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * One gold events table and the documents it annotates, in the layout of ../shared/corpus/real-dev: {@code
 * gold_zh.tsv} goes with {@code docs_zh.jsonl} beside it ({@code gold.tsv} with {@code docs.jsonl}). {@code docs} is
 * the expected documents file, which may be absent (then the documents must already be in a store).
 */
public record GoldSet(String name, Path gold, Path docs) {
  /** Whether {@code file} is named like a gold events table: gold*.tsv. */
  public static boolean isGoldTable(Path file) {
    String n = file.getFileName().toString().toLowerCase(Locale.ROOT);
    return n.startsWith("gold") && n.endsWith(".tsv");
  }

  /** The set of one gold*.tsv file. */
  public static GoldSet of(Path goldFile) {
    String file = goldFile.getFileName().toString();
    String stem = file.substring(0, file.length() - ".tsv".length());
    String suffix = stem.substring("gold".length());
    String name = suffix.replaceFirst("^[_.-]", "");
    return new GoldSet(name.isEmpty() ? stem : name, goldFile, goldFile.resolveSibling("docs" + suffix + ".jsonl"));
  }

  /** Every gold*.tsv directly in {@code dir}, by file name; empty when there is none. */
  public static List<GoldSet> in(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(Files::isRegularFile).filter(GoldSet::isGoldTable).sorted().map(GoldSet::of).toList();
    }
  }
}
