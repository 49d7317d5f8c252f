package org.talentflow.mention;

import java.util.List;
import java.util.Set;
import org.talentflow.pack.KnowledgePack;
import org.talentflow.pattern.Annotation;
import org.talentflow.pattern.Lattice;
import org.talentflow.pattern.Token;

/**
 * The first annotations of a tokenized sentence, read off the tokens and the lexicon: the segmenter's person names
 * (nr, nrf), organizations (nt...) and places (ns), filtered by shape and the pack's stop list; titles (the lexicon's
 * @title words and the tagger's nnt); words that stand for an organization named before (@org-anaphor: 公司, 该行).
 * Mention rules build on these. Thread-safe.
 */
public final class TokenNames {
  /** Two-character family names: 欧阳锋 is 欧阳 + 锋. */
  private static final Set<String> COMPOUND_SURNAMES = Set.of("欧阳", "司马", "诸葛", "上官", "东方", "皇甫", "令狐",
      "慕容", "尉迟", "长孙", "宇文", "司徒", "夏侯", "公孙", "端木", "南宫", "西门", "独孤", "闻人", "澹台");

  private final KnowledgePack pack;
  private final org.talentflow.pattern.Lexicon lexicon;
  private final List<String> suffixes;
  private final List<String> masks;

  private final org.talentflow.token.Tokenizer tokenizer;
  private final java.util.Set<String> titles;

  public TokenNames(KnowledgePack pack, org.talentflow.pattern.Lexicon lexicon,
      org.talentflow.token.Tokenizer tokenizer) {
    this.pack = pack;
    this.tokenizer = tokenizer;
    this.titles = lexicon.words("title");
    this.lexicon = lexicon;
    this.suffixes = pack.orgSuffixesWithMasks().stream().filter(x -> !x.startsWith("!") && !x.equals("*")).toList();
    this.masks = pack.orgSuffixesWithMasks().stream().filter(x -> x.startsWith("!")).map(x -> x.substring(1)).toList();
  }

  /**
   * Whether a word the segmenter took for an organization ends as organization names end (星海科技有限公司, 广州队),
   * not in a word that only holds such an ending (领导安全团队, 内部): its organization recognizer guesses freely.
   */
  boolean orgShaped(String word) {
    if (lexicon.inCharClass("function", word.charAt(0))) {
      return false; // "为公司": a preposition the recognizer took in
    }
    for (String m : masks) {
      if (word.endsWith(m)) {
        return false;
      }
    }
    for (String s : suffixes) {
      if (word.endsWith(s) && word.length() > s.length()) {
        return true;
      }
    }
    return false;
  }

  /** Whether a time expression lies inside the word ("于本周/nr": a preposition and a time, taken for a name). */
  private static boolean holdsTime(Lattice l, Token t) {
    for (Annotation a : l.annotations("TIME")) {
      if (a.start() < t.end() && a.end() > t.start()) {
        return true;
      }
    }
    return false;
  }

