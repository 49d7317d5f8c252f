package org.talentflow.event;

import java.util.List;
import org.talentflow.mention.RoleMention;
import org.talentflow.model.EventType;

/**
 * Which organization an event takes a person to or from, by the titles around it: the employer of the new title
 * ("任命X为财政部副部长"), and a former employer named in a title ("前英特尔高管X"), which one joins no more and
 * comes from.
 */
final class Employers {
  private Employers() {}

  /** The former employer named in the title right before a person ("前英特尔高管X", "特斯拉前高管X"), or null. */
  static Arg formerEmployerOf(String t, Arg person, int clauseStart, Arg org, List<Arg> orgs,
      List<RoleMention> roles) {
    for (Arg o : orgs) {
      if (o.start >= clauseStart && o.end <= person.start && person.start - o.end <= 8
          && formerEmployer(t, o, roles) && (org == null || !org.entity.id().equals(o.entity.id()))
          && roles.stream().anyMatch(r -> r.end() == person.start && r.start() >= o.end)) {
        return o;
      }
    }
    return null;
  }

  /** An event that takes a person to an organization: joining, appointment, return. */
  static boolean onward(EventType type) {
    return type == EventType.JOINED || type == EventType.APPOINTED || type == EventType.REINSTATED;
  }

  /** "前英特尔高管", "特斯拉前高管", "原谷歌工程师": an organization named with a title once held there. */
  static boolean formerEmployer(String t, Arg o, List<RoleMention> roles) {
    if (o.start > 0 && "前原".indexOf(t.charAt(o.start - 1)) >= 0) {
      return true;
    }
    return o.end < t.length() && "前原".indexOf(t.charAt(o.end)) >= 0
        && roles.stream().anyMatch(r -> r.start() == o.end || r.start() == o.end + 1); // "前总裁" or 前 + "总裁"
  }

  /**
   * "国务院任命刘伟为财政部副部长", "调任国务院副秘书长": an organization right before the title an appointment gives
   * (after its trigger) employs that title, whoever appoints and wherever the person was before.
   */
  static Arg newPostsEmployer(int trigEnd, int clauseEnd, List<Arg> orgs, List<RoleMention> roles) {
    for (Arg o : orgs) {
      if (o.start >= trigEnd && o.end < clauseEnd && roles.stream().anyMatch(r -> r.start() == o.end)) {
        return o;
      }
    }
    return null;
  }
}
