package org.talentflow.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The run the launcher records its class data archive from (talentflow-cli/target/talentflow.jsa, see the
 * launcher): ingests a short article in each language into a temporary store and reads it back the ways the query
 * commands do, so that the archive holds the classes of reading, analysis, storing and output that every later
 * command then maps instead of loading. Not a command users run; prints nothing; fails when a step fails.
 */
public final class ClassDataTraining {
  private static final String CHINESE = "2024年3月5日，星海科技董事长林远舟因健康原因请辞，由副董事长苏晴接任，"
      + "前月光集团首席财务官何立新加盟星海科技。\n";
  private static final String ENGLISH = "Ada Brisk, the chief executive of Globex, stepped down on Monday; Ed Marsh, "
      + "who joined from Initech in 2021, will succeed her.\n";

  private ClassDataTraining() {}

  public static void main(String[] args) throws IOException {
    int failed = run();
    if (failed > 0) {
      throw new IllegalStateException(failed + " steps of the class data training failed");
    }
  }

  /** Runs the steps; returns how many did not end with exit code 0. */
  static int run() throws IOException {
    Path dir = Files.createTempDirectory("talentflow-classes");
    PrintStream out = System.out;
    PrintStream err = System.err;
    int failed = 0;
    try {
      Files.writeString(dir.resolve("zh.txt"), CHINESE, StandardCharsets.UTF_8);
      Files.writeString(dir.resolve("en.txt"), ENGLISH, StandardCharsets.UTF_8);
      String db = dir.resolve("store.db").toString();
      PrintStream nowhere = new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8);
      System.setOut(nowhere);
      System.setErr(nowhere);
      String[][] runs = {
        {"ingest", "-q", "--db", db, dir.resolve("zh.txt").toString(), dir.resolve("en.txt").toString()},
        {"events", "--db", db},
        {"events", "--db", db, "--json"},
        {"entities", "--db", db},
        {"entity", "--db", db, "林远舟"},
        {"explain", "苏晴出任星海科技董事长。"},
      };
      for (String[] run : runs) {
        failed += TalentflowCommand.commandLine().execute(run) == 0 ? 0 : 1;
      }
    } finally {
      System.setOut(out);
      System.setErr(err);
      try (Stream<Path> files = Files.walk(dir)) {
        files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
    return failed;
  }
}
