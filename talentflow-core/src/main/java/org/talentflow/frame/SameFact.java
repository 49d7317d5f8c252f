package org.talentflow.frame;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.talentflow.model.Entity;
import org.talentflow.model.EventType;
import org.talentflow.model.PersonnelEvent;
import org.talentflow.model.Polarity;
import org.talentflow.model.TimeValue;

/**
 * An article tells one fact several times: in the headline, the lead and the body ("张三辞职" ... "张三辞去董事长职务"
 * ... "张三辞职后"). Events of one document with the same type, person and organizations, and times and titles that
 * do not disagree, are one event: the first told, completed with the time and role the others give. Two times that
 * disagree (appointed in 2003, again in 2008) keep two events, unless both tell a plan with the same title. (Taking the body's polarity for a fact the headline
 * told first was tried: it fixed two real-dev rows and broke five seed rows, where the body mentions the fact again
 * in passing, "将…".)
 */
public final class SameFact {
  private static final Set<String> VAGUE = Set.of("近期", "最近", "近日", "日前", "近来", "recently");

  private SameFact() {}

  public static List<PersonnelEvent> merge(List<PersonnelEvent> events) {
    return merge(events, Set.of());
  }

  /**
   * The same, two titles of {@code onePost} naming one post (主帅 and 主教练: the lexicon's @head-coach) as one title
   * does.
   */
  public static List<PersonnelEvent> merge(List<PersonnelEvent> events, Set<String> onePost) {
    List<PersonnelEvent> out = new ArrayList<>();
    for (PersonnelEvent e : events) {
      int same = -1;
      for (int i = 0; i < out.size(); i++) {
        if (sameFact(out.get(i), e, onePost)) {
          same = i;
          break;
        }
      }
      if (same < 0) {
        out.add(e);
      } else {
        out.set(same, completed(out.get(same), e));
      }
    }
    return out;
  }

  private static boolean sameFact(PersonnelEvent a, PersonnelEvent b, Set<String> onePost) {
    return sameType(a, b) && a.person().id().equals(b.person().id()) && sameEntity(a.org(), b.org())
        && (compatible(a.time(), b.time()) && compatibleRoles(a.role(), b.role(), onePost) || samePlan(a, b, onePost));
  }

  /**
   * A dismissal retold as a leaving with the same verb ("张三因亏损被免职" ... "宣布了张三免职的通知": the cause typed
   * only the first) is one fact, the dismissal. Told with other verbs ("resigned" ... "was fired") the two are two
   * claims, shown side by side.
   */
  private static boolean sameType(PersonnelEvent a, PersonnelEvent b) {
    if (a.type() == b.type()) {
      return true;
    }
    boolean leftAndDismissed = a.type() == EventType.DISMISSED && b.type() == EventType.LEFT
        || a.type() == EventType.LEFT && b.type() == EventType.DISMISSED;
    if (!leftAndDismissed || a.surface() == null || b.surface() == null || a.surface().trigger() == null
        || b.surface().trigger() == null) {
      return false;
    }
    String ta = a.surface().trigger();
    String tb = b.surface().trigger();
    return ta.endsWith(tb) || tb.endsWith(ta); // 被免职 and 免职: one verb, passive or not
  }

  /**
   * A change still to come, told twice with the same title (or none) is one plan, whatever dates the reports give
   * it ("据称张三将于今年6月退休" ... "去年就有消息称张三将退休"): a plan is retold as it moves. An asserted change
   * keeps its date: "appointed in 2003, again in 2008" are two.
   */
  private static boolean samePlan(PersonnelEvent a, PersonnelEvent b, Set<String> onePost) {
    return a.polarity() != Polarity.ASSERTED && a.polarity() != Polarity.NEGATED
        && b.polarity() != Polarity.ASSERTED && b.polarity() != Polarity.NEGATED
        && (Objects.equals(a.role(), b.role()) || onePost(a.role(), b.role(), onePost));
  }

  /**
   * Two titles tell two facts when both are written, neither holds the other (董事长 and CEO) and they are not two
   * names of one post.
   */
  private static boolean compatibleRoles(String a, String b, Set<String> onePost) {
    return a == null || b == null || a.contains(b) || b.contains(a) || onePost(a, b, onePost);
  }

  private static boolean onePost(String a, String b, Set<String> onePost) {
    return a != null && b != null && onePost.contains(a) && onePost.contains(b);
  }

  /**
   * The same organization, or one of the two not told: "张三已辞去职务" in an article whose headline says "星海科技
   * 董事长张三辞职" is the same leaving, of 星海科技.
   */
  private static boolean sameEntity(Entity a, Entity b) {
    return a == null || b == null || a.id().equals(b.id());
  }

  /**
   * Times agree when either is unknown, one is a more precise form of the other (2011-06 and 2011-06-17), or both are
   * days of one week: a change is reported on the days after it (dismissed on Friday, "被开除" retold on Tuesday).
   */
  private static boolean compatible(TimeValue a, TimeValue b) {
    if (a == null || b == null || !a.resolved() || !b.resolved()) {
      return true;
    }
    if (a.value().startsWith(b.value()) || b.value().startsWith(a.value()) || recentOf(a, b) || recentOf(b, a)) {
      return true;
    }
    LocalDate da = TimeValue.day(a.value());
    LocalDate db = TimeValue.day(b.value());
    return da != null && db != null && Math.abs(ChronoUnit.DAYS.between(da, db)) <= NewsDay.WEEK;
  }


  /**
   * Whether {@code vague} is "近期", "最近" and the like, which the report's own year stands for, and {@code other}
   * falls in that year or the one before: "recently" says nothing against it.
   */
  private static boolean recentOf(TimeValue vague, TimeValue other) {
    if (!VAGUE.contains(vague.text()) || vague.value().length() < 4 || other.value().length() < 4) {
      return false;
    }
    int gap = Integer.parseInt(vague.value().substring(0, 4)) - Integer.parseInt(other.value().substring(0, 4));
    return gap == 0 || gap == 1;
  }

  private static PersonnelEvent completed(PersonnelEvent first, PersonnelEvent later) {
    TimeValue time = first.time();
    if (time == null || !time.resolved() || later.time() != null && later.time().resolved()
        && later.time().value().length() > time.value().length()) {
      time = later.time() != null && later.time().resolved() ? later.time() : time;
    }
    String role = first.role() != null ? first.role() : later.role();
    Entity org = first.org() != null ? first.org() : later.org();
    Entity other = first.otherOrg() != null ? first.otherOrg() : later.otherOrg();
    if (other != null && org != null && other.id().equals(org.id())) {
      other = first.otherOrg(); // the organization one report gave as the other is the one the fact is of
    }
    // an attempt told first and its failure told later ("努力促使X回归…未能成功吸引X回归"): the outcome stands
    Polarity polarity = first.polarity() == Polarity.SPECULATIVE && later.polarity() == Polarity.NEGATED
        ? Polarity.NEGATED : first.polarity();
    EventType type = later.type() == EventType.DISMISSED ? later.type() : first.type();
    if (Objects.equals(time, first.time()) && Objects.equals(role, first.role()) && org == first.org()
        && Objects.equals(other, first.otherOrg()) && polarity == first.polarity() && type == first.type()) {
      return first;
    }
    // the sentence that dates the fact is its evidence when the first report gave no date (a headline)
    boolean dated = (first.time() == null || !first.time().resolved()) && time != null && time.resolved()
        && time == later.time();
    return new PersonnelEvent(type, first.person(), org, other, role, time, polarity,
        dated ? later.evidence() : first.evidence(), first.confidence(), dated ? later.surface() : first.surface());
  }
}
