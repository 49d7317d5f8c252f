package org.talentflow.mention;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.talentflow.model.EntityType;
import org.talentflow.pack.KnowledgePack;

/**
 * Names written in Latin letters inside Chinese text: "Sam Altman", "SamAltman" (run together, split by the pack's
 * given names), organizations with a legal suffix ("Safe Superintelligence Inc."), brands that stand where
 * organizations stand ("加盟Twitter"), acronyms (source "acronym": as often a product, GPT, as an organization, so
 * they are never taken for the organization a sentence is about), and a lone first or family name, which resolution
 * attaches to a full name of the document or drops. Thread-safe.
 */
public final class LatinNames {
  /** One Latin name token: Altman, McGrew, D'Angelo, LeCun. */
  static final String TOKEN = "(?:Mc|Mac|Le|Di|Da|De|O['‘’]|D['‘’])?[A-Z][a-z]+";
  private static final Pattern NAME = Pattern.compile(TOKEN + "(?:[ \\-]?" + TOKEN + "){0,3}(?: Inc\\.| Inc|Inc\\.)?");
  private static final Pattern SPLIT = Pattern.compile(TOKEN);
  private static final Pattern ACRONYM = Pattern.compile("[A-Z][A-Za-z0-9]*[A-Z0-9][A-Za-z0-9]*|[A-Z]{2,}");

  private final KnowledgePack pack;
  private final List<String> latinSuffixes;
  private final Dictionary<Boolean> titles;
  /** The Latin titles written in capitals only (CEO, CTO), longest first. */
  private final List<String> capitalTitles;

  public LatinNames(KnowledgePack pack) {
    this.pack = pack;
    this.latinSuffixes = pack.orgSuffixes().stream().filter(s -> Dictionary.isLatinLetter(s.charAt(0))).toList();
    List<String> latinTitles = new ArrayList<>();
    for (String r : pack.roles()) {
      if (!r.isEmpty() && Dictionary.isLatinLetter(r.charAt(0))) {
        latinTitles.add(r);
      }
    }
    this.titles = Dictionary.of(latinTitles, w -> true);
    this.capitalTitles = latinTitles.stream()
        .filter(t -> t.length() >= 2 && t.chars().allMatch(ch -> ch >= 'A' && ch <= 'Z'))
        .sorted(java.util.Comparator.comparingInt(String::length).reversed()).toList();
  }

