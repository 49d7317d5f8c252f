package org.talentflow.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits normalized text into sentences at Chinese and Latin sentence ends and at line breaks. Closing quotes and
 * brackets stay with their sentence; a period between digits or inside an abbreviation like "Inc." does not end one.
 */
public final class SentenceSplitter {
  private SentenceSplitter() {}

  public static List<Sentence> split(String text) {
    List<Sentence> out = new ArrayList<>();
    int start = 0;
    int n = text.length();
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      boolean end = false;
      if (c == '\n') {
        end = true;
      } else if (c == '。' || c == '!' || c == '?' || c == ';' || c == '…') {
        end = true;
      } else if (c == '.' && latinSentenceEnd(text, i)) {
        end = true;
      }
      if (!end) {
        continue;
      }
      int j = i + 1;
      while (j < n && isCloser(text.charAt(j))) {
        j++;
      }
      add(text, start, j, out);
      start = j;
      i = j - 1;
    }
    add(text, start, n, out);
    return out;
  }

  /**
   * A period after a lower-case word that is no abbreviation, or after a number ("in May 2024. Leike"), followed by a
   * space and a capital letter.
   */
  private static boolean latinSentenceEnd(String text, int i) {
    int n = text.length();
    char last = i == 0 ? ' ' : text.charAt(i - 1);
    if (!Character.isLowerCase(last) && !(last >= '0' && last <= '9') || i + 2 >= n || text.charAt(i + 1) != ' ') {
      return false;
    }
    int w = i;
    while (w > 0 && Character.isLetter(text.charAt(w - 1)) && text.charAt(w - 1) < 128) {
      w--;
    }
    String word = text.substring(w, i);
    if (ABBREVIATIONS.contains(word)) {
      return false;
    }
    char next = text.charAt(i + 2);
    return next >= 'A' && next <= 'Z';
  }

  private static final java.util.Set<String> ABBREVIATIONS =
      java.util.Set.of("Inc", "Co", "Corp", "Ltd", "Mr", "Mrs", "Ms", "Dr", "Jr", "Sr", "St", "vs", "etc", "Prof");

  private static boolean isCloser(char c) {
    return c == '”' || c == '"' || c == '’' || c == '」' || c == '』' || c == ')' || c == '】' || c == '…'
        || c == '!' || c == '?' || c == '。';
  }

  private static void add(String text, int start, int end, List<Sentence> out) {
    int s = start;
    int e = end;
    while (s < e && Character.isWhitespace(text.charAt(s))) {
      s++;
    }
    while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
      e--;
    }
    if (e > s) {
      out.add(new Sentence(s, e));
    }
  }
}
