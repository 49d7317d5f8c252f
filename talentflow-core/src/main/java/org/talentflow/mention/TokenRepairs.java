package org.talentflow.mention;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;
import org.talentflow.pattern.Token;

/**
 * Mends the segmenter's cuts where a title follows: a word that swallowed the "former" mark of the title after it
 * ("万科前/nr 董事长" is 万科 + 前 + 董事长; "保利原/nr 总裁") is split before that mark, the mark glued to a prefix of
 * the title and taken for a name ("原副/nr 总经理") is split in two, and a name that swallowed
 * the preposition after it ("李明为/nr") gives it back, a word the lexicon says is always a verb (its class
 * {@value #VERB_CLASS}: "裁掉", which the tagger takes for a proper noun) is tagged as one, so that no noun phrase or
 * name swallows it, and split off the name it opens when the tagger glued the two ("官宣铁/nr": 官宣 + 铁), and a
 * trigger word the segmenter cut ("下官/n 复原/vi 职/ng" for 官复原职, "转/v 任/v" for 转任) becomes one word again, as
 * does a word of that class left in single characters ("官/n 宣/nz"). Pure function.
 */
final class TokenRepairs {
  /** One-character marks that make the following title a former one. */
  private static final String FORMER = "前原";
  /** Prepositions and verbs the segmenter glues to the name before them. */
  private static final String GLUED = "为在于被将任";

  /** Words after which a name's verb comes: the name itself or a form of address after it. */
  private static final java.util.Set<String> ADDRESS = java.util.Set.of("同志", "先生", "女士");

  /** The lexicon class of words that are verbs wherever they stand. */
  private static final String VERB_CLASS = "verb";
  /** The lexicon class of words that make another title of a title (副, 总). */
  private static final String PREFIX_CLASS = "title-prefix";
  /** The lexicon class of titles. */
  private static final String TITLE_CLASS = "title";
  /** The lexicon's character class of the marks between the parts of a transliterated name (·). */
  private static final String JOINT_CLASS = "joint";
  /** The lexicon's character class of surnames. */
  private static final String SURNAME_CLASS = "surname";

  private TokenRepairs() {}

  private static boolean afterName(String text, Token previous) {
    return previous.pos().equals("nr") || ADDRESS.contains(text.substring(previous.start(), previous.end()));
  }

  /**
   * The shortest trigger word made one token again when the segmenter cut across it: shorter ones overlap words
   * (距离/开幕 holds 离开), unless a two-character one opens a word and a transliterated name follows the cut
   * ("签/v 下马/vi 奎尔/ns": 签下 马奎尔; not the one-character 任 inside 马云 卸任 阿里巴巴).
   */
  static final int WHOLE_TRIGGER = 3;

  /**
   * The tokens mended with the lexicon's verbs, title prefixes, titles and the marks joining a transliterated name's
   * parts, then each trigger word at {@code triggers} (start, end pairs) made one verb token; {@code nameChar} tells
   * the characters that transliterate names.
   */
  static List<Token> repair(String text, List<Token> tokens, org.talentflow.pattern.Lexicon lexicon,
      List<int[]> triggers, IntPredicate nameChar) {
    return repair(text, tokens, lexicon.words(VERB_CLASS), lexicon.words(PREFIX_CLASS), lexicon.words(TITLE_CLASS),
        triggers, nameChar, c -> lexicon.inCharClass(JOINT_CLASS, (char) c),
        c -> lexicon.inCharClass(SURNAME_CLASS, (char) c));
  }

