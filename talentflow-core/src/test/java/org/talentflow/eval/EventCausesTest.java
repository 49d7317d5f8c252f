package org.talentflow.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.talentflow.model.Entity;
import org.talentflow.model.EntityType;
import org.talentflow.model.EventType;
import org.talentflow.model.Evidence;
import org.talentflow.model.Granularity;
import org.talentflow.model.PersonnelEvent;
import org.talentflow.model.Polarity;
import org.talentflow.model.TimeValue;
import org.talentflow.text.ScriptConverter;

/** Each cause of a missed gold event or an extra one, on hand-made gold rows and events. */
class EventCausesTest {
  private final EventScorer scorer = new EventScorer(ScriptConverter.none());
  private final EventCauses causes = new EventCauses(scorer);

  private static EventGold.Row gold(EventType type, String person, String org) {
    return gold(type, person, org, "");
  }

  private static EventGold.Row gold(EventType type, String person, String org, String time) {
    return new EventGold.Row(1, "d1", type, List.of(person.split("\\|")), org.isEmpty() ? List.of() : List.of(org),
        "", "", time, "asserted", "");
  }

  private static PersonnelEvent event(EventType type, String person, String org) {
    return event(type, person, org, null);
  }

  private static PersonnelEvent event(EventType type, String person, String org, TimeValue time) {
    return new PersonnelEvent(type, new Entity("P-" + person, EntityType.PERSON, person, List.of()),
        org == null ? null : new Entity("O-" + org, EntityType.ORG, org, List.of()), null, null, time,
        Polarity.ASSERTED, new Evidence("d1", 0, 4, "证据文本"), 0.9);
  }

  /** The one cause a single gold row and these predictions give, missed or extra. */
  private CauseTally tally(List<EventGold.Row> gold, List<PersonnelEvent> predicted, Set<String> documentPersons) {
    return causes.of(scorer.score(gold, predicted), gold, doc -> documentPersons);
  }

  @Test
  void anEventOfTheRightPersonAndTypeWithAnotherOrganizationIsAnOrganizationWrongBothWays() {
    CauseTally t = tally(List.of(gold(EventType.LEFT, "王磊", "星海科技")),
        List.of(event(EventType.LEFT, "王磊", "蓝鲸集团")), Set.of("王磊"));
    assertThat(t.missed(ErrorCause.ORG_WRONG)).isEqualTo(1);
    assertThat(t.extra(ErrorCause.ORG_WRONG)).isEqualTo(1);
    assertThat(tally(List.of(gold(EventType.LEFT, "王磊", "星海科技")), List.of(event(EventType.LEFT, "王磊", null)),
        Set.of("王磊")).missed(ErrorCause.ORG_MISSED)).isEqualTo(1);
  }

  @Test
  void theRightPersonUnderAnotherTypeIsAWrongType() {
    CauseTally t = tally(List.of(gold(EventType.DISMISSED, "王磊", "")),
        List.of(event(EventType.LEFT, "王磊", null)), Set.of("王磊"));
    assertThat(t.missed(ErrorCause.WRONG_TYPE)).isEqualTo(1);
    assertThat(t.extra(ErrorCause.WRONG_TYPE)).isEqualTo(1);
  }

  @Test
  void aNameHoldingTheGoldOneOrHeldByItIsANameCut() {
    CauseTally t = tally(List.of(gold(EventType.LEFT, "周志远", "")),
        List.of(event(EventType.LEFT, "周志", null)), Set.of("周志"));
    assertThat(t.missed(ErrorCause.NAME_CUT)).isEqualTo(1);
    assertThat(t.extra(ErrorCause.NAME_CUT)).isEqualTo(1);
  }

  @Test
  void anotherPersonWithTheGoldsTypeAndOrganizationIsAWrongPersonAttached() {
    CauseTally t = tally(List.of(gold(EventType.JOINED, "王磊", "星海科技")),
        List.of(event(EventType.JOINED, "李娜", "星海科技")), Set.of("王磊", "李娜"));
    assertThat(t.missed(ErrorCause.WRONG_PERSON)).isEqualTo(1);
    assertThat(t.extra(ErrorCause.WRONG_PERSON)).isEqualTo(1);
  }

  @Test
  void aMissWithoutAnyEventOfThePersonIsANameNotFoundUnlessTheStoreHoldsTheName() {
    List<EventGold.Row> g = List.of(gold(EventType.LEFT, "王磊", ""));
    assertThat(tally(g, List.of(), Set.of()).missed(ErrorCause.NAME_NOT_FOUND)).isEqualTo(1);
    assertThat(tally(g, List.of(), Set.of("王磊")).missed(ErrorCause.NO_EVENT_FOR_NAME)).isEqualTo(1);
    assertThat(tally(g, List.of(), Set.of("王磊说")).missed(ErrorCause.NAME_CUT)).isEqualTo(1);
  }

  @Test
  void aSecondEventOfAMatchedOneIsTheSameEventTwiceAndAnUnknownPersonIsNotInGold() {
    CauseTally t = tally(List.of(gold(EventType.LEFT, "王磊", "")),
        List.of(event(EventType.LEFT, "王磊", null), event(EventType.LEFT, "王磊", "星海科技"),
            event(EventType.FOUNDED, "赵敏", "蓝鲸集团")), Set.of("王磊"));
    assertThat(t.extra(ErrorCause.DUPLICATE)).isEqualTo(1);
    assertThat(t.extra(ErrorCause.NOT_IN_GOLD)).isEqualTo(1);
    assertThat(t.rows().stream().mapToInt(CauseTally.Row::missed).sum()).isZero();
  }

  @Test
  void matchedEventsWithAWrongTimeCountInTheMissedColumnOfTimeWrong() {
    CauseTally t = tally(List.of(gold(EventType.LEFT, "王磊", "", "2023-05")),
        List.of(event(EventType.LEFT, "王磊", null, new TimeValue("2022-05", Granularity.MONTH, "去年5月"))),
        Set.of("王磊"));
    assertThat(t.missed(ErrorCause.TIME_WRONG)).isEqualTo(1);
    assertThat(t.extra(ErrorCause.TIME_WRONG)).isZero();
  }

  @Test
  void tablesSideBySideListEveryCauseOfEitherWithTotals() {
    CauseTally a = new CauseTally();
    a.addMissed(ErrorCause.NAME_NOT_FOUND);
    a.addMissed(ErrorCause.NAME_NOT_FOUND);
    CauseTally b = new CauseTally();
    b.addExtra(ErrorCause.NOT_IN_GOLD);
    assertThat(CauseTally.markdown(List.of("before", "now"), List.of(a, b))).isEqualTo("""
        | cause | missed before | extra before | missed now | extra now |
        |---|---:|---:|---:|---:|
        | name not found | 2 | 0 | 0 | 0 |
        | an event the gold does not hold | 0 | 0 | 0 | 1 |
        | all | 2 | 0 | 0 | 1 |
        """);
  }
}
