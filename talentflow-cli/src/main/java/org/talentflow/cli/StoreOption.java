package org.talentflow.cli;

import picocli.CommandLine.Option;

/** The --db option every command that reads or writes the store shares. */
final class StoreOption {
  @Option(names = "--db", paramLabel = "URL", defaultValue = "talentflow.db",
      description = "Store: a SQLite file path (default: ${DEFAULT-VALUE} in the working directory) or a JDBC URL "
          + "(jdbc:sqlite:PATH, jdbc:postgresql://HOST/DB).")
  String url;
}
