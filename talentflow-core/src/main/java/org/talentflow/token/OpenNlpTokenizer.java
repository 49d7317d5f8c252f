package org.talentflow.token;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.ThreadSafePOSTaggerME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.sentdetect.ThreadSafeSentenceDetectorME;
import opennlp.tools.tokenize.ThreadSafeTokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.util.Span;
import org.talentflow.pattern.Token;
import org.talentflow.text.Sentence;

/**
 * English words, parts of speech and sentences with Apache OpenNLP's models trained on the Universal Dependencies
 * English Web Treebank (Maven artifacts opennlp-models-{tokenizer,pos,sentdetect}-en). Tags are the universal parts of
 * speech (PROPN, NOUN, VERB, AUX, ADP, DET ...), except that a token holding no letter or digit is tagged {@code w}
 * as punctuation is in the Chinese tag set, so that a pattern's "." (any token but punctuation) reads both alike.
 * A possessive or negative clitic the model leaves on its word ("AMP's", "hasn't") is split off as a token of its own
 * (PART), offsets exact. The models are read once, in the constructor (about 1.5 MB; a second or two); the taggers
 * are OpenNLP's thread-safe variants (one instance per thread inside), so one tokenizer serves every thread.
 */
public final class OpenNlpTokenizer implements Tokenizer {
  /** The model files inside the artifacts of version ${opennlp.models.version} (see the root pom). */
  static final String TOKENS = "opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";
  static final String POS = "opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";
  static final String SENTENCES = "opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";

  private final ThreadSafeTokenizerME tokenizer;
  private final ThreadSafePOSTaggerME tagger;
  private final ThreadSafeSentenceDetectorME sentences;

  public OpenNlpTokenizer() {
    try {
      this.tokenizer = new ThreadSafeTokenizerME(new TokenizerModel(open(TOKENS)));
      this.tagger = new ThreadSafePOSTaggerME(greedy(new POSModel(open(POS))), POSTagFormat.UD);
      this.sentences = new ThreadSafeSentenceDetectorME(new SentenceModel(open(SENTENCES)));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the English OpenNLP models", e);
    }
  }

  /**
   * The same tagging model searched greedily (a beam of one): the published model keeps the three best sequences at
   * each word, which triples the model's evaluations and was most of the time spent on English text.
   */
  private static POSModel greedy(POSModel model) {
    opennlp.tools.ml.model.MaxentModel maxent = model.getArtifact("pos.model");
    return new POSModel(model.getLanguage(), maxent, 1, java.util.Map.of(), model.getFactory());
  }

  private static InputStream open(String name) {
    InputStream in = OpenNlpTokenizer.class.getClassLoader().getResourceAsStream(name);
    if (in == null) {
      throw new IllegalStateException("the OpenNLP model " + name + " is not on the class path"
          + " (artifacts org.apache.opennlp:opennlp-models-*-en)");
    }
    return in;
  }

  @Override
  public List<Token> tokens(String text, int from, int to) {
    List<Token> out = new ArrayList<>();
    if (from >= to) {
      return out;
    }
    String part = text.substring(from, to);
    List<int[]> spans = new ArrayList<>();
    for (int[] w : modelled(part)) {
      split(part, w[0], w[1], spans);
    }
    spans = suffixesApart(part, joinHyphens(part, spans));
    String[] words = new String[spans.size()];
    for (int i = 0; i < words.length; i++) {
      words[i] = part.substring(spans.get(i)[0], spans.get(i)[1]);
    }
    String[] tags = words.length == 0 ? new String[0] : tagger.tag(words);
    for (int i = 0; i < words.length; i++) {
      out.add(new Token(from + spans.get(i)[0], from + spans.get(i)[1], tag(words[i], tags[i])));
    }
    return out;
  }

  /**
   * The tokens of a text as the model cuts it, asking the model only about the words between spaces that hold more
   * than letters and digits ("said,", "U.S.", "(AMP)"): a word of letters and digits alone is one token, as OpenNLP's
   * own alphanumeric option has it, and the model is no longer asked about each of its characters.
   */
  private List<int[]> modelled(String part) {
    List<int[]> out = new ArrayList<>();
    int i = 0;
    int n = part.length();
    while (i < n) {
      while (i < n && Character.isWhitespace(part.charAt(i))) {
        i++;
      }
      int start = i;
      boolean alphanumeric = true;
      while (i < n && !Character.isWhitespace(part.charAt(i))) {
        char c = part.charAt(i);
        alphanumeric &= c < 128 && Character.isLetterOrDigit(c);
        i++;
      }
      if (i == start) {
        break;
      }
      if (alphanumeric) {
        out.add(new int[] {start, i});
      } else {
        for (Span s : tokenizer.tokenizePos(part.substring(start, i))) {
          out.add(new int[] {start + s.getStart(), start + s.getEnd()});
        }
      }
    }
    return out;
  }

  /** The sentences of text[from, to), as the sentence model splits them; white space trimmed. */
  public List<Sentence> sentences(String text, int from, int to) {
    List<Sentence> out = new ArrayList<>();
    String part = text.substring(from, to);
    for (Span s : sentences.sentPosDetect(part)) {
      Span t = s.trim(part);
      if (t.getEnd() > t.getStart()) {
        out.add(new Sentence(from + t.getStart(), from + t.getEnd()));
      }
    }
    return out;
  }

