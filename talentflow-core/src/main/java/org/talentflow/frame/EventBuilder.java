package org.talentflow.frame;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.talentflow.event.TimeMention;
import org.talentflow.mention.Dictionary;
import org.talentflow.mention.MentionStage;
import org.talentflow.model.Entity;
import org.talentflow.model.EntityType;
import org.talentflow.model.EventType;
import org.talentflow.model.Evidence;
import org.talentflow.model.PersonnelEvent;
import org.talentflow.model.Polarity;
import org.talentflow.model.Surface;
import org.talentflow.model.TimeValue;
import org.talentflow.pattern.Annotation;
import org.talentflow.pattern.Lattice;
import org.talentflow.pattern.Match;
import org.talentflow.text.MappedText;

/**
 * Turns the frames of one document into events of the graph: the person and organizations resolved to entities
 * ({@link FrameEntities}: an organization the clause leaves unsaid taken from the context, "公司" and the like taken
 * to mean the organization named last), the time of the clause ({@link FrameTimes}), the polarity of the cues, and the
 * evidence span in the original text. A frame about an unnamed role makes no event. One builder per document.
 */
public final class EventBuilder {
  private final String doc;
  private final MappedText text;
  private final PolarityCues polarity;
  private final FrameEntities entities;
  private final FrameTimes times;
  /** Where the triggers of events that recall a past fact begin (rules marked background or untimed). */
  private final Set<Integer> recalled = new HashSet<>();

  /**
   * @param notices the verbs an organization announces news with (宣布, 公告): the one that announces is what an
   *     event that names no organization is about
   * @param times the document's times, for an event whose sentence states none (the paragraph's last one)
   * @param published the publication date, or null: an event dated after it is a plan
   */
  public EventBuilder(String doc, MappedText text, MentionStage.Result mentions, List<Entity> byMention,
      PolarityCues polarity, Dictionary<Boolean> notices, List<TimeMention> times, LocalDate published) {
    this.doc = Objects.requireNonNull(doc, "doc");
    this.text = Objects.requireNonNull(text, "text");
    this.polarity = Objects.requireNonNull(polarity, "polarity");
    this.entities = new FrameEntities(text.text(), Objects.requireNonNull(mentions, "mentions"),
        Objects.requireNonNull(byMention, "byMention"), Objects.requireNonNull(notices, "notices"));
    this.times = new FrameTimes(text.text(), times, published);
  }

