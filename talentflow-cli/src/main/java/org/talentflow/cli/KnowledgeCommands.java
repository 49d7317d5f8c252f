package org.talentflow.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.talentflow.knowledge.Contradictions;
import org.talentflow.knowledge.Knowledge;
import org.talentflow.knowledge.MergedEvent;
import org.talentflow.knowledge.Source;
import org.talentflow.knowledge.Spell;
import org.talentflow.model.Claim;
import org.talentflow.model.Entity;
import org.talentflow.model.Evidence;
import org.talentflow.store.Snapshot;
import org.talentflow.store.Store;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Knowledge queries: events merged across articles into timelines, rosters, flows, statistics, contradictions. */
final class KnowledgeCommands {
  private KnowledgeCommands() {}

  static Entity entity(CommandLine.Model.CommandSpec spec, Store db, String name) {
    return db.findEntity(name).orElseThrow(() -> new CommandLine.ParameterException(spec.commandLine(),
        "no person or organization is called '" + name + "'"));
  }

  static String sources(List<Source> sources) {
    return sources.size() + " source" + (sources.size() == 1 ? "" : "s") + ": " + String.join(", ",
        sources.stream().map(Source::doc).distinct().toList());
  }

  static ObjectNode evidence(Evidence e) {
    return Json.MAPPER.createObjectNode().put("doc", e.doc()).put("start", e.start()).put("end", e.end())
        .put("text", e.text());
  }

