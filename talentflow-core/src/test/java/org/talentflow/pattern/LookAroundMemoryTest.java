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
  @Test
  void aWholeRunFindsWhatSeparateStartsFind() {
    Lattice l = TwoPeople.lattice();
    for (String source : List.of(
        "<!(/n,nt) m=((/nt,n,f){1,3}) &(@former? TITLE PER)",
        "!(@former | TITLE) m=(/nt,nnt,nr,f,v){1,2} <!@leave &(/nnt | /nr | @leave)",
        "(org=ORG @former?)? role=TITLE name=PER &@leave",
        "<(^ | /w) !@former x=(.{1,3}) &(PER @leave)")) {
      Pattern p = Pattern.compile(source, TwoPeople.LEXICON);
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
    Lattice l = TwoPeople.lattice();
    List<Match> ms = Matcher.findAll(Pattern.compile("m=((/nt,f,nnt){1,3}) &PER", TwoPeople.LEXICON), l);
    assertThat(ms).extracting(Match::start, Match::end).containsExactly(
        org.assertj.core.groups.Tuple.tuple(0, 7), org.assertj.core.groups.Tuple.tuple(4, 7),
        org.assertj.core.groups.Tuple.tuple(5, 7), org.assertj.core.groups.Tuple.tuple(12, 18),
        org.assertj.core.groups.Tuple.tuple(16, 18));
  }
}
