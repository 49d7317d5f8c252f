package org.talentflow.frame;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.talentflow.Pipeline;
import org.talentflow.model.SourceDocument;
import org.talentflow.pack.KnowledgePack;

/**
 * A sentence that opens with its verb (after a time at most) is about the person of its paragraph, or of the heading
 * line above it; otherwise it is about nobody the text names (texts written for these tests).
 */
class ZeroSubjectTest {
  private static final Pipeline PIPELINE = Pipeline.withHanlp(KnowledgePack.builtin().withoutEntities());

  private static List<String> events(String text) {
    SourceDocument doc = new SourceDocument("t", "test", null, null, LocalDate.of(2024, 6, 1), text);
    return PIPELINE.analyze(doc).events().stream()
        .map(e -> e.type() + " " + e.person().name() + " " + (e.time() == null ? "-" : e.time().value())).toList();
  }

  @Test
  void aBiographyUnderAHeadingIsAboutTheHeadingsPerson() {
    assertThat(events("●王建国简历\n1961年出生,江西九江人,大学学历,高级经济师。曾任星海港务局局长、副部长,"
        + "2005年6月起任交通部部长、党组书记。2010年3月经全国人大表决再度被任命为交通部部长。"))
        .contains("APPOINTED 王建国 2005-06", "APPOINTED 王建国 2010-03");
  }

  @Test
  void aBiographysShortAttributesAndListsOfPostsAreNoSubjects() {
    assertThat(events("●李国庆简历\n女,汉族,1958年9月出生,山东烟台人,大学学历,1978年参加工作,先后任烟台港务局副局长,"
        + "江城港务局局长、党委书记,2012年6月任国家海洋局局长、党组书记。"))
        .contains("APPOINTED 李国庆 2012-06");
  }

  @Test
  void aSentenceWithoutSubjectIsAboutThePersonItsParagraphNamedLast() {
    assertThat(events("2010年,王建国出任星海铁路局局长。2015年3月任交通部部长。"))
        .contains("APPOINTED 王建国 2010", "APPOINTED 王建国 2015-03");
  }

  @Test
  void noPersonInTheParagraphOrHeadingMeansNoEvent() {
    assertThat(events("王建国出席了会议。\n会议讨论了交通规划和预算,各部门负责人逐一发言,并对明年的工作作出部署。\n"
        + "2015年3月任交通部部长。")).noneMatch(e -> e.contains("2015-03"));
  }

  @Test
  void aClauseAfterAnotherWithAnUnnamedSubjectTakesNoName() {
    assertThat(events("王建国出席了发布会。这几位工程师从星海科技离职后,创立了月光集团。"))
        .noneMatch(e -> e.startsWith("FOUNDED 王建国"));
  }

  /** The subject's post opens the clause (employer, title, name): the next clause without a subject is about them. */
  @Test
  void aSubjectAfterItsPostIsTheTopicOfTheNextClause() {
    assertThat(events("白桦资本合伙人孟凡离开白桦资本,随后创办了雪松创投。"))
        .contains("FOUNDED 孟凡 -");
    assertThat(events("白桦资本合伙人孟凡离开白桦资本,自立门户创办了雪松创投。")) // @own-way before the verb
        .contains("FOUNDED 孟凡 -");
  }
}
