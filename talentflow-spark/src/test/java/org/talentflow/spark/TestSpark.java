package org.talentflow.spark;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine;

/** What the Spark tests share: one local[2] session for the JVM, the command line's jar, the job's output. */
final class TestSpark {
  private static SparkSession session;

  private TestSpark() {}

  static synchronized SparkSession session() {
    if (session == null) {
      session = SparkSession.builder()
          .config(SparkCommand.local(new SparkConf().setMaster("local[2]").setAppName("talentflow-test")))
          .getOrCreate();
    }
    return session;
  }

  static Path root() {
    return Path.of(System.getProperty("talentflow.root", "..")).toAbsolutePath().normalize();
  }

  /** The seeds beside the checkout, or null where ../shared is absent. */
  static Path seeds() {
    Path p = Path.of(System.getProperty("talentflow.shared", root().resolve("../shared").toString()))
        .resolve("corpus/seeds").toAbsolutePath().normalize();
    return Files.isDirectory(p) ? p : null;
  }

  record Run(int exit, String out, String err) {}

  /** ./talentflow's jar (built before this module), in a JVM of its own, as a user runs it. */
  static Run cli(Path workDir, String... args) throws IOException, InterruptedException {
    Path jar = root().resolve("talentflow-cli/target/talentflow.jar");
    List<String> command = new ArrayList<>(List.of("java", "-Xmx512m", "-Dfile.encoding=UTF-8", "-jar", jar.toString()));
    command.addAll(List.of(args));
    Path out = Files.createTempFile("cli", ".out");
    Path err = Files.createTempFile("cli", ".err");
    Process p = new ProcessBuilder(command).directory(workDir.toFile())
        .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    if (!p.waitFor(5, TimeUnit.MINUTES)) {
      p.destroyForcibly();
      throw new IllegalStateException("talentflow " + String.join(" ", args) + " did not finish");
    }
    Run r = new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    Files.delete(out);
    Files.delete(err);
    return r;
  }

  /** The spark command in this JVM, on the shared session. */
  static Run spark(String... args) {
    session();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cl = SparkCommand.commandLine();
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    int exit = cl.execute(args);
    return new Run(exit, out.toString(), err.toString());
  }

  /** The lines of a folder Spark wrote, part by part. */
  static List<String> lines(Path dir) throws IOException {
    List<String> out = new ArrayList<>();
    try (Stream<Path> parts = Files.list(dir)) {
      for (Path p : parts.filter(f -> f.getFileName().toString().startsWith("part-")).sorted().toList()) {
        out.addAll(Files.readAllLines(p, StandardCharsets.UTF_8));
      }
    }
    return out;
  }

  static List<String> lines(String text) {
    return text.isBlank() ? List.of() : List.of(text.strip().split("\n"));
  }
}
