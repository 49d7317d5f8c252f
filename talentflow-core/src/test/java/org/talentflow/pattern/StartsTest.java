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
    Lattice l = TwoPeople.lattice();
    for (String source : PATTERNS) {
      Pattern p = Pattern.compile(source, TwoPeople.LEXICON);
      assertThat(Matcher.findAll(p, l)).as(source).isNotEmpty().isEqualTo(everywhere(p, l));
    }
  }

  @Test
  void aLatticeWithoutAKindEveryMatchNeedsIsNotRun() {
    Lattice l = TwoPeople.lattice();
    Pattern p = Pattern.compile("person=(PEOPLE | PERSON) @leave", TwoPeople.LEXICON);
    assertThat(Matcher.mayMatch(p, l)).isFalse();
    l.add(Annotation.of("PERSON", 5, 9, "test", null));
    assertThat(Matcher.mayMatch(p, l)).isTrue();
    assertThat(Matcher.findAll(p, l)).extracting(Match::start, Match::end)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(5, 11));
  }

  @Test
  void removingTheLastAnnotationOfAKindIsSeen() {
    Lattice l = TwoPeople.lattice();
    Pattern p = Pattern.compile("~6 name=PER @leave", TwoPeople.LEXICON);
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
    Lattice l = TwoPeople.lattice();
    // the only "离任" stands at 9: no start after it is tried, and the matches are the same
    Pattern p = Pattern.compile("(ORG | /nt) ~8 (离任 | 卸任)", TwoPeople.LEXICON);
    assertThat(Starts.last(p, l)).isEqualTo(12); // the last ORG or /nt, before the last 卸任 at 20
    Pattern q = Pattern.compile("(ORG | /nt) ~8 离任", TwoPeople.LEXICON);
    assertThat(Starts.last(q, l)).isEqualTo(9);
    assertThat(Matcher.findAll(q, l)).isEqualTo(everywhere(q, l));
  }

  @Test
  void tokensAndAlternativesOfWhatOptionsRequireBoundTheLastStart() {
    Lattice l = TwoPeople.lattice();
    // the only token tagged f stands at 4
    Pattern pos = Pattern.compile("(ORG | /nt) /f TITLE", TwoPeople.LEXICON);
    assertThat(Starts.last(pos, l)).isEqualTo(4);
    // each option requires something (a token tagged w at 11, an ORG at 0 or 12): one of them is required
    Pattern alt = Pattern.compile("TITLE (!@former /w | ORG ~2 \",\")", TwoPeople.LEXICON);
    assertThat(Starts.last(alt, l)).isEqualTo(12);
    // an option that may consume nothing requires nothing: the TITLE at 16 is the last the pattern needs
    Pattern optional = Pattern.compile("TITLE (/w | PER?)", TwoPeople.LEXICON);
    assertThat(Starts.last(optional, l)).isEqualTo(16);
    for (Pattern p : List.of(pos, alt, optional)) {
      assertThat(Matcher.findAll(p, l)).as(p.source()).isEqualTo(everywhere(p, l));
    }
    assertThat(Matcher.findAll(pos, l)).isNotEmpty();
  }

  @Test
  void aKindNoPatternNamedYetIsFoundByAPatternCompiledLater() {
    // kinds are numbered by the lexicon as annotations or patterns first name them, in either order
    Lexicon lexicon = Lexicon.builder().words("leave", java.util.List.of("离任", "卸任")).build();
    Lattice l = TwoPeople.lattice(lexicon);
    l.add(Annotation.of("POSTHOLDER", 5, 9, "test", null));
    Pattern p = Pattern.compile("POSTHOLDER @leave", lexicon);
    Pattern q = Pattern.compile("x=(ORG | FORMERNAME) TITLE", lexicon);
    assertThat(Matcher.findAll(p, l)).extracting(Match::start, Match::end)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(5, 11));
    assertThat(Matcher.findAll(q, l)).hasSize(1);
    l.add(Annotation.of("FORMERNAME", 14, 16, "test", null));
    assertThat(Matcher.findAll(q, l)).extracting(Match::start).containsExactly(12, 14);
    assertThat(Matcher.findAll(q, l)).isEqualTo(everywhere(q, l));
  }
}
