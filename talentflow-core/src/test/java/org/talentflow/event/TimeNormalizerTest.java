package org.talentflow.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class TimeNormalizerTest {
  private final TimeNormalizer times = new TimeNormalizer();
  private static final LocalDate PUB = LocalDate.of(2024, 9, 27); // a Friday

  @ParameterizedTest(name = "{0} -> {1} ({2})")
  @CsvSource({
    "2024年8月5日, 2024-08-05, DAY",
    "2020年底, 2020, YEAR",
    "2018年初, 2018, YEAR",
    "2020年12月, 2020-12, MONTH",
    "2023-11-17, 2023-11-17, DAY",
    "今年5月, 2024-05, MONTH",
    "去年11月, 2023-11, MONTH",
    "去年秋天, 2023-autumn, SEASON",
    "今夏, 2024-summer, SEASON",
    "去冬, 2023-winter, SEASON",
    "明春, 2025-spring, SEASON",
    "今年, 2024, YEAR",
    "上个月, 2024-08, MONTH",
    "本月初, 2024-09, MONTH",
    "上周三, 2024-09-18, DAY",
    "下周一, 2024-09-30, DAY",
    "本周二, 2024-09-24, DAY",
    "下星期三, 2024-10-02, DAY",
    "周一, 2024-09-23, DAY",
    "周五, 2024-09-27, DAY",
    "昨日, 2024-09-26, DAY",
    "今日, 2024-09-27, DAY",
    "当地时间8月5日, 2024-08-05, DAY",
    "9月25日, 2024-09-25, DAY",
    "8月, 2024-08, MONTH",
    "11月, 2023-11, MONTH",
    "将于11月, 2024-11, MONTH",
    "18日, 2024-09-18, DAY",
    "30日, 2024-08-30, DAY",
    // dates in Chinese numerals, as notices and court papers write them, and mixed with figures
    "二〇二三年三月十日, 2023-03-10, DAY",
    "二零二三年十一月二十一日, 2023-11-21, DAY",
    "二○一九年十二月, 2019-12, MONTH",
    "一九九八年, 1998, YEAR",
    "二〇二〇年底, 2020, YEAR",
    "三月十日, 2024-03-10, DAY",
    "十二月三十一日, 2023-12-31, DAY",
    "九月二十号, 2024-09-20, DAY",
    "2024年三月, 2024-03, MONTH",
    "2023年十月8日, 2023-10-08, DAY",
    "今年三月底, 2024-03, MONTH",
    "去年十月下旬, 2023-10, MONTH",
    "去年十二月三十一日, 2023-12-31, DAY",
    // so long ago, in figures or numerals, from the publication date at the unit's granularity
    "3年前, 2021, YEAR",
    "三年前, 2021, YEAR",
    "3个月前, 2024-06, MONTH",
    "两个月前, 2024-07, MONTH",
    "两周前, 2024-09, MONTH",
    "十天前, 2024-09-17, DAY",
    "5天前, 2024-09-22, DAY",
    "前日, 2024-09-25, DAY"
  })
  void normalizesAgainstThePublicationDate(String text, String value, String granularity) {
    List<TimeMention> found = times.find("据报道," + text + "他宣布离职。", PUB);
    assertThat(found).hasSize(1);
    assertThat(found.get(0).value().value()).isEqualTo(value);
    assertThat(found.get(0).value().granularity().name()).isEqualTo(granularity);
  }

  @Test
  void aShortSeasonIsNoneInsideAnotherWord() {
    assertThat(times.find("如今夏天的转会市场很热闹。", PUB)).isEmpty();
    assertThat(times.find("他至今冬训从未缺席。", PUB)).isEmpty();
    assertThat(times.find("今春节前他宣布离职。", PUB)).isEmpty();
  }

  @Test
  void relativeTimesWithoutAPublicationDateStayUnknown() {
    List<TimeMention> found = times.find("今年5月他离职,2020年12月加入。", null);
    assertThat(found).hasSize(2);
    assertThat(found.get(0).value().value()).isNull();
    assertThat(found.get(0).value().text()).isEqualTo("今年5月");
    assertThat(found.get(1).value().value()).isEqualTo("2020-12");
  }

  @Test
  void aRelativeYearGlossedByItsNumberTakesTheWrittenYear() {
    assertThat(times.find("他将在明年(2025年)6月退休,去年(2023年)3月1日加入。", PUB)).extracting(t -> t.value().value())
        .containsExactly("2025-06", "2023-03-01");
  }

  @Test
  void aDayOfTheMonthAloneIsADayOfTheReferenceMonth() {
    // PUB is 2024-09-27: the 12th is this month's, the 28th last month's unless it is coming
    assertThat(times.find("他12日离职,28日宣布,将于28日到任。", PUB)).extracting(t -> t.value().value())
        .containsExactly("2024-09-12", "2024-08-28", "2024-09-28");
    // a count of days, or a jersey number, is no day
    assertThat(times.find("3日内完成交接,16号球员离队。", PUB)).isEmpty();
  }

  @Test
  void aDayAloneIsNoDayInsideANumberOrASpan() {
    assertThat(times.find("他在3日内离职,7日均线走低,第2日复职。", PUB)).isEmpty();
    assertThat(times.find("当地时间11日下午他宣布辞职。", PUB)).extracting(t -> t.value().value())
        .containsExactly("2024-09-11");
  }

  @Test
  void impossibleDatesAreNotTimes() {
    assertThat(times.find("13月,2月30日", PUB)).isEmpty();
    // "2024年13月" is no month, but its year still stands
    assertThat(times.find("2024年13月", PUB)).extracting(t -> t.value().value()).containsExactly("2024");
  }

  @Test
  void monthsInChineseNumeralsAndWithFenAreMonths() {
    assertThat(times.find("二月份他离职,3月份加入,十二月中旬获提拔。", PUB)).extracting(t -> t.value().value())
        .containsExactly("2024-02", "2024-03", "2023-12");
    // a count of months is no month: "一月内" is within one month, "一个月" a month long
    assertThat(times.find("一月内两人离职,他工作了一个月,三月有余。", PUB)).isEmpty();
  }

  @Test
  void chineseNumeralsAreReadByOneHelper() {
    assertThat(List.of("二〇二五", "二零一九", "一九九八", "十", "十二", "二十一", "三十", "两", "7", "12"))
        .extracting(ChineseTimes::number).containsExactly(2025, 2019, 1998, 10, 12, 21, 30, 2, 7, 12);
  }

  /** Numerals inside other words are no dates: an ordinal, a day trip, a "former" title. */
  @Test
  void chineseNumeralsInsideOtherWordsAreNoDates() {
    assertThat(times.find("第十一届大会于二〇二三年三月十日召开,前日本首相出席,一日游取消。", PUB))
        .extracting(t -> t.value().value()).containsExactly("2023-03-10");
    // before a year, 前 is "before" it; a vague count or "about three years" is no time ago
    assertThat(times.find("他三年前离职,公司计划2026年前上市,几年前他回来过,三年前后变化很大。", PUB))
        .extracting(t -> t.value().value()).containsExactly("2021", "2026");
    // two figures or numerals one by one before 年 may be a year written short: "19年前" is before 2019
    assertThat(times.find("他2年前加入,19年前三季度亏损,一八年前未上市。", PUB))
        .extracting(t -> t.value().value()).containsExactly("2022");
  }

  @Test
  void aDatelineInChineseNumeralsSetsTheDayForYesterday() {
    List<TimeMention> found = times.find("新华社北京九月十二日电 昨天,他宣布离职。", LocalDate.of(2024, 9, 13));
    assertThat(found).extracting(t -> t.value().value()).containsExactly("2024-09-12", "2024-09-11");
  }

  @Test
  void aMonthMoreThanHalfAYearAheadWasLastYears() {
    assertThat(times.find("12月他离职", LocalDate.of(2024, 3, 15)).get(0).value().value()).isEqualTo("2023-12");
  }

  @Test
  void aDateLineAnchorsTheSnippetsBelowIt() {
    String text = "正文:周五他离职。\n\n2023-11-25\n\n11月22日(周三)午后,他重返公司。\n2023-11-18\n周五董事会宣布。";
    List<TimeMention> found = times.find(text, LocalDate.of(2023, 11, 19));
    assertThat(found).extracting(t -> t.value().value())
        .containsExactly("2023-11-17", "2023-11-25", "2023-11-22", "2023-11-18", "2023-11-17"); // (周三) restates
  }

  @Test
  void aNewsDatelineSetsTheDayForYesterday() {
    List<TimeMention> found = times.find("新华社北京9月12日电 昨天,他宣布离职。", LocalDate.of(2024, 9, 13));
    assertThat(found).extracting(t -> t.value().value()).containsExactly("2024-09-12", "2024-09-11");
  }

  @Test
  void aSpanAfterMovesTheTimeMentionedBefore() {
    List<TimeMention> found = times.find("2023年11月17日他被解雇,五天后复职;11月他离开,3个月后回归。", PUB);
    assertThat(found).extracting(t -> t.value().value())
        .containsExactly("2023-11-17", "2023-11-22", "2023-11", "2024-02");
  }

  @Test
  void theDayBeforeOrAfterIsThatOfTheDayMentionedBefore() {
    List<TimeMention> found = times.find("3月12日,他当选。前一天,她当选。2024年5月9日他离职,次日她加盟;第二天又有人离开。", PUB);
    assertThat(found).extracting(t -> t.value().value())
        .containsExactly("2024-03-12", "2024-03-11", "2024-05-09", "2024-05-10", "2024-05-11");
    // with no day before it, it stays unknown
    assertThat(times.find("次日他离职。", PUB)).extracting(t -> t.value().value()).containsExactly((String) null);
  }

  @Test
  void aDatelineWithCharactersLostToABadConversionStillCounts() {
    List<TimeMention> found = times.find("某网站9月12日??道,昨天他宣布离职。", LocalDate.of(2024, 9, 13));
    assertThat(found).extracting(t -> t.value().value()).containsExactly("2024-09-12", "2024-09-11");
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    // days vaguely after a day stay in its month when both ends of the range do
    "2023年11月17日他被解雇;几天后他复职, 2023-11",
    "2023年11月27日他被解雇;几天后他复职, 2023",
    "11月他被解雇;几天后他复职, 2023-11",
    // a month and some after May is June or July: the year is all that is sure
    "今年5月他离职;1个多月后他创业, 2024",
    "今年5月他离职;两个多月后他创业, 2024",
    "2018年他离职;十几年后他回归, ''",
    "2018年他离职;几年后他回归, ''",
    "2023年11月17日他被解雇;两周后他复职, 2023-12-01",
    "2023年1月他离职;一年多后他回归, ''",
    "2023年他离职;一年多后他回归, ''",
    "2023年他离职;一年后他回归, 2024"
  })
  void aVagueSpanAfterATimeIsAsPreciseAsItsRangeAllows(String text, String value) {
    List<TimeMention> found = times.find(text, PUB);
    assertThat(found).hasSize(2);
    assertThat(found.get(1).value().value()).isEqualTo(value.isEmpty() ? null : value);
  }

  @Test
  void aMonthFollowedByAfterIsStillAMonth() {
    assertThat(times.find("3月后公司改组", PUB)).extracting(t -> t.value().value()).containsExactly("2024-03");
  }

  @Test
  void atTheSameTimeIsTheTimeMentionedBefore() {
    List<TimeMention> found = times.find("本月初,郑浩宣布离任。他的搭档周岚几乎同时提出休假。", PUB);
    assertThat(found).extracting(t -> t.value().value()).containsExactly("2024-09", "2024-09");
  }

  @Test
  void durationsAreNotMonths() {
    assertThat(times.find("过去的10个月里,公司一直在招人", PUB)).isEmpty();
    // "3个月后" with no time before it is a time, but an unknown one
    assertThat(times.find("过去的10个月里,3个月后", PUB)).singleElement()
        .satisfies(t -> assertThat(t.value().value()).isNull());
  }

  @Test
  void futureMonthsInTheSameHalfYearStayInTheYear() {
    assertThat(times.find("将于7月辞去职务", LocalDate.of(2018, 5, 18)).get(0).value().value()).isEqualTo("2018-07");
  }

  @ParameterizedTest(name = "{0} -> {1} ({2})")
  @CsvSource(delimiter = '|', value = {
    "on September 25, 2024 | 2024-09-25 | DAY",
    "on 25 September 2024 | 2024-09-25 | DAY",
    "in June 2019 | 2019-06 | MONTH",
    "in 2019 | 2019 | YEAR",
    "on Thursday | 2024-09-26 | DAY",
    "on Friday | 2024-09-27 | DAY",
    "yesterday | 2024-09-26 | DAY",
    "in May | 2024-05 | MONTH",
    "in November | 2023-11 | MONTH",
    "on Sept. 3 | 2024-09-03 | DAY",
    "last month | 2024-08 | MONTH",
    "earlier this year | 2024 | YEAR",
    "last year | 2023 | YEAR",
    "last week | 2024-09 | MONTH"
  })
  void englishExpressionsNormalizeAgainstThePublicationDate(String text, String value, String granularity) {
    List<TimeMention> found = times.find("The company said Jane Porter resigned " + text + " after a review.", PUB);
    assertThat(found).hasSize(1);
    assertThat(found.get(0).value().value()).isEqualTo(value);
    assertThat(found.get(0).value().granularity().name()).isEqualTo(granularity);
  }

  @Test
  void englishFutureMonthIsTheComingOneAndUndatedRelativesStayUnknown() {
    assertThat(times.find("Jane Porter will leave the company in March.", PUB).get(0).value().value())
        .isEqualTo("2025-03");
    assertThat(times.find("Jane Porter left the company on Monday.", null).get(0).value().resolved()).isFalse();
    assertThat(times.find("Revenue rose 2000 percent; 2019 employees were hired in May 2024.", PUB))
        .extracting(t -> t.value().value()).containsExactly("2024-05");
  }

  /** A month's name is a whole word: a name or word that begins with one is no time. */
  @Test
  void aWordThatBeginsWithAMonthsNameIsNoMonth() {
    assertThat(times.find("Vantor was founded by Maya Lindgaard; its office is at 5 Mayfair Lane.", PUB)).isEmpty();
    assertThat(times.find("Vantor was founded by May 2020 and moved in May.", PUB)).extracting(t -> t.value().value())
        .containsExactly("2020-05", "2024-05");
  }

  /** An impossible day is no day; what else the text says stands, as for 2024年6月31日 (the month). */
  @Test
  void anImpossibleEnglishDateGivesNoDay() {
    assertThat(times.find("Jane Porter resigned on February 30, 2024.", PUB)).isEmpty();
    assertThat(times.find("Jane Porter resigned on 31 June 2024.", PUB)).extracting(t -> t.value().value())
        .containsExactly("2024-06");
    assertThat(times.find("据报道,2024年6月31日他宣布离职。", PUB)).extracting(t -> t.value().value())
        .containsExactly("2024-06");
  }

  @Test
  void englishNamesOfMonthsInChineseTextCostNothingAndFindNothing() {
    assertThat(times.find("他在March Capital任职。", PUB)).isEmpty();
  }

  /** A week said whole is its month when it lies in one, else its year; a day of it stays a day. */
  @Test
  void aWeekSaidWholeIsItsMonthOrItsYear() {
    assertThat(times.find("他上周宣布离职。", PUB)).extracting(t -> t.value().value()).containsExactly("2024-09");
    assertThat(times.find("他本周宣布离职。", PUB)).extracting(t -> t.value().value()).containsExactly("2024-09");
    assertThat(times.find("他下周将离职。", PUB)).extracting(t -> t.value().value()).containsExactly("2024");
    assertThat(times.find("他上周三宣布离职。", PUB)).extracting(t -> t.value().value()).containsExactly("2024-09-18");
  }
}
