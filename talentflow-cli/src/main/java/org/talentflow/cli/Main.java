package org.talentflow.cli;

import picocli.CommandLine;

/** The only place that calls System.exit: commands return exit codes. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    System.exit(TalentflowCommand.commandLine(args).execute(args));
  }
}
