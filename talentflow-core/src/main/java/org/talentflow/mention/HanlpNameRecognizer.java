package org.talentflow.mention;

import com.hankcs.hanlp.HanLP;
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

  public HanlpNameRecognizer() {
    this.segment = HanLP.newSegment()
        .enableNameRecognize(true)
        .enableTranslatedNameRecognize(true)
        .enableOffset(true);
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
