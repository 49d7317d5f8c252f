package org.talentflow.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.talentflow.Pipeline;
import org.talentflow.model.Entity;
import org.talentflow.store.Correction;
import org.talentflow.store.Rebuild;
import org.talentflow.store.Store;
import org.talentflow.store.StoreViews;
import org.talentflow.store.StoredCorrection;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * Corrections of entity resolution: they are stored, applied at once, and applied again after every ingest. They are
 * listed with ids; {@code corrections undo ID} removes one and rebuilds the store from its articles without it;
 * {@code --dry-run} says what a correction would do without storing anything.
 */
final class CorrectionCommands {
  private CorrectionCommands() {}

  static int apply(CommandLine.Model.CommandSpec spec, StoreOption store, Correction c, boolean dryRun) {
    PrintWriter out = spec.commandLine().getOut();
    try (Store db = dryRun ? store.read() : store.write()) {
      if (dryRun) {
        out.println(spec.name() + " (dry run, nothing stored): " + preview(db, c));
      } else {
        db.correct(c);
        out.println(spec.name() + ": " + c.a() + " / " + c.b() + " (kept; applied again after every ingest)");
      }
    } catch (IllegalArgumentException e) {
      spec.commandLine().getErr().println("talentflow: " + spec.name() + ": " + e.getMessage());
      return TalentflowCommand.PARTIAL_FAILURE;
    }
    out.flush();
    return 0;
  }

  /** What a correction would change, checked against the store without writing. */
  static String preview(Store db, Correction c) {
    Entity a = db.findEntity(c.a()).orElseThrow(() -> new IllegalArgumentException("no entity is called '" + c.a() + "'"));
    Map<String, int[]> counts = db.mentionCounts();
    return switch (c.kind()) {
      case MERGE -> {
        Entity b = db.findEntity(c.b()).orElseThrow(() -> new IllegalArgumentException("no entity is called '" + c.b() + "'"));
        if (b.id().equals(a.id())) {
          yield "'" + c.a() + "' and '" + c.b() + "' are already one entity (" + a.name() + ")";
        }
        long events = db.events().stream().filter(se -> se.event().person().id().equals(b.id())
            || (se.event().org() != null && se.event().org().id().equals(b.id()))
            || (se.event().otherOrg() != null && se.event().otherOrg().id().equals(b.id()))).count();
        yield "would merge " + b.name() + " (" + b.id() + ", " + counts.getOrDefault(b.id(), new int[2])[0]
            + " mentions, " + events + " events, aliases " + String.join(" | ", b.aliases()) + ") into " + a.name()
            + " (" + a.id() + ")";
      }
      case SPLIT -> {
        boolean has = a.aliases().stream().anyMatch(x -> x.equalsIgnoreCase(c.b().strip()));
        if (!has) {
          throw new IllegalArgumentException("'" + a.name() + "' has no alias '" + c.b() + "'");
        }
        long mentions = db.mentionsOf(a.id()).stream().filter(m -> m.text().equals(c.b().strip())).count();
        yield "would take the alias '" + c.b() + "' and its " + mentions + " mentions out of " + a.name() + " ("
            + a.id() + ") as an entity of its own";
      }
      case ALIAS -> a.aliases().contains(c.b()) ? a.name() + " already has the alias '" + c.b() + "'"
          : "would add the alias '" + c.b() + "' to " + a.name() + " (" + a.id() + ")";
    };
  }

