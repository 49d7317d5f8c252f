package org.talentflow.pattern;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A lexicon in any case (English) with patterns that step over the spaces between words. */
class EnglishLexiconTest {
  private static final Lexicon LEXICON = Lexicon.builder().anyCase().spaced()
      .words("leave", List.of("step down", "resigned"))
      .words("planned", List.of("will"))
      .build();

  @Test
  void wordsMatchInAnyCaseAtTheirOwnOffsetsAndNeverInsideALongerWord() {
    assertThat(LEXICON.find("planned", "Will Williams WILL step down?")).containsExactly("Will", "WILL");
    assertThat(LEXICON.find("leave", "She Resigned; they STEP DOWN")).containsExactly("Resigned", "STEP DOWN");
  }

  @Test
  void patternsStepOverSpacesAndNoMatchStartsOnOne() {
    String text = "Jane Porter  will   step down.";
    Lattice l = new Lattice(text, 0, text.length(), LEXICON, List.of(new Token(0, 4, "PROPN"),
        new Token(5, 11, "PROPN"), new Token(13, 17, "AUX"), new Token(20, 24, "VERB"), new Token(25, 29, "ADP"),
        new Token(29, 30, "w")));
    l.add(Annotation.of("PER", 0, 11, "test", null));
    List<Match> ms = Matcher.findAll(Pattern.compile("person=PER @planned t=@leave", LEXICON), l);
    assertThat(ms).singleElement().satisfies(m -> {
      assertThat(m.start()).isZero();
      assertThat(m.end()).isEqualTo(29);
      assertThat(text.substring(m.first("t").start(), m.first("t").end())).isEqualTo("step down");
    });
    assertThat(Matcher.findAll(Pattern.compile("x=(@leave)", LEXICON), l)).singleElement()
        .satisfies(m -> assertThat(m.first("x").start()).isEqualTo(20));
  }

  @Test
  void aLexiconWithoutSpacesMatchesAsBefore() {
    Lexicon zh = Lexicon.builder().words("leave", List.of("辞职")).build();
    String text = "张三 x辞职";
    Lattice l = new Lattice(text, 0, text.length(), zh, List.of(new Token(0, 2, "nr"), new Token(3, 4, "nx"),
        new Token(4, 6, "v")));
    l.add(Annotation.of("PER", 0, 2, "test", null));
    assertThat(Matcher.findAll(Pattern.compile("PER \"x\" @leave", zh), l)).isEmpty(); // the space is a character there
    assertThat(Matcher.findAll(Pattern.compile("PER ~4 @leave", zh), l)).hasSize(1);
  }
}
