package org.talentflow.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.talentflow.store.Correction;
import org.talentflow.store.Store;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Corrections of entity resolution: they are stored, applied at once, and applied again after every ingest. */
final class CorrectionCommands {
  private CorrectionCommands() {}

  static int apply(CommandLine.Model.CommandSpec spec, String url, Correction c) {
    try (Store db = Store.open(url)) {
      db.correct(c);
    } catch (IllegalArgumentException e) {
      spec.commandLine().getErr().println("talentflow: " + spec.name() + ": " + e.getMessage());
      return TalentflowCommand.PARTIAL_FAILURE;
    }
    spec.commandLine().getOut().println(spec.name() + ": " + c.a() + " / " + c.b()
        + " (kept; applied again after every ingest)");
    spec.commandLine().getOut().flush();
    return 0;
  }

  @Command(name = "merge", mixinStandardHelpOptions = true,
      description = "Merges the second entity into the first (any names of each).")
  static final class Merge implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "INTO") String into;
    @Parameters(index = "1", paramLabel = "FROM") String from;
    @Mixin StoreOption store;
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
      return apply(spec, store.url, new Correction(Correction.Kind.MERGE, into, from));
    }
  }

  /** A correction about one entity and one of its names. */
  abstract static class NameAndAlias implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "NAME") String name;
    @Parameters(index = "1", paramLabel = "ALIAS") String alias;
    @Mixin StoreOption store;
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    abstract Correction.Kind kind();

    @Override
    public Integer call() {
      return apply(spec, store.url, new Correction(kind(), name, alias));
    }
  }

  @Command(name = "split", mixinStandardHelpOptions = true,
      description = "Takes an alias (and its mentions) out of an entity, as an entity of its own.")
  static final class Split extends NameAndAlias {
    @Override
    Correction.Kind kind() {
      return Correction.Kind.SPLIT;
    }
  }

  @Command(name = "alias", mixinStandardHelpOptions = true, description = "Adds an alias to an entity.")
  static final class Alias extends NameAndAlias {
    @Override
    Correction.Kind kind() {
      return Correction.Kind.ALIAS;
    }
  }

  @Command(name = "corrections", mixinStandardHelpOptions = true,
      description = {"Lists the stored corrections, or with --load applies a TSV file of them:",
          "one 'merge|split|alias TAB NAME TAB NAME' per line (# for comments)."})
  static final class Corrections implements Callable<Integer> {
    @Option(names = "--load", paramLabel = "TSV") Path file;
    @Mixin StoreOption store;
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      if (file == null) {
        try (Store db = Store.open(store.url)) {
          Table t = new Table("KIND", "A", "B");
          db.corrections().forEach(c -> t.add(c.kind().name().toLowerCase(java.util.Locale.ROOT), c.a(), c.b()));
          t.print(out);
        }
        return 0;
      }
      List<String> lines;
      try {
        lines = Files.readAllLines(file, StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new CommandLine.ParameterException(spec.commandLine(), "--load: cannot read " + file + ": " + e.getMessage());
      }
      int failed = 0;
      int applied = 0;
      try (Store db = Store.open(store.url)) {
        for (int i = 0; i < lines.size(); i++) {
          String line = lines.get(i);
          if (line.isBlank() || line.startsWith("#")) {
            continue;
          }
          String[] f = line.split("\t");
          try {
            if (f.length < 3) {
              throw new IllegalArgumentException("expected 'kind TAB name TAB name'");
            }
            db.correct(new Correction(Correction.Kind.parse(f[0]), f[1], f[2]));
            applied++;
          } catch (IllegalArgumentException e) {
            failed++;
            spec.commandLine().getErr().println("talentflow: " + file + ":" + (i + 1) + ": " + e.getMessage());
          }
        }
      }
      out.println("applied " + applied + " corrections" + (failed > 0 ? ", " + failed + " failed" : ""));
      out.flush();
      return failed > 0 ? TalentflowCommand.PARTIAL_FAILURE : 0;
    }
  }
}
