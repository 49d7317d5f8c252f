package org.talentflow.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.talentflow.Pipeline;
import org.talentflow.model.Claim;
import org.talentflow.model.SourceDocument;
import org.talentflow.pack.KnowledgePack;

class ClaimExtractorTest {
  private static final Pipeline PIPELINE = Pipeline.withHanlp(KnowledgePack.builtin());

  private static List<String> claims(String text) {
    return PIPELINE.analyze(new SourceDocument("t", "t", null, null, LocalDate.of(2024, 8, 20), text)).claims().stream()
        .map(c -> c.subject() + " | " + c.quantity() + " = " + c.value() + (c.asOf() == null ? "" : " @" + c.asOf()))
        .toList();
  }

  @Test
  void aTotalAndWhatRemains() {
    assertThat(claims("截至目前,谷歌的8位联合创始人中仅剩两位。")).containsExactly(
        "Google | 联合创始人 total = 8 @2024-08", "Google | 联合创始人 remaining = 2 @2024-08");
  }

  @Test
  void aProductReleaseDatedInItsClause() {
    assertThat(claims("2022年底ChatGPT推出后,用户快速增长。")).containsExactly("ChatGPT | release year = 2022");
  }

  @Test
  void headcountsWithTheirOwnTimes() {
    assertThat(claims("谷歌公司员工从去年11月的700人增加到目前的1500人。")).containsExactly(
        "Google | headcount = 700 @2023-11", "Google | headcount = 1500 @2024-08");
    assertThat(claims("如今的谷歌拥有超过1700名员工。")).containsExactly("Google | headcount = >1700 @2024-08");
  }

  @Test
  void everyClaimKeepsItsEvidence() {
    String text = "微軟的11名聯合創始人僅剩2人。";
    Claim c = PIPELINE.analyze(new SourceDocument("t", "t", null, null, LocalDate.of(2024, 8, 20), text)).claims().get(0);
    assertThat(text.substring(c.evidence().start(), c.evidence().end())).isEqualTo(c.evidence().text());
  }
}