  @Command(name = "person", mixinStandardHelpOptions = true,
      description = "A person's timeline: merged events with their sources, and spells per organization.")
  static final class Person implements Callable<Integer> {
    @Parameters(paramLabel = "NAME") String name;
    @Mixin StoreOption store;
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      try (Store db = Store.open(store.url)) {
        Entity p = entity(spec, db, name);
        Snapshot k = Snapshot.of(db);
        out.println(p.name() + "  (" + String.join(" | ", p.aliases()) + ")");
        out.println();
        out.println("timeline:");
        Table t = new Table("TIME", "EVENT", "ORG", "ROLE", "POLARITY", "SOURCES");
        List<MergedEvent> mine = k.knowledge().merged().stream().filter(e -> e.person().id().equals(p.id())).toList();
        for (MergedEvent e : Knowledge.orderForDisplay(mine)) {
          String time = e.time() == null ? "?" : e.time();
          if (!e.alternatives().isEmpty()) {
            time += " (also " + String.join(", ", e.alternatives().stream().map(MergedEvent.Alternative::time).toList()) + ")";
          }
          t.add(time, e.type(), e.org() == null ? null : e.org().name()
                  + (e.otherOrgs().isEmpty() ? "" : " ↔ " + e.otherOrgs().get(0).name()),
              e.roles().isEmpty() ? null : String.join("、", e.roles()), e.polarity().label(), sources(e.sources()));
        }
        t.print(out);
        out.println();
        out.println("spells:");
        Table st = new Table("ORG", "FROM", "TO", "ROLES", "STATUS");
        for (Spell s : k.knowledge().spellsOf(p.id())) {
          st.add(s.org().name(), s.start() == null ? "(before)" : s.start(),
              s.endType() == null ? "(still)" : (s.end() == null ? "?" : s.end()) + " " + s.endType(),
              String.join("、", s.roles()), k.knowledge().statusNow(p.id(), s.org().id()));
        }
        st.print(out);
      }
      out.flush();
      return 0;
    }
  }

  @Command(name = "roster", mixinStandardHelpOptions = true,
      description = "Who was at an organization at a date, in what role, with what status.")
  static final class Roster implements Callable<Integer> {
    @Parameters(paramLabel = "ORG") String org;
    @Option(names = "--at", paramLabel = "YYYY-MM-DD", description = "The date (default: the latest publication date).")
    String at;
    @Option(names = "--json", description = "One JSON object per line.") boolean json;
    @Mixin StoreOption store;
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
      PrintWriter out = spec.commandLine().getOut();
      try (Store db = Store.open(store.url)) {
        Entity o = entity(spec, db, org);
        Snapshot k = Snapshot.of(db);
        LocalDate date;
        try {
          date = at == null ? k.knowledge().asOf() : LocalDate.parse(at);
        } catch (DateTimeParseException e) {
          throw new CommandLine.ParameterException(spec.commandLine(), "--at expects a date like 2023-11-18, not '" + at + "'");
        }
        List<Knowledge.RosterEntry> roster = k.knowledge().roster(o.id(), date);
        if (json) {
          for (Knowledge.RosterEntry r : roster) {
            ObjectNode n = Json.MAPPER.createObjectNode().put("org", o.name()).put("at", date.toString());
            n.set("person", Json.entity(r.person()));
            n.putArray("roles").addAll(r.roles().stream().map(Json.MAPPER.getNodeFactory()::textNode).toList());
            n.put("since", r.since()).put("status", r.status());
            out.println(Json.MAPPER.writeValueAsString(n));
          }
        } else {
          out.println(o.name() + " at " + date + ": " + roster.size() + " people known to be there");
          Table t = new Table("PERSON", "ROLES", "SINCE", "STATUS");
          roster.forEach(r -> t.add(r.person().name(), String.join("、", r.roles()), r.since() == null ? "-" : r.since(),
              r.status()));
          t.print(out);
        }
      }
      out.flush();
      return 0;
    }
  }

  @Command(name = "flows", mixinStandardHelpOptions = true,
      description = "Where an organization's people went, and where its newcomers came from, with names and counts.")
  static final class Flows implements Callable<Integer> {
    @Parameters(paramLabel = "ORG") String org;
    @Option(names = "--by", paramLabel = "year", description = "Also break destinations down by year of departure.")
    String by;
    @Mixin StoreOption store;
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      if (by != null && !by.equals("year")) {
        throw new CommandLine.ParameterException(spec.commandLine(), "--by takes 'year', not '" + by + "'");
      }
      try (Store db = Store.open(store.url)) {
        Entity o = entity(spec, db, org);
        Knowledge.Flows f = Snapshot.of(db).knowledge().flows(o.id());
        out.println("from " + o.name() + " to:");
        Table t = new Table("DESTINATION", "PEOPLE", "WHO");
        for (Knowledge.Flow d : f.destinations()) {
          t.add(d.other().name(), d.moves().size(), who(d.moves(), by != null));
        }
        t.add("(not stated)", f.unknownDestination().size(), who(f.unknownDestination(), by != null));
        t.print(out);
        out.println();
        out.println("to " + o.name() + " from:");
        Table t2 = new Table("ORIGIN", "PEOPLE", "WHO");
        for (Knowledge.Flow d : f.origins()) {
          t2.add(d.other().name(), d.moves().size(), who(d.moves(), by != null));
        }
        t2.print(out);
      }
      out.flush();
      return 0;
    }

    private static String who(List<Knowledge.Move> moves, boolean withYear) {
      return String.join(", ", moves.stream().map(m -> m.person().name()
          + (withYear || m.time() != null ? " (" + (m.time() == null ? "?" : m.time()) + ")" : "")).toList());
    }
  }

  @Command(name = "stats", mixinStandardHelpOptions = true,
      description = "Departures per period, cofounders and their status, organizations founded by alumni.")
  static final class Stats implements Callable<Integer> {
    @Parameters(paramLabel = "ORG") String org;
    @Option(names = "--quarters", description = "Departures per quarter instead of per year.") boolean quarters;
    @Mixin StoreOption store;
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      try (Store db = Store.open(store.url)) {
        Entity o = entity(spec, db, org);
        Snapshot k = Snapshot.of(db);
        Knowledge.Stats s = k.knowledge().stats(o.id(), quarters);
        out.println(o.name() + " (as of " + k.knowledge().asOf() + ")");
        out.println();
        out.println("departures per " + (quarters ? "quarter" : "year") + ":");
        Table t = new Table("PERIOD", "PEOPLE", "WHO");
        s.departuresByPeriod().forEach((p, moves) -> t.add(p, moves.size(),
            String.join(", ", moves.stream().map(m -> m.person().name() + " (" + m.how() + ")").toList())));
        t.print(out);
        out.println();
        long remaining = s.cofounders().stream().filter(c -> c.status().startsWith("active")).count();
        long onLeave = s.cofounders().stream().filter(c -> c.status().startsWith("on leave")).count();
        out.println("cofounders: " + s.cofounders().size() + " known, " + remaining + " active"
            + (onLeave > 0 ? ", " + onLeave + " on leave" : ""));
        Table c = new Table("COFOUNDER", "STATUS");
        s.cofounders().forEach(x -> c.add(x.person().name(), x.status()));
        c.print(out);
        out.println();
        out.println("organizations founded by alumni:");
        Table v = new Table("ORGANIZATION", "FOUNDER", "WHEN");
        s.foundedByAlumni().forEach(x -> v.add(x.venture().name(), x.founder().name(), x.time() == null ? "?" : x.time()));
        v.print(out);
      }
      out.flush();
      return 0;
    }
  }

  @Command(name = "claims", mixinStandardHelpOptions = true, description = "Numbers and dates the articles state.")
  static final class Claims implements Callable<Integer> {
    @Mixin StoreOption store;
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      try (Store db = Store.open(store.url)) {
        Table t = new Table("SUBJECT", "QUANTITY", "VALUE", "AS OF", "DOC", "EVIDENCE");
        for (Claim c : db.claims()) {
          t.add(c.subject(), c.quantity(), c.value(), c.asOf(), c.evidence().doc(), c.evidence().text());
        }
        t.print(out);
      }
      out.flush();
      return 0;
    }
  }

  @Command(name = "contradictions", mixinStandardHelpOptions = true,
      description = "Conflicting claims with both sides' evidence: dates, denials, values, and counts vs the graph.")
  static final class ContradictionsCommand implements Callable<Integer> {
    @Option(names = "--json", description = "One JSON object per line.") boolean json;
    @Mixin StoreOption store;
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
      PrintWriter out = spec.commandLine().getOut();
      try (Store db = Store.open(store.url)) {
        Snapshot k = Snapshot.of(db);
        List<Contradictions.Contradiction> all = Contradictions.find(k.knowledge(), k.claims(), k.published());
        for (Contradictions.Contradiction c : all) {
          if (json) {
            ObjectNode n = Json.MAPPER.createObjectNode().put("kind", c.kind().name().toLowerCase(Locale.ROOT))
                .put("about", c.about()).put("note", c.note());
            ArrayNode sides = n.putArray("sides");
            for (Contradictions.Side s : c.sides()) {
              ObjectNode sn = sides.addObject().put("says", s.says());
              ArrayNode ev = sn.putArray("evidence");
              s.evidence().forEach(e -> ev.add(evidence(e)));
            }
            out.println(Json.MAPPER.writeValueAsString(n));
            continue;
          }
          out.println("[" + c.kind().name().toLowerCase(Locale.ROOT) + "] " + c.about() + " — " + c.note());
          for (Contradictions.Side s : c.sides()) {
            out.println("    " + s.says());
            for (Evidence e : s.evidence()) {
              out.println("        " + e.doc() + " [" + e.start() + "," + e.end() + ") «" + e.text() + "»");
            }
          }
        }
        if (!json) {
          out.println(all.size() + " contradictions");
        }
      }
      out.flush();
      return 0;
    }
  }
}
