package org.talentflow.model;

import java.util.Objects;

/**
 * A number (or date) an article states about a subject: "OpenAI cofounders remaining: 3, as of 2024-08", with the
 * evidence. {@code quantity} names what is counted in the article's words ("联合创始人 remaining", "发布时间").
 */
public record Claim(String subject, String quantity, String value, String asOf, Evidence evidence) {
  public Claim {
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(quantity, "quantity");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(evidence, "evidence");
  }
}
