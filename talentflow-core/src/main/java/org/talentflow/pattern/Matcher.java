package org.talentflow.pattern;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Predicate;

/**
 * Runs patterns over a lattice by backtracking, in the order a regular expression would: alternatives left to right,
 * repetitions greedy, annotations and words longest first, gaps shortest first. From each start position the first
 * match is taken. Work per start is bounded, so time stays linear in the length of the text. In a spaced script
 * (English, see {@link Lexicon.Builder#spaced()}) every element that consumes text first steps over white space, and
 * no match starts, and no capture begins, on white space.
 */
public final class Matcher {
  private Matcher() {}

  /** Whether the lattice holds every word, literal and annotation kind the pattern requires. */
  public static boolean mayMatch(Pattern pattern, Lattice lattice) {
    return Starts.last(pattern, lattice) >= lattice.from();
  }

  /**
   * The first match from every start position that has one, in text order. The lattice does not change meanwhile,
   * so what a look-around found at a position is remembered for the later starts (see {@link Run}).
   */
  public static List<Match> findAll(Pattern pattern, Lattice lattice) {
    return findAll(pattern, lattice, m -> true);
  }

  /**
   * The same, where a whole match must also pass {@code accept}: a match it refuses is no match, and the search goes
   * on from the same start as if the pattern had failed there (a later trigger, a longer gap ...).
   */
  public static List<Match> findAll(Pattern pattern, Lattice lattice, Predicate<Match> accept) {
    if (PROFILING) {
      long t0 = System.nanoTime();
      try {
        return findAll0(pattern, lattice, accept);
      } finally {
        TIME.computeIfAbsent(pattern.source(), k -> new LongAdder()).add(System.nanoTime() - t0);
      }
    }
    return findAll0(pattern, lattice, accept);
  }

  private static List<Match> findAll0(Pattern pattern, Lattice lattice, Predicate<Match> accept) {
    List<Match> out = new ArrayList<>();
    int last = Starts.last(pattern, lattice);
    if (last < lattice.from()) {
      return out;
    }
    Run run = new Run(lattice, pattern, accept);
    BitSet starts = Starts.firsts(pattern, lattice);
    int from = lattice.from();
    for (int i = starts.nextSetBit(0); i >= 0 && i + from <= last; i = starts.nextSetBit(i + 1)) {
      int p = i + from;
      if (lattice.skipSpace(p) == p) {
        Match m = matchAt(run, p);
        if (m != null) {
          out.add(m);
        }
      }
    }
    return out;
  }

  /**
   * With {@code -Dtf.profile=true}, the steps and the time each pattern took, printed at exit (the 40 costliest):
   * where to look when the analysis is slow. Off by default; the switch is read once.
   */
  static final boolean PROFILING = Boolean.getBoolean("tf.profile");
  static final ConcurrentHashMap<String, LongAdder> PROFILE = new ConcurrentHashMap<>();
  static final ConcurrentHashMap<String, LongAdder> TIME = new ConcurrentHashMap<>();
  /** The most steps one start took: how far from the budget ({@link Run#BUDGET}) the patterns stay. */
  static final java.util.concurrent.atomic.LongAccumulator MOST = new java.util.concurrent.atomic.LongAccumulator(
      Math::max, 0);

  static {
    if (PROFILING) {
      Runtime.getRuntime().addShutdownHook(new Thread(Matcher::printProfile));
    }
  }

  private static void printProfile() {
    System.err.println("matcher: " + PROFILE.values().stream().mapToLong(LongAdder::sum).sum() + " steps, "
        + TIME.values().stream().mapToLong(LongAdder::sum).sum() / 1_000_000 + " ms in all, at most " + MOST.get()
        + " from one start; ms, steps, pattern:");
    TIME.entrySet().stream().sorted((a, b) -> Long.compare(b.getValue().sum(), a.getValue().sum())).limit(40)
        .forEach(e -> System.err.println(e.getValue().sum() / 1_000_000 + "\t"
            + PROFILE.getOrDefault(e.getKey(), new LongAdder()).sum() + "\t" + e.getKey()));
  }

  /** The first match starting at p, or null. */
  public static Match matchAt(Pattern pattern, Lattice lattice, int p) {
    return matchAt(new Run(lattice, pattern), p);
  }

  private static Match matchAt(Run run, int p) {
    if (PROFILING) {
      try {
        return run.first(p);
      } finally {
        PROFILE.computeIfAbsent(run.pattern().source(), k -> new LongAdder()).add(run.steps + 1);
        MOST.accumulate(run.steps);
      }
    }
    return run.first(p);
  }

  /** The annotation kinds a node can consume, in the order it names them (look-arounds aside). */
  static List<String> kindsOf(Pattern.Node n) {
    List<String> out = new ArrayList<>();
    collectKinds(n, out);
    return out;
  }

  private static void collectKinds(Pattern.Node n, List<String> out) {
    if (n instanceof Pattern.Kind k) {
      if (!out.contains(k.kind())) {
        out.add(k.kind());
      }
    } else if (n instanceof Pattern.Seq s) {
      for (Pattern.Node i : s.items()) {
        collectKinds(i, out);
      }
    } else if (n instanceof Pattern.Alt a) {
      for (Pattern.Node i : a.options()) {
        collectKinds(i, out);
      }
    } else if (n instanceof Pattern.Repeat r) {
      collectKinds(r.node(), out);
    } else if (n instanceof Pattern.Capture c) {
      collectKinds(c.node(), out);
    }
  }

  /** Captures as a persistent list, newest first. */
  record Caps(Match.Capture head, Caps tail) {
    static List<Match.Capture> toList(Caps c) {
      List<Match.Capture> out = new ArrayList<>();
      for (Caps x = c; x != null; x = x.tail) {
        out.add(x.head);
      }
      return out;
    }
  }

  interface Cont {
    /** Returns true to stop the search. */
    boolean apply(int p, Caps caps);
  }
}
