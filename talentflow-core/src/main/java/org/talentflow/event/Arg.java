package org.talentflow.event;

import java.util.Objects;
import org.talentflow.model.Entity;

/**
 * An argument of an event as written: its span [start, end) in the normalized text ({-1, -1}: not written in the
 * sentence) and its entity. A value: equal spans of equal entities are equal.
 */
final class Arg {
  final int start;
  final int end;
  final Entity entity;

  Arg(int start, int end, Entity entity) {
    this.start = start;
    this.end = end;
    this.entity = entity;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Arg a && a.start == start && a.end == end && Objects.equals(a.entity, entity);
  }

  @Override
  public int hashCode() {
    return Objects.hash(start, end, entity);
  }

  @Override
  public String toString() {
    return "Arg[" + start + "," + end + " " + entity + "]";
  }
}
