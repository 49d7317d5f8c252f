package org.talentflow.pattern;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

/**
 * Negative look-aheads of words and kinds side by side are compiled into one node ({@link Pattern.NotAhead}); it
 * matches where the separate looks match, in as many steps, including where a word is in the text but does not fit
 * there (a one-character word that is only the start of a token, a word that ends inside a name).
 */
class NotAheadTest {
  private static final Lexicon LEXICON = Lexicon.builder()
      .words("leave", List.of("离任", "卸任"))
      .words("former", List.of("前"))
      .words("quit", List.of("离"))
      .words("group", List.of("公司", "集团"))
      .words("manager-name", List.of("经理丙"))
      .build();

  private static final List<String> PATTERNS = List.of(
      "(!@leave !@former !@quit !@group !TITLE .)+",
      "m=(!@former !ORG !@manager-name /nnt,nr,nt,f,v)+ &@leave",
      "(/nt | !@group !@quit !ORG !@leave .){1,4}",
      "x=(!@quit !@former) PER (!@leave !TITLE !@group . | @leave)",
      "(!@leave !@quit /v:2 &/w | !@former !@group /nt,nnt,nr,f)+");

  @Test
  void looksSideBySideBecomeOneNode() {
    Pattern p = Pattern.compile("(!@leave !@former !TITLE .)+", LEXICON);
    Pattern.Seq seq = (Pattern.Seq) ((Pattern.Repeat) p.root).node();
    assertThat(seq.items()).hasSize(2);
    assertThat(seq.items()[0]).isInstanceOfSatisfying(Pattern.NotAhead.class,
        n -> assertThat(Arrays.stream(n.looks()).map(Pattern.Look::node)).containsExactly(
            new Pattern.Words("leave", LEXICON.classId("leave")), new Pattern.Words("former", LEXICON.classId("former")),
            new Pattern.Kind("TITLE")));
  }

  @Test
  void theMergedLooksMatchWhereTheSeparateOnesDoInAsManySteps() {
    Lattice l = TwoPeople.lattice(LEXICON);
    for (String source : PATTERNS) {
      Pattern merged = Pattern.compile(source, LEXICON);
      Pattern separate = Pattern.compile(source, LEXICON, false);
      assertThat(Matcher.findAll(merged, l)).as(source).isNotEmpty().map(NotAheadTest::shown)
          .isEqualTo(Matcher.findAll(separate, l).stream().map(NotAheadTest::shown).toList());
      for (int at = l.from(); at <= l.to(); at++) {
        Run a = new Run(l, merged);
        Run b = new Run(l, separate);
        assertThat(shown(a.first(at))).as(source + " at " + at).isEqualTo(shown(b.first(at)));
        assertThat(a.steps).as(source + " steps at " + at).isEqualTo(b.steps);
      }
    }
  }

  /** A match without its pattern (patterns are equal only to themselves). */
  private static String shown(Match m) {
    return m == null ? "none" : m.start() + "-" + m.end() + " " + m.captures();
  }

  @Test
  void aWordThatDoesNotFitThereDoesNotStopTheMatch() {
    Lattice l = TwoPeople.lattice(LEXICON);
    // "离" is the first character of the token "离任", no word of its own; "前" is a token, and stops the match
    Pattern p = Pattern.compile("(!@quit !@former /nt,nnt,nr,v)+", LEXICON);
    assertThat(Matcher.findAll(p, l)).extracting(Match::start, Match::end).startsWith(
        Tuple.tuple(0, 4), Tuple.tuple(5, 11));
    // "经理丙" ends inside the name "丙丁": no word there
    Pattern q = Pattern.compile("(!@manager-name !@leave /nnt,nr)+", LEXICON);
    assertThat(Matcher.matchAt(q, l, 5)).extracting(Match::start, Match::end).containsExactly(5, 9);
  }
}
