package org.talentflow.frame;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.talentflow.Pipeline;
import org.talentflow.model.PersonnelEvent;
import org.talentflow.model.SourceDocument;
import org.talentflow.pack.KnowledgePack;

/** Events no sentence of their paragraph dates take the day the report tells of (texts written for these tests). */
class NewsDayTest {
  private static final Pipeline PIPELINE = Pipeline.withHanlp(KnowledgePack.builtin().withoutEntities());
  /** A Thursday. */
  private static final LocalDate THURSDAY = LocalDate.of(2024, 3, 14);

  private static List<String> events(LocalDate published, String text) {
    SourceDocument doc = new SourceDocument("t", "test", null, null, published, text);
    return PIPELINE.analyze(doc).events().stream()
        .map(e -> e.type() + " " + e.person().name() + " " + time(e) + " " + e.polarity().label()).toList();
  }

  private static String time(PersonnelEvent e) {
    return e.time() == null ? "-" : e.time().value() + " (" + e.time().text() + ")";
  }

  @Test
  void anUndatedEventHappenedOnTheDayTheReportNamesInItsWeek() {
    assertThat(events(THURSDAY, "Globex Inc. has hired Jane Roe as chief financial officer.\n\n"
        + "The appointment was announced on Tuesday, two years after Globex opened its Denver office."))
        .contains("APPOINTED Jane Roe 2024-03-12 (Tuesday) asserted");
    assertThat(events(THURSDAY, "星海科技总裁王志明离职。\n公司3月13日发布公告称,感谢其贡献。"))
        .contains("LEFT 王志明 2024-03-13 (3月13日) asserted");
  }

  @Test
  void withoutADayOfItsWeekTheReportTellsOfItsPublicationDay() {
    assertThat(events(THURSDAY, "星海科技总裁王志明离职。公司成立于2009年5月。"))
        .contains("LEFT 王志明 2024-03-14 (published 2024-03-14) asserted");
  }

  @Test
  void aDayOfTheParagraphDatesItsEventsBeforeTheNewsDay() {
    assertThat(events(THURSDAY, "2023年5月8日,星海科技召开董事会。总裁王志明离职。\n3月13日公司发布公告。"))
        .contains("LEFT 王志明 2023-05-08 (2023年5月8日) asserted");
  }

  @Test
  void backgroundAfterTheLedeIsNotDated() {
    String background = "星海科技是一家位于杭州的软件公司,主要产品包括办公软件和云存储服务。".repeat(40);
    assertThat(events(THURSDAY, "星海科技总裁王志明离职。\n" + background + "\n李华曾离职后加盟星海科技。"))
        .contains("LEFT 王志明 2024-03-14 (published 2024-03-14) asserted", "JOINED 李华 - asserted");
  }

  @Test
  void aPastFactTheReportRecallsIsNotDated() {
    // a cleft and a relative clause describe the person: background of another day
    assertThat(events(THURSDAY, "外界认为王志明即将离开星海科技,因为前总裁李华,也是在休假后离职的。"))
        .contains("LEFT 李华 - asserted");
    assertThat(events(THURSDAY, "已离职的星海科技总裁李华加入月光集团。"))
        .contains("LEFT 李华 - asserted", "JOINED 李华 2024-03-14 (published 2024-03-14) asserted");
  }

  @Test
  void plansFoundingsAndUndatedReportsAreNotDated() {
    assertThat(events(THURSDAY, "Globex Inc. said Jane Roe will step down as chief executive."))
        .contains("LEFT Jane Roe - planned");
    assertThat(events(THURSDAY, "星海科技联合创始人王志明表示,公司将继续投入研发。"))
        .allMatch(e -> e.contains(" - "));
    assertThat(events(null, "星海科技总裁王志明离职。")).contains("LEFT 王志明 - asserted");
  }
}
