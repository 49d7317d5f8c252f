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

  /** A transliterated name written with 肖 (Sean, Shaw) after a title is found whole, its dot kept. */
  @Test
  void aTransliteratedNameWithXiaoIsFound() {
    assertThat(predict("月光党领导人比尔·肖特在票数落后的情况下承认失败并宣布辞职。")).singleElement().asString()
        .contains("离职者=月光党领导人比尔·肖特");
  }

  /** A headline's word that takes the clause after it (别怪, 难怪) is no part of the subject's description. */
  @Test
  void aWordTakingTheClauseAfterItDescribesNoOne() {
    assertThat(predict("别怪帕克斯退出国家队,换谁都一样")).singleElement().asString()
        .contains("退出方=帕克斯", "原所属组织=国家队").doesNotContain("别怪");
  }
}
