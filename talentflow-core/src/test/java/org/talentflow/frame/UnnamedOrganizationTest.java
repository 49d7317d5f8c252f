package org.talentflow.frame;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.talentflow.Pipeline;
import org.talentflow.model.PersonnelEvent;
import org.talentflow.model.SourceDocument;
import org.talentflow.pack.KnowledgePack;

/** An organization written as "一家公司" is a new one the text does not name: no organization of the context. */
class UnnamedOrganizationTest {
  private static final Pipeline NO_PACK = Pipeline.withHanlp(KnowledgePack.builtin().withoutEntities());

  private static List<PersonnelEvent> events(String text) {
    return NO_PACK.analyze(new SourceDocument("t", "test", null, null, LocalDate.of(2024, 3, 15), text)).events();
  }

  @Test
  void oneWhoJoinsACompanyTheTextDoesNotNameJoinsNoOrganizationOfTheContext() {
    // the employer in the person's description is where the joining comes from, not where it goes
    List<PersonnelEvent> joined = events("江城矿业前高管吴昊已于上月加入一家公司。");
    assertThat(joined).singleElement().satisfies(e -> {
      assertThat(e.org()).isNull();
      assertThat(e.otherOrg().name()).isEqualTo("江城矿业");
    });
  }

  @Test
  void aGenericHeadAfter一家IsNoOrganizationName() {
    assertThat(events("吴昊离职后加入了一家初创企业。")).isNotEmpty().allSatisfy(e -> assertThat(e.org()).isNull());
    assertThat(events("吴昊离职后加入了一家投资机构。")).isNotEmpty().allSatisfy(e -> assertThat(e.org()).isNull());
  }

  /** "加盟一家金融科技公司": a description before the generic head after 一家 makes no name either. */
  @Test
  void aDescribedGenericHeadAfter一家IsNoOrganizationName() {
    assertThat(events("前星海银行行长孟凡已加盟一家金融科技公司。")).isNotEmpty()
        .allSatisfy(e -> assertThat(e.org()).isNull());
  }
}
