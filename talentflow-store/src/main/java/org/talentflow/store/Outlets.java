package org.talentflow.store;

import java.net.URI;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The outlet a document was published by: the site of its URL, else the source line an article states near its top
 * ("来源:华尔街见闻", "Source: Reuters"), else unknown.
 */
final class Outlets {
  private Outlets() {}

  private static final Pattern SOURCE_LINE = Pattern.compile(
      "^\\s*(?:来源|來源|文章来源|文章來源|出处|出處|source|Source|SOURCE)\\s*[:：]\\s*([^\\s|｜/]{2,40})",
      Pattern.MULTILINE);

  /** How much of a text's beginning (in characters, as SQL's SUBSTR counts them) may hold its source line. */
  static final int HEAD = 2000;

  /** The beginning of a text that {@link #of} reads: its first {@link #HEAD} characters. */
  static String head(String text) {
    return text.codePointCount(0, text.length()) <= HEAD ? text : text.substring(0, text.offsetByCodePoints(0, HEAD));
  }

  static String of(String url, String head) {
    if (url != null && !url.isBlank()) {
      try {
        String host = URI.create(url.strip()).getHost();
        if (host != null && !host.isBlank()) {
          host = host.toLowerCase(Locale.ROOT);
          return host.startsWith("www.") ? host.substring(4) : host;
        }
      } catch (IllegalArgumentException e) {
        // not a URL: fall back to the text below
      }
    }
    if (head != null) {
      Matcher m = SOURCE_LINE.matcher(head);
      if (m.find()) {
        return m.group(1);
      }
    }
    return null;
  }
}