  /** The same with the word lists and the joining marks given. */
  static List<Token> repair(String text, List<Token> tokens, java.util.Set<String> verbs,
      java.util.Set<String> titlePrefixes, java.util.Set<String> titles, List<int[]> triggers,
      IntPredicate nameChar, IntPredicate joint,
      IntPredicate surname) {
    List<Token> names = givenNameBeforeDe(text, givenNameGlued(text, repair(text, tokens, verbs, titlePrefixes)));
    List<Token> out = titleEnds(text, names, titles, joint, surname);
    for (int[] w : triggers) {
      boolean whole = w[1] - w[0] >= WHOLE_TRIGGER
          || w[1] - w[0] == 2 && startsWord(out, w[0]) && nameAfter(text, w[1], nameChar);
      if (whole && crossed(out, w[0], w[1]) || inSingleCharacters(out, w[0], w[1])) {
        out = wholeWord(out, w[0], w[1]);
      }
    }
    // "星河 官/n 宣/nz 白狐侠": a verb of the lexicon left in single characters (looked for inside the tokens' span
    // only: the text is the whole document)
    int from = out.isEmpty() ? 0 : out.get(0).start();
    String span = out.isEmpty() ? "" : text.substring(from, out.get(out.size() - 1).end());
    for (String v : verbs) {
      for (int i = span.indexOf(v); i >= 0; i = span.indexOf(v, i + 1)) {
        int at = from + i;
        if (inSingleCharacters(out, at, at + v.length()) || afterOneCharacter(out, at, at + v.length())
            || beforeFamilyName(text, out, at, at + v.length(), surname)) {
          out = wholeWord(out, at, at + v.length());
        }
      }
    }
    return out;
  }

  /**
   * Whether [start, end) begins inside a two-character token whose first character stands before it and ends where a
   * token ends: a verb of the lexicon cut across words, its first character glued to a one-character word before it
   * ("月光队 将官/n 宣/nz 铁卫 加盟": 将 + 官宣).
   */
  private static boolean afterOneCharacter(List<Token> tokens, int start, int end) {
    boolean opened = false;
    boolean closed = false;
    for (Token t : tokens) {
      if (t.start() == start - 1 && t.end() == start + 1 && end > start + 1) {
        opened = true;
      }
      if (t.end() == end && t.start() > start) {
        closed = true;
      }
    }
    return opened && closed;
  }

