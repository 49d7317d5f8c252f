package org.talentflow.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.talentflow.model.Entity;
import org.talentflow.model.EntityType;
import org.talentflow.model.EventType;
import org.talentflow.model.Evidence;
import org.talentflow.model.Granularity;
import org.talentflow.model.PersonnelEvent;
import org.talentflow.model.Polarity;
import org.talentflow.model.TimeValue;
import org.talentflow.text.HanlpScriptConverter;
import org.talentflow.text.ScriptConverter;

/** The matching rules of ../shared/tools/score_events.py, on hand-made gold rows and events. */
class EventScorerTest {
  private final EventScorer scorer = new EventScorer(ScriptConverter.none());

  private static EventGold.Row gold(String doc, EventType type, String persons, String orgs, String time,
      String polarity) {
    return new EventGold.Row(1, doc, type, List.of(persons.split("\\|")),
        orgs.isEmpty() ? List.of() : List.of(orgs.split("\\|")), "", "", time, polarity, "");
  }

  private static PersonnelEvent event(String doc, EventType type, String person, String org, TimeValue time,
      Polarity polarity, String... aliases) {
    Entity p = new Entity("P-" + person, EntityType.PERSON, person, List.of(aliases));
    Entity o = org == null ? null : new Entity("O-" + org, EntityType.ORG, org, List.of(org));
    return new PersonnelEvent(type, p, o, null, null, time, polarity, new Evidence(doc, 0, 4, "证据文本"), 0.9);
  }

  private static PersonnelEvent event(String doc, EventType type, String person, String org, String... aliases) {
    return event(doc, type, person, org, null, Polarity.ASSERTED, aliases);
  }

  @Test
  void aPersonMatchesOnAnyAliasIgnoringCaseSpacesAndSeparators() {
    EventScore s = scorer.score(List.of(gold("d1", EventType.LEFT, "蒂姆·库克|Tim Cook", "", "", "")),
        List.of(event("d1", EventType.LEFT, "库克先生", null, "TIM  COOK")));
    assertThat(s.matched()).hasSize(1);
    assertThat(scorer.score(List.of(gold("d1", EventType.LEFT, "Tim Cook", "", "", "")),
        List.of(event("d1", EventType.LEFT, "Tim", null))).missed()).hasSize(1);
  }

  @Test
  void traditionalAndSimplifiedFormsOfANameMatch() {
    EventScorer converting = new EventScorer(new HanlpScriptConverter());
    EventScore s = converting.score(List.of(gold("d1", EventType.APPOINTED, "陳國華", "華星銀行", "", "")),
        List.of(event("d1", EventType.APPOINTED, "陈国华", "华星银行")));
    assertThat(s.matched()).hasSize(1);
  }

  @Test
  void anOrganizationMatchesWhenOneFormContainsTheOtherOfAtLeastTwoCharacters() {
    List<EventGold.Row> g = List.of(gold("d1", EventType.JOINED, "王磊", "星海科技股份有限公司|星海科技", "", ""));
    assertThat(scorer.score(g, List.of(event("d1", EventType.JOINED, "王磊", "星海科技"))).matched()).hasSize(1);
    assertThat(scorer.score(g, List.of(event("d1", EventType.JOINED, "王磊", "星海"))).matched()).hasSize(1);
    assertThat(scorer.score(g, List.of(event("d1", EventType.JOINED, "王磊", "星海科技集团"))).matched()).hasSize(1);
    assertThat(scorer.score(g, List.of(event("d1", EventType.JOINED, "王磊", "星辰科技"))).matched()).isEmpty();
    assertThat(EventScorer.orgMatch(java.util.Set.of("星"), java.util.Set.of("星海"))).isFalse();
    assertThat(EventScorer.orgMatch(java.util.Set.of("x"), java.util.Set.of("x"))).isTrue();
  }

  @Test
  void theOrganizationIsRequiredOnlyWhenTheGoldNamesOne() {
    assertThat(scorer.score(List.of(gold("d1", EventType.LEFT, "王磊", "", "", "")),
        List.of(event("d1", EventType.LEFT, "王磊", "星海科技"))).matched()).hasSize(1);
    EventScore s = scorer.score(List.of(gold("d1", EventType.LEFT, "王磊", "星海科技", "", "")),
        List.of(event("d1", EventType.LEFT, "王磊", null)));
    assertThat(s.missed()).hasSize(1);
    assertThat(s.extra()).hasSize(1);
  }

  @Test
  void goldRowsTakeTheFirstUnusedEventInOrderAndEachEventServesOneRow() {
    List<EventGold.Row> twice = List.of(gold("d1", EventType.LEFT, "王磊", "", "2020", ""),
        gold("d1", EventType.LEFT, "王磊", "", "2021", ""));
    PersonnelEvent first = event("d1", EventType.LEFT, "王磊", null, new TimeValue("2021", Granularity.YEAR, "2021年"),
        Polarity.ASSERTED);
    EventScore one = scorer.score(twice, List.of(first));
    assertThat(one.matched()).singleElement().satisfies(m -> assertThat(m.gold().time()).isEqualTo("2020"));
    assertThat(one.missed()).hasSize(1);
    assertThat(one.time().correct()).isZero(); // greedy, not the best assignment: as score_events.py does
    PersonnelEvent second = event("d1", EventType.LEFT, "王磊", null);
    assertThat(scorer.score(twice, List.of(first, second)).matched()).hasSize(2);
  }

