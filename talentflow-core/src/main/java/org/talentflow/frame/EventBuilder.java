package org.talentflow.frame;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.talentflow.mention.MentionStage;
import org.talentflow.mention.Mention;
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
import org.talentflow.text.MappedText;

/**
 * Turns the frames of one document into events of the graph: the person and organizations resolved to entities, an
 * organization the clause leaves unsaid taken from the context (the employer written before the name, the one who
 * acts, the nearest organization before in the sentence, else the organization the document is about), "公司" and
 * the like taken to mean the organization named last, the time of the clause, the polarity of the cues, and the
 * evidence span in the original text. A frame about an unnamed role makes no event. One builder per document.
 */
public final class EventBuilder {
  private final String doc;
  private final MappedText text;
  private final MentionStage.Result mentions;
  private final List<Entity> byMention;
  private final PolarityCues polarity;
  /** The longest line read as a heading over the paragraph after it (a name and a word: "●张三简历"). */
  private static final int HEADING = 20;

  private final Entity topic;
  private final Map<String, Integer> counts = new HashMap<>();
  /** Where the triggers of events that recall a past fact begin (rules marked background or untimed). */
  private final java.util.Set<Integer> recalled = new java.util.HashSet<>();

  private final org.talentflow.mention.Dictionary<Boolean> notices;

  /**
   * @param notices the verbs an organization announces news with (宣布, 公告): the one that announces is what an
   *     event that names no organization is about
   */
  private final List<org.talentflow.event.TimeMention> times;
  private final java.time.LocalDate published;

  /**
   * @param times the document's times, for an event whose sentence states none (the paragraph's last one)
   * @param published the publication date, or null: an event dated after it is a plan
   */
  public EventBuilder(String doc, MappedText text, MentionStage.Result mentions, List<Entity> byMention,
      PolarityCues polarity, org.talentflow.mention.Dictionary<Boolean> notices,
      List<org.talentflow.event.TimeMention> times, java.time.LocalDate published) {
    this.times = List.copyOf(times);
    this.published = published;
    this.notices = Objects.requireNonNull(notices, "notices");
    this.doc = Objects.requireNonNull(doc, "doc");
    this.text = Objects.requireNonNull(text, "text");
    this.mentions = Objects.requireNonNull(mentions, "mentions");
    this.byMention = Objects.requireNonNull(byMention, "byMention");
    this.polarity = Objects.requireNonNull(polarity, "polarity");
    this.topic = topic();
  }

  /** The organization the document names most often (the first named, on a tie), or null. */
  private Entity topic() {
    Map<String, Entity> byId = new HashMap<>();
    Entity first = null;
    int best = 0;
    Entity top = null;
    List<Mention> names = mentions.mentions().names();
    for (int i = 0; i < names.size(); i++) {
      Entity e = byMention.get(i);
      if (e == null || e.type() != EntityType.ORG || names.get(i).source().equals("acronym")) {
        continue;
      }
      int c = counts.merge(e.id(), 1, Integer::sum);
      byId.put(e.id(), e);
      if (first == null) {
        first = e;
      }
      if (c > best) {
        best = c;
        top = e;
      }
    }
    if (top != null && first != null && counts.get(first.id()) == best) {
      return first;
    }
    return top;
  }

