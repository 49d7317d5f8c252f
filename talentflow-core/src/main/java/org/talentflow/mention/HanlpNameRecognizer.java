package org.talentflow.mention;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.corpus.tag.Nature;
import com.hankcs.hanlp.dictionary.CoreDictionary;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;
import java.util.ArrayList;
import java.util.List;

/**
 * HanLP's Viterbi segmenter with Chinese and transliterated person name recognition. Its output is noisy ("高管",
 * "官宣"): {@link MentionFinder} filters it with the pack's stop list and name-shape checks.
 */
public final class HanlpNameRecognizer implements NameRecognizer {
  private final Segment segment;
  private final Segment plain;

  public HanlpNameRecognizer() {
    // natures from the core dictionary suffice to tell a name from a description (上海 is ns there already)
    this.plain = HanLP.newSegment();
    this.segment = HanLP.newSegment()
        .enableNameRecognize(true)
        .enableTranslatedNameRecognize(true)
        .enableOffset(true);
  }

  @Override
  public boolean isCommonWord(String word) {
    CoreDictionary.Attribute a = CoreDictionary.get(word);
    return a != null && a.totalFrequency > 100;
  }

  @Override
  public boolean isFunctionWord(String word) {
    CoreDictionary.Attribute a = CoreDictionary.get(word);
    if (a == null) {
      return false;
    }
    for (Nature n : a.nature) {
      String tag = n.toString();
      if (!(tag.equals("d") || tag.equals("c") || tag.equals("p"))) {
        return false;
      }
    }
    return true;
  }

  @Override
  public int nameStart(String run) {
    List<Term> terms = plain.seg(run);
    int start = run.length();
    for (int i = terms.size() - 1; i >= 0; i--) {
      Term t = terms.get(i);
      String n = t.nature == null ? "" : t.nature.toString();
      boolean nominal = n.startsWith("n") || n.equals("j") || n.equals("b") || n.equals("vn") || n.equals("gi")
          || n.equals("nx") || n.startsWith("g");
      if (!nominal) {
        break;
      }
      start -= t.word.length();
    }
    return Math.max(0, start);
  }

  @Override
  public boolean hasProperName(String phrase) {
    for (Term t : plain.seg(phrase)) {
      if (isProperName(t)) {
        return true;
      }
    }
    return false;
  }

  @Override
  public int properNamePrefix(String run) {
    int length = 0;
    for (Term t : plain.seg(run)) {
      if (!isProperName(t)) {
        break;
      }
      length += t.word.length();
    }
    return length;
  }

  private static boolean isProperName(Term t) {
    String n = t.nature == null ? "" : t.nature.toString();
    if (n.startsWith("ns") || n.startsWith("nr") || n.startsWith("nt") || n.startsWith("nz") || n.equals("nx")
        || n.equals("nrf") || n.equals("j")) {
      return true;
    }
    // a word the dictionary does not know is a name more often than not
    return CoreDictionary.get(t.word) == null && t.word.length() >= 2;
  }

  @Override
  public List<Span> persons(String text) {
    List<Span> out = new ArrayList<>();
    for (Term t : segment.seg(text)) {
      String nature = t.nature == null ? "" : t.nature.toString();
      if (nature.equals("nr") || nature.equals("nrf")) {
        out.add(new Span(t.offset, t.offset + t.word.length()));
      }
    }
    return out;
  }
}
