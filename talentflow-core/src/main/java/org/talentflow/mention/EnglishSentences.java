package org.talentflow.mention;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;
import org.talentflow.text.Sentence;
import org.talentflow.token.OpenNlpTokenizer;

/**
 * The sentences of an English document as its lattices are cut: the splitter's, with a cut after an abbreviation or an
 * initial undone ("Gen. Stanley McChrystal", "David L. Calhoun"), then cut further where OpenNLP's sentence model sees
 * an end and the next sentence opens as one does; and which of them are headlines (a short line of its own).
 */
final class EnglishSentences {
  /** Abbreviations that end with a period and take a name after them: they never end a sentence. */
  private static final Set<String> ABBREVIATIONS = Set.of("mr", "mrs", "ms", "dr", "gen", "sen",
      "rep", "gov", "lt", "col", "adm", "sgt", "capt", "maj", "prof", "rev", "st", "mt", "no", "vs", "messrs", "hon");

  private EnglishSentences() {}

  /**
   * The sentences of the splitter, cut further where the sentence model sees an end and the next sentence opens as
   * one does (a capital letter, a digit, a quote): the model alone also cuts after "Corp." before "on Monday".
   */
  static List<Sentence> refine(String text, List<Sentence> sentences, Supplier<OpenNlpTokenizer> tokenizer) {
    List<Sentence> out = new ArrayList<>();
    for (Sentence s : joined(text, sentences)) {
      int start = s.start();
      for (Sentence part : tokenizer.get().sentences(text, s.start(), s.end())) {
        if (part.start() > start && opensSentence(text.charAt(part.start()))
            && !afterAbbreviation(text, start, part.start())) {
          out.add(new Sentence(start, trimEnd(text, start, part.start())));
          start = part.start();
        }
      }
      out.add(new Sentence(start, s.end()));
    }
    return out;
  }

  /** The splitter's sentences, with a cut after an abbreviation in the same line undone ("Gen. Stanley McChrystal"). */
  private static List<Sentence> joined(String text, List<Sentence> sentences) {
    List<Sentence> out = new ArrayList<>();
    for (Sentence s : sentences) {
      if (!out.isEmpty()) {
        Sentence last = out.get(out.size() - 1);
        if (afterAbbreviation(text, last.start(), last.end()) && text.substring(last.end(), s.start()).indexOf('\n') < 0) {
          out.set(out.size() - 1, new Sentence(last.start(), s.end()));
          continue;
        }
      }
      out.add(s);
    }
    return out;
  }

  /** A line of its own, of a few words, with no sentence end: a headline or a subheading. */
  static boolean headline(String text, Sentence s) {
    boolean ownLine = (s.start() == 0 || text.charAt(s.start() - 1) == '\n')
        && (s.end() == text.length() || text.charAt(s.end()) == '\n');
    char last = text.charAt(s.end() - 1);
    return ownLine && ".!?\"”'’".indexOf(last) < 0 && text.substring(s.start(), s.end()).split(" ").length <= 20;
  }

  /** Whether the text before a cut ends with an initial ("David L. Calhoun") or such an abbreviation. */
  private static boolean afterAbbreviation(String text, int from, int cut) {
    int e = trimEnd(text, from, cut);
    if (e <= from || text.charAt(e - 1) != '.') {
      return false;
    }
    int b = e - 1;
    while (b > from && Character.isLetter(text.charAt(b - 1))) {
      b--;
    }
    String word = text.substring(b, e - 1);
    boolean initial = word.length() == 1 && Character.isUpperCase(word.charAt(0));
    return initial || ABBREVIATIONS.contains(word.toLowerCase(Locale.ROOT));
  }

  private static boolean opensSentence(char c) {
    return Character.isUpperCase(c) || Character.isDigit(c) || "\"“‘'(".indexOf(c) >= 0;
  }

  private static int trimEnd(String text, int start, int end) {
    int e = end;
    while (e > start + 1 && Character.isWhitespace(text.charAt(e - 1))) {
      e--;
    }
    return e;
  }
}
