package org.talentflow.pattern;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One line of a pattern file, compiled: {@code HEAD [option option=value ...]: pattern}. The head names what a match
 * makes (an annotation kind for mention rules, an event type for frames); options qualify it. The comment lines
 * above a rule say what it is for and give an example; {@link #where} names the file and line, for explanations.
 */
public record Rule(String head, Map<String, String> options, Pattern pattern, String where, String comment) {
  public Rule {
    Objects.requireNonNull(head, "head");
    Objects.requireNonNull(pattern, "pattern");
    Objects.requireNonNull(where, "where");
    options = Map.copyOf(options);
    comment = comment == null ? "" : comment;
  }

  public String option(String name) {
    return options.get(name);
  }

  public boolean flag(String name) {
    return options.containsKey(name);
  }

  /** A rule as written, before compiling. */
  public record Source(String head, Map<String, String> options, String pattern, String where, String comment) {}

  /**
   * Parses the lines of a pattern file: blank lines and {@code #} comments between rules; the comment block right
   * above a rule is kept as its documentation. A line that is not a rule fails with its file and line number.
   */
  public static List<Source> parse(List<String> lines, String where) {
    List<Source> out = new ArrayList<>();
    StringBuilder comment = new StringBuilder();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      String at = where + ":" + (i + 1);
      if (line.isEmpty()) {
        comment.setLength(0);
        continue;
      }
      if (line.startsWith("#")) {
        comment.append(line.substring(1).strip()).append('\n');
        continue;
      }
      int colon = line.indexOf(": ");
      if (colon <= 0) {
        throw new IllegalArgumentException(at + ": expected 'HEAD: pattern' in \"" + line + "\"");
      }
      String[] head = line.substring(0, colon).strip().split("\\s+");
      Map<String, String> options = new LinkedHashMap<>();
      for (int k = 1; k < head.length; k++) {
        int eq = head[k].indexOf('=');
        if (eq < 0) {
          options.put(head[k], "");
        } else {
          options.put(head[k].substring(0, eq), head[k].substring(eq + 1));
        }
      }
      out.add(new Source(head[0], options, line.substring(colon + 2).strip(), at, comment.toString().strip()));
      comment.setLength(0);
    }
    return out;
  }

  /** Compiles a rule, naming its file and line when the pattern is wrong. */
  public static Rule compile(Source s, Lexicon lexicon) {
    try {
      return new Rule(s.head(), s.options(), Pattern.compile(s.pattern(), lexicon), s.where(), s.comment());
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(s.where() + ": " + e.getMessage(), e);
    }
  }

  @Override
  public String toString() {
    return head + (options.isEmpty() ? "" : " " + options) + ": " + pattern.source() + " (" + where + ")";
  }
}
