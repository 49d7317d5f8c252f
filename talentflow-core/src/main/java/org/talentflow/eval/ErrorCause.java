package org.talentflow.eval;

/**
 * Why a gold event (or argument) was missed or a predicted one is extra, as {@link EventCauses} and
 * {@link org.talentflow.duee.DueeCauses} tell it from the predictions, the gold and the text alone: the same
 * classification applies to the output of any version, so two versions' tables compare. Declared in the order the
 * tables print.
 */
public enum ErrorCause {
  NAME_NOT_FOUND("name not found"),
  NAME_CUT("name cut or run over"),
  UNNAMED_SUBJECT("unnamed subject (a role, no name)"),
  WRONG_PERSON("wrong person attached"),
  ORG_MISSED("organization missed"),
  ORG_WRONG("organization wrong, cut or run over"),
  TRIGGER_MISSING("trigger missing (not a trigger of the pack)"),
  NO_FRAME("trigger known, no event of the type"),
  NO_EVENT_FOR_NAME("name found, no event of the type for it"),
  WRONG_TYPE("wrong type"),
  WRONG_ROLE("right words, wrong role"),
  TIME_MISSED("time missed"),
  TIME_WRONG("time wrong, cut or run over"),
  POLARITY_WRONG("polarity wrong"),
  DUPLICATE("the same event twice"),
  LEFT_OUT_BY_GOLD("an argument the gold leaves out"),
  NOT_IN_GOLD("an event the gold does not hold");

  private final String label;

  ErrorCause(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
