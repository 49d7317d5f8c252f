package org.talentflow.cli;

import org.talentflow.store.Store;
import picocli.CommandLine.Option;

/** The --db option every command that reads or writes the store shares; TALENTFLOW_DB sets its default. */
final class StoreOption {
  @Option(names = "--db", paramLabel = "URL", defaultValue = "${env:TALENTFLOW_DB:-talentflow.db}",
      description = "Store: a SQLite file path (default: $TALENTFLOW_DB, else talentflow.db in the working directory)"
          + " or a JDBC URL (jdbc:sqlite:PATH, jdbc:postgresql://HOST/DB).")
  String url;

  /** The store's URL as it may be printed: a password in it masked. */
  String shown() {
    return Store.masked(url);
  }

  /** The store for a command that only reads: never creates one. */
  Store read() {
    return Store.openExisting(url);
  }

  /** The store for a command that writes: created when missing. */
  Store write() {
    return Store.open(url);
  }
}
