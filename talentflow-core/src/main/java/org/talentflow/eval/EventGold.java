package org.talentflow.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.talentflow.model.EventType;
import org.talentflow.model.Polarity;

/**
 * A gold events table in the format of ../shared/corpus/real-dev: tab-separated, UTF-8, a header naming the columns
 * {@code doc type person org other_org role time polarity note} (only doc, type and person are required; {@code sid}
 * is read as doc). The person and organization cells list their alternatives separated by {@code |}. A row that
 * cannot be scored (unknown type or polarity, no person) is listed in {@link #problems()} and left out.
 */
public record EventGold(Path file, List<Row> rows, List<String> problems) {
  public EventGold {
    rows = List.copyOf(rows);
    problems = List.copyOf(problems);
  }

  /** One gold event. {@code time} and {@code polarity} are empty when the gold gives none. */
  public record Row(int line, String doc, EventType type, List<String> persons, List<String> orgs, String otherOrg,
      String role, String time, String polarity, String note) {
    public Row {
      persons = List.copyOf(persons);
      orgs = List.copyOf(orgs);
    }

    /** "dz01 LEFT 某甲 @ 某公司|某司". */
    public String describe() {
      return doc + " " + type + " " + String.join("|", persons) + " @ " + (orgs.isEmpty() ? "-" : String.join("|", orgs));
    }
  }

  private static final Set<String> POLARITIES =
      Arrays.stream(Polarity.values()).map(Polarity::label).collect(Collectors.toUnmodifiableSet());

  /** Reads a gold table; throws when the file cannot be read or its header lacks a required column. */
  public static EventGold load(Path file) throws IOException {
    List<Tsv.Line> lines = Tsv.parse(Files.readString(file, StandardCharsets.UTF_8));
    if (lines.isEmpty()) {
      throw new IOException(file + ": empty gold file");
    }
    List<String> header = lines.get(0).fields().stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).toList();
    int doc = header.indexOf("doc") >= 0 ? header.indexOf("doc") : header.indexOf("sid");
    int type = header.indexOf("type");
    int person = header.indexOf("person");
    if (doc < 0 || type < 0 || person < 0) {
      throw new IOException(file + ": the header must name the columns doc, type and person (it has "
          + String.join(", ", header) + ")");
    }
    int org = header.indexOf("org");
    int otherOrg = header.indexOf("other_org");
    int role = header.indexOf("role");
    int time = header.indexOf("time");
    int polarity = header.indexOf("polarity");
    int note = header.indexOf("note") >= 0 ? header.indexOf("note") : header.indexOf("evidence");
    List<Row> rows = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    for (Tsv.Line l : lines.subList(1, lines.size())) {
      List<String> f = l.fields();
      String where = file + ":" + l.number() + ": ";
      String typeName = cell(f, type);
      EventType t = Arrays.stream(EventType.values()).filter(v -> v.name().equals(typeName)).findFirst().orElse(null);
      String pol = cell(f, polarity);
      List<String> persons = alternatives(cell(f, person));
      if (cell(f, doc).isEmpty()) {
        problems.add(where + "no doc, row skipped");
      } else if (t == null) {
        problems.add(where + "unknown event type '" + typeName + "', row skipped");
      } else if (persons.isEmpty()) {
        problems.add(where + "no person, row skipped");
      } else if (!pol.isEmpty() && !POLARITIES.contains(pol)) {
        problems.add(where + "unknown polarity '" + pol + "', row skipped");
      } else {
        rows.add(new Row(l.number(), cell(f, doc), t, persons, alternatives(cell(f, org)), cell(f, otherOrg),
            cell(f, role), cell(f, time), pol, cell(f, note)));
      }
    }
    return new EventGold(file, rows, problems);
  }

  private static String cell(List<String> fields, int column) {
    return column >= 0 && column < fields.size() ? fields.get(column).strip() : "";
  }

  private static List<String> alternatives(String cell) {
    return Arrays.stream(cell.split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).toList();
  }
}
