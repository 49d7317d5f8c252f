package org.talentflow.store;

import java.util.regex.Pattern;

/** Store URLs as messages show them: a password never appears. */
final class StoreUrls {
  private static final Pattern PASSWORD_PARAMETER =
      Pattern.compile("(?i)((?:^|[?&;])(?:password|pass|pwd|sslpassword)=)[^&;\\s]*");
  private static final Pattern USER_INFO = Pattern.compile("(//[^/:@\\s]*):[^@/\\s]*@");

  private StoreUrls() {}

  /** The text with every password in a URL (a parameter, or user:password@host) replaced by ***. */
  static String masked(String text) {
    if (text == null) {
      return null;
    }
    String s = PASSWORD_PARAMETER.matcher(text).replaceAll("$1***");
    return USER_INFO.matcher(s).replaceAll("$1:***@");
  }
}
