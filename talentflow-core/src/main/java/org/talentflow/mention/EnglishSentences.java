package org.talentflow.mention;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;
import org.talentflow.pattern.Lexicon;
import org.talentflow.text.Sentence;
import org.talentflow.token.OpenNlpTokenizer;

/**
 * The sentences of an English document as its lattices are cut: the splitter's, with a cut after an abbreviation or an
 * initial undone ("Gen. Stanley McChrystal", "David L. Calhoun"), then cut further where OpenNLP's sentence model sees
 * an end and the next sentence opens as one does; and which of them are headlines (a short line of its own). The
 * abbreviations are the lexicon's (@abbreviation, @month-abbreviation), so that a pack can add its own.
 */
final class EnglishSentences {
  /** Abbreviations that end with a period and take a name or a number after them: they never end a sentence. */
  private final Set<String> abbreviations;
  /**
   * Months written short ("Jan.", "Sept."): they end no sentence before a day or a year ("on Jan. 25", "Aug. 12,
   * 2024"), which the sentence model cuts before as it would before a number that opens a sentence; before a capital
   * they may end one ("left in Sept. The board met").
   */
  private final Set<String> months;

  /** @param lexicon the English lexicon: its classes @abbreviation and @month-abbreviation, words with their period */
  EnglishSentences(Lexicon lexicon) {
    this.abbreviations = words(lexicon, "abbreviation");
    this.months = words(lexicon, "month-abbreviation");
  }

  private static Set<String> words(Lexicon lexicon, String cls) {
    Set<String> out = new HashSet<>();
    lexicon.words(cls).forEach(w -> out.add(w.toLowerCase(Locale.ROOT)));
    return Set.copyOf(out);
  }

  /**
   * The sentences of the splitter, cut further where the sentence model sees an end and the next sentence opens as
   * one does (a capital letter, a digit, a quote): the model alone also cuts after "Corp." before "on Monday".
   */
  List<Sentence> refine(String text, List<Sentence> sentences, Supplier<OpenNlpTokenizer> tokenizer) {
    List<Sentence> out = new ArrayList<>();
    for (Sentence s : joined(text, sentences)) {
      int start = s.start();
      for (Sentence part : tokenizer.get().sentences(text, s.start(), s.end())) {
        if (part.start() > start && opensSentence(text.charAt(part.start()))
            && !afterAbbreviation(text, start, part.start(), part.start())) {
          out.add(new Sentence(start, trimEnd(text, start, part.start())));
          start = part.start();
        }
      }
      out.add(new Sentence(start, s.end()));
    }
    return out;
  }

  /** The splitter's sentences, with a cut after an abbreviation in the same line undone ("Gen. Stanley McChrystal"). */
  private List<Sentence> joined(String text, List<Sentence> sentences) {
    List<Sentence> out = new ArrayList<>();
    for (Sentence s : sentences) {
      if (!out.isEmpty()) {
        Sentence last = out.get(out.size() - 1);
        if (afterAbbreviation(text, last.start(), last.end(), s.start())
            && text.substring(last.end(), s.start()).indexOf('\n') < 0) {
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

  /**
   * Whether the text before a cut ends with an initial ("David L. Calhoun") or such an abbreviation, or with a month's
   * abbreviation when the text after the cut, at {@code next}, opens with a day or a year ("on Jan. 25").
   */
  private boolean afterAbbreviation(String text, int from, int cut, int next) {
    int e = trimEnd(text, from, cut);
    if (e <= from || text.charAt(e - 1) != '.') {
      return false;
    }
    int b = e - 1;
    while (b > from && Character.isLetter(text.charAt(b - 1))) {
      b--;
    }
    String word = text.substring(b, e).toLowerCase(Locale.ROOT);
    boolean initial = word.length() == 2 && Character.isUpperCase(text.charAt(b));
    return initial || abbreviations.contains(word)
        || months.contains(word) && next < text.length() && Character.isDigit(text.charAt(next));
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
