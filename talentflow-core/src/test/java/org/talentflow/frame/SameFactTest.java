package org.talentflow.frame;

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
import org.talentflow.model.Surface;
import org.talentflow.model.TimeValue;

/** One fact told twice in one article (SameFact), and what one person's events in a paragraph say of each other. */
class SameFactTest {
  private static final String TEXT = "星海科技首席财务官孟凡离职\n\n据文件披露,首席财务官孟凡已辞去职务。孟凡于2012年加入星海科技。";
  private static final Entity MENG = new Entity("P-1", EntityType.PERSON, "孟凡", List.of("孟凡"));
  private static final Entity XINGHAI = new Entity("O-1", EntityType.ORG, "星海科技", List.of("星海科技"));

  private static PersonnelEvent event(EventType type, Entity org, String trigger, String time) {
    int at = TEXT.indexOf(trigger);
    TimeValue t = time == null ? null : new TimeValue(time, time.length() == 4 ? Granularity.YEAR : Granularity.DAY, time);
    Surface s = new Surface(at, at + trigger.length(), -1, -1, org == null ? -1 : 0, org == null ? -1 : 4, -1, -1, -1,
        -1, -1, -1, trigger);
    return new PersonnelEvent(type, MENG, org, null, "首席财务官", t, Polarity.ASSERTED,
        new Evidence("d", at, at + trigger.length(), trigger), 0.9, s);
  }

  @Test
  void aLeavingRetoldWithoutItsOrganizationIsTheSameLeavingOfTheOrganizationToldFirst() {
    List<PersonnelEvent> merged = SameFact.merge(List.of(event(EventType.LEFT, XINGHAI, "离职", null),
        event(EventType.LEFT, null, "辞去", "2024-03-11")));
    assertThat(merged).hasSize(1);
    assertThat(merged.get(0).org()).isEqualTo(XINGHAI);
    assertThat(merged.get(0).time().value()).isEqualTo("2024-03-11");
  }

  @Test
  void aJoiningDatedBeforeTheLeavingIsNoDestinationOfIt() {
    List<PersonnelEvent> linked = ParagraphLinks.link(List.of(event(EventType.LEFT, null, "辞去", "2024-03-11"),
        event(EventType.JOINED, XINGHAI, "加入", "2012")), TEXT);
    assertThat(linked.get(0).otherOrg()).isNull();
    List<PersonnelEvent> after = ParagraphLinks.link(List.of(event(EventType.LEFT, null, "辞去", "2024-03-11"),
        event(EventType.JOINED, XINGHAI, "加入", "2024-03-12")), TEXT);
    assertThat(after.get(0).otherOrg()).isEqualTo(XINGHAI); // joined after: where the leaving went
  }
}
