package org.talentflow.pattern;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.talentflow.pattern.Pattern.Alt;
import org.talentflow.pattern.Pattern.AnyToken;
import org.talentflow.pattern.Pattern.Capture;
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

/**
 * What a compiled pattern is anchored to, worked out once from its tree: the elements a match can begin with, and
 * the elements every match consumes, split into what the text alone decides (words, literals, tokens, characters)
 * and what the annotations decide (kinds, which change as rules run). {@link Starts} uses both to try a pattern only
 * where it can match.
 *
 * @param firstKinds the annotation kinds a match can begin with, by their numbers ({@link Lexicon#kindId})
 * @param firstFixed the other elements a match can begin with; both null when a match may begin anywhere
 * @param firstFixedId the number of the set of those elements (equal sets of all patterns have one), or -1
 * @param fixedGroups groups of words and literals of which every match consumes one, at or after its start
 * @param kindGroups groups holding annotation kinds of which every match consumes one, at or after its start...
 * @param kindGroupsFixed ... and the words and literals of the same groups, index by index
 */
record Anchors(int[] firstKinds, Atom[] firstFixed, int firstFixedId, Atom[][] fixedGroups, int[][] kindGroups,
    Atom[][] kindGroupsFixed) {
  /**
   * An element that is no annotation kind, with the number its lexicon gives it (equal elements of all patterns have
   * one number): a lattice keeps where each element starts in an array, worked out once for all patterns.
   */
  record Atom(Node node, int id) {}

  /** What makes two sets of first elements equal: the numbers of their elements. */
  private record FirstSet(java.util.SortedSet<Integer> ids) {}

  static Anchors of(Node root, Lexicon lexicon) {
    List<Node> firsts = firsts(root);
    int[] firstKinds = null;
    Atom[] firstFixed = null;
    int firstFixedId = -1;
    if (firsts != null) {
      firstKinds = firsts.stream().filter(n -> n instanceof Kind).map(n -> ((Kind) n).kind()).distinct()
          .mapToInt(lexicon::kindId).toArray();
      firstFixed = atoms(firsts.stream().filter(n -> !(n instanceof Kind)).toList(), lexicon);
      firstFixedId = lexicon.elementId(new FirstSet(Arrays.stream(firstFixed).map(Atom::id)
          .collect(java.util.stream.Collectors.toCollection(java.util.TreeSet::new))));
    }
    List<Atom[]> fixedGroups = new ArrayList<>();
    List<int[]> kindGroups = new ArrayList<>();
    List<Atom[]> kindGroupsFixed = new ArrayList<>();
    for (List<Node> g : required(root)) {
      int[] kinds = g.stream().filter(n -> n instanceof Kind).mapToInt(n -> lexicon.kindId(((Kind) n).kind()))
          .toArray();
      Atom[] fixed = atoms(g.stream().filter(n -> !(n instanceof Kind)).toList(), lexicon);
      if (kinds.length == 0) {
        fixedGroups.add(fixed);
      } else {
        kindGroups.add(kinds);
        kindGroupsFixed.add(fixed);
      }
    }
    // groups of words first: they are looked up, literals and tokens are searched for
    fixedGroups.sort(java.util.Comparator.comparing(g -> Arrays.stream(g).anyMatch(a -> !(a.node() instanceof Words))));
    return new Anchors(firstKinds, firstFixed, firstFixedId, fixedGroups.toArray(Atom[][]::new),
        kindGroups.toArray(int[][]::new), kindGroupsFixed.toArray(Atom[][]::new));
  }

  private static Atom[] atoms(List<Node> nodes, Lexicon lexicon) {
    return nodes.stream().map(n -> new Atom(n, lexicon.elementId(key(n)))).toArray(Atom[]::new);
  }

  /** What makes two elements equal: their records, but for the tags of a part of speech, an array. */
  private static Object key(Node n) {
    return n instanceof Pos pos ? List.of(List.of(pos.prefixes()), pos.length()) : n;
  }

  /** The consuming elements a node can begin with, or null when that cannot be said (a gap, any token). */
  private static List<Node> firsts(Node n) {
    List<Node> out = new ArrayList<>();
    return addFirsts(n, out) ? null : out;
  }

  /** Adds the elements n can begin with; returns true when n can begin with anything. */
  private static boolean addFirsts(Node n, List<Node> out) {
    if (n instanceof Seq s) {
      for (Node item : s.items()) {
        if (item instanceof Look || item instanceof NotAhead || item instanceof ClauseStart
            || item instanceof ClauseEnd) {
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
    if (n instanceof Look || n instanceof NotAhead || n instanceof ClauseStart || n instanceof ClauseEnd) {
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
      return Arrays.stream(a.options()).anyMatch(Anchors::canBeEmpty);
    }
    if (n instanceof Seq s) {
      return Arrays.stream(s.items()).allMatch(Anchors::canBeEmpty);
    }
    return n instanceof Look || n instanceof NotAhead || n instanceof ClauseStart || n instanceof ClauseEnd
        || n instanceof Gap;
  }

  /**
   * The groups of elements every match consumes one of: a word, literal, token of a part of speech or annotation kind
   * that the pattern's sequence passes through (captured or not, or repeated at least once), or an alternative each
   * of whose options requires such an element (the group is one required group of each option: "(@suffix+ | !@board
   * /nis | ORG)" requires one of @suffix, /nis, ORG); also what such a sequence's look-aheads must see. Look-behinds
   * and negations are left out; so is what may be skipped (X?, X*).
   */
  private static List<List<Node>> required(Node root) {
    List<List<Node>> out = new ArrayList<>();
    required(root, out);
    return List.copyOf(out);
  }

  private static void required(Node n, List<List<Node>> out) {
    if (n instanceof Seq s) {
      Arrays.stream(s.items()).forEach(i -> required(i, out));
    } else if (n instanceof Capture c) {
      required(c.node(), out);
    } else if (n instanceof Repeat r && r.min() > 0) {
      required(r.node(), out);
    } else if (isAtom(n)) {
      out.add(List.of(n));
    } else if (n instanceof Alt a) {
      // whichever option matches consumes what it requires: one group of each option, joined, is required
      List<Node> any = new ArrayList<>();
      for (Node o : a.options()) {
        List<List<Node>> groups = new ArrayList<>();
        required(o, groups);
        if (groups.isEmpty()) {
          return;
        }
        groups.get(0).stream().filter(x -> !any.contains(x)).forEach(any::add);
      }
      out.add(List.copyOf(any));
    } else if (n instanceof Look look && !look.behind() && !look.negate()) {
      // what a look-ahead must see stands at or after the match's start too: "&(TITLE PER)" needs a TITLE and a PER
      required(look.node(), out);
    }
  }

  private static boolean isAtom(Node n) {
    return n instanceof Words || n instanceof Literal || n instanceof Kind || n instanceof Pos;
  }

  static List<String> slots(Node root) {
    Set<String> out = new LinkedHashSet<>();
    slots(root, out);
    return List.copyOf(out);
  }

  private static void slots(Node n, Set<String> out) {
    if (n instanceof Seq s) {
      Arrays.stream(s.items()).forEach(i -> slots(i, out));
    } else if (n instanceof Alt a) {
      Arrays.stream(a.options()).forEach(i -> slots(i, out));
    } else if (n instanceof Repeat r) {
      slots(r.node(), out);
    } else if (n instanceof Capture c) {
      out.add(c.name());
      slots(c.node(), out);
    }
  }
}
