package org.talentflow.mention;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.talentflow.text.Sentence;
import org.talentflow.token.OpenNlpTokenizer;

class EnglishSentencesTest {
  private static final OpenNlpTokenizer TOKENIZER = new OpenNlpTokenizer();

  private static List<String> texts(String text, List<Sentence> sentences) {
    return sentences.stream().map(s -> text.substring(s.start(), s.end())).toList();
  }

  @Test
  void aCutAfterATitleAbbreviationIsUndoneAndAModelCutBeforeACapitalKept() {
    String text = "Gen. Stanley Avery left Globex Corp. on Monday. He joined Initech.";
    int cut = text.indexOf("Stanley");
    List<Sentence> splitter = List.of(new Sentence(0, cut - 1), new Sentence(cut, text.length()));
    assertThat(texts(text, EnglishSentences.refine(text, splitter, () -> TOKENIZER)))
        .containsExactly("Gen. Stanley Avery left Globex Corp. on Monday.", "He joined Initech.");
  }

  @Test
  void aShortLineOfItsOwnWithNoSentenceEndIsAHeadline() {
    String text = "Globex names a new chief\nJane Porter joined Globex on Monday.\nWho leads next?";
    int second = text.indexOf("Jane");
    int third = text.indexOf("Who");
    assertThat(EnglishSentences.headline(text, new Sentence(0, second - 1))).isTrue();
    assertThat(EnglishSentences.headline(text, new Sentence(second, third - 1))).isFalse();
    assertThat(EnglishSentences.headline(text, new Sentence(third, text.length()))).isFalse();
  }
}
