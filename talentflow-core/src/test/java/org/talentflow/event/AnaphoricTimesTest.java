package org.talentflow.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.talentflow.model.Granularity;
import org.talentflow.model.TimeValue;

/** The times that count from one mentioned before them, given the earlier mentions directly. */
class AnaphoricTimesTest {
  private static TimeMention at(String text, String expression, String value, Granularity granularity) {
    int start = text.indexOf(expression);
    return new TimeMention(start, start + expression.length(), new TimeValue(value, granularity, expression));
  }

  @Test
  void aSpanAfterADayMovesThatDay() {
    String text = "2023年3月1日她离职,十天后加盟另一家公司。";
    TimeMention day = at(text, "2023年3月1日", "2023-03-01", Granularity.DAY);
    TimeMention after = at(text, "十天后", null, null);
    assertThat(AnaphoricTimes.resolve(text, List.of(day), after).value())
        .isEqualTo(new TimeValue("2023-03-11", Granularity.DAY, "十天后"));
  }

  @Test
  void aSpanAfterATimeInAnotherParagraphStaysUnknown() {
    String text = "2023年3月1日她离职。\n十天后他也走了。";
    TimeMention day = at(text, "2023年3月1日", "2023-03-01", Granularity.DAY);
    TimeMention after = at(text, "十天后", null, null);
    assertThat(AnaphoricTimes.resolve(text, List.of(day), after).value().resolved()).isFalse();
  }

  @Test
  void theSameDayIsTheLastDayMentionedEvenAcrossParagraphs() {
    String text = "2022年6月8日他辞职。2022年7月她也离开。\n同一天董事会开会。";
    TimeMention day = at(text, "2022年6月8日", "2022-06-08", Granularity.DAY);
    TimeMention month = at(text, "2022年7月", "2022-07", Granularity.MONTH);
    TimeMention same = at(text, "同一天", null, null);
    assertThat(AnaphoricTimes.resolve(text, List.of(day, month), same).value().value()).isEqualTo("2022-06-08");
  }

  @Test
  void anExpressionThatCountsFromNothingIsLeftAsItIs() {
    String text = "2021年他加入。";
    TimeMention year = at(text, "2021年", "2021", Granularity.YEAR);
    assertThat(AnaphoricTimes.resolve(text, List.of(), year)).isSameAs(year);
  }

  @Test
  void aWeekdayInBracketsRightAfterADateRestatesIt() {
    String text = "5月6日(周一)他离职,周三她加盟。";
    TimeMention date = at(text, "5月6日", "2024-05-06", Granularity.DAY);
    TimeMention monday = at(text, "周一", "2024-05-06", Granularity.DAY);
    TimeMention wednesday = at(text, "周三", "2024-05-08", Granularity.DAY);
    assertThat(AnaphoricTimes.restates(text, date, monday)).isTrue();
    assertThat(AnaphoricTimes.restates(text, date, wednesday)).isFalse();
  }

  /** "当月中旬", "同月底": the month of the last day or month mentioned before, found and valued. */
  @Test
  void theSameMonthIsTheMonthMentionedLast() {
    List<TimeMention> found = new TimeNormalizer().find("2023年4月2日她发表了讲话。当月中旬,她被降职。",
        java.time.LocalDate.of(2024, 3, 15));
    assertThat(found).extracting(t -> t.value().text(), t -> t.value().value())
        .contains(org.assertj.core.groups.Tuple.tuple("当月中旬", "2023-04"));
  }
}