  @Command(name = "merge", mixinStandardHelpOptions = true,
      description = "Merges the second entity into the first (any names of each).")
  static final class Merge implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "INTO") String into;
    @Parameters(index = "1", paramLabel = "FROM") String from;
    @Option(names = "--dry-run", description = "Say what would change; store nothing.") boolean dryRun;
    @Mixin StoreOption store;
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
      return apply(spec, store, new Correction(Correction.Kind.MERGE, into, from), dryRun);
    }
  }

  /** A correction about one entity and one of its names. */
  abstract static class NameAndAlias implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "NAME") String name;
    @Parameters(index = "1", paramLabel = "ALIAS") String alias;
    @Option(names = "--dry-run", description = "Say what would change; store nothing.") boolean dryRun;
    @Mixin StoreOption store;
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    abstract Correction.Kind kind();

    @Override
    public Integer call() {
      return apply(spec, store, new Correction(kind(), name, alias), dryRun);
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
      subcommands = Undo.class,
      description = {"Lists the stored corrections with their ids, or with --load applies a TSV file of them: one "
          + "'merge|split|alias TAB NAME TAB NAME' per line (# for comments). 'corrections undo ID' removes one."})
  static final class Corrections implements Callable<Integer> {
    @Option(names = "--load", paramLabel = "TSV") Path file;
    @Option(names = "--dry-run", description = "With --load: say what each line would change; store nothing.")
    boolean dryRun;
    @Option(names = "--json", description = "The list as one JSON object per line.") boolean json;
    @Mixin StoreOption store;
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      if (file == null) {
        if (dryRun) {
          throw new CommandLine.ParameterException(spec.commandLine(), "--dry-run goes with --load");
        }
        try (Store db = store.read()) {
          List<StoredCorrection> log = db.correctionLog();
          if (json) {
            log.forEach(c -> Json.line(out, StoreViews.correction(c)));
          } else {
            Table t = new Table("ID", "KIND", "A", "B", "WHEN");
            log.forEach(c -> t.add(c.id(), c.correction().kind().name().toLowerCase(java.util.Locale.ROOT),
                c.correction().a(), c.correction().b(), c.createdAt()));
            t.print(out);
          }
        }
        out.flush();
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
      try (Store db = dryRun ? store.read() : store.write()) {
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
            Correction c = new Correction(Correction.Kind.parse(f[0]), f[1], f[2]);
            if (dryRun) {
              out.println(file + ":" + (i + 1) + ": " + preview(db, c));
            } else {
              db.correct(c);
            }
            applied++;
          } catch (IllegalArgumentException e) {
            failed++;
            spec.commandLine().getErr().println("talentflow: " + file + ":" + (i + 1) + ": " + e.getMessage());
          }
        }
      }
      out.println((dryRun ? "would apply " : "applied ") + applied + " corrections" + (failed > 0 ? ", " + failed + " failed" : "")
          + (dryRun ? " (dry run, nothing stored)" : ""));
      out.flush();
      return failed > 0 ? TalentflowCommand.PARTIAL_FAILURE : 0;
    }
  }

  @Command(name = "undo", mixinStandardHelpOptions = true,
      description = {"Removes a correction by its id (see 'corrections') and rebuilds the store from the articles it "
          + "holds, with the other corrections applied again: what a correction changed cannot be told apart from "
          + "what ingestion wrote, so the store is made again without it. SQLite stores only."})
  static final class Undo implements Callable<Integer> {
    @Parameters(paramLabel = "ID") int id;
    @Option(names = "--dry-run", description = "Say which correction would be undone; change nothing.") boolean dryRun;
    @Mixin StoreOption store;
    @Mixin PackOptions pack;
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      StoredCorrection found;
      try (Store db = store.read()) {
        found = db.correctionLog().stream().filter(c -> c.id() == id).findFirst().orElseThrow(() ->
            new CommandLine.ParameterException(spec.commandLine(), "no correction has the id " + id
                + " (see 'talentflow corrections')"));
        if (dryRun) {
          out.println("would undo " + describe(found) + " and rebuild " + store.shown() + " (dry run, nothing changed)");
          out.flush();
          return 0;
        }
        if (store.url.startsWith("jdbc:") && !store.url.startsWith("jdbc:sqlite:")) {
          throw new IllegalStateException("undo rebuilds the store from its articles, which only works for a SQLite "
              + "file; on " + store.shown() + " remove the correction's effect by ingesting again into a new database");
        }
        db.removeCorrection(id);
      }
      Path file = Path.of(store.url.startsWith("jdbc:sqlite:") ? store.url.substring("jdbc:sqlite:".length()) : store.url);
      Pipeline pipeline = Pipeline.withHanlp(pack.load());
      Rebuild.Result r = Rebuild.sqlite(file, pipeline::analyze);
      out.println("undid " + describe(found) + "; rebuilt " + file + " from " + r.documents() + " documents with "
          + r.corrections() + " other corrections");
      out.flush();
      return 0;
    }

    private static String describe(StoredCorrection c) {
      return "correction " + c.id() + " (" + c.correction().kind().name().toLowerCase(java.util.Locale.ROOT) + " "
          + c.correction().a() + " / " + c.correction().b() + ")";
    }
  }
}
