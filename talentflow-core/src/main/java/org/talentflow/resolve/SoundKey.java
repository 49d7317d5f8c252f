package org.talentflow.resolve;

import java.util.Locale;
import java.util.function.Function;

/**
 * The consonant skeleton of a name, comparable across scripts: "Schulman" and 舒尔曼 (shu er man) both give "srmn",
 * "Sutskever" gives "skvr" and 苏茨克维 (su ci ke wei) "skv". Chinese transliteration does not keep l and r, d and t,
 * v and w, or the sibilants (s, z, ts, sh) apart, so neither does the key. Vowels are dropped; a nasal final keeps
 * its n.
 */
public final class SoundKey {
  private final Function<String, String> pinyin;

  /** @param pinyin Han text to space-separated toneless pinyin syllables (HanLP's converter) */
  public SoundKey(Function<String, String> pinyin) {
    this.pinyin = pinyin;
  }

  /** The key of a Latin-script name (one word: a family name). */
  public static String latin(String name) {
    String s = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
    s = s.replace("sch", "S").replace("sh", "S").replace("ch", "C").replace("ph", "f").replace("th", "t")
        .replace("ck", "k").replace("ts", "Z").replace("tz", "Z").replace("x", "ks").replace("qu", "k")
        .replace("ce", "se").replace("ci", "si").replace("cy", "sy");
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      char k = switch (c) {
        case 'a', 'e', 'i', 'o', 'u', 'y', 'h' -> 0;
        case 'l' -> 'r';
        case 'd' -> 't';
        case 'w' -> 'v';
        case 'c', 'q' -> 'k';
        case 'g' -> 'k';
        case 'b' -> 'p';
        case 'z', 'Z', 'S', 'C', 'j' -> 's';
        default -> c;
      };
      append(out, k);
    }
    return out.toString();
  }

  /** The key of a Han-script name (transliterated), through its pinyin. */
  public String han(String name) {
    StringBuilder out = new StringBuilder();
    for (String syllable : pinyin.apply(name.replace("·", "")).split("\\s+")) {
      syllable(syllable.toLowerCase(Locale.ROOT), out);
    }
    return out.toString();
  }

  private static void syllable(String p, StringBuilder out) {
    if (p.isEmpty() || !Character.isLetter(p.charAt(0))) {
      return;
    }
    if (p.equals("er")) {
      append(out, 'r');
      return;
    }
    String initial;
    if (p.startsWith("zh") || p.startsWith("ch") || p.startsWith("sh")) {
      initial = p.substring(0, 2);
    } else if ("bpmfdtnlgkhjqxrzcsyw".indexOf(p.charAt(0)) >= 0) {
      initial = p.substring(0, 1);
    } else {
      initial = "";
    }
    char k = switch (initial) {
      case "zh", "j", "ch", "q", "sh", "x", "z", "c", "s" -> 's';
      case "l", "r" -> 'r';
      case "d", "t" -> 't';
      case "g", "k" -> 'k';
      case "b", "p" -> 'p';
      case "w", "f" -> 'v';
      case "y", "h", "" -> 0;
      default -> initial.charAt(0);
    };
    append(out, k);
    if (p.endsWith("n") || p.endsWith("ng")) {
      append(out, 'n');
    } else if (p.endsWith("r") && p.length() > 1) {
      append(out, 'r');
    }
  }

  private static void append(StringBuilder out, char k) {
    if (k != 0 && (out.length() == 0 || out.charAt(out.length() - 1) != k)) {
      out.append(k);
    }
  }

  /**
   * Whether a Han key {@code a} sounds like a Latin key {@code b}: the same first consonant and at most one edit in
   * every four consonants; keys of two consonants or fewer must be equal. A transliteration drops consonants (苏茨克维
   * for Sutskever loses the r) but does not invent them, so a Han key longer than the Latin one is another name
   * (穆斯卡特 is not Musk).
   */
  /**
   * Whether a Han transliteration's key and a Latin family name's key name the same person when many people could be
   * meant (a pack, a store): the same key, or alike when the Han key has five sounds or more. One sound apart is too
   * little to tell in a short key: 西格尔 "skr" is no Sutskever "skvr", 卡纳瓦罗 "knvr" no Agrawal "krvr". A final r
   * the transliteration left out is the one difference allowed (苏茨克沃 "skv" for Sutskever).
   */
  public static boolean sameAmongMany(String hanKey, String latinKey) {
    boolean finalR = hanKey.length() >= 3 && latinKey.equals(hanKey + "r");
    return hanKey.equals(latinKey) || finalR || hanKey.length() >= 5 && alike(hanKey, latinKey);
  }

  public static boolean alike(String a, String b) {
    if (a.isEmpty() || b.isEmpty()) {
      return false;
    }
    if (Math.min(a.length(), b.length()) <= 2) {
      return a.equals(b);
    }
    if (a.charAt(0) != b.charAt(0)) {
      // a first consonant a transliteration drops before a vowel (奥特曼 for Altman): the rest must agree exactly
      String shorter = a.length() < b.length() ? a : b;
      String longer = a.length() < b.length() ? b : a;
      return longer.substring(1).equals(shorter);
    }
    if (a.length() > b.length()) {
      return false;
    }
    int allowed = Math.max(1, Math.max(a.length(), b.length()) / 4);
    if (distance(a, b) <= allowed) {
      return true;
    }
    // an r before a consonant is often not transliterated at all (扎克伯格 for Zuckerberg)
    String la = a.charAt(0) + a.substring(1).replace("r", "");
    String lb = b.charAt(0) + b.substring(1).replace("r", "");
    return la.length() >= 3 && la.equals(lb);
  }

  static int distance(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }
}
