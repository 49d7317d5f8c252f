package org.talentflow.pattern;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.IntPredicate;

/**
 * A compiled pattern over a {@link Lattice}: a regular expression whose elements are words, annotations and
 * characters instead of characters alone. The syntax (documented for users in the pack's patterns/README.md):
 * <pre>
 *   PER ORG TITLE TIME ...   an annotation of that kind (longest first)
 *   &#64;class                   a word of a lexicon class, matched on characters ("&#64;leave": 辞职, 离职 ...)
 *   %class                   one character of a class (%surname, %han, %digit, %latin ...)
 *   /v  /n,nz  /ng:1         a token whose part of speech starts with one of the tags (:1 of one character)
 *   .                        any one token that is not punctuation
 *   辞去  "("  "wait"         literal characters (bare Han text, or quoted)
 *   ^  $                     the start / end of a clause
 *   ~N                       up to N characters inside the clause, as few as possible
 *   name=X                   captures what X matched under a slot name (repeatable: every match is kept)
 *   (a | b)  X?  X*  X+  X{m,n}    grouping, alternatives and greedy repetition
 *   &amp;X  !X                   followed / not followed by X (nothing consumed)
 *   &lt;X  &lt;!X                  preceded / not preceded by X
 * </pre>
 * Compiled once from the pack; immutable and thread-safe.
 */
public final class Pattern {
  private final String source;
  final Node root;
  /** Word classes every match must hold a word of: a lattice without one of them is skipped. */
  final int[] requiredClasses;
  final List<String> requiredLiterals;
  /** Groups of words and literals of which each match holds one: the alternatives that anchor a pattern. */
  final List<List<Node>> requiredAny;
  /** The elements a match can begin with, or null when it may begin anywhere (a gap first). */
  final List<Node> firsts;
  /** How many look-arounds the pattern holds: {@link Look#slot()} numbers them from 0. */
  final int looks;
  private final List<String> slots;

  private Pattern(String source, Node root, int looks, int[] requiredClasses, List<String> requiredLiterals,
      List<String> slots) {
    this.source = source;
    this.root = root;
    this.looks = looks;
    this.requiredAny = new ArrayList<>();
    requiredAny(root, requiredAny);
    this.requiredClasses = requiredClasses;
    this.requiredLiterals = requiredLiterals;
    this.slots = slots;
    this.firsts = firsts(root);
  }

  /** The consuming elements a node can begin with, or null when that cannot be said (a gap, any token). */
  static List<Node> firsts(Node n) {
    List<Node> out = new ArrayList<>();
    return addFirsts(n, out) ? null : out;
  }

  /** Adds the elements n can begin with; returns true when n can begin with anything. */
  private static boolean addFirsts(Node n, List<Node> out) {
    if (n instanceof Seq s) {
      for (Node item : s.items()) {
        if (item instanceof Look || item instanceof ClauseStart || item instanceof ClauseEnd) {
          continue;
        }
        if (addFirsts(item, out)) {
          return true;
        }
        if (!canBeEmpty(item)) {
          return false;
        }
      }
      return false;
    }
    if (n instanceof Alt a) {
      for (Node o : a.options()) {
        if (addFirsts(o, out)) {
          return true;
        }
      }
      return false;
    }
    if (n instanceof Capture c) {
      return addFirsts(c.node(), out);
    }
    if (n instanceof Repeat r) {
      return addFirsts(r.node(), out);
    }
    if (n instanceof Gap || n instanceof AnyToken) {
      return true;
    }
    if (n instanceof Look || n instanceof ClauseStart || n instanceof ClauseEnd) {
      return false;
    }
    out.add(n);
    return false;
  }

  private static boolean canBeEmpty(Node n) {
    if (n instanceof Repeat r) {
      return r.min() == 0 || canBeEmpty(r.node());
    }
    if (n instanceof Capture c) {
      return canBeEmpty(c.node());
    }
    if (n instanceof Alt a) {
      return a.options().stream().anyMatch(Pattern::canBeEmpty);
    }
    if (n instanceof Seq s) {
      return s.items().stream().allMatch(Pattern::canBeEmpty);
    }
    return n instanceof Look || n instanceof ClauseStart || n instanceof ClauseEnd || n instanceof Gap;
  }

  public static Pattern compile(String source, Lexicon lexicon) {
    Objects.requireNonNull(source, "source");
    Parser p = new Parser(source, lexicon);
    Node root = p.parseAlt();
    if (p.pos < source.length()) {
      throw p.error("unexpected '" + source.charAt(p.pos) + "'");
    }
    Set<Integer> classes = new LinkedHashSet<>();
    List<String> literals = new ArrayList<>();
    required(root, classes, literals);
    Set<String> slots = new LinkedHashSet<>();
    slots(root, slots);
    return new Pattern(source, root, p.looks, classes.stream().mapToInt(Integer::intValue).toArray(),
        List.copyOf(literals), List.copyOf(slots));
  }

