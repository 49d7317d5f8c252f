package org.talentflow.pattern;

import java.util.Arrays;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Parts of speech by number, for all lattices and patterns: a lattice gives each token the number of its tag once,
 * and a tag element ({@code /n,nz}) remembers by number which tags it accepts, so that testing a token is an array
 * read instead of a comparison of prefixes at every step. Thread-safe.
 */
final class Tags {
  private static final ConcurrentHashMap<String, Integer> IDS = new ConcurrentHashMap<>();

  private Tags() {}

  /** The number of a tag, the same for the same tag everywhere. */
  static int id(String tag) {
    Integer known = IDS.get(tag);
    return known != null ? known : IDS.computeIfAbsent(tag, t -> IDS.size());
  }

  /**
   * What one tag element decides about each tag it has met: 0 not yet asked, 1 accepted, 2 refused. Threads that
   * race over it at worst work an answer out twice; an answer never changes.
   */
  static final class Test {
    private final String[] prefixes;
    private volatile byte[] known = new byte[64];

    Test(String[] prefixes) {
      this.prefixes = prefixes;
    }

    boolean accepts(String tag, int id) {
      byte[] k = known;
      if (id < k.length && k[id] != 0) {
        return k[id] == 1;
      }
      boolean ok = Starts.startsWithAny(tag, prefixes);
      if (id >= k.length) {
        k = Arrays.copyOf(k, Math.max(id + 1, 2 * k.length));
      }
      k[id] = (byte) (ok ? 1 : 2);
      known = k;
      return ok;
    }
  }
}
