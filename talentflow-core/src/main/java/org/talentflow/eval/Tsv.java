package org.talentflow.eval;

import java.util.ArrayList;
import java.util.List;

/**
 * Tab-separated records as Python's csv module writes them with {@code delimiter="\t"}: a field that holds a tab, a
 * line break or a double quote is enclosed in double quotes, a quote inside doubled. A quote anywhere else is an
 * ordinary character, as the csv reader takes it.
 */
final class Tsv {
  private Tsv() {}

  /** A record and the line it starts on (1-based). */
  record Line(int number, List<String> fields) {}

  /** Every record of {@code text}, blank lines skipped; a closing quote that never comes ends at the end. */
  static List<Line> parse(String text) {
    List<Line> out = new ArrayList<>();
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    int line = 1;
    int start = 1;
    boolean quoted = false;
    boolean atFieldStart = true;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
          field.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          if (c == '\n') {
            line++;
          }
          field.append(c);
        }
      } else if (c == '"' && atFieldStart) {
        quoted = true;
        atFieldStart = false;
      } else if (c == '\t') {
        fields.add(field.toString());
        field.setLength(0);
        atFieldStart = true;
      } else if (c == '\n' || c == '\r') {
        if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          i++;
        }
        fields.add(field.toString());
        field.setLength(0);
        add(out, start, fields);
        fields = new ArrayList<>();
        atFieldStart = true;
        line++;
        start = line;
      } else {
        field.append(c);
        atFieldStart = false;
      }
    }
    if (field.length() > 0 || !fields.isEmpty()) {
      fields.add(field.toString());
      add(out, start, fields);
    }
    return out;
  }

  private static void add(List<Line> out, int number, List<String> fields) {
    if (fields.size() == 1 && fields.get(0).isBlank()) {
      return;
    }
    out.add(new Line(number, List.copyOf(fields)));
  }
}
