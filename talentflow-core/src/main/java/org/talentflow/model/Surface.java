package org.talentflow.model;

/**
 * Where an event's parts are written in the ORIGINAL text, as [start, end) spans: the trigger, the person's mention,
 * the organization's and the other organization's mentions, the time expression, and the one acting in a passive
 * ("被马斯克解雇"). A part not written in the sentence (an organization inferred from the document) has
 * start = end = -1.
 */
public record Surface(int triggerStart, int triggerEnd, int personStart, int personEnd, int orgStart, int orgEnd,
    int otherOrgStart, int otherOrgEnd, int timeStart, int timeEnd, int agentStart, int agentEnd, String trigger) {

  public static int[] none() {
    return new int[] {-1, -1};
  }
}
