package org.talentflow.mention;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.talentflow.model.EntityType;
import org.talentflow.pack.KnowledgePack;

/**
 * A name glossed in the other script, in brackets, in either direction: "米拉·穆拉蒂(Mira Murati)",
 * "邓(Peter Deng)", "Sam Altman(萨姆·奥尔特曼)". Both sides become mentions, linked as one entity. Thread-safe.
 */
public final class Glosses {
  private static final Pattern LATIN_GLOSS = Pattern.compile("[(]([A-Z][A-Za-z'‘’.\\- ]{1,40})[)]");
  private static final Pattern HAN_GLOSS = Pattern.compile("[(]([\\p{IsHan}·]{2,12})[)]");

  private final KnowledgePack pack;
  private final LatinNames latin;

  public Glosses(KnowledgePack pack, LatinNames latin) {
    this.pack = pack;
    this.latin = latin;
  }

  /** Adds both sides of every gloss to {@code out} and a link between them to {@code links}. */
  public void find(String text, List<Mention> out, List<int[]> links) {
    if (text.indexOf('(') < 0) {
      return;
    }
    Matcher m = LATIN_GLOSS.matcher(text);
    while (m.find()) {
      int hanEnd = m.start();
      int hanStart = hanNameStart(text, hanEnd);
      if (hanStart < 0) {
        continue;
      }
      String l = m.group(1).strip();
      EntityType type = latin.looksLikeOrg(l) ? EntityType.ORG : EntityType.PERSON;
      // a transliterated full name ("内德·西格尔") vouches for its gloss even when the given name is not listed
      boolean transliterated = text.substring(hanStart, hanEnd).indexOf('·') > 0 && l.contains(" ");
      if (type == EntityType.PERSON && (!latin.looksLikePerson(l) && !transliterated || !capitalized(l))) {
        continue; // "(Mira M i)": a name garbled in the page is no gloss
      }
      links.add(new int[] {add(out, type, hanStart, hanEnd, text), add(out, type, m.start(1), m.start(1) + l.length(), text)});
    }
    Matcher h = HAN_GLOSS.matcher(text);
    while (h.find()) {
      int latinEnd = h.start();
      int latinStart = latinEnd;
      while (latinStart > 0 && (Dictionary.isLatinLetter(text.charAt(latinStart - 1)) || text.charAt(latinStart - 1) == ' ')) {
        latinStart--;
      }
      while (latinStart < latinEnd && text.charAt(latinStart) == ' ') {
        latinStart++;
      }
      if (latinEnd - latinStart < 3 || !latin.looksLikePerson(text.substring(latinStart, latinEnd))) {
        continue;
      }
      links.add(new int[] {add(out, EntityType.PERSON, latinStart, latinEnd, text),
          add(out, EntityType.PERSON, h.start(1), h.end(1), text)});
    }
  }

  private static int add(List<Mention> out, EntityType type, int s, int e, String text) {
    out.add(new Mention(type, s, e, text.substring(s, e), "gloss", null));
    return out.size() - 1;
  }

  /** Whether every word of a Latin name starts with a capital (a person's name as written). */
  private static boolean capitalized(String latinName) {
    for (String w : latinName.split("\\s+")) {
      if (w.isEmpty() || !Character.isUpperCase(w.charAt(0))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Where the Han name ending at {@code end} starts: a run of transliteration characters and "·" (米拉·穆拉蒂), or a
   * single Chinese surname (邓 in "邓(PeterDeng)"); -1 when there is no name there.
   */
  int hanNameStart(String text, int end) {
    int s = end;
    while (s > 0 && s > end - 12) {
      char c = text.charAt(s - 1);
      if (pack.isTranslitChar(c) || (c == '·' && s < end)) {
        s--;
      } else {
        break;
      }
    }
    while (s < end && text.charAt(s) == '·') {
      s++;
    }
    if (end - s >= 2) {
      return s;
    }
    // "大卫·李(David Lee)": a transliterated given name, then a Chinese family name
    if (end >= 4 && pack.isSurname(text.charAt(end - 1)) && text.charAt(end - 2) == '·'
        && pack.isTranslitChar(text.charAt(end - 3))) {
      int g = end - 3;
      while (g > 0 && g > end - 10 && pack.isTranslitChar(text.charAt(g - 1))) {
        g--;
      }
      return g;
    }
    return end > 0 && pack.isSurname(text.charAt(end - 1)) ? end - 1 : -1;
  }
}
