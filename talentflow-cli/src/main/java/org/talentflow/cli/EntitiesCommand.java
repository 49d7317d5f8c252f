package org.talentflow.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.talentflow.model.Entity;
import org.talentflow.store.Store;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "entities", mixinStandardHelpOptions = true,
    description = "Lists the people and organizations in the store with their aliases.")
final class EntitiesCommand implements Callable<Integer> {
  @Mixin StoreOption store;

  @Option(names = "--json", description = "One JSON object per line.")
  boolean json;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    List<Entity> entities;
    java.util.Map<String, int[]> counts;
    try (Store db = Store.open(store.url)) {
      entities = db.entities();
      counts = db.mentionCounts();
    }
    if (json) {
      for (Entity e : entities) {
        int[] c = counts.getOrDefault(e.id(), new int[2]);
        out.println(Json.MAPPER.writeValueAsString(Json.entity(e).put("type", e.type().name())
            .put("mentions", c[0]).put("documents", c[1])));
      }
      out.flush();
      return 0;
    }
    Table t = new Table("ID", "TYPE", "NAME", "MENTIONS", "DOCS", "ALIASES");
    for (Entity e : entities) {
      int[] c = counts.getOrDefault(e.id(), new int[2]);
      t.add(e.id(), e.type(), e.name(), c[0], c[1], String.join(" | ", e.aliases()));
    }
    t.print(out);
    out.printf(Locale.ROOT, "%d entities%n", entities.size());
    out.flush();
    return 0;
  }
}