  /** The event a frame tells, or null when it names no person the document resolved. */
  public PersonnelEvent build(Frame f) {
    Annotation name = f.pronoun() ? f.person() : f.name();
    if (name == null) {
      return null;
    }
    Entity person = f.zeroSubject() ? entities.paragraphSubject(f.match().start())
        : f.pronoun() ? entities.lastPersonBefore(name.start()) : entities.entity(name, EntityType.PERSON);
    if (person == null) {
      return null;
    }
    Lattice l = f.lattice();
    // one who joins or takes a post is written with the employer they come from ("月光集团总裁张三出任星海科技CEO"):
    // that organization is the event's only when the event leaves one
    boolean moving = f.type() == EventType.APPOINTED || f.type() == EventType.JOINED;
    Annotation orgAnnotation = moving ? f.org() : f.orgOrOwn();
    if (orgAnnotation == null && f.agent() != null && !f.agent().kind().equals("PERSON")) {
      orgAnnotation = f.agent();
    }
    Entity org = entities.organization(orgAnnotation, f.person());
    boolean inferred = false;
    if (org == null && !entities.unnamed(orgAnnotation)
        && !(f.type() == EventType.FOUNDED && !f.rule().flag("untimed"))) {
      // (a founding told by a verb names what it founds or it is unknown: "宣布自立门户,另组一家公司" founds nothing of
      // the context; a founder's title, "联合创始人张三", is of the organization the article is about; one who joins
      // "一家公司" joins one the text does not name, not the one the context is about)
      org = entities.context(Math.min(f.person().start(), f.triggerStart()), f.person());
      inferred = true;
    }
    if (org == null && f.type() == EventType.FOUNDED) {
      return null; // a founding of nothing named ("另组一家公司") tells the graph nothing it can hold
    }
    Entity other = entities.organization(f.other(), f.person());
    if (other == null && f.type() == EventType.JOINED && f.person().part("org") != null) {
      // "京东集团前CFO许冉加入美团": where the joining comes from
      other = entities.organization(f.person().part("org"), null);
    }
    if (other != null && org != null && other.id().equals(org.id())) {
      other = null;
    }
    // the title written before a name that moves is the one held before ("百度前总裁陆奇加盟微软"): not the new one; nor
    // is it the founder's of what is founded, unless it is a founder's of no other organization ("Globex co-founder Ed
    // Marsh"; "former Initech CTO Ed Marsh co-founded Globex", "Initech co-founder Ed Marsh launches Globex": no title)
    Annotation role = moving ? f.role() : f.roleOrOwn();
    if (f.type() == EventType.FOUNDED && f.role() == null && role != null && (!founderTitle(l, role)
        || f.person().part("org") != null && !same(entities.organization(f.person().part("org"), null), org))) {
      role = null;
    }
    // the time of the sentence that dates the frame when it has none of its own: read once, for the time and evidence
    Annotation dating = f.time() == null && !f.rule().flag("untimed") ? times.timeInSentence(f) : null;
    TimeValue time = f.rule().flag("untimed") ? FrameTimes.own(f) : times.time(f, dating);
    EventType type = f.type();
    String cause = f.rule().option("cause");
    if (cause != null && !l.wordSpans("cause").isEmpty()) {
      type = EventType.valueOf(cause);
    }
    int from = Math.min(f.person().start(), f.triggerStart());
    int to = Math.max(f.person().end(), f.triggerEnd());
    for (Annotation a : new Annotation[] {f.org(), f.other(), f.role()}) {
      if (a != null) {
        from = Math.min(from, a.start());
        to = Math.max(to, Math.max(a.end(), entities.namedEnd(a))); // "成立新公司Acme": up to the name
      }
    }
    // a topic rule's person stands in an earlier clause, whose cues are its own ("不再担任主帅,转任顾问": no negation)
    int cuesFrom = f.rule().flag("topic") ? f.triggerStart() : from;
    Match.Capture said = f.match().first("person");
    if (said != null && said.annotation() != null && said.annotation().kind().equals("PRON")
        && said.start() > f.person().start()) {
      cuesFrom = Math.min(said.start(), f.triggerStart()); // so is a pronoun's antecedent's ("张三不再担任经理,他将返回")
    }
    Polarity p = polarity.of(l, cuesFrom, f.triggerStart(), f.triggerEnd());
    if (dating != null && dating.start() < from && from - dating.start() <= 16) {
      from = dating.start(); // the evidence shows the time that dates it ("9月25日,张三宣布离职")
    }
    if (p == Polarity.ASSERTED && times.future(time)) {
      p = Polarity.PLANNED; // "明年6月退休", written before the date: a plan
    }
    int os = text.originalStart(from, to);
    int oe = text.originalEnd(from, to);
    Evidence evidence = new Evidence(doc, os, oe, text.original().substring(os, oe));
    int[] none = Surface.none();
    int[] orgSpan = orgAnnotation != null && !inferred ? original(orgAnnotation) : none;
    int[] otherSpan = f.other() != null ? original(f.other()) : none;
    int[] timeSpan = f.time() != null ? original(f.time()) : none;
    int[] agentSpan = f.agent() != null ? original(f.agent()) : none;
    int[] trigger = original(f.triggerStart(), f.triggerEnd());
    int[] personSpan = f.zeroSubject() ? none : original(name);
    Surface surface = new Surface(trigger[0], trigger[1], personSpan[0], personSpan[1], orgSpan[0], orgSpan[1],
        otherSpan[0], otherSpan[1], timeSpan[0], timeSpan[1], agentSpan[0], agentSpan[1], f.trigger());
    if (f.rule().flag("background") || f.rule().flag("untimed")) {
      recalled.add(trigger[0]);
    }
    double confidence = inferred ? 0.7 : 0.9;
    return new PersonnelEvent(type, person, org, other, role == null ? null : roleText(l, role),
        time, p, evidence, confidence, surface);
  }

  /**
   * The role as written, less the words at its start that say when it is held, not what it is (the lexicon's class
   * role-time: "new chief executive", "its first chief operating officer" -> "chief executive", "chief operating
   * officer"); a role that is only such words stays whole.
   */
  private static String roleText(Lattice l, Annotation role) {
    int start = role.start();
    if (l.lexicon().hasWordClass("role-time")) {
      for (boolean moved = true; moved; ) {
        moved = false;
        for (int[] w : l.wordSpans("role-time")) {
          int next = l.skipSpace(w[1]);
          if (w[0] == start && next < role.end()) {
            start = next;
            moved = true;
          }
        }
      }
    }
    return l.substring(start, role.end());
  }

  /** Whether an event built here recalls a past fact (a relative clause, a cleft, a title) instead of telling news. */
  public boolean recalls(PersonnelEvent e) {
    return e.surface() != null && recalled.contains(e.surface().triggerStart());
  }

  private int[] original(Annotation a) {
    return original(a.start(), a.end());
  }

  private int[] original(int s, int e) {
    return new int[] {text.originalStart(s, e), text.originalEnd(s, e)};
  }

  /** Whether a title names a founder: a word of the class founder inside it. */
  private static boolean founderTitle(Lattice l, Annotation role) {
    if (!l.lexicon().hasWordClass("founder")) {
      return false;
    }
    for (int[] w : l.wordSpans("founder")) {
      if (w[0] >= role.start() && w[1] <= role.end()) {
        return true;
      }
    }
    return false;
  }

  private static boolean same(Entity a, Entity b) {
    return a != null && b != null && a.id().equals(b.id());
  }
}
