package org.talentflow.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.talentflow.knowledge.Contradictions;
import org.talentflow.knowledge.Interval;
import org.talentflow.knowledge.view.ContradictionView;
import org.talentflow.knowledge.view.FlowsView;
import org.talentflow.knowledge.view.MergedEventView;
import org.talentflow.knowledge.view.MoveView;
import org.talentflow.knowledge.view.PersonView;
import org.talentflow.knowledge.view.RosterView;
import org.talentflow.knowledge.view.SourceView;
import org.talentflow.knowledge.view.SpellView;
import org.talentflow.knowledge.view.StatsView;
import org.talentflow.knowledge.view.UnplacedView;
import org.talentflow.knowledge.view.Views;
import org.talentflow.model.Claim;
import org.talentflow.model.Entity;
import org.talentflow.model.EntityType;
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

  /** An entity by any name; a usage error when none, or when it is not of the wanted type (null: any). */
  static Entity entity(CommandLine.Model.CommandSpec spec, Store db, String name, EntityType want) {
    Entity e = db.findEntity(name).orElseThrow(() -> new CommandLine.ParameterException(spec.commandLine(),
        "no person or organization is called '" + name + "'"));
    if (want != null && e.type() != want) {
      throw new CommandLine.ParameterException(spec.commandLine(), "'" + e.name() + "' is "
          + (e.type() == EntityType.PERSON ? "a person, not an organization" : "an organization, not a person"));
    }
    return e;
  }

  static String sources(List<SourceView> sources) {
    List<String> docs = sources.stream().map(SourceView::doc).distinct().toList();
    return docs.size() + " source" + (docs.size() == 1 ? "" : "s") + ": " + String.join(", ", docs);
  }

  @Command(name = "person", mixinStandardHelpOptions = true,
      description = "A person's timeline: merged events with their sources, spells per organization, and events "
          + "the timeline could not place.")
  static final class Person implements Callable<Integer> {
    @Parameters(paramLabel = "NAME") String name;
    @Option(names = "--json", description = "One JSON object.") boolean json;
    @Mixin StoreOption store;
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      PersonView v;
      try (Store db = store.read()) {
        Entity p = entity(spec, db, name, EntityType.PERSON);
        Snapshot k = Snapshot.of(db);
        v = Views.person(k.knowledge(), p, k::document);
      }
      if (json) {
        Json.line(out, v);
        out.flush();
        return 0;
      }
      out.println(v.person().name() + "  (" + String.join(" | ", v.person().aliases()) + ")");
      out.println();
      out.println("timeline:");
      Table t = new Table("TIME", "EVENT", "ORG", "ROLE", "POLARITY", "SOURCES");
      for (MergedEventView e : v.timeline()) {
        String time = e.time() == null ? "?" : e.time();
        if (!e.alternatives().isEmpty()) {
          time += " (also " + String.join(", ", e.alternatives().stream().map(MergedEventView.AlternativeView::time).toList()) + ")";
        }
        t.add(time, e.type(), e.org() == null ? null : e.org().name()
                + (e.otherOrgs().isEmpty() ? "" : " ↔ " + e.otherOrgs().get(0).name()),
            e.roles().isEmpty() ? null : String.join("、", e.roles()), e.polarity(), sources(e.sources()));
      }
      t.print(out);
      out.println();
      out.println("spells:");
      Table st = new Table("ORG", "FROM", "TO", "ROLES", "STATUS");
      for (SpellView s : v.spells()) {
        String to = s.ending() == null ? "(still)" : (s.end() == null ? "?" : s.end()) + " "
            + (s.endType() != null ? s.endType() : s.ending().toUpperCase(Locale.ROOT));
        st.add(s.org().name(), s.start() == null ? "(before)" : s.start(), to, String.join("、", s.roles()), s.status());
      }
      st.print(out);
      if (!v.unplaced().isEmpty()) {
        out.println();
        out.println("unplaced (held back from the spells):");
        Table u = new Table("TIME", "EVENT", "ORG", "REASON", "SOURCES");
        for (UnplacedView x : v.unplaced()) {
          u.add(x.event().time() == null ? "?" : x.event().time(), x.event().type(),
              x.event().org() == null ? null : x.event().org().name(), x.reason(), sources(x.event().sources()));
        }
        u.print(out);
      }
      out.flush();
      return 0;
    }
  }

  @Command(name = "roster", mixinStandardHelpOptions = true,
      description = "Who was at an organization at a date, in what role, with what status. People who left at a "
          + "date no source states are listed apart: they may or may not have been there.")
  static final class Roster implements Callable<Integer> {
    @Parameters(paramLabel = "ORG") String org;
    @Option(names = "--at", paramLabel = "YYYY-MM-DD", description = "The date (default: the latest publication date).")
    String at;
    @Option(names = "--json", description = "One JSON object.") boolean json;
    @Mixin StoreOption store;
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      RosterView v;
      try (Store db = store.read()) {
        Entity o = entity(spec, db, org, EntityType.ORG);
        Snapshot k = Snapshot.of(db);
        LocalDate date;
        try {
          date = at == null ? k.knowledge().asOf() : LocalDate.parse(at);
        } catch (DateTimeParseException e) {
          throw new CommandLine.ParameterException(spec.commandLine(), "--at expects a date like 2023-11-18, not '" + at + "'");
        }
        v = roster(k, o, date);
      }
      if (json) {
        Json.line(out, v);
        out.flush();
        return 0;
      }
      List<RosterView.Member> sure = v.items().stream().filter(RosterView.Member::certain).toList();
      List<RosterView.Member> unsure = v.items().stream().filter(m -> !m.certain()).toList();
      out.println(v.org().name() + " at " + v.at() + ": " + sure.size() + " people known to be there");
      Table t = new Table("PERSON", "ROLES", "SINCE", "STATUS");
      sure.forEach(r -> t.add(r.person().name(), String.join("、", r.roles()), r.since() == null ? "-" : r.since(), r.status()));
      t.print(out);
      if (!unsure.isEmpty()) {
        out.println();
        out.println("and " + unsure.size() + " who left at a date no source states (there or not):");
        Table u = new Table("PERSON", "ROLES", "SINCE", "STATUS");
        unsure.forEach(r -> u.add(r.person().name(), String.join("、", r.roles()), r.since() == null ? "-" : r.since(), r.status()));
        u.print(out);
      }
      out.flush();
      return 0;
    }

    static RosterView roster(Snapshot k, Entity o, LocalDate date) {
      List<String> dates = k.knowledge().merged().stream()
          .filter(m -> o.id().equals(m.orgId()) && m.time() != null)
          .map(m -> Interval.of(m.time()).start().toString()).distinct().sorted().toList();
      return Views.roster(o, date.toString(), k.knowledge().asOf().toString(), k.knowledge().roster(o.id(), date), dates);
    }
  }

  @Command(name = "flows", mixinStandardHelpOptions = true,
      description = "Where an organization's people went, and where its newcomers came from, with names and counts. "
          + "Moves undone within days are listed apart, not counted.")
  static final class Flows implements Callable<Integer> {
    @Parameters(paramLabel = "ORG") String org;
    @Option(names = "--by", paramLabel = "year", description = "Break destinations down by year of departure.")
    String by;
    @Option(names = "--year", paramLabel = "YYYY", description = "Only moves in this year.") Integer year;
    @Option(names = "--json", description = "One JSON object.") boolean json;
    @Mixin StoreOption store;
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      if (by != null && !by.equals("year")) {
        throw new CommandLine.ParameterException(spec.commandLine(), "--by takes 'year', not '" + by + "'");
      }
      FlowsView f;
      try (Store db = store.read()) {
        Entity o = entity(spec, db, org, EntityType.ORG);
        f = Views.flows(o, year, Snapshot.of(db).knowledge().flows(o.id(), year));
      }
      if (json) {
        Json.line(out, f);
        out.flush();
        return 0;
      }
      out.println("from " + f.org().name() + (year == null ? "" : " in " + year) + " to:");
      if (by != null) {
        Table t = new Table("YEAR", "DESTINATION", "PEOPLE", "WHO");
        Map<String, List<String[]>> byYear = new TreeMap<>();
        for (FlowsView.FlowView d : f.destinations()) {
          for (MoveView m : d.people()) {
            byYear.computeIfAbsent(yearOf(m.time()), y -> new ArrayList<>()).add(new String[] {d.other().name(), m.person().name()});
          }
        }
        for (MoveView m : f.unknownDestination()) {
          byYear.computeIfAbsent(yearOf(m.time()), y -> new ArrayList<>()).add(new String[] {"(not stated)", m.person().name()});
        }
        byYear.forEach((y, moves) -> {
          Map<String, List<String>> byDest = new TreeMap<>();
          moves.forEach(m -> byDest.computeIfAbsent(m[0], x -> new ArrayList<>()).add(m[1]));
          byDest.forEach((d, who) -> t.add(y, d, who.size(), String.join(", ", who)));
        });
        t.print(out);
      } else {
        Table t = new Table("DESTINATION", "PEOPLE", "WHO");
        for (FlowsView.FlowView d : f.destinations()) {
          t.add(d.other().name(), d.count(), who(d.people()));
        }
        t.add("(not stated)", f.unknownDestination().size(), who(f.unknownDestination()));
        t.print(out);
      }
      if (!f.reversed().isEmpty()) {
        out.println();
        out.println("moves undone within days (not counted):");
        Table r = new Table("TO", "PEOPLE", "WHO");
        f.reversed().forEach(d -> r.add(d.other().name(), d.count(), who(d.people())));
        r.print(out);
      }
      out.println();
      out.println("to " + f.org().name() + " from:");
      Table t2 = new Table("ORIGIN", "PEOPLE", "WHO");
      for (FlowsView.FlowView d : f.origins()) {
        t2.add(d.other().name(), d.count(), who(d.people()));
      }
      t2.print(out);
      out.flush();
      return 0;
    }

    private static String yearOf(String time) {
      Interval i = Interval.of(time);
      return i == null ? "unknown" : i.start().getYear() == i.end().getYear() ? String.valueOf(i.start().getYear())
          : "unknown";
    }

    private static String who(List<MoveView> moves) {
      return String.join(", ", moves.stream().map(m -> m.person().name() + (m.time() != null ? " (" + m.time() + ")" : ""))
          .toList());
    }
  }

  @Command(name = "stats", mixinStandardHelpOptions = true,
      description = "Departures per period with the people behind each count, cofounders and their status, "
          + "organizations founded by alumni.")
  static final class Stats implements Callable<Integer> {
    @Parameters(paramLabel = "ORG") String org;
    @Option(names = "--quarters", description = "Departures per quarter instead of per year.") boolean quarters;
    @Option(names = "--json", description = "One JSON object.") boolean json;
    @Mixin StoreOption store;
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      StatsView s;
      try (Store db = store.read()) {
        Entity o = entity(spec, db, org, EntityType.ORG);
        Snapshot k = Snapshot.of(db);
        s = Views.stats(o, k.knowledge().asOf().toString(), quarters, k.knowledge().stats(o.id(), quarters));
      }
      if (json) {
        Json.line(out, s);
        out.flush();
        return 0;
      }
      out.println(s.org().name() + " (as of " + s.asOf() + ")");
      out.println();
      out.println("departures per " + s.period() + ":");
      Table t = new Table("PERIOD", "PEOPLE", "WHO");
      s.departures().forEach((p, moves) -> t.add(p, moves.size(),
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
      s.foundedByAlumni().forEach(x -> v.add(x.org().name(), x.founder().name(), x.time() == null ? "?" : x.time()));
      v.print(out);
      out.flush();
      return 0;
    }
  }

  @Command(name = "claims", mixinStandardHelpOptions = true, description = "Numbers and dates the articles state.")
  static final class Claims implements Callable<Integer> {
    @Option(names = "--json", description = "One JSON object per line.") boolean json;
    @Mixin StoreOption store;
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      try (Store db = store.read()) {
        Map<String, org.talentflow.knowledge.DocumentInfo> docs = db.documentInfo();
        Table t = new Table("SUBJECT", "QUANTITY", "VALUE", "AS OF", "DOC", "EVIDENCE");
        for (Claim c : db.claims()) {
          if (json) {
            Json.line(out, Views.claim(c, docs::get));
          } else {
            t.add(c.subject(), c.quantity(), c.value(), c.asOf(), c.evidence().doc(), c.evidence().text());
          }
        }
        if (!json) {
          t.print(out);
        }
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
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      try (Store db = store.read()) {
        Snapshot k = Snapshot.of(db);
        List<Contradictions.Contradiction> all = Contradictions.find(k.knowledge(), k.claims(), k.published());
        for (Contradictions.Contradiction c : all) {
          ContradictionView v = Views.contradiction(c, k::document);
          if (json) {
            Json.line(out, v);
            continue;
          }
          out.println("[" + v.kind() + "] " + v.about() + " — " + v.note());
          for (ContradictionView.SideView s : v.sides()) {
            out.println("    " + s.says());
            for (SourceView e : s.evidence()) {
              out.println("        " + e.doc() + " [" + e.evidence().start() + "," + e.evidence().end() + ") «"
                  + e.evidence().text() + "»" + (e.outlet() == null ? "" : " (" + e.outlet() + ")"));
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
