package org.talentflow.duee;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;
import org.talentflow.Pipeline;
import org.talentflow.frame.Frame;
import org.talentflow.model.EventType;
import org.talentflow.model.Polarity;
import org.talentflow.model.Surface;
import org.talentflow.model.Withdrawal;
import org.talentflow.pattern.Annotation;
import org.talentflow.pattern.Lattice;
import org.talentflow.text.MappedText;

/**
 * The frames of a text as DuEE 1.0 predictions for the organization-relation types: 组织关系-辞/离职 (时间, 离职者,
 * 原所属组织), 组织关系-加盟 (时间, 加盟者, 所加盟组织), 组织关系-解雇 (时间, 解雇方, 被解雇人员), 组织关系-停职 (时间, 所属组织,
 * 停职人员), 组织关系-退出 (时间, 退出方, 原所属组织). One DuEE event per trigger; people coordinated under one trigger are
 * several arguments of it. Unlike the graph, DuEE takes unnamed roles as arguments ("董事长辞职"), and writes a person
 * with the words that describe it ("星海电视台记者周岚"): the person argument is the whole person phrase. A country or
 * organization leaving (a {@link Withdrawal}) is a 退出 too. An athlete's retirement (a trigger of the lexicon's
 * sport-retire class, 退役) is DuEE's 竞赛行为-退役 (退役者, 时间), not an organization relation; withdrawing from a
 * contest (a name ending in a word of the contest-end class, 退出星海公开赛) is its 竞赛行为-退赛 (退赛方, 赛事名称), none
 * either. Negated events are not predicted; arguments are the original text.
 */
public final class DueeConverter {
  private static final String SPORT_RETIREMENT = "竞赛行为-退役";
  private static final String CONTEST_WITHDRAWAL = "竞赛行为-退赛";

  private DueeConverter() {}

  public static List<DueeEvent> convert(Pipeline.Analysis a) {
    MappedText text = a.text();
    Map<String, Builder> byTrigger = new LinkedHashMap<>();
    for (Frame f : a.frames()) {
      String type = type(f);
      if (type == null || f.zeroSubject()) { // DuEE annotates arguments written in the sentence only
        continue;
      }
      Lattice l = f.lattice();
      Annotation org = f.orgOrOwn();
      if (org != null && "anaphor".equals(org.value())) {
        // "星海队官方宣布,月光队外援李四加盟球队": 星海队; the organization in the description of one who joins is
        // the one left
        Annotation named = f.type() == EventType.JOINED
            ? DueeArguments.orgBefore(l, org.start(), DueeArguments.extent(l, f.person()), f.person().end()) : DueeArguments.orgBefore(l, org.start());
        if (named != null) {
          org = named;
        } else if (org.length() <= 2 && f.org() == null) {
          org = null; // "公司总经理": DuEE names the company only where it is written
        }
      }
      if (org == null) { // "星海航空两名机长被停职": the organization opening an unnamed subject
        org = DueeArguments.orgOpening(l, f.person());
      }
      if (org == null) { // "星海科技(600123)披露,公司董事张三已向董事会提交辞呈"; not the origin of a joining
        org = f.other() == null ? DueeArguments.orgBefore(l, f.person().start())
            : DueeArguments.orgBefore(l, f.person().start(), f.other().start(), f.other().end());
      }
      if (org == null) {
        org = DueeArguments.postsPhrase(l, f.person());
      }
      if (org == null) {
        org = DueeArguments.announcer(l, f.person().start());
      }
      Polarity p = polarityOf(a, f);
      if (p == Polarity.NEGATED) {
        continue;
      }
      Builder b = byTrigger.computeIfAbsent(type + "@" + f.triggerStart(),
          k -> new Builder(type, DueeArguments.original(text, f.triggerStart(), f.triggerEnd())));
      Annotation who = DueeArguments.pairedNames(l, f.person());
      int from = DueeArguments.extent(l, who);
      String person = f.pronoun() ? DueeArguments.pronounsPerson(text, f, sentenceBefore(a, l)) : DueeArguments.original(text, from,
          DueeArguments.glossEnd(l, DueeArguments.quotedEnd(l, from, who.end())));
      String organization = DueeArguments.original(text, org);
      if (org != null && startsWithWordOf(l, org, "org-anaphor")) {
        b.standIn(organization); // "公司", "公司第三届董事会": stands for the company named elsewhere
      }
      if (f.pronoun() || f.name() != null || !f.person().kind().equals("PERSON") && !f.person().kind().equals("NP")) {
        b.named();
      }
      Annotation when = DueeTimes.timeOf(f);
      String time = when == null ? null : DueeArguments.original(text, DueeTimes.zoneStart(l, when), DueeTimes.dayPartEnd(l, when));
      switch (type) {
        case "组织关系-辞/离职" -> b.add("离职者", person).add("原所属组织", organization).add("时间", time);
        case "组织关系-退出" -> b.add("退出方", person).add("原所属组织", organization).add("时间", time);
        case "组织关系-加盟" -> b.add("加盟者", person).add("所加盟组织", organization).add("时间", time);
        case "组织关系-解雇" -> b.add("被解雇人员", person).add("解雇方", DueeArguments.dismisser(text, f)).add("时间", time);
        case "组织关系-停职" -> b.add("停职人员", person).add("所属组织", organization).add("时间", time);
        case SPORT_RETIREMENT -> b.add("退役者", person).add("时间", time);
        case CONTEST_WITHDRAWAL -> b.add("退赛方", person).add("赛事名称", organization).add("时间", time);
        default -> throw new IllegalStateException("unmapped DuEE type " + type);
      }
    }
    String original = text.original();
    for (Withdrawal w : a.document().withdrawals()) {
      Surface s = w.surface();
      if (w.polarity() == Polarity.NEGATED || byTrigger.containsKey("组织关系-退出@" + s.triggerStart())) {
        continue; // a frame found who withdraws there, unnamed ("星河影业官宣铁面侠退出…": not 星河影业)
      }
      byTrigger.computeIfAbsent("组织关系-退出@" + s.triggerStart(),
              k -> new Builder("组织关系-退出", original.substring(s.triggerStart(), s.triggerEnd())))
          .named()
          .add("退出方", span(original, s.personStart(), s.personEnd()))
          .add("原所属组织", span(original, s.orgStart(), s.orgEnd()))
          .add("时间", span(original, s.timeStart(), s.timeEnd()));
    }
    List<Builder> events = new ArrayList<>();
    for (Builder b : byTrigger.values()) {
      Builder same = null;
      for (Builder e : events) {
        if (e.sameChange(b)) {
          same = e;
          break;
        }
      }
      if (same != null) {
        same.absorb(b);
      } else {
        events.add(b);
      }
    }
    List<DueeEvent> out = new ArrayList<>();
    events.forEach(b -> out.add(b.build()));
    return out;
  }

