package org.talentflow.claim;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Words one of which every match of a regular expression holds, read from the expression's top level: a run of
 * plain characters ("员工从") or a group of plain alternatives ("(?:仅剩|只剩|还剩)"), neither made optional by the
 * quantifier after it. A claim pattern then runs only in the sentences that hold one of its words: a regular
 * expression that starts with a class or an optional group is otherwise tried at every character of the text.
 * An expression with no such word (an alternative at its top level, only classes) gives none and runs everywhere.
 */
final class RequiredWords {
  private static final String META = "\\[](){}.*+?^$|";
  private static final java.util.regex.Pattern INLINE_FLAGS = java.util.regex.Pattern.compile("\\(\\?[idmsuxU-]+[:)]");

  private RequiredWords() {}

  /** The most selective set of words one of which every match holds (the longest shortest word), or none. */
  static List<String> of(java.util.regex.Pattern pattern) {
    String regex = pattern.pattern();
    if (pattern.flags() != 0 || INLINE_FLAGS.matcher(regex).find()) {
      return List.of(); // "(?i)": the words may stand in other cases
    }
    List<List<String>> candidates = new ArrayList<>();
    StringBuilder run = new StringBuilder();
    int i = 0;
    while (i < regex.length()) {
      char c = regex.charAt(i);
      if (c == '|') {
        return List.of(); // alternatives at the top level: no word is common to them all
      }
      if (META.indexOf(c) < 0) {
        int next = i + 1;
        if (optional(regex, next)) {
          close(run, candidates);
        } else {
          run.append(c);
        }
        i = next;
        continue;
      }
      close(run, candidates);
      int end = skip(regex, i);
      if (c == '(' && end > i && !optional(regex, end)) {
        List<String> words = literalAlternatives(regex.substring(i + 1, end - 1));
        if (!words.isEmpty()) {
          candidates.add(words);
        }
      }
      i = Math.max(end, i + 1);
    }
    close(run, candidates);
    List<String> best = List.of();
    for (List<String> words : candidates) {
      if (best.isEmpty() || shortest(words) > shortest(best)) {
        best = words;
      }
    }
    return best;
  }

  /** Sorted positions of the text where one of the words begins. */
  static int[] positions(String text, List<String> words) {
    int[] at = new int[16];
    int n = 0;
    for (String w : words) {
      for (int k = text.indexOf(w); k >= 0; k = text.indexOf(w, k + 1)) {
        if (n == at.length) {
          at = Arrays.copyOf(at, n * 2);
        }
        at[n++] = k;
      }
    }
    at = Arrays.copyOf(at, n);
    Arrays.sort(at);
    return at;
  }

  /** Whether one of the positions lies in [from, to). */
  static boolean anyIn(int[] positions, int from, int to) {
    int k = Arrays.binarySearch(positions, from);
    int first = k >= 0 ? k : -k - 1;
    return first < positions.length && positions[first] < to;
  }

  private static void close(StringBuilder run, List<List<String>> candidates) {
    if (!run.isEmpty()) {
      candidates.add(List.of(run.toString()));
      run.setLength(0);
    }
  }

  /** Whether what stands at {@code at} makes the item before it optional (?, *, {0,...}). */
  private static boolean optional(String regex, int at) {
    if (at >= regex.length()) {
      return false;
    }
    char q = regex.charAt(at);
    return q == '?' || q == '*' || q == '{' && regex.startsWith("{0", at);
  }

  /** The end (exclusive) of the item at {@code at}: an escape, a class or a group, with nesting and escapes. */
  private static int skip(String regex, int at) {
    char c = regex.charAt(at);
    if (c == '\\') {
      int end = at + 2;
      if (end <= regex.length() && "pP".indexOf(regex.charAt(at + 1)) >= 0 && end < regex.length()
          && regex.charAt(end) == '{') {
        int close = regex.indexOf('}', end);
        return close < 0 ? regex.length() : close + 1;
      }
      return Math.min(end, regex.length());
    }
    if (c == '[') {
      int k = at + 1;
      if (k < regex.length() && regex.charAt(k) == '^') {
        k++;
      }
      k++; // a ']' first in a class is itself
      int depth = 1;
      while (k < regex.length() && depth > 0) {
        char d = regex.charAt(k);
        if (d == '\\') {
          k++;
        } else if (d == '[') {
          depth++;
        } else if (d == ']') {
          depth--;
        }
        k++;
      }
      return k;
    }
    if (c == '(') {
      int depth = 0;
      for (int k = at; k < regex.length(); k++) {
        char d = regex.charAt(k);
        if (d == '\\') {
          k++;
        } else if (d == '[') {
          k = skip(regex, k) - 1;
        } else if (d == '(') {
          depth++;
        } else if (d == ')' && --depth == 0) {
          return k + 1;
        }
      }
      return regex.length();
    }
    return at + 1; // a quantifier, an anchor or '.': holds no word
  }

  /** The alternatives of a group's body when each is plain characters ("?:" and a name allowed), else none. */
  private static List<String> literalAlternatives(String body) {
    String b = body;
    if (b.startsWith("?:")) {
      b = b.substring(2);
    } else if (b.startsWith("?<") && b.length() > 2 && Character.isLetter(b.charAt(2))) {
      int close = b.indexOf('>');
      b = close < 0 ? "" : b.substring(close + 1);
    } else if (b.startsWith("?")) {
      return List.of(); // a look-around or a flag: matches no word of its own
    }
    List<String> out = new ArrayList<>();
    for (String alt : b.split("\\|", -1)) {
      if (alt.isEmpty() || alt.chars().anyMatch(ch -> META.indexOf(ch) >= 0)) {
        return List.of();
      }
      out.add(alt);
    }
    return out;
  }

  private static int shortest(List<String> words) {
    return words.stream().mapToInt(String::length).min().orElse(0);
  }
}