  @Test
  void aWrongTypeOrDocumentIsAMissAndAnExtra() {
    EventScore s = scorer.score(List.of(gold("d1", EventType.LEFT, "王磊", "", "", "")),
        List.of(event("d1", EventType.DISMISSED, "王磊", null), event("d2", EventType.LEFT, "王磊", null)));
    assertThat(s.events().f1()).isZero();
    assertThat(s.events().predicted()).isEqualTo(2);
    assertThat(s.events().expected()).isEqualTo(1);
  }

  @Test
  void documentKeysMatchAsTheSharedScorerDoes() {
    assertThat(EventScorer.sameDocument("000_d587fa06", "000")).isTrue();
    assertThat(EventScorer.sameDocument("corpus/dz01", "dz01")).isTrue();
    assertThat(EventScorer.sameDocument("dz01", "dz01")).isTrue();
    assertThat(EventScorer.sameDocument("dz011", "dz01")).isFalse();
  }

  @Test
  void aTimeIsRightWhenThePredictionBeginsWithTheGoldTime() {
    TimeValue day = new TimeValue("2024-05-03", Granularity.DAY, "5月3日");
    TimeValue month = new TimeValue("2024-05", Granularity.MONTH, "5月");
    TimeValue unresolved = new TimeValue(null, null, "今年5月");
    List<EventGold.Row> g = List.of(gold("d1", EventType.LEFT, "甲", "", "2024-05", ""),
        gold("d1", EventType.JOINED, "甲", "", "2024-05-03", ""),
        gold("d1", EventType.APPOINTED, "甲", "", "", ""),
        gold("d1", EventType.FOUNDED, "甲", "", "2024", ""));
    EventScore s = scorer.score(g, List.of(event("d1", EventType.LEFT, "甲", null, day, Polarity.ASSERTED),
        event("d1", EventType.JOINED, "甲", null, month, Polarity.ASSERTED),
        event("d1", EventType.APPOINTED, "甲", null, month, Polarity.ASSERTED),
        event("d1", EventType.FOUNDED, "甲", null, unresolved, Polarity.ASSERTED)));
    assertThat(s.matched()).hasSize(4);
    // a day for a gold month is right; a month for a gold day is not; no gold time is not scored; an unresolved
    // time is compared by its text
    assertThat(s.time().correct()).isEqualTo(1);
    assertThat(s.time().total()).isEqualTo(3);
    assertThat(s.time().wrong()).anySatisfy(w -> assertThat(w).contains("got '今年5月'"));
  }

  @Test
  void polarityIsScoredWhereTheGoldGivesOne() {
    List<EventGold.Row> g = List.of(gold("d1", EventType.LEFT, "甲", "", "", "planned"),
        gold("d1", EventType.JOINED, "甲", "", "", ""), gold("d1", EventType.FOUNDED, "甲", "", "", "asserted"));
    EventScore s = scorer.score(g, List.of(event("d1", EventType.LEFT, "甲", null, null, Polarity.PLANNED),
        event("d1", EventType.JOINED, "甲", null, null, Polarity.NEGATED),
        event("d1", EventType.FOUNDED, "甲", null, null, Polarity.SPECULATIVE)));
    assertThat(s.polarity().correct()).isEqualTo(1);
    assertThat(s.polarity().total()).isEqualTo(2);
  }

  @Test
  void perTypeCountsAddUpToTheTotalsAndSetsAddUp() {
    List<EventGold.Row> g = List.of(gold("d1", EventType.LEFT, "甲", "", "", ""),
        gold("d1", EventType.LEFT, "乙", "", "", ""), gold("d1", EventType.JOINED, "甲", "", "", ""));
    EventScore s = scorer.score(g, List.of(event("d1", EventType.LEFT, "甲", null),
        event("d1", EventType.APPOINTED, "丙", null)));
    assertThat(s.byType()).containsOnlyKeys(EventType.LEFT, EventType.JOINED, EventType.APPOINTED);
    assertThat(s.byType().get(EventType.LEFT)).isEqualTo(new Evaluation.Prf(1, 1, 1, 2));
    assertThat(s.byType().get(EventType.APPOINTED)).isEqualTo(new Evaluation.Prf(0, 1, 0, 0));
    assertThat(s.byType().values().stream().mapToInt(Evaluation.Prf::expected).sum()).isEqualTo(3);
    assertThat(s.events()).isEqualTo(new Evaluation.Prf(1, 2, 1, 3));
    assertThat(s.plus(s).events()).isEqualTo(new Evaluation.Prf(2, 4, 2, 6));
  }
}