  /** Punctuation is {@code w}; a word the tagger called punctuation ("hasn't" before the split) is X. */
  private static String tag(String word, String tag) {
    boolean wordLike = word.chars().anyMatch(Character::isLetterOrDigit);
    if (!wordLike) {
      return "w";
    }
    return tag == null || tag.equals("PUNCT") ? "X" : tag;
  }

  private static final String EDGE_MARKS = "()[]{}\"“”‘'";

  /**
   * A token as the model cut it, repaired: brackets and quotes at its edges become tokens of their own ("MJ)" ->
   * "MJ" + ")"), and so does a clitic at its end ('s, n't, 'll, 're, 've, 'd, 'm, with either apostrophe).
   */
  private static void split(String s, int start, int end, List<int[]> out) {
    int a = start;
    int b = end;
    List<int[]> tail = new ArrayList<>();
    while (a < b - 1 && EDGE_MARKS.indexOf(s.charAt(a)) >= 0) {
      out.add(new int[] {a, a + 1});
      a++;
    }
    while (b > a + 1 && EDGE_MARKS.indexOf(s.charAt(b - 1)) >= 0) {
      tail.add(0, new int[] {b - 1, b});
      b--;
    }
    int cut = clitic(s, a, b);
    if (cut > a) {
      out.add(new int[] {a, cut});
      out.add(new int[] {cut, b});
    } else {
      out.add(new int[] {a, b});
    }
    out.addAll(tail);
  }

  /** Where a clitic starts at the end of s[a, b), or -1. */
  private static int clitic(String s, int a, int b) {
    String w = s.substring(a, b).toLowerCase(java.util.Locale.ROOT).replace('’', '\'');
    if (w.length() > 3 && w.endsWith("n't")) {
      return b - 3;
    }
    for (String c : new String[] {"'s", "'ll", "'re", "'ve", "'d", "'m"}) {
      if (w.length() > c.length() && w.endsWith(c)) {
        return b - c.length();
      }
    }
    return -1;
  }

  /**
   * Suffixes that stay a token of their own, so that the name before them is one: Japanese courtesy ("Uchida"
   * "-san"), and where an organization is based ("Marlow" "-based" "Estoria": the place is no part of the name).
   */
  private static final java.util.Set<String> SUFFIXES_APART =
      java.util.Set.of("san", "sama", "shi", "kun", "chan", "based", "headquartered");

  /**
   * A word that ends in one of the suffixes above after a hyphen is cut before the hyphen, which goes with the suffix
   * ("Marlow-based": "Marlow" "-based"; the model's "Dunmore-" "headquartered" too).
   */
  private static List<int[]> suffixesApart(String s, List<int[]> spans) {
    List<int[]> out = new ArrayList<>(spans.size());
    for (int i = 0; i < spans.size(); i++) {
      int[] t = spans.get(i);
      int hyphen = s.lastIndexOf('-', t[1] - 1);
      int[] next = i + 1 < spans.size() ? spans.get(i + 1) : null;
      if (hyphen > t[0] && hyphen == t[1] - 1 && next != null && next[0] == t[1] && suffix(s, next[0], next[1])) {
        out.add(new int[] {t[0], hyphen});
        out.add(new int[] {hyphen, next[1]});
        i++;
      } else if (hyphen > t[0] && Character.isLetter(s.charAt(hyphen - 1)) && suffix(s, hyphen + 1, t[1])) {
        out.add(new int[] {t[0], hyphen});
        out.add(new int[] {hyphen, t[1]});
      } else {
        out.add(t);
      }
    }
    return out;
  }

  private static boolean suffix(String s, int start, int end) {
    return SUFFIXES_APART.contains(s.substring(start, end).toLowerCase(java.util.Locale.ROOT));
  }

  /**
   * Words joined by hyphens with no space are one word, as names write them ("Garcia-Poveda", "Uchida-san",
   * "Al-Nassr"): the model cuts them at the hyphen.
   */
  private static List<int[]> joinHyphens(String s, List<int[]> spans) {
    List<int[]> out = new ArrayList<>();
    for (int[] t : spans) {
      if (!out.isEmpty()) {
        int[] last = out.get(out.size() - 1);
        boolean touching = last[1] == t[0];
        boolean lastIsHyphen = last[1] - last[0] == 1 && s.charAt(last[0]) == '-';
        boolean joins = touching && (lastIsHyphen && out.size() >= 2 && out.get(out.size() - 2)[1] == last[0]
            && Character.isLetter(s.charAt(out.get(out.size() - 2)[1] - 1)) && Character.isLetter(s.charAt(t[0]))
            || s.charAt(t[0]) == '-' && t[1] - t[0] > 1 && Character.isLetter(s.charAt(last[1] - 1))
            && !SUFFIXES_APART.contains(s.substring(t[0] + 1, t[1])));
        if (joins) {
          if (lastIsHyphen) {
            out.remove(out.size() - 1);
            last = out.get(out.size() - 1);
          }
          last[1] = t[1];
          continue;
        }
      }
      out.add(new int[] {t[0], t[1]});
    }
    return out;
  }
}
