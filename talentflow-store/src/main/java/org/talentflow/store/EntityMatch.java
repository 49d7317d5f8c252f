package org.talentflow.store;

/** An entity found by name: its id and how its best name matches the query. */
public record EntityMatch(String entityId, Kind kind) {
  /** Best first: a name equal to the query, a name starting with it, a name holding it. */
  public enum Kind { EXACT, PREFIX, CONTAINS }
}
