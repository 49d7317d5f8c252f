package org.talentflow.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.talentflow.store.Store;
import org.talentflow.store.StoredDocument;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "docs", mixinStandardHelpOptions = true, description = "Lists the stored documents and their versions.")
final class DocsCommand implements Callable<Integer> {
  @Mixin StoreOption store;

  @Option(names = "--json", description = "One JSON object per line.")
  boolean json;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    List<StoredDocument> docs;
    try (Store db = Store.open(store.url)) {
      docs = db.documents();
    }
    if (json) {
      for (StoredDocument d : docs) {
        ObjectNode n = Json.MAPPER.createObjectNode();
        n.put("doc", d.key());
        n.put("version", d.version());
        n.put("hash", d.hash());
        n.put("title", d.title());
        n.put("published", d.published());
        n.put("source", d.source());
        n.put("url", d.url());
        n.put("chars", d.chars());
        n.put("events", d.events());
        n.put("ingested_at", d.ingestedAt());
        out.println(Json.MAPPER.writeValueAsString(n));
      }
      out.flush();
      return 0;
    }
    Table t = new Table("DOC", "VERSION", "PUBLISHED", "CHARS", "EVENTS", "TITLE");
    for (StoredDocument d : docs) {
      t.add(d.key(), d.version(), d.published(), d.chars(), d.events(), d.title());
    }
    t.print(out);
    out.printf(Locale.ROOT, "%d documents%n", docs.size());
    out.flush();
    return 0;
  }
}
