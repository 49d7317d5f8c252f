package org.talentflow.frame;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.talentflow.Pipeline;
import org.talentflow.model.SourceDocument;
import org.talentflow.pack.KnowledgePack;

/**
 * Constructions of Chinese news that recur across outlets and were missed (texts and names invented for these tests):
 * each case reads "TYPE person @ organization".
 */
class NewsRecallTest {
  private static final Pipeline PIPELINE = Pipeline.withHanlp(KnowledgePack.builtin().withoutEntities());

  private static List<String> events(String text) {
    SourceDocument doc = new SourceDocument("t", "test", null, null, LocalDate.of(2024, 6, 1), text);
    return PIPELINE.analyze(doc).events().stream()
        .map(e -> e.type() + " " + e.person().name() + " @ " + (e.org() == null ? "-" : e.org().name()))
        .toList();
  }

  /** A disciplinary notice gives two sanctions joined by 、 before 处分 (expelled from the party, then another). */
  @Test
  void twoSanctionsBeforeTheWordForSanctionDismiss() {
    assertThat(events("经省委批准,省纪委决定给予郑国梁开除党籍、取消其退休待遇处分。"))
        .contains("DISMISSED 郑国梁 @ -");
  }

  /**
   * A club announces that a coach steps down and takes another post, the second clause without a subject: words
   * between the club and 宣布 (也通过官方网站), or the announcement quoted after a colon.
   */
  @Test
  void theOneAnOrganizationAnnouncesIsTheSubjectOfTheNextClause() {
    assertThat(events("今天,烟台队也通过官方网站宣布郑浩将不再担任球队主帅一职,改任俱乐部技术总监。"))
        .contains("APPOINTED 郑浩 @ 烟台队");
    assertThat(events("烟台队刚刚对外宣布:“郑浩将不再担任主教练,转任俱乐部顾问”。"))
        .contains("APPOINTED 郑浩 @ 烟台队");
  }

  /**
   * 球队 stands for the club that announces the news in the sentence that names it, not for one named before it in an
   * adverbial (在潍坊队之前: the club of an earlier, similar change).
   */
  @Test
  void theTeamIsTheOneThatAnnounces() {
    assertThat(events("在潍坊队之前,烟台队刚刚对外宣布:“郑浩将不再担任主教练,转任球队首席顾问”。"))
        .contains("APPOINTED 郑浩 @ 烟台队");
  }

  /** 主帅 and 主教练 name one post: a coach's leaving told with each is one leaving. */
  @Test
  void aHeadCoachsLeavingToldWithTwoTitlesIsOne() {
    assertThat(events("烟台队官方宣布,郑浩将不再担任球队主帅。郑浩将在本赛季结束后卸任主教练。"))
        .containsExactly("LEFT 郑浩 @ 烟台队");
  }

  /** A person described by age before the name ("现年58岁的") opens the clause: later clauses without a subject are theirs. */
  @Test
  void aNameAfterItsAgeIsTheSubjectOfLaterClauses() {
    assertThat(events("现年58岁的郑浩,此前在华夏银行工作多年,2019年出任月光科技总裁。"))
        .contains("APPOINTED 郑浩 @ 月光科技");
  }

  /** A résumé's clause without a subject may say where the person went to take the post (到杭州担任…). */
  @Test
  void wherePersonWentToTakeThePostStandsBeforeTheVerb() {
    assertThat(events("郑浩曾任东方电子副总裁,2005年应市长之邀,到杭州担任华东理工研究院院长。"))
        .contains("APPOINTED 郑浩 @ 华东理工研究院");
  }

  /** A name that names an era (郑浩时代的老将: the veterans of his time) is not the one who leaves. */
  @Test
  void aNameBeforeAnEraIsNoSubject() {
    assertThat(events("据悉,郑浩时代的老将将于下月卸任。")).noneMatch(e -> e.contains("郑浩"));
  }
}
