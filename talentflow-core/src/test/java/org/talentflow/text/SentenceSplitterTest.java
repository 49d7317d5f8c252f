package org.talentflow.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {
  @Test
  void splitsAtChineseEndsLineBreaksAndKeepsClosingQuotes() {
    String t = "他说:“我决定离开。”随后宣布辞职!\n新的一段 SafeSuperintelligenceInc. 成立";
    List<String> s = SentenceSplitter.split(t).stream().map(x -> t.substring(x.start(), x.end())).toList();
    assertThat(s).containsExactly("他说:“我决定离开。”", "随后宣布辞职!", "新的一段 SafeSuperintelligenceInc. 成立");
  }

  @Test
  void emptyAndBlankTextHaveNoSentences() {
    assertThat(SentenceSplitter.split("")).isEmpty();
    assertThat(SentenceSplitter.split(" \n \n")).isEmpty();
  }
}
