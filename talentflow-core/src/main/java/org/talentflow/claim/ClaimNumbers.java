package org.talentflow.claim;

/** Numbers as Chinese news writes them: Arabic, or Chinese up to 99 (三, 十一, 两). */
public final class ClaimNumbers {
  private ClaimNumbers() {}

  public static int parse(String s) {
    if (s.chars().allMatch(Character::isDigit)) {
      return Integer.parseInt(s);
    }
    String digits = "零一二三四五六七八九";
    int value = 0;
    int current = 0;
    for (char c : s.toCharArray()) {
      if (c == '两') {
        current = 2;
      } else if (c == '十') {
        value += (current == 0 ? 1 : current) * 10;
        current = 0;
      } else if (digits.indexOf(c) >= 0) {
        current = digits.indexOf(c);
      }
    }
    return value + current;
  }
}
