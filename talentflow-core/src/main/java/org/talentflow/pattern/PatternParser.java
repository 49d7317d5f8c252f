package org.talentflow.pattern;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.talentflow.pattern.Pattern.Alt;
import org.talentflow.pattern.Pattern.AnyToken;
import org.talentflow.pattern.Pattern.Capture;
import org.talentflow.pattern.Pattern.Chars;
import org.talentflow.pattern.Pattern.ClauseEnd;
import org.talentflow.pattern.Pattern.ClauseStart;
import org.talentflow.pattern.Pattern.Gap;
import org.talentflow.pattern.Pattern.Kind;
import org.talentflow.pattern.Pattern.Literal;
import org.talentflow.pattern.Pattern.Look;
import org.talentflow.pattern.Pattern.Node;
import org.talentflow.pattern.Pattern.NotAhead;
import org.talentflow.pattern.Pattern.Pos;
import org.talentflow.pattern.Pattern.Repeat;
import org.talentflow.pattern.Pattern.Seq;
import org.talentflow.pattern.Pattern.Words;

/** The parser of the pattern syntax (see {@link Pattern}): one source string to the tree of nodes. Not thread-safe. */
final class PatternParser {
  private static final String SPECIAL = "()|?*+{}&!<^$~.@%/\"=";

  final String src;
  final Lexicon lexicon;
  /** Whether negative look-aheads side by side become one {@link Pattern.NotAhead}. */
  final boolean merge;
  int pos;
  int looks;

  PatternParser(String src, Lexicon lexicon, boolean merge) {
    this.src = src;
    this.lexicon = lexicon;
    this.merge = merge;
  }

  IllegalArgumentException error(String what) {
    return new IllegalArgumentException("pattern \"" + src + "\", at " + pos + ": " + what);
  }

  void skipSpace() {
    while (pos < src.length() && Character.isWhitespace(src.charAt(pos))) {
      pos++;
    }
  }

  boolean at(char c) {
    skipSpace();
    return pos < src.length() && src.charAt(pos) == c;
  }

  Node parseAlt() {
    List<Node> options = new ArrayList<>();
    options.add(parseSeq());
    while (at('|')) {
      pos++;
      options.add(parseSeq());
    }
    return options.size() == 1 ? options.get(0) : new Alt(options.toArray(Node[]::new));
  }

  Node parseSeq() {
    List<Node> items = new ArrayList<>();
    while (true) {
      skipSpace();
      if (pos >= src.length() || src.charAt(pos) == ')' || src.charAt(pos) == '|') {
        break;
      }
      items.add(parseItem());
    }
    if (items.isEmpty()) {
      throw error("empty sequence");
    }
    return items.size() == 1 ? items.get(0) : new Seq((merge ? merged(items) : items).toArray(Node[]::new));
  }

  /** The items of a sequence with each run of two or more negative look-aheads of a word or kind as one node. */
  private static List<Node> merged(List<Node> items) {
    List<Node> out = new ArrayList<>();
    for (int i = 0; i < items.size(); ) {
      int j = i;
      while (j < items.size() && items.get(j) instanceof Look look && !look.behind() && look.negate()
          && (look.node() instanceof Words || look.node() instanceof Kind)) {
        j++;
      }
      if (j - i >= 2) {
        out.add(new NotAhead(items.subList(i, j).toArray(Look[]::new)));
        i = j;
      } else {
        out.add(items.get(i++));
      }
    }
    return out;
  }

  Node parseItem() {
    skipSpace();
    String name = captureName();
    Node atom = parseAtom();
    atom = quantified(atom);
    return name == null ? atom : new Capture(name, atom);
  }

  /** "name=" before an atom, or null. */
  String captureName() {
    int p = pos;
    while (p < src.length() && (Character.isLowerCase(src.charAt(p)) || Character.isDigit(src.charAt(p))
        || src.charAt(p) == '_' || src.charAt(p) == '-') && src.charAt(p) < 128) {
      p++;
    }
    if (p > pos && p < src.length() && src.charAt(p) == '=' && Character.isLowerCase(src.charAt(pos))) {
      String name = src.substring(pos, p);
      pos = p + 1;
      return name;
    }
    return null;
  }

  Node quantified(Node atom) {
    while (pos < src.length()) {
      char c = src.charAt(pos);
      if (c == '?') {
        pos++;
        atom = new Repeat(atom, 0, 1);
      } else if (c == '*') {
        pos++;
        atom = new Repeat(atom, 0, Integer.MAX_VALUE);
      } else if (c == '+') {
        pos++;
        atom = new Repeat(atom, 1, Integer.MAX_VALUE);
      } else if (c == '{') {
        int close = src.indexOf('}', pos);
        if (close < 0) {
          throw error("unclosed {");
        }
        String[] mn = src.substring(pos + 1, close).split(",", -1);
        try {
          int min = Integer.parseInt(mn[0].trim());
          int max = mn.length == 1 ? min : mn[1].isBlank() ? Integer.MAX_VALUE : Integer.parseInt(mn[1].trim());
          if (min < 0 || max < min || mn.length > 2) {
            throw error("bad repetition {" + src.substring(pos + 1, close) + "}");
          }
          atom = new Repeat(atom, min, max);
        } catch (NumberFormatException e) {
          throw error("bad repetition {" + src.substring(pos + 1, close) + "}");
        }
        pos = close + 1;
      } else {
        break;
      }
    }
    if (atom instanceof Repeat r && (r.node() instanceof ClauseStart || r.node() instanceof ClauseEnd
        || r.node() instanceof Look)) {
      throw error("a zero-width element cannot be repeated");
    }
    return atom;
  }

