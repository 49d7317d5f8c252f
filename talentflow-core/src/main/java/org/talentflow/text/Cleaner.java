package org.talentflow.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
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
  private static final String BULLETS = "•·▪●■◆▶►-*";
  private static final Pattern NAV_BULLET = Pattern.compile("^[•·▪●■◆▶►\\-*]\\s*\\S.{0,40}$");
  private static final Pattern META_ONLY = Pattern.compile("^[\\d\\s:/.\\-]{1,20}$");
  /** A line that is only a full date stays: it dates the snippets below it (a listing page's teasers). */
  private static final Pattern DATE_ONLY = Pattern.compile("^\\d{4}-\\d{1,2}-\\d{1,2}$");

  /** A line this long is prose, not a menu entry: a bullet line over it heads a section ("●张三简历"). */
  private static final int PROSE = 40;
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
      String line = lines.get(i).trimmed(original);
      keep[i] = !isFurniture(line) || NAV_BULLET.matcher(line).matches() && headsProse(original, lines, i);
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

  /**
   * Whether the line after line {@code i} (blank lines skipped) is prose, no bullet and long: a bullet line over it is
   * the heading of an article's section ("●张三简历"), not a menu entry.
   */
  private static boolean headsProse(String original, List<Line> lines, int i) {
    for (int k = i + 1; k < lines.size(); k++) {
      String next = lines.get(k).trimmed(original);
      if (!next.isEmpty()) {
        return next.length() >= PROSE && BULLETS.indexOf(next.charAt(0)) < 0;
      }
    }
    return false;
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
    List<Integer> candidates = new ArrayList<>();
    for (int candidate : edges) {
      int len = lines.get(candidate).trimmed(original).length();
      if (len >= MIN_OFFTOPIC_LENGTH && totalChars - len >= REST_FACTOR * len) {
        candidates.add(candidate);
      }
    }
    if (candidates.isEmpty()) {
      return; // nothing long enough to judge, or too little article around it to judge against
    }
    // the candidates' distinct pairs, each with the candidates that hold it
    java.util.TreeMap<Long, Integer> holders = new java.util.TreeMap<>();
    for (int c = 0; c < candidates.size(); c++) {
      int bit = 1 << c;
      pairs(lines.get(candidates.get(c)).trimmed(original), key -> holders.merge(key, bit, (x, y) -> x | y));
    }
    long[] keys = holders.keySet().stream().mapToLong(Long::longValue).toArray();
    int[] heldBy = holders.values().stream().mapToInt(Integer::intValue).toArray();
    BitSet quick = new BitSet(1 << 16); // a first look that most pairs of the other paragraphs fail
    for (long key : keys) {
      quick.set(hash16(key));
    }
    for (int i : paragraphs) {
      if (!candidates.contains(i)) {
        pairs(lines.get(i).trimmed(original), key -> {
          int k = quick.get(hash16(key)) ? Arrays.binarySearch(keys, key) : -1;
          if (k >= 0) {
            heldBy[k] |= ELSEWHERE;
          }
        });
      }
    }
    for (int c = 0; c < candidates.size(); c++) {
      int own = 0;
      int shared = 0;
      for (int held : heldBy) {
        if ((held & (1 << c)) != 0) {
          own++;
          if ((held & ~(1 << c)) != 0) {
            shared++; // another paragraph holds it too
          }
        }
      }
      if (own > 0 && shared / (double) own < OFFTOPIC_OVERLAP) {
        keep[candidates.get(c)] = false;
      }
    }
  }

  /** The bit, beside the candidates' own, of a pair that a paragraph other than the candidates holds. */
  private static final int ELSEWHERE = 1 << 30;

  private static int hash16(long key) {
    long h = key * 0x9E3779B97F4A7C15L;
    return (int) (h >>> 48);
  }

  /**
   * The Han character pairs and the Latin words of two or more letters of a text, as numbers: a pair is its two
   * characters, a word the hash of its lower case above them (a collision only makes two words one).
   */
  static void pairs(String text, java.util.function.LongConsumer out) {
    int n = text.length();
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (isHan(c) && i + 1 < n && isHan(text.charAt(i + 1))) {
        out.accept(((long) c << 16) | text.charAt(i + 1));
      } else if (isAsciiLetter(c) && (i == 0 || !isAsciiLetter(text.charAt(i - 1)))) {
        int j = i;
        while (j < n && isAsciiLetter(text.charAt(j))) {
          j++;
        }
        if (j - i >= 2) {
          out.accept((1L << 32) | (text.substring(i, j).toLowerCase(Locale.ROOT).hashCode() & 0xFFFFFFFFL));
        }
      }
    }
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
