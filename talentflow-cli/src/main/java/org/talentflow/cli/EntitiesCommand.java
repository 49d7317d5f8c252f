package org.talentflow.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.talentflow.knowledge.view.EntitySummaryView;
import org.talentflow.knowledge.view.Views;
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

  static EntitySummaryView summary(Entity e, Map<String, int[]> counts) {
    int[] c = counts.getOrDefault(e.id(), new int[2]);
    return new EntitySummaryView(e.id(), e.type().name(), e.name(), Views.aliases(e), c[0], c[1]);
  }

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    List<Entity> entities;
    Map<String, int[]> counts;
    try (Store db = store.read()) {
      entities = db.entities();
      counts = db.mentionCounts();
    }
    if (json) {
      entities.forEach(e -> Json.line(out, summary(e, counts)));
      out.flush();
      return 0;
    }
    Table t = new Table("ID", "TYPE", "NAME", "MENTIONS", "DOCS", "ALIASES");
    for (Entity e : entities) {
      EntitySummaryView v = summary(e, counts);
      t.add(e.id(), e.type(), e.name(), v.mentions(), v.documents(), String.join(" | ", v.aliases()));
    }
    t.print(out);
    out.printf(Locale.ROOT, "%d entities%n", entities.size());
    out.flush();
    return 0;
  }
}
