package org.talentflow.duee;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
 * with the words that describe it ("北京电视台主持人栗坤"): the person argument is the whole person phrase. A country or
 * organization leaving (a {@link Withdrawal}) is a 退出 too. An athlete's retirement (a trigger of the lexicon's
 * sport-retire class, 退役) is DuEE's 竞赛行为-退役 (退役者, 时间), not an organization relation. Negated events are not predicted; arguments are the
 * original text.
 */
public final class DueeConverter {
  private static final String SPORT_RETIREMENT = "竞赛行为-退役";

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
            ? orgBefore(l, org.start(), extent(l, f.person()), f.person().end()) : orgBefore(l, org.start());
        if (named != null) {
          org = named;
        } else if (org.length() <= 2 && f.org() == null) {
          org = null; // "公司总经理": DuEE names the company only where it is written
        }
      }
      if (org == null) { // "星海科技(600123)发公告称董事会收到董事张三的辞职报告"; not the origin of a joining
        org = f.other() == null ? orgBefore(l, f.person().start())
            : orgBefore(l, f.person().start(), f.other().start(), f.other().end());
      }
      if (org == null) {
        org = postsPhrase(l, f.person());
      }
      if (org == null) {
        org = announcer(l, f.person().start());
      }
      Polarity p = polarityOf(a, f);
      if (p == Polarity.NEGATED) {
        continue;
      }
      Builder b = byTrigger.computeIfAbsent(type + "@" + f.triggerStart(),
          k -> new Builder(type, original(text, f.triggerStart(), f.triggerEnd())));
      Annotation who = pairedNames(l, f.person());
      String person = f.pronoun() ? pronounsPerson(text, f) : original(text, extent(l, who), who.end());
      String organization = original(text, org);
      Annotation when = timeOf(f);
      String time = when == null ? null : original(text, zoneStart(l, when), dayPartEnd(l, when));
      switch (type) {
        case "组织关系-辞/离职" -> b.add("离职者", person).add("原所属组织", organization).add("时间", time);
        case "组织关系-退出" -> b.add("退出方", person).add("原所属组织", organization).add("时间", time);
        case "组织关系-加盟" -> b.add("加盟者", person).add("所加盟组织", organization).add("时间", time);
        case "组织关系-解雇" -> b.add("被解雇人员", person).add("解雇方", dismisser(text, f)).add("时间", time);
        case "组织关系-停职" -> b.add("停职人员", person).add("所属组织", organization).add("时间", time);
        case SPORT_RETIREMENT -> b.add("退役者", person).add("时间", time);
        default -> throw new IllegalStateException("unmapped DuEE type " + type);
      }
    }
    String original = text.original();
    for (Withdrawal w : a.document().withdrawals()) {
      Surface s = w.surface();
      if (w.polarity() == Polarity.NEGATED) {
        continue;
      }
      byTrigger.computeIfAbsent("组织关系-退出@" + s.triggerStart(),
              k -> new Builder("组织关系-退出", original.substring(s.triggerStart(), s.triggerEnd())))
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

  /** The role of the one an event of a DuEE type is about. */
  private static String personRole(String type) {
    return switch (type) {
      case "组织关系-辞/离职" -> "离职者";
      case "组织关系-退出" -> "退出方";
      case "组织关系-加盟" -> "加盟者";
      case "组织关系-解雇" -> "被解雇人员";
      case "组织关系-停职" -> "停职人员";
      case SPORT_RETIREMENT -> "退役者";
      default -> throw new IllegalStateException("unmapped DuEE type " + type);
    };
  }

  /**
   * Where DuEE starts a person argument: with the words before the name that describe it, back to the start of the
   * clause ("北京时间5月3日消息,效力于星海队的22岁巴西前锋卡洛斯" is 效力于…卡洛斯). Going left, nouns, numbers
   * and modifiers are taken; past a 的, a whole relative clause is; a time, a verb outside a relative clause or a
   * preposition stops it.
   */
  static int extent(Lattice l, Annotation person) {
    int start = person.start();
    int clause = l.clauseStartOf(start);
    boolean relative = false;
    int p = start;
    while (p > clause) {
      org.talentflow.pattern.Token t = l.tokenCovering(p - 1);
      if (t == null || t.start() < clause) {
        break;
      }
      if (!l.annotations("TIME").isEmpty() && timeAt(l, t.start(), p)) {
        break;
      }
      String pos = t.pos();
      String word = l.substring(t.start(), t.end());
      if (word.equals("“") && l.substring(p, person.end()).indexOf('”') < 0) {
        break; // the quote opens a quoted headline, not the person's own quoted description
      }
      if (word.equals("的")) {
        relative = true;
      } else if (!relative && !(pos.startsWith("n") || pos.equals("m") || pos.startsWith("q") || pos.equals("mq")
          || pos.equals("vn") // a verbal noun inside the phrase: "学区教导主任"
          || pos.equals("a") || pos.equals("b") || pos.equals("j") || pos.equals("ag") || pos.equals("ng")
          || pos.equals("x") || pos.equals("k") || pos.startsWith("w") && "@\"“”".contains(word)
          || pos.startsWith("r") && (word.startsWith("该") || word.startsWith("某")))) { // 该县一名干部, 某高校
        break;
      } else if (relative && (pos.equals("w") || pos.startsWith("c") || word.equals("据") || word.equals("由"))) {
        break;
      }
      p = t.start();
      if (!relative || pos.startsWith("n") || pos.equals("m") || pos.startsWith("q")) {
        start = p;
      }
    }
    return start;
  }

  /**
   * Who dismisses: the frame's agent, else its organization; else, when the verb is active (the person after it:
   * "星海科技发布公告,宣布辞退副总裁张三"), the subject that opens the trigger's clause or the nearest earlier clause
   * of the sentence: an organization, a noun phrase or a person, after a time at most. A clause that cites a source
   * (据…报道) has no subject of the sentence.
   */
  private static String dismisser(MappedText text, Frame f) {
    if (f.agent() != null || f.org() != null) {
      return original(text, f.agent() != null ? f.agent() : f.org());
    }
    Lattice l = f.lattice();
    if (f.person().start() < f.triggerEnd()) {
      return null; // "张三被免职": nobody is said to act
    }
    Annotation subject = openingSubject(l, f.triggerStart(), List.of("ORG", "NP", "PERSON"));
    return subject == null ? null : phrase(text, l, subject);
  }

  /**
   * Whom a pronoun with no named antecedent stands for, as DuEE writes it: the person or noun phrase that opens an
   * earlier clause of the sentence ("员工上班时违纪,公司将其开除": 员工); else nobody (DuEE writes no pronoun).
   */
  private static String pronounsPerson(MappedText text, Frame f) {
    Lattice l = f.lattice();
    int clause = l.clauseStartOf(f.person().start());
    if (clause <= l.from()) {
      return null;
    }
    Annotation subject = openingSubject(l, clause - 1, List.of("NP", "PERSON"));
    if (subject == null || subject.kind().equals("NP")
        && l.annotations("ORG").stream().anyMatch(o -> o.start() == subject.start() && o.end() == subject.end())) {
      return null; // "星海科技发布公告,他已辞职": an organization is no one's antecedent
    }
    return phrase(text, l, subject);
  }

  /** A person as DuEE writes it, with its description; anything else as it is. */
  private static String phrase(MappedText text, Lattice l, Annotation a) {
    return a.kind().equals("PERSON") ? original(text, extent(l, a), a.end()) : original(text, a);
  }

  /**
   * The subject that opens the nearest clause of the sentence starting before a position, after a time at most: the
   * longest annotation of the given kinds there that ends before the position. A clause that cites a source (据…报道)
   * has none.
   */
  private static Annotation openingSubject(Lattice l, int before, List<String> kinds) {
    Annotation subject = null;
    for (int c = l.from(); c <= before; c = l.clauseEndOf(c) + 1) {
      int p = c;
      while (p < before && (Character.isWhitespace(l.text().charAt(p)) || timeStartingAt(l, p) != null)) {
        p = Character.isWhitespace(l.text().charAt(p)) ? p + 1 : timeStartingAt(l, p).end();
      }
      if (p < before && l.text().charAt(p) != '据') {
        Annotation opening = null;
        for (String kind : kinds) {
          for (Annotation a : l.annotations(kind)) {
            if (a.start() == p && a.end() <= before && (opening == null || a.end() > opening.end())) {
              opening = a;
            }
          }
        }
        if (opening != null) {
          subject = opening;
        }
      }
      if (l.clauseEndOf(c) >= l.to()) {
        break;
      }
    }
    return subject;
  }

  private static Annotation timeStartingAt(Lattice l, int p) {
    for (Annotation t : l.annotations("TIME")) {
      if (t.start() == p) {
        return t;
      }
    }
    return null;
  }

  private static boolean timeAt(Lattice l, int s, int e) {
    for (Annotation t : l.annotations("TIME")) {
      if (t.start() < e && s < t.end()) {
        return true;
      }
    }
    return false;
  }

  /**
   * The list a person stands in when it is names alone joined by a conjunction word (张三和李四, 张三及李四): DuEE writes
   * such a pair as one argument. Members described each by their own words (主播A和主播B) or listed with 、 stay apart;
   * anything else is the person itself.
   */
  static Annotation pairedNames(Lattice l, Annotation person) {
    for (Annotation people : l.annotations("PEOPLE")) {
      List<Annotation> members = people.partsOf("member");
      if (members.size() < 2 || members.stream().noneMatch(m -> m.start() == person.start() && m.end() == person.end())) {
        continue;
      }
      boolean bare = true;
      for (int i = 0; i < members.size() && bare; i++) {
        Annotation m = members.get(i);
        Annotation name = m.kind().equals("PER") ? m : m.part("name");
        bare = name != null && name.start() == m.start() && name.end() == m.end()
            && (i == 0 || l.lexicon().hasWordClass("pair-conj")
                && l.lexicon().words("pair-conj").contains(l.substring(members.get(i - 1).end(), m.start())));
      }
      if (bare) {
        return people;
      }
    }
    return person;
  }

  /**
   * The noun phrase a named person's title belongs to where it opens the clause and the tagger knows no name in it,
   * as in a headline ("星海金融CEO张三辞职": 星海金融), or null.
   */
  private static Annotation postsPhrase(Lattice l, Annotation person) {
    Annotation role = person.part("role");
    if (role == null || person.part("name") == null) {
      return null; // "女大学生辞职": no post, no one named
    }
    for (Annotation post : l.annotations("POST")) {
      Annotation owner = post.part("org");
      if (owner != null && owner.kind().equals("NP") && post.part("role") != null
          && post.part("role").start() == role.start() && post.part("role").end() == role.end()
          && l.clauseStartOf(owner.start()) == owner.start() && owner.end() == role.start() && owner.length() >= 2) {
        return owner;
      }
    }
    return null;
  }

  /**
   * The noun phrase opening the sentence (after a time at most) that announces what follows, with a word of the
   * lexicon's notice-verb class or a headline's colon right after it, when it ends before a position: the
   * organization whose change it tells though the tagger knows no name in it ("星海资本宣布CFO张三辞职",
   * "月光置业:张三辞任董事长"), or null.
   */
  private static Annotation announcer(Lattice l, int before) {
    String text = l.text();
    int p = l.from();
    while (p < before && (Character.isWhitespace(text.charAt(p)) || timeStartingAt(l, p) != null)) {
      p = Character.isWhitespace(text.charAt(p)) ? p + 1 : timeStartingAt(l, p).end();
    }
    Annotation opening = null;
    for (Annotation a : l.annotations("NP")) {
      if (a.start() == p && a.end() <= before && a.length() >= 2 && (opening == null || a.end() > opening.end())) {
        opening = a;
      }
    }
    if (opening == null || opening.end() >= text.length()) {
      return null;
    }
    int e = opening.end();
    boolean announces = text.charAt(e) == ':' || text.charAt(e) == '\uff1a'
        || l.lexicon().hasWordClass("notice-verb")
        && l.lexicon().words("notice-verb").stream().anyMatch(w -> text.startsWith(w, e));
    return announces ? opening : null;
  }

  /** The nearest organization named before a position in its sentence, or null. */
  private static Annotation orgBefore(Lattice l, int at) {
    return orgBefore(l, at, at, at);
  }

  /**
   * The nearest organization named before a position in its sentence, outside [from, to), or null. An outlet cited
   * as the source (a clause opening with 据: "据星海日报报道") is no party.
   */
  private static Annotation orgBefore(Lattice l, int at, int from, int to) {
    Annotation best = null;
    for (Annotation o : l.annotations("ORG")) {
      if (o.end() <= at && !"anaphor".equals(o.value()) && (o.end() <= from || o.start() >= to)
          && l.text().charAt(l.clauseStartOf(o.start())) != '据'
          && (best == null || o.end() > best.end() || o.end() == best.end() && o.start() < best.start())) {
        best = o; // the nearest; of names nested in one another, the outermost (星海科技(00767.HK), not HK)
      }
    }
    return best;
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
    if (duee != null) {
      return "组织关系-" + duee;
    }
    return switch (f.type()) {
      case LEFT -> "组织关系-辞/离职";
      case JOINED -> "组织关系-加盟";
      case DISMISSED -> "组织关系-解雇";
      case SUSPENDED -> "组织关系-停职";
      // a return to a team (回归星海队) is DuEE's joining; a return to a common noun (回到荧幕, 复出时间) is none
      case REINSTATED -> f.org() != null && f.org().kind().equals("ORG") ? "组织关系-加盟" : null;
      default -> null;
    };
  }

  /** The frame's own time, else the nearest before the trigger in its clause. */
  private static Annotation timeOf(Frame f) {
    if (f.time() != null) {
      return f.time();
    }
    Lattice l = f.lattice();
    Annotation effective = effectiveDate(l);
    if (effective != null && f.type() != EventType.DISMISSED && f.type() != EventType.SUSPENDED) {
      return effective; // "胡某已辞任执行董事,自2019年5月29日起生效": the day the change holds
    }
    int clause = l.clauseStartOf(Math.min(f.person().start(), f.triggerStart()));
    Annotation best = null;
    for (Annotation t : l.annotations("TIME")) {
      if (t.start() >= clause && t.end() <= f.triggerStart()) {
        best = t;
      } else if (best == null && dayPartEnd(l, t) == clause - 1 && opensClause(l, zoneStart(l, t))) {
        best = t; // "2022年3月,张三被停职", "9日下午,星海队官方宣布…": a clause that is only a time, right before the event's
      }
    }
    if (best == null) {
      Annotation opening = openingTime(l);
      if (opening != null && opening.end() < clause) {
        best = opening; // "9日晚,星海科技发布内部邮件,宣布辞退副总裁张三": the sentence opens with its time
      }
    }
    return best;
  }

  /** The time that is the whole first clause of a sentence (after a zone, a lead word), or null. */
  private static Annotation openingTime(Lattice l) {
    for (Annotation t : l.annotations("TIME")) {
      if (l.clauseStartOf(t.start()) == l.clauseStartOf(l.from()) && opensClause(l, zoneStart(l, t))
          && dayPartEnd(l, t) == l.clauseEndOf(t.start())) {
        return t;
      }
    }
    return null;
  }

  /**
   * Whether a position opens its clause, after at most a word of the lexicon's time-lead class ("就在今天,…").
   */
  private static boolean opensClause(Lattice l, int p) {
    int clause = l.clauseStartOf(p);
    if (clause == p) {
      return true;
    }
    return l.lexicon().hasWordClass("time-lead") && l.lexicon().words("time-lead").contains(l.substring(clause, p));
  }

  /**
   * The date from which a change holds, written before a word of the lexicon's class effective (生效: "自2019年5月29日
   * 起生效"), or null.
   */
  private static Annotation effectiveDate(Lattice l) {
    if (!l.lexicon().hasWordClass("effective")) {
      return null;
    }
    for (Annotation t : l.annotations("TIME")) {
      int p = t.end();
      if (p < l.to() && l.text().charAt(p) == '起') {
        p++;
      }
      for (String w : l.lexicon().words("effective")) {
        if (l.text().startsWith(w, p) && p + w.length() <= l.to()) {
          return t;
        }
      }
    }
    return null;
  }

  /**
   * Where a time ends with the part of the day written right after it (the lexicon's day-part class: "11日下午",
   * "8月9日凌晨"), a word of its own: DuEE's time argument holds it.
   */
  private static int dayPartEnd(Lattice l, Annotation time) {
    int end = time.end();
    if (l.lexicon().hasWordClass("day-part")) {
      for (String part : l.lexicon().words("day-part")) {
        int e = time.end() + part.length();
        final int partEnd = e;
        if (e <= l.to() && e > end && l.substring(time.end(), e).equals(part)
            && l.tokens().stream().anyMatch(t -> t.end() == partEnd)) { // 晚 of 9日晚, not of 9日晚间公告
          end = e;
        }
      }
    }
    return end;
  }

  /**
   * Where a time starts with the zone it is told in (the lexicon's time-zone class: "北京时间7月2日"): DuEE's time
   * argument holds the zone.
   */
  private static int zoneStart(Lattice l, Annotation time) {
    if (!l.lexicon().hasWordClass("time-zone")) {
      return time.start();
    }
    for (String zone : l.lexicon().words("time-zone")) {
      int s = time.start() - zone.length();
      if (s >= l.from() && l.substring(s, time.start()).equals(zone)) {
        return s;
      }
    }
    return time.start();
  }

  private static String original(MappedText text, Annotation a) {
    return a == null ? null : original(text, a.start(), a.end());
  }

  private static String original(MappedText text, int s, int e) {
    int os = text.originalStart(s, e);
    int oe = text.originalEnd(s, e);
    return text.original().substring(os, oe);
  }

  private static String span(String text, int start, int end) {
    return start < 0 || end <= start ? null : text.substring(start, end);
  }

  private static final class Builder {
    private final String type;
    private final String trigger;
    private final Set<DueeEvent.Argument> args = new LinkedHashSet<>();

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

    private static boolean compatible(String a, String b) {
      return a == null || b == null || a.contains(b) || b.contains(a);
    }

    /**
     * Whether another trigger tells the same change: same type, one person, the same one (one written within the
     * other: "副总经理张三" and "张三"), and no other organization or time ("董事会收到张三的辞职报告,张三辞去董事长
     * 职务": one leaving, two triggers).
     */
    boolean sameChange(Builder o) {
      if (!type.equals(o.type)) {
        return false;
      }
      String role = personRole(type);
      String p = only(role);
      String q = o.only(role);
      if (p == null || q == null || !compatible(p, q)) {
        return false;
      }
      for (DueeEvent.Argument a : o.args) {
        if (!a.role().equals(role) && !compatible(only(a.role()), a.argument())) {
          return false;
        }
        if (!a.role().equals(role) && only(a.role()) == null && args.stream().anyMatch(x -> x.role().equals(a.role()))) {
          return false;
        }
      }
      return true;
    }

    /** Takes in the roles of the same change told by another trigger that this one leaves empty. */
    void absorb(Builder o) {
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
