package org.talentflow.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.talentflow.knowledge.Departures;
import org.talentflow.knowledge.view.DeparturesView;
import org.talentflow.knowledge.view.SourceView;
import org.talentflow.knowledge.view.Views;
import org.talentflow.model.Entity;
import org.talentflow.model.EntityType;
import org.talentflow.store.Snapshot;
import org.talentflow.store.Store;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "departures", mixinStandardHelpOptions = true,
    description = {"The departures table of an organization: everyone whose time there ended in the period, with the "
        + "role, the date and its precision, how they left, where they went (or 'not stated'), and every source with "
        + "its outlet, title, date, URL and evidence. A departure undone within days is shown as reversed; what "
        + "cannot be placed in the period (no date, a date coarser than the period, an event the timeline holds back) "
        + "is listed after the table as unplaced."})
final class DeparturesCommand implements Callable<Integer> {
  static final List<String> CSV_COLUMNS = List.of("person", "person_id", "roles", "date", "precision", "how",
      "status", "back_on", "destination", "sources", "source_links");

  @Parameters(paramLabel = "ORG", description = "The organization, by any of its names.")
  String org;

  @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "First day of the period (default: open).")
  String from;

  @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Last day of the period (default: open).")
  String to;

  @ArgGroup(exclusive = true)
  Format format = new Format();

  static final class Format {
    @Option(names = "--json", description = "The table as one JSON object.") boolean json;
    @Option(names = "--csv", description = "One CSV row per departure, its sources in the last columns.") boolean csv;
  }

  @Option(names = "--excel", description = "With --csv: start with a byte-order mark so that Excel reads UTF-8.")
  boolean excel;

  @Mixin StoreOption store;
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  static LocalDate date(CommandLine.Model.CommandSpec spec, String value, String flag) {
    if (value == null) {
      return null;
    }
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), flag + " expects a date like 2024-01-01, not '"
          + value + "'");
    }
  }

  @Override
  public Integer call() throws IOException {
    LocalDate f = date(spec, from, "--from");
    LocalDate t = date(spec, to, "--to");
    if (f != null && t != null && t.isBefore(f)) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--to " + t + " is before --from " + f);
    }
    if (excel && !format.csv) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--excel goes with --csv");
    }
    PrintWriter out = spec.commandLine().getOut();
    DeparturesView v;
    try (Store db = store.read()) {
      Entity o = KnowledgeCommands.entity(spec, db, org, EntityType.ORG);
      Snapshot k = Snapshot.of(db);
      v = Views.departures(Departures.of(k.knowledge(), o, f, t, k::document));
    }
    if (format.json) {
      Json.line(out, v);
    } else if (format.csv) {
      csv(v, out, excel);
    } else {
      print(v, out);
    }
    out.flush();
    return 0;
  }

  static void csv(DeparturesView v, java.io.Writer w, boolean excel) throws IOException {
    List<Map<String, Object>> rows = new ArrayList<>();
    for (DeparturesView.RowView r : v.rows()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("person", r.person().name());
      m.put("person_id", r.person().id());
      m.put("roles", String.join("、", r.roles()));
      m.put("date", r.date() == null ? "" : r.date());
      m.put("precision", r.precision());
      m.put("how", r.how());
      m.put("status", r.status());
      m.put("back_on", r.backOn() == null ? "" : r.backOn());
      m.put("destination", r.destination());
      m.put("sources", String.join("\n", r.sources().stream().map(DeparturesCommand::cite).toList()));
      m.put("source_links", String.join("\n", r.sources().stream().map(s -> s.url() == null ? s.doc() : s.url())
          .distinct().toList()));
      rows.add(m);
    }
    Csv.write(w, CSV_COLUMNS, rows, excel);
  }

  /** "supports: outlet · title · date · url · doc [start,end) «evidence»", leaving out what is unknown. */
  static String cite(SourceView s) {
    List<String> parts = new ArrayList<>();
    for (String p : new String[] {s.outlet(), s.title(), s.published(), s.url()}) {
      if (p != null && !p.isBlank()) {
        parts.add(p.strip());
      }
    }
    parts.add(s.doc() + " [" + s.evidence().start() + "," + s.evidence().end() + ") «" + s.evidence().text() + "»");
    return (s.supports() == null ? "" : s.supports() + ": ") + String.join(" · ", parts);
  }

  static void print(DeparturesView v, PrintWriter out) {
    String period = v.from() == null && v.to() == null ? "" : " from " + (v.from() == null ? "the start" : v.from())
        + " to " + (v.to() == null ? "now" : v.to());
    out.println(v.org().name() + ": " + v.count() + " departure" + (v.count() == 1 ? "" : "s") + period
        + " (sources up to " + v.asOf() + ")");
    Table t = new Table("PERSON", "ROLE", "DATE", "PRECISION", "HOW", "STATUS", "DESTINATION", "SOURCES");
    for (DeparturesView.RowView r : v.rows()) {
      t.add(r.person().name(), String.join("、", r.roles()),
          (r.date() == null ? "?" : r.date()) + (r.otherDates().isEmpty() ? "" : " (also " + String.join(", ", r.otherDates()) + ")"),
          r.precision(), r.how(), r.status() + (r.backOn() == null ? "" : " (back " + r.backOn() + ")"),
          r.destination(), r.sources().stream().map(SourceView::doc).distinct().count());
    }
    t.print(out);
    out.println();
    out.println("sources:");
    for (DeparturesView.RowView r : v.rows()) {
      out.println("  " + r.person().name() + ":");
      r.sources().forEach(s -> out.println("    " + cite(s)));
    }
    if (!v.unplaced().isEmpty()) {
      out.println();
      out.println("unplaced (" + v.unplaced().size() + "):");
      for (DeparturesView.UnplacedRowView u : v.unplaced()) {
        out.println("  " + u.person().name() + " " + u.type() + (u.date() == null ? "" : " " + u.date()) + ": "
            + u.reason());
        u.sources().forEach(s -> out.println("    " + cite(s)));
      }
    }
  }
}
