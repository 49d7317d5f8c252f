package org.talentflow.model;

import java.util.Objects;

/**
 * A country, government or organization leaving an organization or a treaty ("英国退出欧盟", "日本政府宣布退出国际捕鲸
 * 委员会"): no person takes part, so it is no {@link PersonnelEvent}. {@code party} and {@code org} are the names as
 * written; {@code surface} gives their spans in the ORIGINAL text (party as the person slot, org as the organization).
 */
public record Withdrawal(String party, String org, TimeValue time, Polarity polarity, Evidence evidence,
    Surface surface) {
  public Withdrawal {
    Objects.requireNonNull(party, "party");
    Objects.requireNonNull(polarity, "polarity");
    Objects.requireNonNull(evidence, "evidence");
    Objects.requireNonNull(surface, "surface");
  }
}
