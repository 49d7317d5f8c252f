package org.talentflow.frame;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.talentflow.Pipeline;
import org.talentflow.model.Granularity;
import org.talentflow.model.PersonnelEvent;
import org.talentflow.model.SourceDocument;
import org.talentflow.model.TimeValue;
import org.talentflow.pack.KnowledgePack;

/** Whether a frame's time lies ahead of the publication date, which makes an asserted event a plan. */
class FrameTimesTest {
  private static final FrameTimes TIMES = new FrameTimes("", List.of(), LocalDate.of(2024, 3, 1));

  private static TimeValue time(String value, Granularity granularity) {
    return new TimeValue(value, granularity, value);
  }

  @Test
  void aDayMoreThanAWeekAfterThePublicationIsAhead() {
    assertThat(TIMES.future(time("2024-03-09", Granularity.DAY))).isTrue();
    assertThat(TIMES.future(time("2024-03-05", Granularity.DAY))).isFalse();
  }

  @Test
  void aMonthOrYearCountsFromItsFirstDay() {
    assertThat(TIMES.future(time("2024-04", Granularity.MONTH))).isTrue();
    assertThat(TIMES.future(time("2024", Granularity.YEAR))).isFalse();
    assertThat(TIMES.future(time("2025", Granularity.YEAR))).isTrue();
  }

  @Test
  void aQuarterAnUnknownTimeOrAnUnknownPublicationIsNeverAhead() {
    assertThat(TIMES.future(time("2025-Q3", Granularity.SEASON))).isFalse();
    assertThat(TIMES.future(new TimeValue(null, null, "明年"))).isFalse();
    assertThat(TIMES.future(null)).isFalse();
    assertThat(new FrameTimes("", List.of(), null).future(time("2030", Granularity.YEAR))).isFalse();
  }

  /** "任命…,自2024年4月1日起生效": the day the change holds dates it; a dismissal keeps the day it was told. */
  @Test
  void theDayAChangeTakesEffectDatesIt() {
    Pipeline p = Pipeline.withHanlp(KnowledgePack.builtin().withoutEntities());
    SourceDocument doc = new SourceDocument("t", "test", null, null, LocalDate.of(2024, 3, 15),
        "星海电器董事会任命周岚为公司首席财务官,自2024年4月1日起生效。");
    assertThat(p.analyze(doc).events()).extracting(PersonnelEvent::time).extracting(TimeValue::value)
        .containsExactly("2024-04-01");
  }
}
