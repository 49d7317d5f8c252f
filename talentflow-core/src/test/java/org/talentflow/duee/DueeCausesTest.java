package org.talentflow.duee;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.talentflow.eval.CauseTally;
import org.talentflow.eval.ErrorCause;

/** Each cause of a missed or extra DuEE argument, on hand-made events of invented sentences. */
class DueeCausesTest {
  private static final String LEAVE = "组织关系-辞/离职";
  private static final String FIRE = "组织关系-解雇";
  private static final Set<String> TYPES = Set.of(LEAVE, FIRE);

  private static DueeEvent event(String type, String trigger, String... roleAndText) {
    List<DueeEvent.Argument> args = new java.util.ArrayList<>();
    for (int i = 0; i < roleAndText.length; i += 2) {
      args.add(new DueeEvent.Argument(roleAndText[i], roleAndText[i + 1]));
    }
    return new DueeEvent(type, trigger, args);
  }

  private static CauseTally tally(List<DueeEvent> predicted, List<DueeEvent> gold) {
    DueeCauses causes = new DueeCauses(List.of("辞职", "离职", "解雇"), List.of("!董事会", "董事长", "总经理"));
    causes.add(predicted, gold, TYPES);
    return causes.tally();
  }

  @Test
  void exactArgumentsHaveNoCauseAndACutNameIsANameCutBothWays() {
    CauseTally t = tally(List.of(event(LEAVE, "辞职", "离职者", "周志", "原所属组织", "星海科技")),
        List.of(event(LEAVE, "辞职", "离职者", "周志远", "原所属组织", "星海科技")));
    assertThat(t.missed(ErrorCause.NAME_CUT)).isEqualTo(1);
    assertThat(t.extra(ErrorCause.NAME_CUT)).isEqualTo(1);
    assertThat(t.rows()).hasSize(1);
  }

  @Test
  void anotherNameInTheRoleIsAWrongPersonAndAnotherOrganizationAnOrganizationWrong() {
    CauseTally t = tally(List.of(event(LEAVE, "辞职", "离职者", "李娜", "原所属组织", "蓝鲸集团")),
        List.of(event(LEAVE, "辞职", "离职者", "王磊", "原所属组织", "星海科技")));
    assertThat(t.missed(ErrorCause.WRONG_PERSON)).isEqualTo(1);
    assertThat(t.missed(ErrorCause.ORG_WRONG)).isEqualTo(1);
  }

  @Test
  void theRightTextUnderAnotherTypeIsAWrongType() {
    CauseTally t = tally(List.of(event(LEAVE, "离开", "离职者", "王磊")), List.of(event(FIRE, "解雇", "被解雇人员", "王磊")));
    assertThat(t.missed(ErrorCause.WRONG_TYPE)).isEqualTo(1);
    assertThat(t.extra(ErrorCause.WRONG_TYPE)).isEqualTo(1);
  }

  @Test
  void noEventOfTheTypeIsATriggerMissingUnlessThePackKnowsTheTrigger() {
    List<DueeEvent> unknown = List.of(event(LEAVE, "挂冠而去", "离职者", "王磊"));
    assertThat(tally(List.of(), unknown).missed(ErrorCause.TRIGGER_MISSING)).isEqualTo(1);
    List<DueeEvent> known = List.of(event(LEAVE, "辞职", "离职者", "王磊"));
    assertThat(tally(List.of(), known).missed(ErrorCause.NO_FRAME)).isEqualTo(1);
  }

  @Test
  void aMissingPersonIsAnUnnamedSubjectWhenTheGoldWritesARoleAndTheOrganizationTimeMissedByRole() {
    CauseTally t = tally(List.of(event(LEAVE, "辞职", "原所属组织", "星海科技")),
        List.of(event(LEAVE, "辞职", "离职者", "公司董事长", "原所属组织", "星海科技", "时间", "昨日")));
    assertThat(t.missed(ErrorCause.UNNAMED_SUBJECT)).isEqualTo(1);
    assertThat(t.missed(ErrorCause.TIME_MISSED)).isEqualTo(1);
    assertThat(tally(List.of(event(LEAVE, "辞职", "时间", "昨日")),
        List.of(event(LEAVE, "辞职", "离职者", "王磊", "时间", "昨日"))).missed(ErrorCause.NAME_NOT_FOUND))
        .isEqualTo(1);
    assertThat(tally(List.of(event(LEAVE, "辞职", "离职者", "王磊")),
        List.of(event(LEAVE, "辞职", "离职者", "王磊", "原所属组织", "星海科技"))).missed(ErrorCause.ORG_MISSED))
        .isEqualTo(1);
  }

  @Test
  void extrasOutsideTheGoldAreLeftOutByTheGoldOrNotInIt() {
    CauseTally t = tally(List.of(event(LEAVE, "辞职", "离职者", "王磊", "原所属组织", "星海科技"),
        event(FIRE, "开除", "被解雇人员", "赵敏")), List.of(event(LEAVE, "辞职", "离职者", "王磊")));
    assertThat(t.extra(ErrorCause.LEFT_OUT_BY_GOLD)).isEqualTo(1);
    assertThat(t.extra(ErrorCause.NOT_IN_GOLD)).isEqualTo(1);
  }
}
