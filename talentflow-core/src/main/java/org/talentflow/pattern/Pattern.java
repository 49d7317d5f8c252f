package org.talentflow.pattern;

import java.util.List;
import java.util.Objects;
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
  /** Where a match can begin, and what every match consumes. */
  final Anchors anchors;
  /** How many look-arounds the pattern holds: {@link Look#slot()} numbers them from 0. */
  final int looks;
  private final List<String> slots;

  private Pattern(String source, Node root, int looks, Lexicon lexicon) {
    this.source = source;
    this.root = root;
    this.looks = looks;
    this.anchors = Anchors.of(root, lexicon);
    this.slots = Anchors.slots(root);
  }

  public static Pattern compile(String source, Lexicon lexicon) {
    return compile(source, lexicon, true);
  }

  /** With {@code merge} false, negative look-aheads stay one node each (see {@link NotAhead}): for tests. */
  static Pattern compile(String source, Lexicon lexicon, boolean merge) {
    Objects.requireNonNull(source, "source");
    PatternParser p = new PatternParser(source, lexicon, merge);
    Node root = p.parseAlt();
    if (p.pos < source.length()) {
      throw p.error("unexpected '" + source.charAt(p.pos) + "'");
    }
    return new Pattern(source, root, p.looks, lexicon);
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

  // Sequences, alternatives and tags are arrays, not lists: the matcher reads them at every step, and an array read
  // is no interface call. Nodes are compared by identity; what is known of equal elements is shared by number
  // (see {@link Anchors.Atom}).

  record Seq(Node[] items) implements Node {}

  record Alt(Node[] options) implements Node {}

  record Repeat(Node node, int min, int max) implements Node {}

  /** A capture; {@code kinds} are the annotation kinds its node may consume, {@code pure} when it is only those. */
  record Capture(String name, Node node, String[] kinds, boolean pure) implements Node {
    Capture(String name, Node node) {
      this(name, node, Matcher.kindsOf(node).toArray(String[]::new), node instanceof Kind
          || node instanceof Alt a && java.util.Arrays.stream(a.options()).allMatch(o -> o instanceof Kind));
    }
  }

  /** A look-around; {@code slot} numbers it within its pattern, where the matcher remembers what it found. */
  record Look(Node node, boolean behind, boolean negate, int slot) implements Node {}

  /**
   * Negative look-aheads of single words or annotation kinds that stand side by side in a sequence ("!@join !@leave
   * !TITLE"), compiled into one node: the matcher checks them in one pass instead of two steps through the
   * interpreter each. The looks are kept, in their order, for what the matcher must do as the separate looks did.
   */
  record NotAhead(Look[] looks) implements Node {}

  record Kind(String kind) implements Node {}

  record Words(String cls, int id) implements Node {}

  record Chars(String cls, IntPredicate test) implements Node {}

  /**
   * A token whose tag starts with one of the prefixes, or is one written with "=" after it ("t=": t, not tg);
   * {@code length} > 0 also asks for that many characters. What
   * it decided for each tag is kept in {@code test} (see {@link Tags}).
   */
  record Pos(String[] prefixes, int length, Tags.Test test) implements Node {
    Pos(String[] prefixes, int length) {
      this(prefixes, length, new Tags.Test(prefixes));
    }

    /** Whether a token is one of this element's. */
    boolean accepts(Token t) {
      return (length == 0 || t.end() - t.start() == length) && test.accepts(t.pos(), t.tag());
    }
  }

  record Literal(String text) implements Node {}

  record AnyToken() implements Node {}

  record ClauseStart() implements Node {}

  record ClauseEnd() implements Node {}

  record Gap(int max) implements Node {}
}
