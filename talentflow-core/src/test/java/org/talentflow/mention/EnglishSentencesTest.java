package org.talentflow.mention;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.talentflow.pack.Grammar;
import org.talentflow.pack.KnowledgePack;
import org.talentflow.text.Sentence;
import org.talentflow.token.OpenNlpTokenizer;

class EnglishSentencesTest {
  private static final OpenNlpTokenizer TOKENIZER = new OpenNlpTokenizer();
  private static final EnglishSentences SENTENCES =
      new EnglishSentences(Grammar.english(KnowledgePack.builtin()).lexicon());

  private static List<String> texts(String text, List<Sentence> sentences) {
    return sentences.stream().map(s -> text.substring(s.start(), s.end())).toList();
  }

  @Test
  void aCutAfterATitleAbbreviationIsUndoneAndAModelCutBeforeACapitalKept() {
    String text = "Gen. Stanley Avery left Globex Corp. on Monday. He joined Initech.";
    int cut = text.indexOf("Stanley");
    List<Sentence> splitter = List.of(new Sentence(0, cut - 1), new Sentence(cut, text.length()));
    assertThat(texts(text, SENTENCES.refine(text, splitter, () -> TOKENIZER)))
        .containsExactly("Gen. Stanley Avery left Globex Corp. on Monday.", "He joined Initech.");
  }

  /**
   * A month written short before a day or a year ("on Jan. 25", "Aug. 12, 2024") ends no sentence, though the model
   * cuts there; before a capitalized word ("in Sept. The board") it may.
   */
  @Test
  void aMonthAbbreviationBeforeADayOrAYearEndsNoSentence() {
    for (String text : List.of("Rhea Quill left Tessary on Jan. 25. She joined Globex.",
        "Rhea Quill left Tessary on Feb. 28, 2025. She joined Globex.",
        "Rhea Quill left Tessary on Aug. 12, 2024. She joined Globex.",
        "Rhea Quill left Tessary in Sept. 2024. She joined Globex.")) {
      int cut = text.indexOf("She");
      List<Sentence> splitter = List.of(new Sentence(0, cut - 1), new Sentence(cut, text.length()));
      assertThat(texts(text, SENTENCES.refine(text, splitter, () -> TOKENIZER)))
          .containsExactly(text.substring(0, cut - 1), "She joined Globex.");
    }
    String end = "Rhea Quill left Tessary in Sept. The board met on Monday.";
    int cut = end.indexOf("The");
    List<Sentence> splitter = List.of(new Sentence(0, cut - 1), new Sentence(cut, end.length()));
    assertThat(texts(end, SENTENCES.refine(end, splitter, () -> TOKENIZER)))
        .containsExactly("Rhea Quill left Tessary in Sept.", "The board met on Monday.");
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
