package org.talentflow.mention;

import java.util.List;

/**
 * The mention stage's result: names, the pairs of names the text itself says are the same (a gloss
 * "米拉·穆拉蒂(Mira Murati)" links its two sides), and role titles. Lists are sorted by start.
 */
public record Mentions(List<Mention> names, List<Link> links, List<RoleMention> roles) {
  public Mentions {
    names = List.copyOf(names);
    links = List.copyOf(links);
    roles = List.copyOf(roles);
  }

  /** Indices into {@link #names()} of two mentions that name the same entity. */
  public record Link(int a, int b) {}
}
