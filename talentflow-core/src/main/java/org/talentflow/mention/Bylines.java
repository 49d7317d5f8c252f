package org.talentflow.mention;

import java.util.ArrayList;
import java.util.List;
import org.talentflow.model.EntityType;
import org.talentflow.pattern.Lexicon;

/**
 * The people of a byline: a short line of its own that is a byline word (@byline: 作者, 记者, 编辑 …), a separator and
 * one or more names, perhaps closed by a word such as 报道 (@byline-end): "作者 | 张三", "记者:李四 王五 北京报道",
 * "编辑丨赵六". Each name is the whole run of two to four Han characters, a pen name too, which no name recognizer
 * needs to know; a line with anything else on it is no byline ("作者认为…").
 */
final class Bylines {
  /** The longest line read as a byline. */
  private static final int LONGEST = 40;
  /** What may stand between the byline word and the names, and between names. */
  private static final String SEPARATORS = "|｜丨:：/／?？·•、,， \t\u3000";

  private final List<String> words;
  private final List<String> ends;

  Bylines(Lexicon lexicon) {
    this.words = lexicon.hasWordClass("byline") ? longestFirst(lexicon.words("byline")) : List.of();
    this.ends = lexicon.hasWordClass("byline-end") ? List.copyOf(lexicon.words("byline-end")) : List.of();
  }

  /** The byline names of a normalized text that no earlier finder {@code taken}. */
  List<Mention> find(String text, boolean[] taken) {
    List<Mention> out = new ArrayList<>();
    int start = 0;
    while (start < text.length()) {
      int end = text.indexOf('\n', start);
      end = end < 0 ? text.length() : end;
      if (end - start <= LONGEST) {
        line(text, start, end, taken, out);
      }
      start = end + 1;
    }
    return out;
  }

  private void line(String text, int from, int to, boolean[] taken, List<Mention> out) {
    int p = skip(text, from, to, " \t\u3000");
    String word = words.stream().filter(w -> text.startsWith(w, p) && p + w.length() <= to).findFirst().orElse(null);
    if (word == null) {
      return;
    }
    int q = p + word.length();
    int afterSeparator = skip(text, q, to, SEPARATORS);
    if (afterSeparator == q) {
      return; // "作者认为": a word of the sentence, not a byline
    }
    List<Mention> names = new ArrayList<>();
    for (int at = afterSeparator; at < to; at = skip(text, at, to, SEPARATORS)) {
      int runEnd = at;
      while (runEnd < to && Character.UnicodeScript.of(text.charAt(runEnd)) == Character.UnicodeScript.HAN) {
        runEnd++;
      }
      String run = text.substring(at, runEnd);
      String closing = ends.stream().filter(run::endsWith).findFirst().orElse(null);
      if (closing != null) {
        if (skip(text, runEnd, to, SEPARATORS + "。.") < to) {
          return; // a closing word ends the line
        }
        break;
      }
      if (run.length() < 2 || run.length() > 4 || anyTaken(taken, at, runEnd)) {
        return;
      }
      names.add(new Mention(EntityType.PERSON, at, runEnd, run, "byline", null));
      at = runEnd;
    }
    out.addAll(names);
  }

  private static int skip(String text, int at, int to, String chars) {
    while (at < to && chars.indexOf(text.charAt(at)) >= 0) {
      at++;
    }
    return at;
  }

  private static boolean anyTaken(boolean[] taken, int from, int to) {
    for (int i = from; i < to; i++) {
      if (taken[i]) {
        return true;
      }
    }
    return false;
  }

  private static List<String> longestFirst(java.util.Collection<String> ws) {
    return ws.stream().sorted((a, b) -> b.length() - a.length()).toList();
  }
}
