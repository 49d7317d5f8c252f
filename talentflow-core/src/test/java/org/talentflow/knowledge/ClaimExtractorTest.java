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
    assertThat(claims("截至目前,谷歌的6名创始成员只剩下一位。")).containsExactly(
        "Google | 创始成员 total = 6 @2024-08", "Google | 创始成员 remaining = 1 @2024-08");
  }

  @Test
  void aProductReleaseDatedInItsClause() {
    assertThat(claims("2022年底ChatGPT推出后,用户快速增长。")).containsExactly("ChatGPT | release year = 2022");
  }

  @Test
  void headcountsWithTheirOwnTimes() {
    assertThat(claims("谷歌员工从去年5月的400人扩大至现在的1200人。")).containsExactly(
        "Google | headcount = 400 @2023-05", "Google | headcount = 1200 @2024-08");
    assertThat(claims("谷歌目前拥有超过2600名员工。")).containsExactly("Google | headcount = >2600 @2024-08");
  }

  @Test
  void everyClaimKeepsItsEvidence() {
    String text = "微軟的7名創始成員只剩下3人。";
    Claim c = PIPELINE.analyze(new SourceDocument("t", "t", null, null, LocalDate.of(2024, 8, 20), text)).claims().get(0);
    assertThat(text.substring(c.evidence().start(), c.evidence().end())).isEqualTo(c.evidence().text());
  }
}
