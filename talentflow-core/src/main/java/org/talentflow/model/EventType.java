package org.talentflow.model;

/** The personnel event types talentflow extracts (design.md). */
public enum EventType {
  LEFT, JOINED, FOUNDED, DISMISSED, REINSTATED, ON_LEAVE, APPOINTED, SUSPENDED
}
