package org.talentflow.pattern;

import java.util.Arrays;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Parts of speech by number, for all lattices and patterns: a lattice gives each token the number of its tag once,
 * and a tag element ({@code /n,nz}) remembers by number which tags it accepts, so that testing a token is an array
 * read instead of a comparison of prefixes at every step. Thread-safe.
 */
final class Tags {
  private static final ConcurrentHashMap<String, Integer> IDS = new ConcurrentHashMap<>();
  /**
   * The next number: counted apart, as two threads that number two new tags at once would both read the same size
   * of the map (and two tags of one number would share what a tag element decided for either).
   */
  private static final AtomicInteger NEXT = new AtomicInteger();

  private Tags() {}

  /** The number of a tag, the same for the same tag everywhere and never another tag's. */
  static int id(String tag) {
    Integer known = IDS.get(tag);
    return known != null ? known : IDS.computeIfAbsent(tag, t -> NEXT.getAndIncrement());
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