  /** The lattice of the sentence right before a lattice's (only white space between), or null. */
  private static Lattice sentenceBefore(Pipeline.Analysis a, Lattice l) {
    Lattice before = null;
    for (Lattice o : a.lattices()) {
      if (o.to() <= l.from() && l.text().substring(o.to(), l.from()).isBlank()) {
        before = o;
      }
    }
    return before;
  }

  /** The role of the one an event of a DuEE type is about. */
  private static String personRole(String type) {
    return switch (type) {
      case "组织关系-辞/离职" -> "离职者";
      case "组织关系-退出" -> "退出方";
      case "组织关系-加盟" -> "加盟者";
      case "组织关系-解雇" -> "被解雇人员";
      case "组织关系-停职" -> "停职人员";
      case SPORT_RETIREMENT -> "退役者";
      case CONTEST_WITHDRAWAL -> "退赛方";
      default -> throw new IllegalStateException("unmapped DuEE type " + type);
    };
  }

  /** The polarity the graph gave the frame's event, when it made one; asserted otherwise. */
  private static Polarity polarityOf(Pipeline.Analysis a, Frame f) {
    for (var e : a.document().events()) {
      Surface s = e.surface();
      if (s != null && s.triggerStart() == a.text().originalStart(f.triggerStart(), f.triggerEnd())) {
        return e.polarity();
      }
    }
    return Polarity.ASSERTED;
  }

  private static String type(Frame f) {
    if (f.type() == EventType.LEFT && f.lattice().lexicon().hasWordClass("sport-retire")
        && f.lattice().lexicon().words("sport-retire").contains(f.trigger())) {
      return SPORT_RETIREMENT; // "张三宣布退役": DuEE's sports type, no organization relation
    }
    String duee = f.rule().option("duee");
    if ("退出".equals(duee) && f.org() != null && endsWithWordOf(f.lattice(), f.org(), "contest-end")) {
      return CONTEST_WITHDRAWAL; // "张三因伤退出星海公开赛": DuEE's 竞赛行为-退赛, no organization relation
    }
    if (duee != null) {
      return "组织关系-" + duee;
    }
    return switch (f.type()) {
      case LEFT -> "组织关系-辞/离职";
      case JOINED -> "组织关系-加盟";
      case DISMISSED -> "组织关系-解雇";
      case SUSPENDED -> "组织关系-停职";
      // a return to a team (回归星海队) is DuEE's joining; a return to a common noun (回到荧幕, 复出时间) is none, and
      // so is a return with nothing after it, most often a comeback (伤愈回归, 新专辑回归), not a joining
      case REINSTATED -> f.org() != null && f.org().kind().equals("ORG") ? "组织关系-加盟" : null;
      default -> null;
    };
  }