  /** Latin names in text[from, to) that no earlier finder took ({@code taken}). */
  public List<Mention> find(String text, int from, int to, boolean[] taken) {
    List<Mention> out = new ArrayList<>();
    Matcher m = NAME.matcher(text);
    Matcher a = ACRONYM.matcher(text);
    m.useTransparentBounds(true);
    a.useTransparentBounds(true);
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c < 'A' || c > 'Z' || i > 0 && Dictionary.isLatinLetter(text.charAt(i - 1)) || taken[i]) {
        continue;
      }
      int after = titlePrefix(text, i, to);
      if (after > 0 && m.region(after, to).lookingAt()
          && !(m.end() < to && Dictionary.isLatinLetter(text.charAt(m.end())))
          && !MentionStage.anyTaken(taken, after, m.end())) {
        // "CEOSatyaNadella" is a CEO and Satya Nadella, written together: the name after the title
        Mention x = classify(text, m.toMatchResult());
        if (x != null && x.type() == EntityType.PERSON) {
          out.add(x);
          i = m.end() - 1;
          continue;
        }
      }
      if (m.region(i, to).lookingAt() && Dictionary.latinEdgesOk(text, i, m.end())
          && !(m.end() < to && Dictionary.isLatinLetter(text.charAt(m.end())))
          && !MentionStage.anyTaken(taken, i, m.end())) {
        Mention x = classify(text, m.toMatchResult());
        if (x != null) {
          out.add(x);
        }
        i = m.end() - 1;
      } else if (a.region(i, to).lookingAt() && Dictionary.latinEdgesOk(text, i, a.end())
          && !MentionStage.anyTaken(taken, i, a.end()) && !isTitle(text, i, a.end()) && !pack.isNerNoise(a.group())) {
        // IBM, TSMC, OpenAI; "OpenAICEO" is OpenAI and its CEO, written together
        int end = a.end() - titleSuffix(text, i, a.end());
        out.add(new Mention(EntityType.ORG, i, end, text.substring(i, end), "acronym", null));
        i = a.end() - 1;
      }
    }
    return familyNamesAlone(out);
  }

  /**
   * A capitalized word alone that is the family name of a person the text names in full ("Pachocki" after "Jakub
   * Pachocki") is that person's name, not a brand: it becomes a partial name, which resolution joins to the full one.
   */
  private static List<Mention> familyNamesAlone(List<Mention> found) {
    java.util.Set<String> families = new java.util.HashSet<>();
    for (Mention m : found) {
      List<String> parts = m.type() == EntityType.PERSON ? tokens(m.text()) : List.of();
      if (parts.size() >= 2) {
        families.add(parts.get(parts.size() - 1));
      }
    }
    if (families.isEmpty()) {
      return found;
    }
    List<Mention> out = new ArrayList<>(found.size());
    for (Mention m : found) {
      boolean family = m.type() == EntityType.ORG && m.source().equals("latin") && families.contains(m.text());
      out.add(family ? new Mention(EntityType.PERSON, m.start(), m.end(), m.text(), "part", null) : m);
    }
    return out;
  }


  /** The length of a Latin title ending a run of capitals ("CEO" in "OpenAICEO"), leaving two letters before it. */
  private int titleSuffix(String text, int s, int e) {
    for (Dictionary.Hit<Boolean> h : titles.all(text, s, e)) {
      if (h.end() == e && h.start() >= s + 2) {
        return h.end() - h.start();
      }
    }
    return 0;
  }

  /** The end of a Latin title in capitals that begins at s and runs into a capitalized word ("CEOSatya"), or 0. */
  private int titlePrefix(String text, int s, int to) {
    for (String t : capitalTitles) {
      int e = s + t.length();
      if (e + 1 < to && text.startsWith(t, s) && Character.isUpperCase(text.charAt(e))
          && Character.isLowerCase(text.charAt(e + 1))) {
        return e;
      }
    }
    return 0;
  }

  private boolean isTitle(String text, int s, int e) {
    return titles.all(text, s, e).stream().anyMatch(h -> h.start() == s && h.end() == e);
  }

  /** Whether a bracket opens right before {@code s} after a character used to transliterate names (巴特勒(). */
  private boolean glossOfTransliteration(String text, int s) {
    return s >= 2 && text.charAt(s - 1) == '(' && pack.isTranslitChar(text.charAt(s - 2));
  }

  private Mention classify(String text, MatchResult r) {
    int s = r.start();
    int e = r.end();
    String name = r.group();
    List<String> tokens = tokens(name);
    if (isTitle(text, s, e) || pack.isNerNoise(name)) {
      return null;
    }
    if (looksLikeOrg(name)) {
      return new Mention(EntityType.ORG, s, e, name, "latin", null);
    }
    if (tokens.size() >= 2 && tokens.size() <= 3 && pack.isGivenName(tokens.get(0))) {
      return new Mention(EntityType.PERSON, s, e, name, "latin", null);
    }
    if (tokens.size() == 2 && glossOfTransliteration(text, s)) {
      return new Mention(EntityType.PERSON, s, e, name, "latin", null); // 巴特勒(Jimmy Butler): a given name we lack
    }
    if (tokens.size() == 1 && pack.isGivenName(name)) {
      return new Mention(EntityType.PERSON, s, e, name, "given", null);
    }
    // a capitalized word or two in Chinese text with no given name: a brand, a club, a company (Twitter, Uber)
    return new Mention(EntityType.ORG, s, e, name, "latin", null);
  }

  boolean looksLikeOrg(String latin) {
    for (String suffix : latinSuffixes) {
      if (latin.endsWith(suffix)) {
        return true;
      }
    }
    return false;
  }

  /** A Latin string names a person when its first token is a known given name ("Mira M i" too). */
  boolean looksLikePerson(String latin) {
    Matcher t = SPLIT.matcher(latin);
    if (!t.find() || t.start() != 0) {
      return false;
    }
    return pack.isGivenName(t.group()) && latin.length() > t.end();
  }

  static List<String> tokens(String latin) {
    List<String> out = new ArrayList<>();
    Matcher t = SPLIT.matcher(latin);
    while (t.find()) {
      out.add(t.group());
    }
    return out;
  }
}
