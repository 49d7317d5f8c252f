package org.talentflow.pattern;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The matcher tries a pattern only where it can match: at the starts of its first elements, and no later than the
 * last of each word, literal or annotation kind every match consumes. What it finds is what trying every position
 * finds, as annotations come and go.
 */
class StartsTest {
  private static final Lexicon LEXICON = Lexicon.builder()
      .words("leave", List.of("离任", "卸任"))
      .words("former", List.of("前"))
      .build();

  /** Invented text: two people, each before a title, then a verb. */
  private static Lattice lattice() {
    String text = "甲乙公司前经理丙丁离任,戊己集团总监庚辛卸任";
    Lattice l = new Lattice(text, 0, text.length(), LEXICON, List.of(new Token(0, 4, "nt"), new Token(4, 5, "f"),
        new Token(5, 7, "nnt"), new Token(7, 9, "nr"), new Token(9, 11, "v"), new Token(11, 12, "w"),
        new Token(12, 16, "nt"), new Token(16, 18, "nnt"), new Token(18, 20, "nr"), new Token(20, 22, "v")));
    l.add(Annotation.of("ORG", 0, 4, "test", null));
    l.add(Annotation.of("TITLE", 5, 7, "test", null));
    l.add(Annotation.of("PER", 7, 9, "test", null));
    l.add(Annotation.of("ORG", 12, 16, "test", null));
    l.add(Annotation.of("TITLE", 16, 18, "test", null));
    l.add(Annotation.of("PER", 18, 20, "test", null));
    return l;
  }

  private static final List<String> PATTERNS = List.of(
      "(org=ORG @former?)? role=TITLE name=PER",
      "~6 name=PER @leave",
      "(ORG | /nt) ~8 (离任 | 卸任)",
      "((ORG | PLACE)? TITLE \",\")* TITLE PER",
      "person=(PER | PEOPLE) @leave",
      ". ~4 TITLE &(PER @leave)",
      "PER 离任 \",\" ORG");

  /** The first match from every position where a match may start (a token or annotation edge), in text order. */
  private static List<Match> everywhere(Pattern p, Lattice l) {
    List<Match> out = new ArrayList<>();
    for (int at = l.from(); at < l.to(); at++) {
      Match m = Matcher.matchAt(p, l, at);
      if (m != null && l.boundary(at)) {
        out.add(m);
      }
    }
    return out;
  }

  @Test
  void theMatchesAreThoseOfEveryStart() {
    Lattice l = lattice();
    for (String source : PATTERNS) {
      Pattern p = Pattern.compile(source, LEXICON);
      assertThat(Matcher.findAll(p, l)).as(source).isNotEmpty().isEqualTo(everywhere(p, l));
    }
  }

  @Test
  void aLatticeWithoutAKindEveryMatchNeedsIsNotRun() {
    Lattice l = lattice();
    Pattern p = Pattern.compile("person=(PEOPLE | PERSON) @leave", LEXICON);
    assertThat(Matcher.mayMatch(p, l)).isFalse();
    l.add(Annotation.of("PERSON", 5, 9, "test", null));
    assertThat(Matcher.mayMatch(p, l)).isTrue();
    assertThat(Matcher.findAll(p, l)).extracting(Match::start, Match::end)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(5, 11));
  }

  @Test
  void removingTheLastAnnotationOfAKindIsSeen() {
    Lattice l = lattice();
    Pattern p = Pattern.compile("~6 name=PER @leave", LEXICON);
    Annotation second = l.annotations("PER").get(1);
    l.remove(second);
    assertThat(Matcher.findAll(p, l)).isNotEmpty().isEqualTo(everywhere(p, l));
    l.remove(l.annotations("PER").get(0));
    assertThat(Matcher.mayMatch(p, l)).isFalse();
    assertThat(Matcher.findAll(p, l)).isEmpty();
    l.add(second);
    assertThat(Matcher.findAll(p, l)).isNotEmpty().isEqualTo(everywhere(p, l));
  }

  @Test
  void aMatchNeverStartsAfterTheLastOfWhatItConsumes() {
    Lattice l = lattice();
    // the only "离任" stands at 9: no start after it is tried, and the matches are the same
    Pattern p = Pattern.compile("(ORG | /nt) ~8 (离任 | 卸任)", LEXICON);
    assertThat(Starts.last(p, l)).isEqualTo(20);
    Pattern q = Pattern.compile("(ORG | /nt) ~8 离任", LEXICON);
    assertThat(Starts.last(q, l)).isEqualTo(9);
    assertThat(Matcher.findAll(q, l)).isEqualTo(everywhere(q, l));
  }
}
