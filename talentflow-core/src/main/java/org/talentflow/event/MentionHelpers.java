package org.talentflow.event;

/** Character classes the event stage shares. */
final class MentionHelpers {
  private MentionHelpers() {}

  static boolean isHan(char c) {
    return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
  }
}
