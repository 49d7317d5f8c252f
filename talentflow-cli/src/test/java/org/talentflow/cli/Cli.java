package org.talentflow.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import picocli.CommandLine;

/** Runs the command line in-process and captures what it prints. */
final class Cli {
  final int exit;
  final String out;
  final String err;

  private Cli(int exit, String out, String err) {
    this.exit = exit;
    this.out = out;
    this.err = err;
  }

  static Cli run(String... args) {
    CommandLine cl = TalentflowCommand.commandLine(args); // as Main builds it
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    int exit = cl.execute(args);
    return new Cli(exit, out.toString(), err.toString());
  }

  /** The project root (the parent of this module), where samples/ lives. */
  static Path root() {
    Path here = Path.of("").toAbsolutePath();
    return here.getFileName().toString().equals("talentflow-cli") ? here.getParent() : here;
  }

  static Path shared() {
    String p = System.getProperty("talentflow.shared");
    return p == null ? root().resolve("../shared").normalize() : Path.of(p).normalize();
  }
}
