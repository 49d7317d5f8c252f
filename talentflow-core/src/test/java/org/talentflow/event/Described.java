package org.talentflow.event;

import org.talentflow.model.PersonnelEvent;
import org.talentflow.model.Polarity;

/**
 * An event as the pattern tests write it: "TYPE person @org ->other [role] time polarity". The time is the one the
 * text writes; the publication day that dates an event no sentence dates is NewsDayTest's.
 */
final class Described {
  private Described() {}

  static String withRole(PersonnelEvent e) {
    String role = e.role() == null ? "" : " [" + e.role() + "]";
    return head(e) + role + tail(e);
  }

  static String withoutRole(PersonnelEvent e) {
    return head(e) + tail(e);
  }

  private static String head(PersonnelEvent e) {
    return e.type() + " " + e.person().name() + " @" + (e.org() == null ? "-" : e.org().name())
        + (e.otherOrg() == null ? "" : " ->" + e.otherOrg().name());
  }

  private static String tail(PersonnelEvent e) {
    boolean written = e.time() != null && e.time().value() != null && !e.time().text().startsWith("published ");
    return (written ? " " + e.time().value() : "") + (e.polarity() == Polarity.ASSERTED ? "" : " " + e.polarity().label());
  }
}
