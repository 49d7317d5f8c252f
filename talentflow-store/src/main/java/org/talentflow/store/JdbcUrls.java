package org.talentflow.store;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * JDBC URLs as they may be shown: a password given in the URL ({@code ?password=...}, {@code user:password@host}) is
 * replaced by {@code ***} in the URL and wherever it appears in a message.
 */
final class JdbcUrls {
  private JdbcUrls() {}

  private static final Pattern PASSWORD_PARAM = Pattern.compile("(?i)([?&;]password=)([^&;#]*)");
  private static final Pattern USER_INFO = Pattern.compile("(//[^/?#@:]*:)([^@/?#]*)@");
  static final String MASK = "***";

  static String mask(String url) {
    if (url == null) {
      return null;
    }
    String out = PASSWORD_PARAM.matcher(url).replaceAll(m -> Matcher.quoteReplacement(m.group(1) + MASK));
    return USER_INFO.matcher(out).replaceAll(m -> Matcher.quoteReplacement(m.group(1) + MASK + "@"));
  }

  /** The message with the URL masked and the URL's password, as written and decoded, replaced by {@code ***}. */
  static String scrub(String message, String url) {
    if (message == null || url == null) {
      return message;
    }
    String out = message.replace(url, mask(url));
    for (Pattern p : new Pattern[] {PASSWORD_PARAM, USER_INFO}) {
      Matcher m = p.matcher(url);
      while (m.find()) {
        String secret = m.group(2);
        if (!secret.isEmpty()) {
          out = out.replace(secret, MASK);
          try {
            out = out.replace(URLDecoder.decode(secret, StandardCharsets.UTF_8), MASK);
          } catch (IllegalArgumentException e) {
            // not URL-encoded text: the password was replaced as written above
          }
        }
      }
    }
    return out;
  }
}
