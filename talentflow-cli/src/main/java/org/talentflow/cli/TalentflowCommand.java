package org.talentflow.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

@Command(
    name = "talentflow",
    mixinStandardHelpOptions = true,
    version = "talentflow 0.1.0",
    description = "Reads news about companies and builds a time-aware, source-cited graph of people and organizations.",
    subcommands = {
      IngestCommand.class,
      EventsCommand.class,
      DocsCommand.class,
      EntitiesCommand.class,
      EntityCommand.class,
      CorrectionCommands.Merge.class,
      CorrectionCommands.Split.class,
      CorrectionCommands.Alias.class,
      CorrectionCommands.Corrections.class,
      EvalCommand.class,
      KnowledgeCommands.Person.class,
      DeparturesCommand.class,
      KnowledgeCommands.Roster.class,
      KnowledgeCommands.Flows.class,
      KnowledgeCommands.Stats.class,
      KnowledgeCommands.Claims.class,
      KnowledgeCommands.ContradictionsCommand.class,
      ExportCommand.class,
      ServeCommand.class,
      BenchCommand.class,
      ServeBenchCommand.class,
      SparkCommand.class,
      DueeCommand.class,
      ExplainCommand.class,
      CommandLine.HelpCommand.class
    })
public final class TalentflowCommand implements Runnable {
  /** Exit code when some inputs failed but the rest was done. */
  static final int PARTIAL_FAILURE = 1;
  /** Exit code for a bad command line. */
  static final int USAGE = 2;
  /** Exit code when the command could not run (store unreachable, gold folder missing). */
  static final int FAILURE = 3;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "a command is required (see --help)");
  }

  static String oneLine(String message) {
    return message.strip().replaceAll("\\s*\\R\\s*", "; ");
  }

  /** The configured command line, with UTF-8 output whatever the platform default. */
  public static CommandLine commandLine() {
    CommandLine cl = new CommandLine(new TalentflowCommand());
    cl.setOut(new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true));
    cl.setErr(new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true));
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    cl.setParameterExceptionHandler((ex, args) -> {
      CommandLine cmd = ex.getCommandLine();
      String name = cmd.getCommandSpec().qualifiedName();
      cmd.getErr().println("talentflow: " + oneLine(ex.getMessage()) + " (see '" + name + " --help')");
      return USAGE;
    });
    cl.setExecutionExceptionHandler((ex, cmd, parsed) -> {
      cmd.getErr().println("talentflow: " + oneLine(ex.getMessage() == null ? ex.toString() : ex.getMessage()));
      return FAILURE;
    });
    return cl;
  }
}