  /** The event a frame tells, or null when it names no person the document resolved. */
  public PersonnelEvent build(Frame f) {
    Annotation name = f.pronoun() ? f.person() : f.name();
    if (name == null) {
      return null;
    }
    Entity person = f.zeroSubject() ? paragraphSubject(f.lattice().from())
        : f.pronoun() ? lastPersonBefore(name.start()) : entity(name, EntityType.PERSON);
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
    Entity org = organization(orgAnnotation, f.person());
    boolean inferred = false;
    if (org == null && !(f.type() == EventType.FOUNDED && !f.rule().flag("untimed"))) {
      // (a founding told by a verb names what it founds or it is unknown: "宣布创立了一家新公司" founds nothing of
      // the context; a founder's title, "联合创始人张三", is of the organization the article is about)
      org = context(l, Math.min(f.person().start(), f.triggerStart()), f.person());
      inferred = true;
    }
    if (org == null && f.type() == EventType.FOUNDED) {
      return null; // a founding of nothing named ("创立了一家新公司") tells the graph nothing it can hold
    }
    Entity other = organization(f.other(), f.person());
    if (other == null && f.type() == EventType.JOINED && f.person().part("org") != null) {
      other = organization(f.person().part("org"), null); // "京东集团前CFO许冉加入美团": where the joining comes from
    }
    if (other != null && org != null && other.id().equals(org.id())) {
      other = null;
    }
    // the title written before a name that moves is the one held before ("百度前总裁陆奇加盟微软"): not the new one
    Annotation role = moving ? f.role() : f.roleOrOwn();
    // the time of the sentence that dates the frame when it has none of its own: read once, for the time and evidence
    Annotation dating = f.time() == null && !f.rule().flag("untimed") ? timeInSentence(f) : null;
    TimeValue time = f.rule().flag("untimed") ? own(f) : time(f, dating);
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
        to = Math.max(to, a.end());
      }
    }
    Polarity p = polarity.of(l, from, f.triggerStart(), f.triggerEnd());
    if (dating != null && dating.start() < from && from - dating.start() <= 16) {
      from = dating.start(); // the evidence shows the time that dates it ("9月25日,张三宣布离职")
    }
    if (p == Polarity.ASSERTED && future(time)) {
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
    return new PersonnelEvent(type, person, org, other, role == null ? null : l.substring(role.start(), role.end()),
        time, p, evidence, confidence, surface);
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

  /** The entity of a name annotation: the mention with its span, else one of its type overlapping it. */
  Entity entity(Annotation a, EntityType type) {
    int i = mentions.indexOf(a.start(), a.end(), type);
    if (i >= 0) {
      return byMention.get(i);
    }
    List<Mention> names = mentions.mentions().names();
    for (int k = 0; k < names.size(); k++) {
      Mention m = names.get(k);
      if (m.type() == type && m.start() < a.end() && a.start() < m.end() && byMention.get(k) != null) {
        return byMention.get(k);
      }
    }
    return null;
  }

  /** An organization annotation's entity: its name part, or for "公司" and the like the organization named last. */
  private Entity organization(Annotation a, Annotation person) {
    if (a == null || !(a.kind().equals("ORG") || a.kind().equals("NP"))) {
      return null;
    }
    if ("anaphor".equals(a.value())) {
      if (indefinite(a)) {
        return null; // "创立了一家新人工智能公司": a new organization, not one named before
      }
      // "该院" is the last one named before it, outside the description of the one who moves ("前谷歌大脑研究员张三
      // 加入该院": not 谷歌大脑)
      Entity before = lastOrgBefore(a.start(), person);
      return before != null ? before : topic;
    }
    Annotation name = a.part("name") != null ? a.part("name") : a;
    return entity(name, EntityType.ORG);
  }

  /**
   * Who the unwritten subject of a sentence starting at {@code at} is: the person named last before the sentence in
   * its paragraph, or on the heading line right above the paragraph ("张三简历"), else nobody.
   */
  private Entity paragraphSubject(int at) {
    String t = text.text();
    int paragraph = t.lastIndexOf('\n', at - 1) + 1;
    int heading = paragraph > 0 ? t.lastIndexOf('\n', paragraph - 2) + 1 : paragraph;
    int from = paragraph - heading <= HEADING ? heading : paragraph;
    List<Mention> names = mentions.mentions().names();
    for (int k = names.size() - 1; k >= 0; k--) {
      Mention m = names.get(k);
      if (m.start() < from) {
        return null;
      }
      if (m.end() <= at && m.type() == EntityType.PERSON && byMention.get(k) != null) {
        return byMention.get(k);
      }
    }
    return null;
  }

  private Entity lastPersonBefore(int at) {
    List<Mention> names = mentions.mentions().names();
    for (int k = names.size() - 1; k >= 0; k--) {
      Mention m = names.get(k);
      if (m.end() <= at && m.type() == EntityType.PERSON && byMention.get(k) != null) {
        return byMention.get(k);
      }
    }
    return null;
  }

  /** Whether "一家", "一个" or "一所" stands shortly before an anaphoric noun, in its clause. */
  private boolean indefinite(Annotation a) {
    String t = text.text();
    int from = Math.max(0, a.start() - 10);
    for (int i = a.start() - 1; i >= from; i--) {
      if (org.talentflow.pattern.Lattice.CLAUSE_BREAKS.indexOf(t.charAt(i)) >= 0) {
        return false;
      }
      if (t.charAt(i) == '一' && i + 1 < a.start() && "家个所间".indexOf(t.charAt(i + 1)) >= 0) {
        return true;
      }
    }
    return false;
  }

  /** The organization named last before a position, outside a person's description (when one is given). */
  private Entity lastOrgBefore(int at, Annotation person) {
    List<Mention> names = mentions.mentions().names();
    for (int k = names.size() - 1; k >= 0; k--) {
      Mention m = names.get(k);
      if (m.end() <= at && m.type() == EntityType.ORG && byMention.get(k) != null && !m.source().equals("acronym")
          && (person == null || !person.contains(m.start(), m.end()))) {
        return byMention.get(k);
      }
    }
    return null;
  }

  /**
   * The organization an event that names none is about, looked for back from it to the start of its paragraph: the
   * last one that announces news ("星海队宣布…", "星海科技发布公告:"), outside the person's own description; else
   * the organization the document is about. (The nearest organization named in the sentence was tried as a middle
   * step and lost on both the seeds and real-dev: it is as often a school, a product or a former employer.)
   */
  private Entity context(Lattice l, int at, Annotation person) {
    String t = text.text();
    int from = Math.max(0, at - CONTEXT);
    int para = t.lastIndexOf('\n', at - 1);
    if (para >= from) {
      from = para + 1;
    }
    List<Mention> names = mentions.mentions().names();
    for (int k = names.size() - 1; k >= 0; k--) {
      Mention m = names.get(k);
      Entity e = byMention.get(k);
      if (m.end() > at || m.type() != EntityType.ORG || e == null || person.contains(m.start(), m.end())
          || m.source().equals("acronym")) {
        continue;
      }
      if (m.start() < from) {
        break;
      }
      if (announces(t, m.end())) {
        return e;
      }
    }
    return topic;
  }

  /** Whether a verb of announcing follows a name closely, in its clause ("星海队刚刚在官网宣布"). */
  private boolean announces(String t, int end) {
    int to = Math.min(t.length(), end + 12);
    for (int i = end; i < to; i++) {
      if (org.talentflow.pattern.Lattice.CLAUSE_BREAKS.indexOf(t.charAt(i)) >= 0 && t.charAt(i) != ':') {
        to = i;
        break;
      }
    }
    return !notices.all(t, end, to).isEmpty();
  }

  /** How far before a sentence the organizations of its context are looked for, in characters. */
  private static final int CONTEXT = 300;

  private static TimeValue own(Frame f) {
    return f.time() != null && f.time().value() instanceof TimeValue v ? v : null;
  }

  /**
   * The frame's own time, else the time of its sentence that dates it ({@code dating}: the nearest in the trigger's
   * clause, else the nearest before it in the sentence), else the paragraph's last one.
   */
  private TimeValue time(Frame f, Annotation dating) {
    if (f.time() != null && f.time().value() instanceof TimeValue v) {
      return v;
    }
    if (dating != null) {
      return (TimeValue) dating.value();
    }
    // none in the sentence: the last time stated before it in the paragraph ("2025年1月27日,公司公告:张三辞去…;
    // 李四辞去…" — the second sentence has the first's date)
    Lattice l = f.lattice();
    String text = this.text.text();
    int para = text.lastIndexOf('\n', Math.max(0, l.from() - 1));
    org.talentflow.event.TimeMention last = null;
    for (org.talentflow.event.TimeMention m : times) {
      if (m.end() <= l.from() && m.start() > para && m.value().resolved()) {
        last = m;
      }
    }
    return last == null ? null : last.value();
  }

  /** The time of the trigger's sentence that dates the frame, when the frame has none of its own, or null. */
  private Annotation timeInSentence(Frame f) {
    Lattice l = f.lattice();
    int clauseStart = l.clauseStartOf(Math.min(f.person().start(), f.triggerStart()));
    int clauseEnd = l.clauseEndOf(f.triggerEnd());
    Annotation before = null;
    Annotation after = null;
    Annotation sentence = null;
    List<int[]> verbs = eventVerbs(l);
    int triggerClause = l.clauseStartOf(f.triggerStart());
    int chained = chainStart(l, verbs, f.triggerStart());
    for (Annotation a : l.annotations("TIME")) {
      if (!(a.value() instanceof TimeValue) || endOfSpan(l, a)) {
        continue;
      }
      if (a.end() <= f.triggerStart()) {
        if (a.start() >= clauseStart
            && anyWithin(verbs, Math.max(a.end(), triggerClause), chained)) {
          continue; // "上月被解雇的张三已加入星海": the time is the dismissal's, not the joining's
        }
        sentence = a;
        if (a.start() >= clauseStart) {
          before = a;
        }
      } else if (a.start() >= f.triggerEnd() && a.end() <= clauseEnd && after == null) {
        after = a;
      }
    }
    return before != null ? before : after != null ? after : sentence;
  }

  /** Whether a time ends a span ("休假至年底", "留任到2025年"): when the event stops, not when it happens. */
  private static boolean endOfSpan(Lattice l, Annotation a) {
    int p = a.start() - 1;
    if (p < l.from()) {
      return false;
    }
    char c = l.text().charAt(p);
    return c == '至' || c == '到';
  }

  /** Word classes of the verbs that tell an event: a time written before one of them is that verb's. */
  private static final List<String> EVENT_VERBS = List.of("leave", "leave-from", "resign-post", "join", "found",
      "dismiss", "dismissed", "take-office", "suspend", "reinstate", "on-leave", "sign", "appoint");

  private static List<int[]> eventVerbs(Lattice l) {
    List<int[]> out = new ArrayList<>();
    for (String cls : EVENT_VERBS) {
      if (l.lexicon().hasWordClass(cls)) {
        out.addAll(l.wordSpans(cls));
      }
    }
    return out;
  }

  /**
   * Where the verbs chained to the trigger begin ("被解雇又重新聘用": 解雇 and 重新聘用 are told as one happening, one
   * time dates both): a verb before the trigger that a @chain word joins to it does not take the time from it.
   */
  private static int chainStart(Lattice l, List<int[]> verbs, int trigger) {
    if (!l.lexicon().hasWordClass("chain")) {
      return trigger;
    }
    int start = trigger;
    for (int[] c : l.wordSpans("chain")) {
      if (c[1] == trigger) {
        for (int[] v : verbs) {
          if (v[1] == c[0]) {
            start = Math.min(start, v[0]);
          }
        }
      }
    }
    return start;
  }

  private static boolean anyWithin(List<int[]> spans, int from, int to) {
    for (int[] w : spans) {
      if (w[0] >= from && w[1] <= to) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a time begins more than a week after the publication date (2018-06 after 2017-10-02): a publication
   * date is often approximate by a day or two, a plan is written well ahead.
   */
  private boolean future(TimeValue t) {
    if (t == null || !t.resolved() || published == null || t.value().contains("Q")) {
      return false;
    }
    String v = t.value();
    try {
      java.time.LocalDate start = switch (v.length()) {
        case 4 -> java.time.LocalDate.of(Integer.parseInt(v), 1, 1);
        case 7 -> java.time.LocalDate.parse(v + "-01");
        default -> java.time.LocalDate.parse(v.substring(0, 10));
      };
      return start.isAfter(published.plusDays(7));
    } catch (RuntimeException e) {
      return false;
    }
  }
}