  public void annotate(Lattice l) {
    String text = l.text();
    List<Token> tokens = l.tokens();
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      String word = text.substring(t.start(), t.end());
      String pos = t.pos();
      if (pack.isNerNoise(word)) {
        continue;
      }
      Token next = i + 1 < tokens.size() ? tokens.get(i + 1) : null;
      if (pos.equals("nr") && word.length() == 3 && next != null && pack.isSurname(word.charAt(0))
          && lexicon.inCharClass("name-end", word.charAt(1))
          && (tokenizer.isFunctionalWord(word.charAt(2) + text.substring(next.start(), next.end()))
          || lexicon.inCharClass("name-adverb", word.charAt(2)) && next.pos().startsWith("v")
          || lexicon.inCharClass("name-conj", word.charAt(2)) && next.pos().startsWith("nr"))) {
        // "李想正/nr 在/p": the name's last character and the next word make a word (正在): a two-character name;
        // "赵伟皆/nr 是/vshi": an adverb glued to the name, a verb after it; "张伟和/nr 刘芳/nr": a conjunction
        l.add(Annotation.of("PER", t.start(), t.end() - 1, "hanlp", null));
      } else if (pos.equals("nr") && chineseName(word) && !beforeOrgWord(l, next) && !holdsTime(l, t)
          && !nativeOf(text, i > 0 ? tokens.get(i - 1) : null, next)
          && !straddles(text, i > 0 ? tokens.get(i - 1) : null, word, next)
          && !(word.length() == 2 && lexicon.inCharClass("surname-function", word.charAt(0))
          && !afterTitle(text, i > 0 ? tokens.get(i - 1) : null)
          && !beforeOwnPost(text, next, i + 2 < tokens.size() ? tokens.get(i + 2) : null))) {
        l.add(Annotation.of("PER", t.start(), t.end(), "hanlp", null));
      } else if ((pos.equals("nrf") && word.length() >= 2 || pos.equals("nr") && word.length() >= 3
          && (next == null || !pack.isTranslitChar(text.charAt(next.start()))))
          && pack.isNearlyTransliteration(word) && !beforeOrgWord(l, next)) {
        // a foreign name, also when the segmenter tagged it as a Chinese one (京多安/nr)
        l.add(Annotation.of("PER", t.start(), t.end(), "hanlp", null));
      } else if ((pos.startsWith("nt") || pos.startsWith("n") && word.length() >= 4) && orgShaped(word)) {
        // a word ending as organizations end: 法律委员会, 卫生委员会 (a longer noun, or one tagged as a body)
        l.add(Annotation.of("ORG", t.start(), t.end(), "hanlp", null));
      } else if (pos.startsWith("ns") && word.length() >= 2) {
        l.add(Annotation.of("PLACE", t.start(), t.end(), "hanlp", null));
      } else if (pos.equals("nnt") && word.length() >= 2) {
        l.add(Annotation.of("TITLE", t.start(), t.end(), "hanlp", null));
      }
    }
    for (int[] w : l.wordSpans("title")) {
      if (l.boundary(w[0]) && l.boundary(w[1])) {
        l.add(Annotation.of("TITLE", w[0], w[1], "lexicon", null));
      }
    }
    for (int[] w : l.wordSpans("org-anaphor")) {
      if (l.boundary(w[0]) && l.boundary(w[1])) {
        l.add(Annotation.of("ORG", w[0], w[1], "anaphor", "anaphor"));
      }
    }
  }

  /**
   * Whether a title word stands right before a token: the anchor a two-character name needs when its family name is
   * also an everyday function word (都还, 时才: "all still", "only then").
   */
  /** Whether a post of the name's own follows it: "的" and a title ("免去何平的总经理职务"). */
  private boolean beforeOwnPost(String text, Token next, Token afterNext) {
    return next != null && afterNext != null && text.startsWith("的", next.start()) && next.end() - next.start() == 1
        && afterTitle(text, afterNext);
  }

  private boolean afterTitle(String text, Token previous) {
    return previous != null && (previous.pos().equals("nnt") || titles.contains(text.substring(previous.start(),
        previous.end())));
  }

  private static boolean insideName(Lattice l, int p) {
    for (String kind : List.of("PER", "ORG")) {
      for (Annotation a : l.covering(p, kind)) {
        if (a.start() < p) {
          return true;
        }
      }
    }
    return false;
  }

  /** A Chinese full name: two to four characters beginning with a family name. */
  private boolean chineseName(String word) {
    if (word.length() < 2 || word.length() > 4 || !word.codePoints().allMatch(Character::isIdeographic)) {
      return false;
    }
    boolean surname = pack.isSurname(word.charAt(0)) || lexicon.inCharClass("surname-any", word.charAt(0));
    if (word.endsWith("某") || word.endsWith("某某")) {
      return surname;
    }
    int given = word.length() >= 3 && COMPOUND_SURNAMES.contains(word.substring(0, 2)) ? 2 : 1;
    if (given == 1 && !surname) {
      return false;
    }
    for (int i = given; i < word.length(); i++) {
      if (!lexicon.inCharClass("name-end", word.charAt(i))) {
        return false; // "巴在", "保利前": a function word is no part of a given name
      }
    }
    String rest = word.substring(given);
    // "管进行": an everyday verb is no given name; "李教授": nor is a title
    // (one character is tested for no such thing: most are everyday words, and names too: 陈刚, 李强)
    return !(rest.length() >= 2 && (tokenizer.isFunctionalWord(rest) || tokenizer.isTimeOrFunctionNoun(rest)))
        && !titles.contains(rest);
  }

  /**
   * "基/ng 金主/nr 任/p" (基金主任): a two-character name whose first character makes a common word with the character
   * before it, and whose last one makes one with the character after it, is the segmenter's cut across two words.
   */
  private boolean straddles(String text, Token before, String word, Token next) {
    return word.length() == 2 && before != null && next != null && before.end() == before.start() + 1
        && tokenizer.isCommonWord(text.charAt(before.start()) + word.substring(0, 1))
        && tokenizer.isCommonWord(word.substring(1) + text.charAt(next.start()));
  }

  /** "江苏/ns 江宁/nr 人" (a district): a place within a place, of which one is a native (人, 籍), that the segmenter took for a name. */
  private static boolean nativeOf(String text, Token before, Token next) {
    if (before == null || next == null || !before.pos().startsWith("ns")) {
      return false;
    }
    String after = text.substring(next.start(), next.end());
    return after.equals("人") || after.equals("籍");
  }

  /** "星海/nr 科技/n": a name the segmenter made of a company's first word. */
  private static boolean beforeOrgWord(Lattice l, Token next) {
    return next != null && (next.pos().equals("nis") || next.pos().equals("nit"));
  }
}