  /** Whether the text of an annotation starts with a word of a lexicon class. */
  private static boolean startsWithWordOf(Lattice l, Annotation a, String cls) {
    return hasWordOf(l, a, cls, String::startsWith);
  }

  /** Whether the text of an annotation ends with a word of a lexicon class. */
  private static boolean endsWithWordOf(Lattice l, Annotation a, String cls) {
    return hasWordOf(l, a, cls, String::endsWith);
  }

  private static boolean hasWordOf(Lattice l, Annotation a, String cls, BiPredicate<String, String> at) {
    if (!l.lexicon().hasWordClass(cls)) {
      return false;
    }
    String s = l.substring(a.start(), a.end());
    return l.lexicon().words(cls).stream().anyMatch(w -> at.test(s, w));
  }

  private static String span(String text, int start, int end) {
    return start < 0 || end <= start ? null : text.substring(start, end);
  }

  private static final class Builder {
    private final String type;
    private final String trigger;
    private final Set<DueeEvent.Argument> args = new LinkedHashSet<>();
    /** Arguments that stand for an organization named elsewhere ("公司"): they agree with any organization. */
    private final Set<String> standIns = new LinkedHashSet<>();
    /** Whether a name (or a pronoun for one) tells who: else the person is a title or a description only. */
    private boolean named;

    Builder(String type, String trigger) {
      this.type = type;
      this.trigger = trigger;
    }

    Builder add(String role, String value) {
      if (value != null && !value.isBlank()) {
        args.add(new DueeEvent.Argument(role, value));
      }
      return this;
    }

    Builder named() {
      named = true;
      return this;
    }

    void standIn(String organization) {
      standIns.add(organization);
    }

    /** The value of a role when the event has exactly one, else null. */
    private String only(String role) {
      String found = null;
      for (DueeEvent.Argument a : args) {
        if (a.role().equals(role)) {
          if (found != null) {
            return null;
          }
          found = a.argument();
        }
      }
      return found;
    }

    private boolean compatible(String a, String b, Builder o) {
      return a == null || b == null || a.contains(b) || b.contains(a) || standIns.contains(a) || o.standIns.contains(b);
    }

    /**
     * Whether another trigger tells the same change: same type, one person, the same one (one written within the
     * other: "副总经理张三" and "张三"), and no other organization or time ("董事会收到张三的辞职报告,张三辞去董事长
     * 职务": one leaving, two triggers). A title or description without a name is the one named by the other trigger
     * ("星海集团高管再度离职,技术副总裁张三已正式辞职": one leaving), and an organization a word stands in for ("公司") is the one
     * named by the other.
     */
    boolean sameChange(Builder o) {
      if (!type.equals(o.type)) {
        return false;
      }
      String role = personRole(type);
      String p = only(role);
      String q = o.only(role);
      if (p == null || q == null || !compatible(p, q, o) && named == o.named) {
        return false;
      }
      for (DueeEvent.Argument a : o.args) {
        if (!a.role().equals(role) && !compatible(only(a.role()), a.argument(), o)) {
          return false;
        }
        if (!a.role().equals(role) && only(a.role()) == null && args.stream().anyMatch(x -> x.role().equals(a.role()))) {
          return false;
        }
      }
      return true;
    }

    /**
     * Takes in the roles of the same change told by another trigger that this one leaves empty, or fills with a
     * title where the other names the person, or with a word standing in for the organization the other names.
     */
    void absorb(Builder o) {
      String role = personRole(type);
      if (!named && o.named) {
        args.removeIf(x -> x.role().equals(role));
        named = true;
      }
      args.removeIf(x -> standIns.contains(x.argument()) && o.args.stream()
          .anyMatch(y -> y.role().equals(x.role()) && !o.standIns.contains(y.argument())));
      for (DueeEvent.Argument a : o.args) {
        if (args.stream().noneMatch(x -> x.role().equals(a.role()))) {
          args.add(a);
        }
      }
    }

    DueeEvent build() {
      return new DueeEvent(type, trigger, new ArrayList<>(args));
    }
  }
}
