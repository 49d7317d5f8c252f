package org.talentflow.duee;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * DuEE predictions of dismissals and suspensions (组织关系-解雇, 停职): who is dismissed or suspended, in
 * constructions the frames and the writer of DuEE arguments once missed. Sentences written for these tests.
 */
class DueeDismissalsTest {
  private static List<String> predict(String sentence) {
    return DueeTest.predict(sentence);
  }

  /**
   * A passive dismissal alone in the last clause is about the one the sentence opens with, even when what led to it
   * takes two clauses, the verb is cut from 被 (被/双开) and a place and an unnamed employer describe the person.
   */
  @Test
  void aPassiveDismissalAfterTwoClausesIsAboutTheOpeningPerson() {
    assertThat(predict("江城某中学一教师，收受家长财物，已被双开")).singleElement().asString()
        .contains("被解雇人员=江城某中学一教师");
    assertThat(predict("孟凡收受家长财物，已被双开")).singleElement().asString().contains("被解雇人员=孟凡");
  }

  /**
   * A pronoun after a time that opens its sentence (当月下旬,她…) stands, as DuEE writes it, for the last person
   * named in the sentence before, as for a pronoun opening it; the time that counts from an earlier one is its time.
   */
  @Test
  void aPronounAfterAnOpeningTimeIsTheLastPersonOfTheSentenceBefore() {
    assertThat(predict("2023年4月,星海银行首席分析师孟凡因一篇文章遭到批评。当月下旬,她随即被停职。"))
        .singleElement().asString().contains("停职人员=星海银行首席分析师孟凡", "时间=当月下旬");
  }

  /**
   * A name before 所在 holds the post of the unit after it (孟凡所在医院副院长: the unit where 孟凡 works): the person is
   * the name, neither the name nor 所在 opens an organization, and the one who removes is the clause's subject.
   */
  @Test
  void aNameBeforeSuoZaiIsThePersonNotAnOrganization() {
    assertThat(predict("区卫生局已撤销孟凡所在医院副院长的职务")).singleElement().asString()
        .contains("被解雇人员=孟凡", "解雇方=区卫生局").doesNotContain("所在");
  }

  /**
   * A passive dismissal whose cause is told with 因 between the person and 被: the person named in the cause (the one
   * the person scolded) is no one dismissed.
   */
  @Test
  void aPersonInTheCauseOfAPassiveDismissalIsNotDismissed() {
    assertThat(predict("一名教练因辱骂球员被俱乐部辞退")).singleElement().asString()
        .contains("被解雇人员=一名教练").doesNotContain("被解雇人员=球员");
  }

  /** A word that says who is concerned (涉事, 涉案) before a title opens no organization of the person. */
  @Test
  void aWordOfBeingConcernedIsNoOrganization() {
    assertThat(predict("涉事教练已遭俱乐部停职")).singleElement().asString()
        .contains("停职人员=涉事教练").doesNotContain("所属组织=涉事");
  }
}
