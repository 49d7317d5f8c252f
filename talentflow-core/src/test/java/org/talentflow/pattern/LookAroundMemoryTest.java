package org.talentflow.pattern;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A pattern run remembers what its look-arounds found at each position for its later start positions: the matches
 * of a whole run are the matches tried one start at a time, each in a run of its own.
 */
class LookAroundMemoryTest {
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

  @Test
  void aWholeRunFindsWhatSeparateStartsFind() {
    Lattice l = lattice();
    for (String source : List.of(
        "<!(/n,nt) m=((/nt,n,f){1,3}) &(@former? TITLE PER)",
        "!(@former | TITLE) m=(/nt,nnt,nr,f,v){1,2} <!@leave &(/nnt | /nr | @leave)",
        "(org=ORG @former?)? role=TITLE name=PER &@leave",
        "<(^ | /w) !@former x=(.{1,3}) &(PER @leave)")) {
      Pattern p = Pattern.compile(source, LEXICON);
      List<Match> one = new ArrayList<>();
      for (int at = l.from(); at < l.to(); at++) {
        Match m = Matcher.matchAt(p, l, at);
        if (m != null && l.boundary(at)) {
          one.add(m);
        }
      }
      assertThat(Matcher.findAll(p, l)).as(source).isNotEmpty().isEqualTo(one);
    }
  }

  @Test
  void aLookAheadAfterARepetitionIsAskedAgainAtEachEnd() {
    Lattice l = lattice();
    List<Match> ms = Matcher.findAll(Pattern.compile("m=((/nt,f,nnt){1,3}) &PER", LEXICON), l);
    assertThat(ms).extracting(Match::start, Match::end).containsExactly(
        org.assertj.core.groups.Tuple.tuple(0, 7), org.assertj.core.groups.Tuple.tuple(4, 7),
        org.assertj.core.groups.Tuple.tuple(5, 7), org.assertj.core.groups.Tuple.tuple(12, 18),
        org.assertj.core.groups.Tuple.tuple(16, 18));
  }
}
