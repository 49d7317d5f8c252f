package org.talentflow.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes what is not article text from a noisy web scrape, without losing the way back to the original: site
 * furniture lines (from the knowledge pack's boilerplate patterns), navigation bullets, image file names, promo
 * paragraphs at the edges of the article that share almost no vocabulary with the rest of it, and pinyin glosses
 * inserted after characters ("創(chuàng)" becomes "創"). Masked characters ("*") are kept as they are.
 */
public final class Cleaner {
  /** A pinyin syllable with at least one tone mark. */
  private static final String SYLLABLE = "[a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹ]*";
  /**
   * A parenthesized pinyin syllable right after a letter or Han character; or, after a character lost to a bad
   * conversion ("?"), what is left of its gloss ("日?qǐng)?bào)道": the "(" went with the character).
   */
  private static final Pattern PINYIN_GLOSS = Pattern.compile(
      "(?<=[\\p{IsHan}A-Za-z])[(（]" + SYLLABLE + "[)）]|(?<=[?？\\uFFFD])[(（]?" + SYLLABLE + "[)）]");

  private static final Pattern IMAGE_FILE = Pattern.compile("^\\S+\\.(?i:webp|jpe?g|png|gif|svg|bmp)$");
  private static final Pattern NAV_BULLET = Pattern.compile("^[•·▪●■◆▶►\\-*]\\s*\\S.{0,40}$");
  private static final Pattern META_ONLY = Pattern.compile("^[\\d\\s:/.\\-]{1,20}$");
  /** A line that is only a full date stays: it dates the snippets below it (a listing page's teasers). */
  private static final Pattern DATE_ONLY = Pattern.compile("^\\d{4}-\\d{1,2}-\\d{1,2}$");

  /** Paragraphs shorter than this are never judged off-topic: they carry too few words to judge. */
  private static final int MIN_OFFTOPIC_LENGTH = 60;
  /** Share of a paragraph's word pairs found elsewhere in the article below which an edge paragraph is a promo. */
  private static final double OFFTOPIC_OVERLAP = 0.12;
  private static final int EDGE_PARAGRAPHS = 3;
  /** The rest of the article must be this many times longer than a paragraph judged against it. */
  private static final int REST_FACTOR = 4;

  private final List<Pattern> boilerplate;

  public Cleaner(List<Pattern> boilerplate) {
    this.boilerplate = List.copyOf(Objects.requireNonNull(boilerplate, "boilerplate"));
  }

  public MappedText clean(String original) {
    MappedText source = MappedText.identity(original);
    List<Line> lines = lines(original);
    boolean[] keep = new boolean[lines.size()];
    for (int i = 0; i < lines.size(); i++) {
      keep[i] = !isFurniture(lines.get(i).trimmed(original));
    }
    dropOffTopicEdges(original, lines, keep);

    MappedText.Builder out = source.derive();
    for (int i = 0; i < lines.size(); i++) {
      if (!keep[i]) {
        continue;
      }
      Line line = lines.get(i);
      keepWithoutGlosses(original, line.start, line.end, out);
      if (line.newline >= 0) {
        out.keep(line.newline, line.newline + 1); // the line break, so sentences never run across paragraphs
      }
    }
    return out.build();
  }

  private static void keepWithoutGlosses(String original, int start, int end, MappedText.Builder out) {
    Matcher m = PINYIN_GLOSS.matcher(original);
    m.useTransparentBounds(true);
    int at = start;
    // every gloss begins at a bracket or right after a lost character: the pattern is only tried there
    for (int i = start; i < end; i++) {
      char c = original.charAt(i);
      boolean afterLost = i > 0 && "?？\uFFFD".indexOf(original.charAt(i - 1)) >= 0;
      if (c != '(' && c != '（' && !afterLost) {
        continue;
      }
      if (m.region(i, end).lookingAt()) {
        out.keep(at, i);
        at = m.end();
        i = at - 1;
      }
    }
    out.keep(at, end);
  }

  boolean isFurniture(String line) {
    if (line.isEmpty()) {
      return false;
    }
    if (IMAGE_FILE.matcher(line).matches() || NAV_BULLET.matcher(line).matches()
        || (META_ONLY.matcher(line).matches() && !DATE_ONLY.matcher(line).matches())) {
      return true;
    }
    for (Pattern p : boilerplate) {
      if (p.matcher(line).matches()) {
        return true;
      }
    }
    return false;
  }

  /**
   * An advertisement pasted at the top or bottom of an article talks about something else: almost none of its
   * character pairs occur anywhere else in the article.
   */
  private static void dropOffTopicEdges(String original, List<Line> lines, boolean[] keep) {
    List<Integer> paragraphs = new ArrayList<>();
    int totalChars = 0;
    for (int i = 0; i < lines.size(); i++) {
      int len = lines.get(i).trimmed(original).length();
      if (keep[i] && len > 0) {
        paragraphs.add(i);
        totalChars += len;
      }
    }
    List<Integer> edges = new ArrayList<>();
    for (int k = 0; k < paragraphs.size(); k++) {
      if (k < EDGE_PARAGRAPHS || k >= paragraphs.size() - EDGE_PARAGRAPHS) {
        edges.add(paragraphs.get(k));
      }
    }
    java.util.Map<Integer, long[]> candidatePairs = new java.util.HashMap<>();
    for (int candidate : edges) {
      int len = lines.get(candidate).trimmed(original).length();
      if (len >= MIN_OFFTOPIC_LENGTH && totalChars - len >= REST_FACTOR * len) {
        candidatePairs.put(candidate, pairs(lines.get(candidate).trimmed(original)));
      }
    }
    if (candidatePairs.isEmpty()) {
      return; // nothing long enough to judge, or too little article around it to judge against
    }
    // every paragraph's distinct pairs together, sorted: a pair's run length is the number of paragraphs holding it
    List<long[]> perParagraph = new ArrayList<>();
    int size = 0;
    for (int i : paragraphs) {
      long[] p = candidatePairs.containsKey(i) ? candidatePairs.get(i) : pairs(lines.get(i).trimmed(original));
      perParagraph.add(p);
      size += p.length;
    }
    long[] all = new long[size];
    int at = 0;
    for (long[] p : perParagraph) {
      System.arraycopy(p, 0, all, at, p.length);
      at += p.length;
    }
    Arrays.sort(all);
    for (java.util.Map.Entry<Integer, long[]> c : candidatePairs.entrySet()) {
      long[] own = c.getValue();
      int shared = 0;
      for (long pair : own) {
        int first = Arrays.binarySearch(all, pair);
        if (first > 0 && all[first - 1] == pair || first + 1 < all.length && all[first + 1] == pair) {
          shared++; // found next to itself: another paragraph holds it too
        }
      }
      if (own.length > 0 && shared / (double) own.length < OFFTOPIC_OVERLAP) {
        keep[c.getKey()] = false;
      }
    }
  }

  /**
   * The distinct Han character pairs and Latin words of two or more letters of a text, sorted, as numbers: a pair is
   * its two characters, a word the hash of its lower case above them (a collision only makes two words one).
   */
  static long[] pairs(String text) {
    int n = text.length();
    long[] keys = new long[n];
    int count = 0;
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (isHan(c) && i + 1 < n && isHan(text.charAt(i + 1))) {
        keys[count++] = ((long) c << 16) | text.charAt(i + 1);
      } else if (isAsciiLetter(c) && (i == 0 || !isAsciiLetter(text.charAt(i - 1)))) {
        int j = i;
        while (j < n && isAsciiLetter(text.charAt(j))) {
          j++;
        }
        if (j - i >= 2) {
          keys[count++] = (1L << 32) | (text.substring(i, j).toLowerCase(Locale.ROOT).hashCode() & 0xFFFFFFFFL);
        }
      }
    }
    Arrays.sort(keys, 0, count);
    int distinct = 0;
    for (int i = 0; i < count; i++) {
      if (distinct == 0 || keys[distinct - 1] != keys[i]) {
        keys[distinct++] = keys[i];
      }
    }
    return Arrays.copyOf(keys, distinct);
  }

  private static boolean isHan(char c) {
    // the unified ideographs, extension A and the compatibility block: all the pairs an article is made of
    return c >= '\u4E00' && c <= '\u9FFF' || c >= '\u3400' && c <= '\u4DBF' || c >= '\uF900' && c <= '\uFAFF';
  }

  private static boolean isAsciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  private static List<Line> lines(String text) {
    List<Line> out = new ArrayList<>();
    int start = 0;
    for (int i = 0; i <= text.length(); i++) {
      if (i == text.length() || text.charAt(i) == '\n') {
        int end = i;
        if (end > start && text.charAt(end - 1) == '\r') {
          end--;
        }
        out.add(new Line(start, end, i < text.length() ? i : -1));
        start = i + 1;
      }
    }
    return out;
  }

  private record Line(int start, int end, int newline) {
    String trimmed(String text) {
      return text.substring(start, end).strip();
    }
  }
}
