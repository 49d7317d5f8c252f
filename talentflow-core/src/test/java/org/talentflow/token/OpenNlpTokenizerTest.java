package org.talentflow.token;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.talentflow.pattern.Token;
import org.talentflow.text.Sentence;

/** English tokens, tags and sentences from OpenNLP's models, with this project's repairs; offsets are exact. */
class OpenNlpTokenizerTest {
  private static final OpenNlpTokenizer TOKENIZER = new OpenNlpTokenizer();

  private static List<String> words(String text) {
    return TOKENIZER.tokens(text, 0, text.length()).stream().map(t -> text.substring(t.start(), t.end())).toList();
  }

  @Test
  void tokensCoverTheTextAtItsOwnOffsets() {
    String text = "  Globex Inc. hired Jane Porter-Smith as chief executive on Monday.";
    List<Token> tokens = TOKENIZER.tokens(text, 2, text.length());
    assertThat(tokens.get(0).start()).isEqualTo(2);
    for (int i = 1; i < tokens.size(); i++) {
      assertThat(tokens.get(i).start()).isGreaterThanOrEqualTo(tokens.get(i - 1).end());
      assertThat(text.substring(tokens.get(i - 1).end(), tokens.get(i).start())).isBlank();
    }
    assertThat(tokens.get(tokens.size() - 1).end()).isEqualTo(text.length());
  }

  @Test
  void hyphenatedNamesAreOneWordAndCliticsAndBracketsAreTheirOwn() {
    assertThat(words("Ms Garcia-Poveda hasn't met Uchida-san's (MJ) team."))
        .containsExactly("Ms", "Garcia-Poveda", "has", "n't", "met", "Uchida", "-san", "'s", "(", "MJ", ")", "team", ".");
  }

  @Test
  void punctuationIsTaggedAsInTheChineseTagSetAndWordsWithUniversalTags() {
    String text = "Tom Brown resigned, the board said.";
    List<Token> tokens = TOKENIZER.tokens(text, 0, text.length());
    assertThat(tokens).filteredOn(t -> text.substring(t.start(), t.end()).equals(",")).singleElement()
        .extracting(Token::pos).isEqualTo("w");
    assertThat(tokens.get(0).pos()).isEqualTo("PROPN");
    assertThat(tokens).filteredOn(t -> text.substring(t.start(), t.end()).equals("resigned")).singleElement()
        .extracting(Token::pos).isEqualTo("VERB");
  }

  @Test
  void sentencesAreSpansOfTheText() {
    String text = "Jane Porter resigned on Monday. Tom Brown will succeed her.";
    assertThat(TOKENIZER.sentences(text, 0, text.length()))
        .containsExactly(new Sentence(0, 31), new Sentence(32, text.length()));
  }
}
