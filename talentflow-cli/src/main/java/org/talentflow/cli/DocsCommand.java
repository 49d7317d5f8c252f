package org.talentflow.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.talentflow.store.Store;
import org.talentflow.store.StoreViews;
import org.talentflow.store.StoredDocument;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "docs", mixinStandardHelpOptions = true,
    description = "Lists the stored documents and their versions, with title, outlet, publication date and URL.")
final class DocsCommand implements Callable<Integer> {
  @Mixin StoreOption store;

  @Option(names = "--json", description = "One JSON object per line.")
  boolean json;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    List<StoredDocument> docs;
    try (Store db = store.read()) {
      docs = db.documents();
    }
    if (json) {
      docs.forEach(d -> Json.line(out, StoreViews.document(d)));
      out.flush();
      return 0;
    }
    Table t = new Table("DOC", "VERSION", "PUBLISHED", "OUTLET", "CHARS", "EVENTS", "TITLE", "URL");
    for (StoredDocument d : docs) {
      t.add(d.key(), d.version(), d.published(), d.outlet(), d.chars(), d.events(), d.title(), d.url());
    }
    t.print(out);
    out.printf(Locale.ROOT, "%d documents%n", docs.size());
    out.flush();
    return 0;
  }
}