  Node parseAtom() {
    if (pos >= src.length()) {
      throw error("element expected");
    }
    char c = src.charAt(pos);
    switch (c) {
      case '(' -> {
        pos++;
        Node inner = parseAlt();
        if (!at(')')) {
          throw error("')' expected");
        }
        pos++;
        return inner;
      }
      case '&', '!' -> {
        pos++;
        return new Look(parseLookTarget(), false, c == '!', looks++);
      }
      case '<' -> {
        pos++;
        boolean negate = pos < src.length() && src.charAt(pos) == '!';
        if (negate) {
          pos++;
        }
        return new Look(parseLookTarget(), true, negate, looks++);
      }
      case '^' -> {
        pos++;
        return new ClauseStart();
      }
      case '$' -> {
        pos++;
        return new ClauseEnd();
      }
      case '.' -> {
        pos++;
        return new AnyToken();
      }
      case '~' -> {
        pos++;
        int start = pos;
        while (pos < src.length() && Character.isDigit(src.charAt(pos))) {
          pos++;
        }
        if (start == pos) {
          throw error("~ needs a number of characters: ~6");
        }
        return new Gap(Integer.parseInt(src.substring(start, pos)));
      }
      case '@' -> {
        pos++;
        String cls = word();
        if (!lexicon.hasWordClass(cls)) {
          throw error("unknown word class @" + cls);
        }
        return new Words(cls, lexicon.classId(cls));
      }
      case '%' -> {
        pos++;
        String cls = word();
        if (!lexicon.hasCharClass(cls)) {
          throw error("unknown character class %" + cls);
        }
        return new Chars(cls, lexicon.charClass(cls));
      }
      case '/' -> {
        pos++;
        int start = pos;
        while (pos < src.length() && (Character.isLetterOrDigit(src.charAt(pos)) || src.charAt(pos) == ','
            || src.charAt(pos) == '=' && pos > start && Character.isLetterOrDigit(src.charAt(pos - 1)))) {
          pos++;
        }
        if (start == pos) {
          throw error("/ needs a part-of-speech tag: /v");
        }
        String[] tags = src.substring(start, pos).split(",");
        for (String tag : tags) {
          if (tag.isEmpty() || tag.indexOf('=') >= 0 && tag.indexOf('=') != tag.length() - 1) {
            throw error("a tag is letters, \"=\" only at its end (the tag itself): /t=,d");
          }
        }
        int length = 0;
        if (pos < src.length() && src.charAt(pos) == ':') {
          int n = ++pos;
          while (pos < src.length() && Character.isDigit(src.charAt(pos))) {
            pos++;
          }
          if (n == pos) {
            throw error("a token length is a number: /ng:1");
          }
          length = Integer.parseInt(src.substring(n, pos));
        }
        return new Pos(tags, length);
      }
      case '"' -> {
        int close = src.indexOf('"', pos + 1);
        if (close <= pos + 1) {
          throw error("unclosed or empty quote");
        }
        String lit = src.substring(pos + 1, close);
        pos = close + 1;
        return new Literal(lit);
      }
      default -> {
        if (c >= 'A' && c <= 'Z') {
          String kind = word();
          if (!kind.equals(kind.toUpperCase(Locale.ROOT))) {
            throw error("an annotation kind is written in capitals: " + kind);
          }
          return new Kind(kind);
        }
        if (SPECIAL.indexOf(c) >= 0) {
          throw error("unexpected '" + c + "'");
        }
        int start = pos;
        while (pos < src.length() && !Character.isWhitespace(src.charAt(pos))
            && SPECIAL.indexOf(src.charAt(pos)) < 0) {
          pos++;
        }
        return new Literal(src.substring(start, pos));
      }
    }
  }

  /** What a look-around checks: one item, quantifier included. */
  Node parseLookTarget() {
    Node atom = parseAtom();
    return quantified(atom);
  }

  String word() {
    int start = pos;
    while (pos < src.length() && (Character.isLetterOrDigit(src.charAt(pos)) || src.charAt(pos) == '_'
        || src.charAt(pos) == '-') && src.charAt(pos) < 128) {
      pos++;
    }
    if (start == pos) {
      throw error("a name is expected");
    }
    return src.substring(start, pos);
  }
}
