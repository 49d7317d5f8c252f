package org.talentflow.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;

@Command(
    name = "talentflow",
    mixinStandardHelpOptions = true,
    version = "talentflow 0.1.0",
    description = "Reads news about companies and builds a time-aware, source-cited graph of people and organizations.")
public final class TalentflowCommand implements Runnable {
  /**
   * The subcommands, in the order help lists them. Not in the annotation: picocli would then read every one's options
   * at each start (0.19 s); {@link #commandLine(String...)} reads only the one asked for.
   */
  private static final List<Class<?>> COMMANDS = List.of(
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
      CommandLine.HelpCommand.class);

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

  /** The configured command line with every subcommand, with UTF-8 output whatever the platform default. */
  public static CommandLine commandLine() {
    return configured(COMMANDS);
  }

  /**
   * The command line for these arguments: with only the subcommand they name when it is one (the others' options
   * are not read), else with all of them (the top-level help and "help" list them; an unknown name is reported).
   */
  public static CommandLine commandLine(String... args) {
    if (args.length > 0 && !args[0].equals("help")) {
      for (Class<?> c : COMMANDS) {
        Command command = c.getAnnotation(Command.class);
        if (command != null && command.name().equals(args[0])) {
          return configured(List.of(c));
        }
      }
    }
    return commandLine();
  }

  private static CommandLine configured(List<Class<?>> subcommands) {
    CommandLine cl = new CommandLine(new TalentflowCommand());
    for (Class<?> c : subcommands) {
      cl.addSubcommand(c);
    }
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