  public String source() {
    return source;
  }

  /** The slot names this pattern captures. */
  public List<String> slots() {
    return slots;
  }

  @Override
  public String toString() {
    return source;
  }

  /**
   * Patterns are equal only to themselves; the hash is the source's, so that a pattern is a cheap key (the identity
   * hash is a call into the VM under the first JIT tier alone).
   */
  @Override
  public int hashCode() {
    return source.hashCode();
  }

  @Override
  public boolean equals(Object o) {
    return this == o;
  }

  // ---------------------------------------------------------------------------------------------------------------
  // The tree.

  /** A node of the compiled tree; {@link Matcher.Run} interprets it. */
  interface Node {}

  record Seq(List<Node> items) implements Node {}

  record Alt(List<Node> options) implements Node {}

  record Repeat(Node node, int min, int max) implements Node {}

  /** A capture; {@code kinds} are the annotation kinds its node may consume, {@code pure} when it is only those. */
  record Capture(String name, Node node, List<String> kinds, boolean pure) implements Node {
    Capture(String name, Node node) {
      this(name, node, Matcher.kindsOf(node), node instanceof Kind
          || node instanceof Alt a && a.options().stream().allMatch(o -> o instanceof Kind));
    }
  }

  /** A look-around; {@code slot} numbers it within its pattern, where the matcher remembers what it found. */
  record Look(Node node, boolean behind, boolean negate, int slot) implements Node {}

  record Kind(String kind) implements Node {}

  record Words(String cls, int id) implements Node {}

  record Chars(String cls, IntPredicate test) implements Node {}

  /** A token whose tag starts with one of the prefixes; {@code length} > 0 also asks for that many characters. */
  record Pos(List<String> prefixes, int length) implements Node {}

  record Literal(String text) implements Node {}

  record AnyToken() implements Node {}

  record ClauseStart() implements Node {}

  record ClauseEnd() implements Node {}

  record Gap(int max) implements Node {}

  private static void required(Node n, Set<Integer> classes, List<String> literals) {
    if (n instanceof Seq s) {
      s.items().forEach(i -> required(i, classes, literals));
    } else if (n instanceof Capture c) {
      required(c.node(), classes, literals);
    } else if (n instanceof Repeat r && r.min() > 0) {
      required(r.node(), classes, literals);
    } else if (n instanceof Words w) {
      classes.add(w.id());
    } else if (n instanceof Literal l) {
      literals.add(l.text());
    }
  }

  /** Alternatives of words and literals only, that every match passes through (in sequence, captured or not). */
  private static void requiredAny(Node n, List<List<Node>> out) {
    if (n instanceof Seq s) {
      s.items().forEach(i -> requiredAny(i, out));
    } else if (n instanceof Capture c) {
      requiredAny(c.node(), out);
    } else if (n instanceof Repeat r && r.min() > 0) {
      requiredAny(r.node(), out);
    } else if (n instanceof Alt a && a.options().stream().allMatch(o -> unwrap(o) instanceof Literal
        || unwrap(o) instanceof Words)) {
      out.add(a.options().stream().map(Pattern::unwrap).toList());
    }
  }

  private static Node unwrap(Node n) {
    return n instanceof Capture c ? unwrap(c.node()) : n;
  }

  private static void slots(Node n, Set<String> out) {
    if (n instanceof Seq s) {
      s.items().forEach(i -> slots(i, out));
    } else if (n instanceof Alt a) {
      a.options().forEach(i -> slots(i, out));
    } else if (n instanceof Repeat r) {
      slots(r.node(), out);
    } else if (n instanceof Capture c) {
      out.add(c.name());
      slots(c.node(), out);
    }
  }

  // ---------------------------------------------------------------------------------------------------------------
  // The parser.

  private static final String SPECIAL = "()|?*+{}&!<^$~.@%/\"=";

  private static final class Parser {
    final String src;
    final Lexicon lexicon;
    int pos;
    int looks;

    Parser(String src, Lexicon lexicon) {
      this.src = src;
      this.lexicon = lexicon;
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
      return options.size() == 1 ? options.get(0) : new Alt(List.copyOf(options));
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
      return items.size() == 1 ? items.get(0) : new Seq(List.copyOf(items));
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
          while (pos < src.length() && (Character.isLetterOrDigit(src.charAt(pos)) || src.charAt(pos) == ',')) {
            pos++;
          }
          if (start == pos) {
            throw error("/ needs a part-of-speech tag: /v");
          }
          List<String> tags = List.of(src.substring(start, pos).split(","));
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
}
