package org.talentflow.token;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.corpus.tag.Nature;
import com.hankcs.hanlp.dictionary.CoreDictionary;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;
import java.util.ArrayList;
import java.util.List;
import org.talentflow.pattern.Token;

/**
 * HanLP's Viterbi segmenter with its part-of-speech tags and its recognizers of Chinese and transliterated person
 * names (nr, nrf): the tags are hints that the mention stage filters, not decisions. Its organization recognizer is
 * left off: it glues names and prepositions to organizations ("郑浩为商务部"), and the mention rules find
 * organizations by their endings and their place instead, at half the segmenter's cost.
 * Latin text inside a sentence comes out as words tagged nx. Thread-safe: HanLP keeps no state between calls.
 */
public final class HanlpTokenizer implements Tokenizer {
  private final Segment segment;

  public HanlpTokenizer() {
    this.segment = HanLP.newSegment()
        .enableNameRecognize(true)
        .enableTranslatedNameRecognize(true)
        .enableJapaneseNameRecognize(false)
        .enableOrganizationRecognize(false)
        .enablePlaceRecognize(false)
        .enableOffset(true);
  }

  @Override
  public boolean isFunctionalWord(String word) {
    // a noun can be a given name (国强, 建国)
    return seenWithout(word, 100, "n");
  }

  @Override
  public boolean isCommonWord(String word) {
    return seenWithout(word, 20, "nr");
  }

  /** Whether the dictionary has the word at least {@code times} times and never with a tag starting with {@code tag}. */
  private static boolean seenWithout(String word, int times, String tag) {
    CoreDictionary.Attribute a = CoreDictionary.get(word);
    if (a == null || a.totalFrequency < times) {
      return false;
    }
    for (Nature n : a.nature) {
      if (n.toString().startsWith(tag)) {
        return false;
      }
    }
    return true;
  }

  @Override
  public boolean isTimeOrFunctionNoun(String word) {
    CoreDictionary.Attribute a = CoreDictionary.get(word);
    if (a == null || a.totalFrequency < 50) {
      return false;
    }
    int top = 0;
    for (int i = 1; i < a.nature.length; i++) {
      if (a.frequency[i] > a.frequency[top]) {
        top = i;
      }
    }
    String tag = a.nature[top].toString();
    return tag.equals("t") || tag.equals("f") || tag.equals("m") || tag.equals("q") || tag.startsWith("r");
  }

  @Override
  public List<Token> tokens(String text, int from, int to) {
    List<Token> out = new ArrayList<>();
    if (from >= to) {
      return out;
    }
    String part = text.substring(from, to);
    for (Term t : segment.seg(part)) {
      int s = from + t.offset;
      int e = s + t.word.length();
      if (t.word.isBlank() || e > to || s < from) {
        continue;
      }
      // HanLP keeps leading/trailing spaces inside some words ("Sam "): tokens hold no white space at their edges
      while (s < e && Character.isWhitespace(text.charAt(s))) {
        s++;
      }
      while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
        e--;
      }
      String tag = t.nature == null ? "x" : t.nature.toString();
      if (tag.equals("w")) {
        punctuation(text, s, e, out);
      } else if (e > s) {
        out.add(new Token(s, e, tag));
      }
    }
    return out;
  }

  /**
   * Punctuation, one mark per token: HanLP glues marks that follow each other ("),", "。”"), and patterns name one
   * mark ("(" member=PER ... ")"). A run of one mark stays one token ("……", "——").
   */
  private static void punctuation(String text, int s, int e, List<Token> out) {
    int k = s;
    while (k < e) {
      int end = k + 1;
      while (end < e && text.charAt(end) == text.charAt(k)) {
        end++;
      }
      if (!Character.isWhitespace(text.charAt(k))) {
        out.add(new Token(k, end, "w"));
      }
      k = end;
    }
  }
}
