package org.talentflow.mention;

import java.util.List;

/** A role title in the normalized text, [start, end), with the words that qualify it ("研究副总裁"). */
public record RoleMention(int start, int end, String text) {
  /**
   * Whether a title begins within {@code reach} characters after {@code from}, with only Han characters between:
   * "为临时主帅", "为国务院副总理".
   */
  public static boolean titleSoonAfter(String text, List<RoleMention> roles, int from, int reach) {
    for (RoleMention r : roles) {
      if (r.start() >= from && r.start() <= from + reach && hanOnly(text, from, r.start())) {
        return true;
      }
    }
    return false;
  }

  private static boolean hanOnly(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      if (!Character.isIdeographic(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }
}