  /**
   * Whether [start, end) is a verb whose last character the segmenter glued to a family name after it, the given
   * name following as a word of its own: "聘/v 任何/rz 丽华/nz" is 聘任 何丽华 (任何, "any", is no word here).
   */
  private static boolean beforeFamilyName(String text, List<Token> tokens, int start, int end,
      IntPredicate surname) {
    boolean opened = false;
    boolean glued = false;
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      if (t.start() == start && t.end() == end - 1) {
        opened = true;
      }
      if (t.start() == end - 1 && t.end() == end + 1 && surname.test(text.charAt(end)) && i + 1 < tokens.size()) {
        Token given = tokens.get(i + 1);
        int len = given.end() - given.start();
        glued = given.start() == end + 1 && len <= 2 && (given.pos().startsWith("nr") || given.pos().equals("nz"));
      }
    }
    return opened && glued;
  }

  /** Words that open what follows a name, glued by the segmenter to the name's last character ("远因" in 陈思远因…). */
  private static final String OPENERS = "因为在于将已被";

  /**
   * A name of two characters, then an adjective of two characters ending in 的, then a title ("免去 孙立/nr 新的/a 行长
   * 职务": the name's last character and 的 read as "new"): the name takes the character back, 的 stands alone. After
   * a person's name an adjective before the title is no reading of news ("X's new president" is written with 的新).
   */
  static List<Token> givenNameBeforeDe(String text, List<Token> tokens) {
    return nameTakesBack(tokens, i -> {
      Token next = tokens.get(i + 1);
      return (next.pos().startsWith("a") || next.pos().startsWith("b")) && text.charAt(next.end() - 1) == '的'
          && i + 2 < tokens.size() && tokens.get(i + 2).pos().equals("nnt") ? "ude1" : null;
    });
  }

  /**
   * A name of two characters after a title, the next word of two characters ending in a word that opens what follows
   * a subject ("校长 陈思/nr 远因/n 年龄原因": the name's last character and 因 read as one noun): the name takes the
   * character back, the opener stands alone.
   */
  static List<Token> givenNameGlued(String text, List<Token> tokens) {
    return nameTakesBack(tokens, i -> {
      Token next = tokens.get(i + 1);
      return i > 0 && tokens.get(i - 1).pos().equals("nnt") && next.pos().startsWith("n")
          && !next.pos().startsWith("nr") && OPENERS.indexOf(text.charAt(next.start() + 1)) >= 0 && i + 2 < tokens.size()
          && !tokens.get(i + 2).pos().startsWith("w") ? "p" : null;
    });
  }

  /**
   * A name of two characters (token {@code i}, /nr) and a word of two characters right after it: where
   * {@code restTag} gives a tag for token {@code i}, the name takes the word's first character and the rest stands
   * alone with that tag.
   */
  private static List<Token> nameTakesBack(List<Token> tokens, java.util.function.IntFunction<String> restTag) {
    List<Token> out = new ArrayList<>(tokens.size() + 1);
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      Token next = i + 1 < tokens.size() ? tokens.get(i + 1) : null;
      String tag = t.pos().equals("nr") && t.end() - t.start() == 2 && next != null && next.start() == t.end()
          && next.end() - next.start() == 2 ? restTag.apply(i) : null;
      if (tag != null) {
        out.add(new Token(t.start(), t.end() + 1, "nr"));
        out.add(new Token(next.start() + 1, next.end(), tag));
        i++;
      } else {
        out.add(t);
      }
    }
    return out;
  }

  /**
   * A name that swallowed the last character of the title before it ("首席/n 技术/n 官郑浩/nr": 首席技术官 and 郑浩) gives
   * it back: where a title of the lexicon, begun at an earlier token, ends one character into a name of three or more.
   * Not the first part of a transliterated name, a mark {@code joint} accepts after it ("官鲍勃/nr · 麦格鲁" is read
   * whole by the name rules). A "name" of two characters gives it back too when its second is a surname and a word
   * follows it at once ("运营/vn 官陈/nr 一/m 鸣/vg", "执董郑/nr 宏达": the surname alone, the given name after it for
   * the name rules to join).
   */
  static List<Token> titleEnds(String text, List<Token> tokens, java.util.Set<String> titles,
      IntPredicate joint, IntPredicate surname) {
    List<Token> out = new ArrayList<>(tokens.size() + 1);
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      int cut = t.start() + 1;
      Token next = i + 1 < tokens.size() ? tokens.get(i + 1) : null;
      boolean shortName = t.end() - t.start() == 2 && surname.test(text.charAt(cut)) && next != null
          && next.start() == t.end() && !next.pos().startsWith("w");
      if (t.pos().equals("nr") && (t.end() - t.start() >= 3 || shortName) && endsTitle(text, tokens, i, cut, titles)
          && !(t.end() < text.length() && joint.test(text.charAt(t.end())))) {
        out.add(new Token(t.start(), cut, "ng"));
        out.add(new Token(cut, t.end(), "nr"));
      } else {
        out.add(t);
      }
    }
    return out;
  }

  /** Whether a title of the lexicon starts at one of the tokens before token {@code i} and ends at {@code end}. */
  private static boolean endsTitle(String text, List<Token> tokens, int i, int end, java.util.Set<String> titles) {
    for (int k = i - 1; k >= 0 && k >= i - 3; k--) {
      if (titles.contains(text.substring(tokens.get(k).start(), end))) {
        return true;
      }
    }
    return false;
  }

  /** Directional complements: after a verb they are the verb's (驱逐出…), no part of a name. */
  private static final String DIRECTIONS = "出入进回上下走来去到";

  /** Whether three characters or more that transliterate names start at {@code at}, no directional complement. */
  private static boolean nameAfter(String text, int at, IntPredicate nameChar) {
    if (at < text.length() && DIRECTIONS.indexOf(text.charAt(at)) >= 0) {
      return false;
    }
    int n = 0;
    while (at + n < text.length() && nameChar.test(text.charAt(at + n))) {
      n++;
    }
    return n >= 3;
  }

  /** Whether a token starts at {@code at}. */
  private static boolean startsWord(List<Token> tokens, int at) {
    for (Token t : tokens) {
      if (t.start() == at) {
        return true;
      }
    }
    return false;
  }

  /** Whether a token crosses an edge of [start, end). */
  private static boolean crossed(List<Token> tokens, int start, int end) {
    for (Token t : tokens) {
      if (t.start() < start && t.end() > start || t.start() < end && t.end() > end) {
        return true;
      }
    }
    return false;
  }

  /** Whether [start, end) is two or more tokens of one character each: a word the segmenter did not know ("转 任"). */
  private static boolean inSingleCharacters(List<Token> tokens, int start, int end) {
    int covered = 0;
    for (Token t : tokens) {
      if (t.end() > start && t.start() < end) {
        if (t.start() < start || t.end() > end || t.end() - t.start() != 1) {
          return false;
        }
        covered++;
      }
    }
    return covered >= 2 && covered == end - start;
  }

  /**
   * The tokens with [start, end) as one verb token; the pieces of a cut token left outside it keep no part of speech
   * the patterns know ("x").
   */
  private static List<Token> wholeWord(List<Token> tokens, int start, int end) {
    List<Token> out = new ArrayList<>(tokens.size() + 2);
    boolean placed = false;
    for (Token t : tokens) {
      if (t.end() <= start || t.start() >= end) {
        out.add(t);
        continue;
      }
      if (t.start() < start) {
        out.add(new Token(t.start(), start, "x"));
      }
      if (!placed) {
        out.add(new Token(start, end, "v"));
        placed = true;
      }
      if (t.end() > end) {
        out.add(new Token(end, t.end(), "x"));
      }
    }
    return out;
  }

  static List<Token> repair(String text, List<Token> tokens, java.util.Set<String> verbs,
      java.util.Set<String> titlePrefixes) {
    List<Token> out = new ArrayList<>(tokens.size());
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      if (!t.pos().startsWith("v") && verbs.contains(text.substring(t.start(), t.end()))) {
        t = new Token(t.start(), t.end(), "v"); // "星海队 裁掉/nz 了 后卫": a verb, whatever the tagger said
      }
      Token next = i + 1 < tokens.size() ? tokens.get(i + 1) : null;
      int len = t.end() - t.start();
      if (len >= 3 && next != null && next.pos().equals("nnt") && t.pos().startsWith("n")
          && FORMER.indexOf(text.charAt(t.end() - 1)) >= 0) {
        out.add(new Token(t.start(), t.end() - 1, t.pos().equals("nr") ? "nz" : t.pos()));
        out.add(new Token(t.end() - 1, t.end(), "f"));
      } else if (len == 2 && next != null && next.pos().equals("nnt") && t.pos().equals("nr")
          && FORMER.indexOf(text.charAt(t.start())) >= 0
          && titlePrefixes.contains(text.substring(t.start() + 1, t.end()))) {
        // "原副/nr 总经理": the former mark and a prefix of the title, no name
        out.add(new Token(t.start(), t.start() + 1, "f"));
        out.add(new Token(t.start() + 1, t.end(), "b"));
      } else if (len == 3 && t.pos().equals("nr") && FORMER.indexOf(text.charAt(t.start())) >= 0 && next != null
          && next.start() == t.end() && next.pos().startsWith("n") && !next.pos().startsWith("nr")) {
        // "原星宇/nr 航空 董事长": the former mark glued to the name of two characters after it, a noun following
        out.add(new Token(t.start(), t.start() + 1, "f"));
        out.add(new Token(t.start() + 1, t.end(), "nr"));
      } else if (len >= 3 && t.pos().equals("nr") && verbs.contains(text.substring(t.start(), t.start() + 2))) {
        // "月光队 官宣铁/nr 卫 加盟": a verb of the lexicon glued to the name or word after it
        out.add(new Token(t.start(), t.start() + 2, "v"));
        out.add(new Token(t.start() + 2, t.end(), "nr"));
      } else if (len >= 3 && t.pos().equals("nr") && GLUED.indexOf(text.charAt(t.end() - 1)) >= 0) {
        // "李明为/nr 行长": a name with the preposition after it
        out.add(new Token(t.start(), t.end() - 1, "nr"));
        out.add(new Token(t.end() - 1, t.end(), "p"));
      } else if (len >= 3 && t.pos().equals("nr") && GLUED.indexOf(text.charAt(t.start())) >= 0 && i > 0
          && afterName(text, tokens.get(i - 1))) {
        // "陈吉宁/nr 同志/n 任星海/nr 市委": the verb after a name, glued to the next word
        out.add(new Token(t.start(), t.start() + 1, "v"));
        out.add(new Token(t.start() + 1, t.end(), "nz"));
      } else {
        out.add(t);
      }
    }
    return out;
  }
}
