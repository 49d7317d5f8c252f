package org.talentflow.pattern;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A look-behind of one element in a spaced script is answered from what ends where it looks ({@link Ends}), and
 * finds exactly what the search back over every start within reach finds: across white space, clause breaks, and
 * annotations that start beyond reach or on white space.
 */
class SpacedLookBehindTest {
  private static final Lexicon LEXICON = Lexicon.builder().anyCase().spaced()
      .words("former", List.of("former"))
      .words("leave", List.of("step down"))
      .build();
  private static final String TEXT = "Acme Corp said,  its former chief executive Jane Porter of Acme will step down;"
      + " Bob   Smith , the senior vice president of global strategic partnerships and alliances   joins .";

  private static Lattice lattice() {
    List<Token> tokens = new ArrayList<>();
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\w+|[^\\w\\s]").matcher(TEXT);
    while (m.find()) {
      String tag = !Character.isLetter(m.group().charAt(0)) ? "w"
          : Character.isUpperCase(m.group().charAt(0)) ? "PROPN" : "NOUN";
      tokens.add(new Token(m.start(), m.end(), tag));
    }
    Lattice l = new Lattice(TEXT, 0, TEXT.length(), LEXICON, tokens);
    annotate(l, "ORG", "Acme Corp");
    annotate(l, "ORG", "Acme will");
    annotate(l, "TITLE", "chief executive");
    annotate(l, "PER", "Jane Porter");
    annotate(l, "PER", "Bob   Smith");
    annotate(l, "PER", " its former"); // starts on white space, where no search steps onto it
    annotate(l, "TITLE", "senior vice president of global strategic partnerships and alliances");
    return l;
  }

  private static void annotate(Lattice l, String kind, String text) {
    int at = TEXT.indexOf(text);
    l.add(Annotation.of(kind, at, at + text.length(), "test", null));
  }

  @Test
  void oneElementFindsWhatTheSearchBackFinds() {
    Lattice l = lattice();
    int tried = 0;
    for (String x : List.of("TITLE", "PER", "ORG", "/PROPN", "/w", "/NOUN", "@former", "@leave", "\",\"", "\"of\"",
        "\"Acme\"", "%upper", "^", "(^ | \",\")", "(TITLE | @former)", "(/w | PER | \"its\")")) {
      // the same look-behind, made two elements by a look-ahead that always holds, goes the slow way
      Pattern fast = Pattern.compile("<" + x + " (. | \",\" | \";\")", LEXICON);
      Pattern slow = Pattern.compile("<(" + x + " !\"qqq\") (. | \",\" | \";\")", LEXICON);
      Pattern notFast = Pattern.compile("<!" + x + " .", LEXICON);
      Pattern notSlow = Pattern.compile("<!(" + x + " !\"qqq\") .", LEXICON);
      for (int p = l.from(); p < l.to(); p++) {
        assertThat(span(Matcher.matchAt(fast, l, p))).as(x + " at " + p)
            .isEqualTo(span(Matcher.matchAt(slow, l, p)));
        assertThat(span(Matcher.matchAt(notFast, l, p))).as("!" + x + " at " + p)
            .isEqualTo(span(Matcher.matchAt(notSlow, l, p)));
        tried += Matcher.matchAt(fast, l, p) != null ? 1 : 0;
      }
    }
    assertThat(tried).isGreaterThan(20);
  }

  @Test
  void anAnnotationThatStartsBeyondReachIsNotSeen() {
    Lattice l = lattice();
    int joins = TEXT.indexOf("joins");
    assertThat(Matcher.matchAt(Pattern.compile("<TITLE .", LEXICON), l, joins)).isNull();
    int jane = TEXT.indexOf("Jane");
    assertThat(Matcher.matchAt(Pattern.compile("<TITLE .", LEXICON), l, jane)).isNotNull();
  }

  @Test
  void itTakesNoStepsToSearchBack() {
    Lattice l = lattice();
    int jane = TEXT.indexOf("Jane");
    Run fast = new Run(l, Pattern.compile("<TITLE PER", LEXICON));
    Run slow = new Run(l, Pattern.compile("<(TITLE !\"qqq\") PER", LEXICON));
    assertThat(fast.first(jane)).isNotNull();
    assertThat(slow.first(jane)).isNotNull();
    assertThat(fast.steps).isLessThan(5).isLessThan(slow.steps);
  }

  private static List<Integer> span(Match m) {
    return m == null ? null : List.of(m.start(), m.end());
  }
}
