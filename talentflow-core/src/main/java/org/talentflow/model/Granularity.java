package org.talentflow.model;

/** How precise a normalized time is; the value's shape follows it (2024, 2024-Q3, 2024-05, 2024-05-17). */
public enum Granularity {
  YEAR, SEASON, MONTH, DAY
}
