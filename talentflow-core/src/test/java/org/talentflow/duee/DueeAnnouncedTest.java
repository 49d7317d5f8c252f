package org.talentflow.duee;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * DuEE predictions where one announces that another withdraws or joins (X官宣Y退出, X官宣Y加盟), and joinings named
 * in the title of a club's notice (《关于X加盟Y的公告》). Sentences written for these tests.
 */
class DueeAnnouncedTest {
  private static List<String> predict(String sentence) {
    return DueeTest.predict(sentence);
  }

  /** The one announcing is not the one who withdraws, also when the other is a nickname or a description. */
  @Test
  void theOneAnnouncedWithdrawsNotTheAnnouncer() {
    assertThat(predict("星河影业官宣铁面侠退出月光宇宙")).singleElement().asString()
        .contains("退出方=铁面侠", "原所属组织=月光宇宙").doesNotContain("退出方=星河影业");
  }

  /** A nickname announced before a verb of joining joins the one announcing. */
  @Test
  void aNicknameAnnouncedBeforeAJoiningJoinsTheAnnouncer() {
    assertThat(predict("星海队正式官宣铁卫加盟")).singleElement().asString()
        .contains("加盟者=铁卫", "所加盟组织=星海队");
  }

  /** A name the segmenter cut into characters of other tags in a notice's title, before the verb it announces. */
  @Test
  void aNameInTheTitleOfANoticeIsFoundBeforeItsVerb() {
    assertThat(predict("《关于史宁安加盟月光队的通知》")).singleElement().asString()
        .contains("加盟者=史宁安", "所加盟组织=月光队");
    assertThat(predict("《关于何必安加盟月光队的通知》")).singleElement().asString()
        .contains("加盟者=何必安");
    // a title is no name, though its first character is also a family name
    assertThat(predict("《关于董事长离任事宜的通知》")).singleElement().asString().contains("离职者=董事长");
  }
}
