package org.talentflow.duee;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * DuEE predictions of leavings and withdrawals (组织关系-辞/离职, 退出, 解雇): who leaves, and where from, in
 * constructions the name rules and the writer of DuEE arguments once missed. Sentences written for these tests.
 */
class DueeLeavingsTest {
  private static List<String> predict(String sentence) {
    return DueeTest.predict(sentence);
  }

  /** A stage name or handle in Latin letters right after a title is the one who leaves, not a brand. */
  @Test
  void aLatinNameAfterATitleIsAPerson() {
    assertThat(predict("上周,人气主播Blaze离开星海直播。")).singleElement().asString()
        .contains("退出方=人气主播Blaze", "原所属组织=星海直播");
    assertThat(predict("乐队主唱nova已宣布辞职。")).singleElement().asString().contains("离职者=乐队主唱nova");
  }

  /**
   * A transliterated name written with 肖 (Sean, Shaw) after a title is found whole, its dot kept; a time may follow
   * it.
   */
  @Test
  void aTransliteratedNameWithXiaoIsFound() {
    assertThat(predict("月光俱乐部主席罗伯特·肖恩宣布辞职。")).singleElement().asString()
        .contains("离职者=月光俱乐部主席罗伯特·肖恩");
    assertThat(predict("星河联盟秘书长戴维·肖特昨日宣布辞职。")).singleElement().asString()
        .contains("离职者=星河联盟秘书长戴维·肖特");
  }

  /** A headline's word that takes the clause after it (别怪, 难怪) is no part of the subject's description. */
  @Test
  void aWordTakingTheClauseAfterItDescribesNoOne() {
    assertThat(predict("别怪帕克斯离开月光队,换谁都一样")).singleElement().asString()
        .contains("退出方=帕克斯", "原所属组织=月光队").doesNotContain("别怪");
  }

  /** A company's short form glossed in brackets after its full name, with the stock code, is not the one written. */
  @Test
  void theFullNameBeforeABracketedShortFormIsTheOrganization() {
    assertThat(predict("宁川云图网络科技有限公司（300123 宁川网络）表示，副总裁郑浩已于近日辞职。"))
        .singleElement().asString().contains("原所属组织=宁川云图网络科技有限公司").doesNotContain("原所属组织=宁川网络");
  }

  /** The organization left may be described by a relative clause that opens with a verb (筹备…的, 备战…的). */
  @Test
  void theOrganizationLeftMayBeDescribedByARelativeClause() {
    assertThat(predict("李四退出了筹备新专辑的星海乐队")).singleElement().asString()
        .contains("退出方=李四", "原所属组织=星海乐队");
    assertThat(predict("张三退出了备战亚洲杯的月光队训练营")).singleElement().asString()
        .contains("退出方=张三", "原所属组织=月光队训练营");
  }

  /** A star named by his standing (超巨, 巨星) is a person, before a name or alone. */
  @Test
  void aStarNamedByHisStandingIsAPerson() {
    assertThat(predict("这位超巨以伤病为由退出了星海队")).singleElement().asString()
        .contains("退出方=超巨", "原所属组织=星海队");
    assertThat(predict("头号超巨张三退出月光队")).singleElement().asString().contains("退出方=头号超巨张三");
  }
}
