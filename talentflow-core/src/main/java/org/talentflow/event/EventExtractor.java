package org.talentflow.event;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.talentflow.mention.Dictionary;
import org.talentflow.mention.Mention;
import org.talentflow.mention.Mentions;
import org.talentflow.mention.RoleMention;
import org.talentflow.model.Entity;
import org.talentflow.model.EntityType;
import org.talentflow.model.EventType;
import org.talentflow.model.Evidence;
import org.talentflow.model.PersonnelEvent;
import org.talentflow.model.Surface;
import org.talentflow.model.Polarity;
import org.talentflow.model.TimeValue;
import org.talentflow.pack.KnowledgePack;
import org.talentflow.pack.KnowledgePack.OrgSlot;
import org.talentflow.pack.KnowledgePack.Trigger;
import org.talentflow.resolve.EntityIds;
import org.talentflow.text.MappedText;
import org.talentflow.text.Sentence;

/**
 * The first event pass: trigger words from the pack, and around each trigger its arguments by position. The person
 * is the subject before the trigger in its clause (carried over from earlier clauses of the sentence when the
 * clause has none: "Schulman离职,加盟Anthropic"), or the object right after an active dismissal or appointment;
 * coordinated names ("A、B和C") each get the event. The organization stands where the trigger's slot says; a
 * departure with no organization in its sentence is from the document's main organization. Role, time and polarity
 * come from the same sentence. Evidence spans map back to the original text.
 */
public final class EventExtractor {
  static final String CLAUSE_BREAKS = ",;:—!?。\n";
  private static final String CONNECTORS = "和与及、跟以 ,兼";
  /** A Latin organization name in an organization slot after a trigger: "加盟竞争对手Anthropic". */
  /** "该公司", "这家公司": an organization named before. */
  private static final Pattern ANAPHORIC_ORG = Pattern.compile("(该|这家|此)(公司|企业|机构|俱乐部|集团|院|校|所)");

  /** "7名员工", "3位高管": a counted group as subject. */
  private static final Pattern GROUP_COUNT = Pattern.compile("\\d+\\s*(?:名|位|个|人)");

  /** The people listed after a list cue ("其中包括", "分别是") later in the sentence. */
  private List<Arg> listedMembers(String t, int from, int sentenceEnd, List<Arg> persons) {
    List<Dictionary.Hit<Boolean>> cues = lists.longest(t, from, sentenceEnd);
    if (cues.isEmpty()) {
      return List.of();
    }
    int start = cues.get(0).end();
    List<Arg> out = new ArrayList<>();
    for (Arg p : persons) {
      if (p.start >= start && p.start < sentenceEnd) {
        if (out.stream().noneMatch(q -> q.entity.id().equals(p.entity.id()))) {
          out.add(p);
        }
      }
    }
    return out;
  }

  /** A generic organization noun right after a trigger, standing for an organization named earlier. */
  private static final Pattern GENERIC_ORG = Pattern.compile(
      "(?:了)?(?:该|这家|本)?(?:球队|俱乐部|公司|集团|团队|企业|机构)|(?:了)?该(?:院|校|所)");
  private static final Pattern LATIN_ORG = Pattern.compile(
      "^(?:了|到|至|竞争对手|对手|初创公司|公司|创企|人工智能公司|的|一家|名为)*([A-Z][A-Za-z0-9]+(?: [A-Z][A-Za-z0-9]+){0,3})");

  private final Dictionary<Trigger> triggers;
  private final PolarityDetector polarity;
  private final Dictionary<Boolean> speech;
  private final Dictionary<Boolean> groups;
  private final Dictionary<Boolean> lists;
  private final Dictionary<Boolean> shifts;
  private final Dictionary<Boolean> citations;
  private final java.util.Set<String> successions;
  /** Triggers that report an appointment only with "为" and a title after them ("决定"). */
  private final java.util.Set<String> titledOnly;
  private final Dictionary<Boolean> parallels;
  private final Dictionary<Boolean> bodies;
  private final java.util.Set<String> titleWords = new java.util.HashSet<>();
  private final List<String> hanOrgSuffixes;
  private final java.util.Set<String> roleWords;

  private final java.util.function.Predicate<String> properName;
  private final java.util.function.Predicate<String> translitName;

  public EventExtractor(KnowledgePack pack) {
    this(pack, name -> true);
  }

  /** @param properName whether a phrase holds a proper name (HanLP's segmentation), for names nothing else knows */
  public EventExtractor(KnowledgePack pack, java.util.function.Predicate<String> properName) {
    this.properName = properName;
    this.translitName = pack::isNearlyTransliteration;
    Objects.requireNonNull(pack, "pack");
    Map<String, Trigger> m = new HashMap<>();
    for (Trigger t : pack.triggers()) {
      m.putIfAbsent(t.word(), t); // IGNORE entries stay: as longer matches they mask the triggers inside them
      if (t.slot() == OrgSlot.TITLE) {
        titleWords.add(t.word());
      }
    }
    this.triggers = new Dictionary<>(m);
    this.polarity = new PolarityDetector(pack);
    this.speech = Dictionary.of(pack.clauseCues("speech"), w -> true);
    this.groups = Dictionary.of(pack.clauseCues("group"), w -> true);
    this.lists = Dictionary.of(pack.clauseCues("list"), w -> true);
    this.shifts = Dictionary.of(pack.clauseCues("shift"), w -> true);
    this.citations = Dictionary.of(pack.clauseCues("cited"), w -> true);
    this.successions = java.util.Set.copyOf(pack.clauseCues("succession"));
    this.titledOnly = java.util.Set.copyOf(pack.clauseCues("titled"));
    this.parallels = Dictionary.of(pack.clauseCues("parallel"), w -> true);
    this.bodies = Dictionary.of(pack.clauseCues("body"), w -> true);
    this.hanOrgSuffixes = pack.orgSuffixes().stream().filter(x -> !Dictionary.isLatinLetter(x.charAt(0))).toList();
    this.roleWords = new java.util.HashSet<>(pack.roles());
  }

  /** Everything the extractor reads for one document. */
  public record Input(
      String doc,
      MappedText text,
      List<Sentence> sentences,
      Mentions mentions,
      List<Entity> entityOfMention,
      List<TimeMention> times) {}

  public List<PersonnelEvent> extract(Input in) {
    String t = in.text().text();
    List<Arg> persons = new ArrayList<>();
    List<Arg> orgs = new ArrayList<>();
    EventParts.args(in, persons, orgs);
    // "据彭博社报道": an outlet cited for the news is no party to it
    orgs.removeIf(o -> citations.all(t, o.end, Math.min(t.length(), o.end + 2)).stream()
        .anyMatch(c -> c.start() == o.end));
    // nor is one that only acts in it ("由国家监委给予其开除公职处分") the organization the article is about
    java.util.Set<String> notOnlyAgents = orgs.stream().filter(o -> o.start <= 0 || t.charAt(o.start - 1) != '由')
        .map(o -> o.entity.id()).collect(java.util.stream.Collectors.toSet());
    Entity mainOrg = EventParts.mainOrg(orgs.stream().filter(o -> notOnlyAgents.contains(o.entity.id())).toList(), 1);
    // a name inside an organization's name ("克林顿政府") is not a person taking part in an event
    persons.removeIf(p -> beforeOrgSuffix(t, p));
    int titleEnd = titleEnd(t);
    Map<String, PersonnelEvent> byKey = new LinkedHashMap<>();
    java.util.Set<String> fromTitle = new java.util.HashSet<>();
    Sentence previous = null;
    List<Sentence> sentences = in.sentences();
    for (int si = 0; si < sentences.size(); si++) {
      Sentence s = sentences.get(si);
      // a denial reaches over the rest of the sentence and the next one in its paragraph
      int denialReach = si + 1 < sentences.size() && t.lastIndexOf('\n', sentences.get(si + 1).start()) < s.start()
          ? sentences.get(si + 1).end() : s.end();
      List<Found> found = new ArrayList<>();
      List<TimeMention> times = null;
      for (Dictionary.Hit<Trigger> h : triggers.longest(t, s.start(), s.end())) {
        if (h.value().ignored() || EventParts.insideName(h.start(), h.end(), persons, orgs)) {
          continue;
        }
        if (times == null) {
          times = paragraphTimes(t, in.times(), s);
        }
        Found f = arguments(t, s, previous, h, persons, orgs, in.mentions().roles(), times, mainOrg, denialReach);
        if (f != null) {
          found.add(f);
        }
      }
      previous = s;
      linkMoves(found);
      planSuccessions(found);
      for (Found f : found) {
        for (Arg p : f.persons) {
          if (succeedsHimself(t, s, f, p, found)) {
            continue; // "解雇主教练X,由其助手接任": the one who goes is not the one who takes over
          }
          PersonnelEvent e = event(in, s, f, p);
          // a denial and an assertion of the same event stay two claims (a later report may overturn the denial);
          // an attempt and its outcome are one (the outcome supersedes)
          String key = positiveKey(e);
          if (byKey.containsKey(key) && denialAndAssertion(byKey.get(key), e)) {
            key = key + "|" + e.polarity();
          }
          PersonnelEvent old = byKey.get(key);
          boolean oldFromTitle = old != null && fromTitle.contains(key);
          if (old == null) {
            byKey.put(key, e);
            if (s.end() <= titleEnd) {
              fromTitle.add(key);
            }
          } else if (oldFromTitle && s.end() > titleEnd) {
            byKey.put(key, fill(e, old)); // the body tells the event more precisely than the headline
            fromTitle.remove(key);
          } else {
            byKey.put(key, better(old, e));
          }
        }
      }
    }
    return List.copyOf(byKey.values());
  }

  private static String positiveKey(PersonnelEvent e) {
    return e.type() + "|" + e.person().id() + "|" + (e.org() == null ? "" : e.org().id());
  }

  private static boolean denialAndAssertion(PersonnelEvent a, PersonnelEvent b) {
    return (a.polarity() == Polarity.NEGATED && b.polarity() == Polarity.ASSERTED)
        || (a.polarity() == Polarity.ASSERTED && b.polarity() == Polarity.NEGATED);
  }

  /** The end of the headline: the first line, when more text follows it; else 0 (no headline). */
  private static int titleEnd(String t) {
    int nl = t.indexOf('\n');
    return nl > 0 && nl <= 80 && t.substring(nl).strip().length() > 0 ? nl : 0;
  }

  /** Of two reports of the same event in one document, keep the first, filling in what it lacks from the second. */
  private boolean isTitle(PersonnelEvent e) {
    return e.surface() != null && titleWords.contains(e.surface().trigger());
  }

  private PersonnelEvent better(PersonnelEvent first, PersonnelEvent second) {
    boolean outcome = (second.polarity() == Polarity.NEGATED || second.polarity() == Polarity.ASSERTED)
        && (first.polarity() == Polarity.SPECULATIVE || first.polarity() == Polarity.PLANNED);
    if (outcome) {
      // "努力促使X回归" ... "未能成功吸引X回归" / "X在五天后恢复职位": the outcome supersedes the attempt, with its
      // evidence; the attempt's time tells when the outcome came only roughly (the Saturday's talks, a November no)
      return fill(second, first.withTime(first.time() == null ? null : first.time().coarser()));
    }
    return fill(first, second);
  }

  /** {@code a}, with what it lacks (destination, role, a finer time) taken from {@code b}. */
  private PersonnelEvent fill(PersonnelEvent a, PersonnelEvent b) {
    // a title ("联合创始人") dates nothing: only a founding verb's report ("2015年...一起创建") gives the time
    TimeValue time = finer(isTitle(a) ? null : a.time(), isTitle(b) ? null : b.time());
    return new PersonnelEvent(a.type(), a.person(), a.org(), a.otherOrg() != null ? a.otherOrg() : b.otherOrg(),
        a.role() != null ? a.role() : b.role(), time, a.polarity(), a.evidence(), a.confidence(), a.surface());
  }

  /** The resolved time; of two compatible ones (2024 and 2024-05) the finer. */
  private static TimeValue finer(TimeValue a, TimeValue b) {
    if (a == null || !a.resolved()) {
      return b != null && b.resolved() ? b : (a != null ? a : b);
    }
    if (b != null && b.resolved() && b.value().startsWith(a.value()) && b.value().length() > a.value().length()) {
      return b;
    }
    return a;
  }

  private Found arguments(String t, Sentence s, Sentence previous, Dictionary.Hit<Trigger> h, List<Arg> allPersons,
      List<Arg> orgs,
      List<RoleMention> roles, List<TimeMention> times, Entity mainOrg, int denialReach) {
    Trigger trig = h.value();
    List<Arg> persons = allPersons;
    int clauseStart = clauseStart(t, s.start(), h.start());
    int clauseEnd = clauseEnd(t, h.end(), s.end());
    List<Arg> who;
    if (trig.slot() == OrgSlot.TITLE) {
      who = titleHolders(t, clauseStart, h.start(), h.end(), clauseEnd, persons);
    } else {
      who = subjects(t, s.start(), clauseStart, h.start(), h.end(), clauseEnd, persons, trig);
    }
    if (who.isEmpty() && previous != null && pronounSubject(t, clauseStart, h.start())
        && persons.stream().noneMatch(p -> p.start >= s.start() && p.end <= h.start())) {
      // "他却在几个月后被开除": a pronoun with nobody named in its sentence is the previous sentence's subject
      who = previousSubject(t, previous, s.start(), persons);
    }
    if (who.isEmpty() && !groups.all(t, clauseStart, h.start()).isEmpty() || who.isEmpty() && GROUP_COUNT.matcher(
        t.substring(clauseStart, h.start())).find()) {
      who = listedMembers(t, h.end(), s.end(), persons); // "7名员工加入Anthropic,其中包括A、B和C"
    }
    if (who.isEmpty() && trig.slot() == OrgSlot.TITLE) {
      who = listedMembers(t, h.end(), s.end(), persons); // "11位联合创始人中仅剩3位,分别是:A、B和C"
    }
    if (who.isEmpty() && trig.person() == KnowledgePack.PersonSlot.OBJECT) {
      who = givenTo(t, clauseStart, h.start(), persons); // "给予张某开除党籍处分"
    }
    if (who.isEmpty() || titledOnly.contains(trig.word()) && !titleAfterWei(t, h.end(), clauseEnd, roles)) {
      return null; // "决定丁薛祥为国务院副总理" is an appointment, "决定辞职" no trigger of one
    }
    Arg org = trig.type() == EventType.APPOINTED ? Employers.newPostsEmployer(h.end(), clauseEnd, orgs, roles)
        : trig.type() == EventType.LEFT ? partingWith(t, clauseStart, h.start(), allPersons, orgs) : null;
    if (org == null) {
      org = organization(t, trig, s.start(), h.start(), h.end(), clauseStart, clauseEnd, who.get(0), orgs, roles);
    }
    // "新加入的副总裁X": a member joining, of the organization the article is about
    boolean relative = h.end() < t.length() && t.charAt(h.end()) == '的';
    boolean needsNamedOrg = (trig.type() == EventType.JOINED && !relative)
        || (trig.type() == EventType.FOUNDED && trig.slot() != OrgSlot.TITLE);
    if (org == null && !needsNamedOrg && mainOrg != null) {
      org = new Arg(-1, -1, mainOrg);
      for (Arg o : orgs) {
        if (o.entity.id().equals(mainOrg.id()) && o.start >= s.start() && o.end <= s.end()) {
          // named in the sentence after all, in another clause: keep where it is written; but where a joining after
          // a leaving takes it ("离职后加入了谷歌"), it is the destination, and where the person left is not said
          boolean destination = trig.type() == EventType.LEFT && o.start >= h.end()
              && verbOf(t, h.end(), o.start, x -> x == EventType.JOINED);
          boolean former = Employers.onward(trig.type()) && Employers.formerEmployer(t, o, roles); // "前阿里巴巴CTO王坚当选"
          org = destination || former ? null : o;
          break;
        }
      }
    }
    if (org == null && trig.type() == EventType.JOINED) {
      return null; // joining nothing named is no fact
    }
    if (org == null && trig.type() == EventType.FOUNDED) {
      return null;
    }
    // a title (联合创始人) describes the person; the sentence's time belongs to its verb
    if (trig.type() == EventType.JOINED && org != null && org.start >= 0 && t.startsWith("董事会", org.end)) {
      trig = new Trigger(EventType.APPOINTED, trig.word(), trig.slot(), trig.person()); // "加入OpenAI董事会"
    }
    // not a modifier's time ("去年新加入的"), nor an end ("休假至年底")
    List<TimeMention> own = times.stream()
        .filter(tm -> !inModifier(t, tm, h.start()) && !endOfSpan(t, tm)).toList();
    Arg subject = who.get(0);
    if (subject.end <= h.start()) {
      // "在去年罢免风波中...站在一起的布罗克曼宣布休假": a time in a modifier of the subject is the modifier's
      own = own.stream().filter(tm -> !(tm.end() <= subject.start
          && t.substring(tm.end(), subject.start).contains("的") && noClauseBreak(t, tm.end(), subject.start))).toList();
    }
    if (relative) {
      // a relative clause's event is dated only inside its clause: in "11月20日,...宣布,因此辞职的X加入微软" the date
      // is the announcement's
      int from = clauseStart;
      own = own.stream().filter(tm -> tm.start() >= from).toList();
    }
    TimeMention time = trig.slot() == OrgSlot.TITLE ? null : nearestTime(own, s, h.start());
    if (time != null && time.start() >= h.end() && laterVerbsTime(t, trig.type(), h.end(), time, s.end())) {
      time = null;
    }
    if (time == null && trig.type() != EventType.FOUNDED && !relative && shifts.all(t, clauseStart, h.start()).isEmpty()) {
      // "本月初,A离职。B也官宣离职": the paragraph's time carries over; without a word that ties the clause to the
      // one before (an adverb, a succession verb), one level less precise, since it was written for another event ("于今年6月宣布创立SSI。雷克
      // 则加入了Anthropic" dates the joining to 2024, not June)
      time = paragraphTime(t, own, s.start());
      if (time != null && parallels.all(t, clauseStart, h.end()).isEmpty()) {
        time = new TimeMention(time.start(), time.end(), time.value().coarser());
      }
    }
    Polarity pol = polarity.polarity(t, clauseStart, h.start());
    int jiang = t.lastIndexOf('将', h.start() - 1);
    if (pol == Polarity.PLANNED && jiang >= clauseStart
        && who.stream().anyMatch(p -> p.start > jiang && p.end <= h.start())) {
      pol = polarity.polarity(t, jiang + 1, h.start()); // "宣布将主持人X停职": this 将 moves the object, plans nothing
    }
    if (pol != Polarity.NEGATED && polarity.deniedAfter(t, h.end(), denialReach)) {
      // "据报道X已离开百度,但百度方面否认了这一消息": denied, as 否认 before a trigger negates it, and as the English
      // "Apple denied reports that Ive would leave" does
      pol = Polarity.NEGATED;
    }
    Found found = new Found(trig, h.start(), h.end(), who, org, time, pol);
    if (trig.type() == EventType.JOINED && who.size() == 1) {
      found.otherOrg = Employers.formerEmployerOf(t, who.get(0), clauseStart, org, orgs, roles); // "前英特尔高管X加盟英伟达"
    }
    found.agent = passiveAgent(t, clauseStart, h.start(), allPersons, orgs, who);
    if (found.agent == null && trig.person() == KnowledgePack.PersonSlot.OBJECT
        && passiveMarker(t, clauseStart, h.start()) < 0) {
      found.agent = activeAgent(t, clauseStart, h.start(), allPersons, orgs, who);
    }
    return found;
  }

  /**
   * Where the 被 that makes this trigger passive stands, or -1. 被 is the trigger's only when no other trigger stands
   * between: "在奥特曼被罢免时曾担任" is no passive 担任.
   */
  private int passiveMarker(String t, int clauseStart, int trigStart) {
    int bei = trigStart - 1;
    while (bei >= clauseStart && t.charAt(bei) != '被') {
      bei--;
    }
    if (bei < clauseStart) {
      return -1;
    }
    boolean own = triggers.all(t, bei, trigStart).stream()
        .noneMatch(x -> !x.value().ignored() && x.start() < trigStart);
    return own ? bei : -1;
  }

  /**
   * The one acting in a passive, written right before the trigger ("被马斯克解雇", "被总经理佩林卡所解雇"), when it is not
   * the event's person; null if none is named.
   */
  private Arg passiveAgent(String t, int clauseStart, int trigStart, List<Arg> persons, List<Arg> orgs,
      List<Arg> who) {
    int bei = passiveMarker(t, clauseStart, trigStart);
    if (bei < 0) {
      return null;
    }
    for (List<Arg> args : List.of(persons, orgs)) {
      for (Arg a : args) {
        int end = a.end < trigStart && t.charAt(a.end) == '所' ? a.end + 1 : a.end;
        if (end == trigStart && a.start > bei && !who.contains(a)) {
          return a;
        }
        if (a.start == bei + 1 && bodies.all(t, a.end, trigStart).stream()
            .anyMatch(b -> b.start() == a.end && b.end() == trigStart)) {
          return new Arg(a.start, trigStart, a.entity); // "被OpenAI董事会解雇": the organization's board
        }
      }
    }
    // "被董事会解雇": a body of the employer, named by no mention
    for (Dictionary.Hit<Boolean> b : bodies.all(t, bei + 1, trigStart)) {
      if (b.start() == bei + 1 && b.end() == trigStart) {
        return new Arg(b.start(), b.end(), null);
      }
    }
    return null;
  }

  /**
   * The one acting in an active clause with the person as object ("马斯克接手推特后随即解雇了X", "OpenAI董事会解雇了X"):
   * the first person or organization of the clause, with the body of it named right after ("董事会").
   */
  private Arg activeAgent(String t, int clauseStart, int trigStart, List<Arg> persons, List<Arg> orgs,
      List<Arg> who) {
    Arg first = null;
    for (List<Arg> args : List.of(persons, orgs)) {
      for (Arg a : args) {
        if (a.start >= clauseStart && a.end <= trigStart && !who.contains(a) && (first == null || a.start < first.start)) {
          first = a;
        }
      }
    }
    if (first == null) {
      return null;
    }
    for (Dictionary.Hit<Boolean> b : bodies.all(t, first.end, trigStart)) {
      if (b.start() == first.end) {
        return new Arg(first.start, b.end(), first.entity);
      }
    }
    return first;
  }

  /**
   * The person (and those coordinated with it) the event is about: for a subject trigger the first person of the
   * clause before the trigger (carried over from an earlier clause of the sentence when the clause has none); for an
   * object trigger ("解雇X", "任命X") the person after it, unless "被" makes the subject the patient ("X被解雇").
   */
  private List<Arg> subjects(String t, int sentenceStart, int clauseStart, int trigStart, int trigEnd,
      int clauseEnd, List<Arg> persons, Trigger trig) {
    // a relative clause names the person after the trigger: "被解雇的前研究员X", "加入OpenAI 9年的联合创始人X"
    if (relativeMarker(t, trigEnd, clauseEnd) >= 0) {
      trigEnd = relativeMarker(t, trigEnd, clauseEnd);
      for (Arg p : persons) {
        if (p.start > trigEnd && p.start - trigEnd <= 24 && p.start < clauseEnd) {
          // "被罢免的A和因此辞职的B": B has a modifier of its own, so the first one's event is A's alone
          List<Arg> group = new ArrayList<>();
          for (Arg q : coordinatedAfter(t, p, persons, clauseEnd)) {
            if (!group.isEmpty() && ownPredicate(t, group.get(group.size() - 1).end, q.start)) {
              break;
            }
            group.add(q);
          }
          return group;
        }
      }
    }
    int bei = passiveMarker(t, clauseStart, trigStart);
    boolean passive = bei >= 0;
    if (trig.person() == KnowledgePack.PersonSlot.AGENT && passive) {
      for (Arg p : persons) {
        if (p.start > bei && p.end <= trigStart) {
          return List.of(p); // "她被埃米特·谢尔取代": the successor
        }
      }
      return List.of();
    }
    if (passive) {
      // "穆拉蒂在奥特曼去年被罢免时": the one dismissed stands right before 被
      Arg patient = null;
      for (Arg p : persons) {
        if (p.end <= bei && p.start >= clauseStart) {
          patient = p;
        }
      }
      if (patient != null) {
        return coordinatedBefore(t, patient, persons);
      }
    }
    if (trig.person() == KnowledgePack.PersonSlot.OBJECT && !passive) {
      for (Arg p : persons) {
        if (p.start >= trigEnd && p.start < clauseEnd) {
          boolean gap = objectGap(t, trigEnd, p.start)
              || (p.start - trigEnd <= 40 && noClauseBreak(t, trigEnd, p.start) && t.substring(trigEnd, p.start).contains("的"));
          return gap ? coordinatedAfter(t, p, persons, clauseEnd) : List.of(); // "聘请了...被解雇的前研究员X"
        }
      }
      return List.of(); // "马斯克解雇多名高管": the agent is not the one dismissed
    }
    Arg first = null;
    for (Arg p : persons) {
      if (p.end <= trigStart && p.start >= clauseStart) {
        first = p;
        break;
      }
    }
    if (first != null) {
      // "和奥尔特曼站在一起的布罗克曼休假": a person inside a modifier ending in 的 is not the subject; its head is
      for (Arg q : persons) {
        if (q.start > first.end && q.end <= trigStart) {
          String between = t.substring(first.end, q.start).replaceAll("^[(][^()]*[)]", "");
          boolean coordinated = !between.isEmpty() && "和与及、".indexOf(between.charAt(0)) >= 0;
          if (between.contains("的") && objectGap(t, first.end, q.start) && !between.contains("被") && !coordinated) {
            first = q;
          }
        }
      }
      return coordinatedAfter(t, first, persons, trigStart);
    }
    if (!groups.all(t, clauseStart, trigStart).isEmpty()) {
      return List.of(); // "多位前董事会成员被迫离开": unnamed people get no event
    }
    // carry over the subject of the nearest earlier clause that names someone ("Schulman离职,加盟Anthropic")
    Arg nearest = null;
    for (Arg p : persons) {
      if (p.end <= clauseStart && p.start >= sentenceStart) {
        nearest = p;
      }
    }
    if (nearest == null) {
      return List.of();
    }
    int cs = clauseStart(t, sentenceStart, nearest.start);
    int ce = clauseEnd(t, nearest.end, clauseStart);
    Arg subject = nearest;
    if (!singularPronoun(t, clauseStart, trigStart)) {
      // no pronoun: the earlier clause's subject goes on ("苏茨克弗在投票支持解雇奥特曼后,选择离开");
      // with one ("告知Sutskever,OpenAI撤回了让他回归的邀请") the nearest person is meant
      for (Arg p : persons) {
        if (p.start >= cs && p.end <= nearest.end) {
          subject = p;
          break;
        }
      }
    }
    if (!speech.all(t, subject.end, ce).isEmpty() && !singularPronoun(t, subject.end, trigStart)
        && !t.substring(clauseStart, trigStart).contains("自己")) {
      // "谭寅亮表示,...继续出走": the speaker is not who leaves; but "辛顿表示,他已辞职" is the speaker himself
      return List.of();
    }
    return coordinatedAfter(t, subject, persons, ce);
  }

  /** 他 or 她 (not 他们/她们) in [from, to). */
  private static boolean singularPronoun(String t, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = t.charAt(i);
      if ((c == '他' || c == '她') && (i + 1 >= t.length() || t.charAt(i + 1) != '们')) {
        return true;
      }
    }
    return false;
  }

  private boolean beforeOrgSuffix(String t, Arg p) {
    for (String suffix : hanOrgSuffixes) {
      if (t.startsWith(suffix, p.end)) {
        return true;
      }
    }
    return false;
  }

  /** Between an active verb and its object: "了", a role title, a few words ("解雇了首席执行官X"), no clause break. */
  private static boolean objectGap(String t, int from, int to) {
    if (to - from > 16) {
      return false;
    }
    for (int i = from; i < to; i++) {
      if (CLAUSE_BREAKS.indexOf(t.charAt(i)) >= 0) {
        return false;
      }
    }
    return true;
  }

  /**
   * Where the 的 of a relative clause starting at a trigger stands: right after it ("辞职的总裁X"), or after an
   * organization and a duration ("加入OpenAI 9年的X"); -1 when there is none.
   */
  private int relativeMarker(String t, int trigEnd, int clauseEnd) {
    if (trigEnd < t.length() && t.charAt(trigEnd) == '的') {
      return trigEnd;
    }
    int de = t.indexOf('的', trigEnd);
    if (de < 0 || de >= clauseEnd || de - trigEnd > 12) {
      return -1;
    }
    String between = t.substring(trigEnd, de);
    boolean duration = between.matches("[^,;:。的]{1,10}?[0-9一二三四五六七八九十多]+ ?(年|个月|月|周|天)(多|余)?");
    return duration && triggers.all(t, trigEnd, de).isEmpty() ? de : -1;
  }

  /** A singular pronoun (他, 她, 自己) before the trigger in its clause. */
  private static boolean pronounSubject(String t, int clauseStart, int trigStart) {
    return singularPronoun(t, clauseStart, trigStart) || t.substring(clauseStart, trigStart).contains("自己");
  }

  /**
   * The antecedent of a pronoun: the person mentioned last in the previous sentence of the same paragraph
   * ("员工曾对穆拉蒂的忠诚度表示过怀疑。她被旧董事会任命为临时CEO").
   */
  private static List<Arg> previousSubject(String t, Sentence previous, int sentenceStart, List<Arg> persons) {
    if (t.substring(previous.end(), sentenceStart).contains("\n")) {
      return List.of(); // another paragraph: no antecedent
    }
    Arg last = null;
    for (Arg p : persons) {
      if (p.start >= previous.start() && p.end <= previous.end()) {
        last = p;
      }
    }
    return last == null ? List.of() : List.of(last);
  }

  /** "A、B和C离职": walk left from C over connectors and role titles. */
  private static List<Arg> coordinatedBefore(String t, Arg last, List<Arg> persons) {
    List<Arg> group = new ArrayList<>();
    group.add(last);
    Arg cur = last;
    for (int i = persons.indexOf(last) - 1; i >= 0; i--) {
      Arg p = persons.get(i);
      if (p.end <= cur.start && sameNameInGloss(t, p, cur)) {
        cur = new Arg(p.start, cur.end, cur.entity);
        continue;
      }
      if (p.end > cur.start || !onlyConnectors(t, p.end, cur.start)) {
        break;
      }
      if (!p.entity.id().equals(cur.entity.id()) && group.stream().noneMatch(g -> g.entity.id().equals(p.entity.id()))) {
        group.add(0, p);
      }
      cur = p;
    }
    return group;
  }

  private static List<Arg> coordinatedAfter(String t, Arg first, List<Arg> persons, int limit) {
    List<Arg> group = new ArrayList<>();
    group.add(first);
    Arg cur = first;
    for (int i = persons.indexOf(first) + 1; i < persons.size(); i++) {
      Arg p = persons.get(i);
      if (p.start >= limit) {
        break;
      }
      if (sameNameInGloss(t, cur, p)) {
        cur = new Arg(cur.start, p.end + (p.end < t.length() && t.charAt(p.end) == ')' ? 1 : 0), cur.entity);
        continue;
      }
      if (!onlyConnectors(t, cur.end, p.start)) {
        break;
      }
      if (group.stream().noneMatch(g -> g.entity.id().equals(p.entity.id()))) {
        group.add(p);
      }
      cur = p;
    }
    return group;
  }

  private boolean endsWithRole(String s) {
    for (String r : roleWords) {
      if (!r.startsWith("!") && s.endsWith(r)) {
        return true;
      }
    }
    return false;
  }

  private static boolean noClauseBreak(String t, int from, int to) {
    for (int i = from; i < to; i++) {
      if (CLAUSE_BREAKS.indexOf(t.charAt(i)) >= 0) {
        return false;
      }
    }
    return true;
  }

  /**
   * A time after a trigger belongs to another event's verb when that verb stands between them or after the time in its
   * clause ("X被开除,三天后他重返", "休假三个月后复职"); a verb restating the event keeps it ("宣布退休,将于10月离开").
   */
  private boolean laterVerbsTime(String t, EventType type, int trigEnd, TimeMention time, int sentenceEnd) {
    return verbOf(t, trigEnd, time.start(), x -> x != type)
        || verbOf(t, time.end(), clauseEnd(t, time.end(), sentenceEnd), x -> x != type);
  }

  /** A trigger in [from, to) of an event type that {@code wanted} accepts. */
  private boolean verbOf(String t, int from, int to, java.util.function.Predicate<EventType> wanted) {
    return triggers.all(t, from, to).stream().anyMatch(h -> !h.value().ignored() && wanted.test(h.value().type()));
  }

  private boolean ownPredicate(String t, int from, int to) {
    return verbOf(t, from, to, x -> true);
  }

  /** "和超级对齐团队负责人雷克": a title between two names starts a separate apposition. */
  private boolean hasOwnTitle(String t, int from, int to) {
    String between = t.substring(from, to).replaceAll("[(][^()]*[)]", "");
    for (String r : roleWords) {
      if (!r.startsWith("!") && between.contains(r)) {
        return true;
      }
    }
    return false;
  }

  /** "帕拉格·阿格拉瓦尔(Parag Agrawal)": the bracketed gloss is the same name again, not a second person. */
  private static boolean sameNameInGloss(String t, Arg a, Arg b) {
    if (!a.entity.id().equals(b.entity.id()) || b.start < a.end) {
      return false;
    }
    String between = t.substring(a.end, b.start);
    return between.isEmpty() || between.equals("(");
  }

  /** Between two names: connectors, a bracketed gloss, and role words only (no verb, no clause break). */
  private static boolean onlyConnectors(String t, int from, int to) {
    if (to - from > 24) {
      return false;
    }
    String between = t.substring(from, to).replaceAll("[(][^()]*[)]", "");
    if (between.isEmpty()) {
      return true;
    }
    boolean connector = false;
    for (int i = 0; i < between.length(); i++) {
      char c = between.charAt(i);
      if (CONNECTORS.indexOf(c) >= 0) {
        connector = true;
      } else if (CLAUSE_BREAKS.indexOf(c) >= 0) {
        return false;
      }
    }
    return connector && between.length() <= 18;
  }

  /**
   * "联合创始人、首席科学家X和Y": the people the title is given to; or "X是Y的联合创始人(之一)", the person before.
   */
  private List<Arg> titleHolders(String t, int clauseStart, int titleStart, int titleEnd, int clauseEnd,
      List<Arg> persons) {
    for (Arg p : persons) {
      if (p.end <= titleStart && p.start >= clauseStart) {
        String between = t.substring(p.end, titleStart);
        if ((between.startsWith("是") || between.startsWith("为") || between.startsWith("也是")) && between.length() <= 16
            && persons.stream().noneMatch(q -> q.start >= p.end && q.end <= titleStart)) {
          return List.of(p);
        }
      }
    }
    for (Arg p : persons) {
      if (p.start >= titleEnd && p.start < clauseEnd && p.start - titleEnd <= 14) {
        String between = t.substring(titleEnd, p.start);
        if (between.indexOf('是') >= 0 || (between.indexOf('的') >= 0 && !endsWithRole(between))) {
          return List.of(); // "联合创始人、最受尊敬的科学家X" is fine; "创始人的公司X" is not
        }
        // the title goes to the people coordinated with the first, unless one has a title of its own
        List<Arg> group = new ArrayList<>();
        for (Arg q : coordinatedAfter(t, p, persons, clauseEnd)) {
          if (!group.isEmpty() && hasOwnTitle(t, group.get(group.size() - 1).end, q.start)) {
            break;
          }
          group.add(q);
        }
        return group;
      }
      if (p.start >= titleEnd) {
        break;
      }
    }
    return List.of();
  }

  /**
   * The organization of an event, where the trigger's slot says: after it ("加盟Anthropic", also a Latin name not
   * yet known), before it in the clause ("OpenAI的X离职"), or, when the word after the trigger is a generic noun
   * ("加盟球队", "离开公司"), the organization named last before it in the sentence.
   */
  private Arg organization(String t, Trigger trig, int sentenceStart, int trigStart, int trigEnd,
      int clauseStart, int clauseEnd, Arg person, List<Arg> orgs, List<RoleMention> roles) {
    Arg after = null;
    for (Arg o : orgs) {
      if (o.start >= trigEnd && o.start < clauseEnd && o.start - trigEnd <= 14) {
        // "离开并创立了初创公司SSI": an organization behind another trigger is that trigger's
        if (triggers.all(t, trigEnd, o.start).stream().noneMatch(h -> !h.value().ignored())) {
          after = o;
        }
        break;
      }
    }
    if (after != null) {
      // "OpenAI的竞争对手Anthropic": the head of "A的B" is B
      for (Arg o : orgs) {
        if (o.start > after.end && o.start - after.end <= 16 && t.charAt(after.end) == '的'
            && objectGap(t, after.end, o.start)) {
          after = o;
          break;
        }
      }
    }
    boolean slotAfter = trig.slot() == OrgSlot.AFTER || trig.slot() == OrgSlot.EITHER;
    if (after == null && slotAfter) {
      Matcher m = LATIN_ORG.matcher(t.substring(trigEnd, Math.min(clauseEnd, trigEnd + 40)));
      if (m.find() && !roleWords.contains(m.group(1))) {
        String name = m.group(1);
        int s = trigEnd + m.start(1);
        after = new Arg(s, s + name.length(), new Entity(EntityIds.of(EntityType.ORG, name), EntityType.ORG, name,
            List.of(name)));
      }
    }
    if (after == null && slotAfter && (trig.type() == EventType.JOINED || trig.type() == EventType.LEFT)) {
      after = hanOrgAfter(t, trigEnd, clauseEnd);
    }
    // "加盟球队": the team named before; but "创立公司时" founds no organization named earlier
    if (after == null && slotAfter && trig.type() != EventType.FOUNDED && GENERIC_ORG.matcher(t.substring(trigEnd, Math.min(clauseEnd, trigEnd + 8))).lookingAt()) {
      for (Arg o : orgs) {
        if (o.end <= trigStart && o.start >= sentenceStart
            && !(Employers.onward(trig.type()) && Employers.formerEmployer(t, o, roles))) {
          after = o; // the last one named before: "国际迈阿密宣布,梅西加盟球队"; not "前谷歌大脑研究员X加入该院"
        }
      }
    }
    Arg before = null;
    // before the title, or before the person (who may stand after the trigger: "被解雇的谷歌前工程师X")
    // before the title; before an active verb whose object is the person ("该公司聘请了...的前研究员X": the agent);
    // else before the person, who may stand after the trigger in a relative clause ("被解雇的谷歌前工程师X")
    boolean relative = trigEnd < t.length() && t.charAt(trigEnd) == '的';
    int anchor = trig.slot() == OrgSlot.TITLE ? trigStart
        : trig.person() == KnowledgePack.PersonSlot.OBJECT && !relative ? trigStart
        : person.start > trigStart ? person.start : Math.min(person.start, trigStart);
    // one joins, or is appointed or returns to, no organization named as a former employer ("前英特尔高管X")
    for (Arg o : orgs) {
      boolean former = Employers.onward(trig.type()) && Employers.formerEmployer(t, o, roles);
      if (o.end <= anchor && o.start >= clauseStart && !former) {
        before = o;
      }
    }
    if (before == null && trig.slot() != OrgSlot.TITLE) {
      for (Arg o : orgs) {
        if (o.start >= person.end && o.end <= trigStart) {
          before = o; // between the person and the trigger: "X在微软担任"
        }
      }
    }
    if (before == null && ANAPHORIC_ORG.matcher(t.substring(clauseStart, trigStart)).find()) {
      for (Arg o : orgs) {
        if (o.end <= clauseStart && (o.end >= t.length() || t.charAt(o.end) != '的')) {
          before = o; // "该公司最近还聘请了X": the organization named last before, not one in a modifier ("X的成员")
        }
      }
    }
    return switch (trig.slot()) {
      case AFTER -> after != null ? after : (trig.type() == EventType.JOINED || trig.type() == EventType.FOUNDED ? null : before);
      case BEFORE, TITLE -> before;
      case EITHER -> after != null ? after : before;
    };
  }

  /**
   * "张勇将于9月10日卸任...,吴泳铭接任首席执行官": a succession after a planned leaving or appointment in its sentence,
   * with no cue of its own, is planned too.
   */
  private void planSuccessions(List<Found> found) {
    for (Found f : found) {
      if (f.polarity != Polarity.ASSERTED || !successions.contains(f.trigger.word())) {
        continue;
      }
      boolean afterPlan = found.stream().anyMatch(g -> g.start < f.start && g.polarity == Polarity.PLANNED
          && (g.trigger.type() == EventType.LEFT || g.trigger.type() == EventType.APPOINTED));
      if (afterPlan) {
        f.polarity = Polarity.PLANNED;
      }
    }
  }

  /**
   * Whether a succession verb ("接任") took as its subject, from a clause before its own, the person a leaving or
   * dismissal earlier in the sentence is about.
   */
  private boolean succeedsHimself(String t, Sentence s, Found f, Arg p, List<Found> found) {
    if (f.trigger.type() != EventType.APPOINTED || !successions.contains(f.trigger.word())
        || p.start >= clauseStart(t, s.start(), f.start)) {
      return false;
    }
    return found.stream().anyMatch(g -> g.start < f.start
        && (g.trigger.type() == EventType.LEFT || g.trigger.type() == EventType.DISMISSED)
        && g.persons.stream().anyMatch(q -> q.entity.id().equals(p.entity.id())));
  }

  /** A 为 after the trigger in its clause with a title soon after it: "决定X、Y为国务院副总理". */
  private static boolean titleAfterWei(String t, int from, int clauseEnd, List<RoleMention> roles) {
    for (int w = t.indexOf('为', from); w >= 0 && w < clauseEnd; w = t.indexOf('为', w + 1)) {
      if (RoleMention.titleSoonAfter(t, roles, w + 1, 7)) {
        return true;
      }
    }
    return false;
  }

  /** Whether [from, to) is nothing but organizations named one after the other ("浙江大学" + "研究生院"). */
  private static boolean orgsOnly(int from, int to, Mentions mentions) {
    int at = from;
    boolean moved = true;
    while (at < to && moved) {
      moved = false;
      for (Mention m : mentions.names()) {
        if (m.type() == EntityType.ORG && m.start() == at && m.end() <= to) {
          at = m.end();
          moved = true;
          break;
        }
      }
    }
    return at == to && to > from;
  }

  /** "决定给予张某开除党籍处分": the one a sanction is given to (给予 + name), right before an object trigger. */
  private static List<Arg> givenTo(String t, int clauseStart, int trigStart, List<Arg> persons) {
    for (Arg p : persons) {
      if (p.end == trigStart && p.start - 2 >= clauseStart && t.startsWith("给予", p.start - 2)) {
        return List.of(p);
      }
    }
    return List.of();
  }

  /**
   * "京多安已与巴塞罗那解约": the one a person parts with, named between 与 and the leaving trigger, is the organization
   * left: a known organization there, or a transliterated name that is no person's.
   */
  private Arg partingWith(String t, int clauseStart, int trigStart, List<Arg> persons, List<Arg> orgs) {
    int with = t.lastIndexOf('与', trigStart - 1);
    if (with < clauseStart || trigStart - with - 1 < 2 || trigStart - with - 1 > 8) {
      return null;
    }
    int s = with + 1;
    for (Arg o : orgs) {
      if (o.start == s && o.end == trigStart) {
        return o;
      }
    }
    String name = t.substring(s, trigStart);
    boolean someone = persons.stream().anyMatch(p -> p.start < trigStart && p.end > s);
    if (someone || !translitName.test(name)) {
      return null; // a club named after its foreign city, such as 巴塞罗那; other names must be known
    }
    return new Arg(s, trigStart, new Entity(EntityIds.of(EntityType.ORG, name), EntityType.ORG, name, List.of(name)));
  }

  /**
   * "加盟成都蓉城": a proper name standing alone between the trigger and the end of its clause is the organization,
   * even when nothing else knows it.
   */
  private Arg hanOrgAfter(String t, int from, int clauseEnd) {
    int s = from;
    while (s < clauseEnd && (t.charAt(s) == '了' || t.charAt(s) == '到' || t.charAt(s) == '至')) {
      s++;
    }
    int e = s;
    while (e < clauseEnd && e < s + 10 && MentionHelpers.isHan(t.charAt(e))) {
      e++;
    }
    if (e != clauseEnd || e - s < 2 || e - s > 8) {
      return null; // only a short name closing its clause: "加盟成都蓉城," not "加入了一家新公司并担任..."
    }
    String name = t.substring(s, e);
    if (GENERIC_ORG.matcher(name).lookingAt() || !properName.test(name)) {
      return null;
    }
    return new Arg(s, e, new Entity(EntityIds.of(EntityType.ORG, name), EntityType.ORG, name, List.of(name)));
  }

  /** A departure followed by a move in the same sentence gives the departure its destination, and the move its origin. */
  private static void linkMoves(List<Found> found) {
    for (Found left : found) {
      if (left.trigger.type() != EventType.LEFT) {
        continue;
      }
      for (Found next : found) {
        if (next.start > left.start && next.org != null && next.org.start >= 0
            && (next.trigger.type() == EventType.JOINED || next.trigger.type() == EventType.FOUNDED)
            && sharePerson(left, next) && (left.org == null || !left.org.entity.id().equals(next.org.entity.id()))) {
          left.otherOrg = next.org;
          if (next.trigger.type() == EventType.JOINED) {
            next.otherOrg = left.org;
          }
          break;
        }
      }
    }
  }

  private static boolean sharePerson(Found a, Found b) {
    for (Arg p : a.persons) {
      for (Arg q : b.persons) {
        if (p.entity.id().equals(q.entity.id())) {
          return true;
        }
      }
    }
    return false;
  }

  private PersonnelEvent event(Input in, Sentence s, Found f, Arg person) {
    return EventParts.event(in, s, f, person, roleOf(in.text().text(), person, f, in.mentions()));
  }

  /** The original span of a normalized span; {-1, -1} for a part not written in the text (start < 0). */
  static int[] original(MappedText mt, int start, int end) {
    if (start < 0 || end <= start) {
      return Surface.none();
    }
    return new int[] {mt.originalStart(start, end), mt.originalEnd(start, end)};
  }

  /**
   * The role: a title right after a change-of-office trigger ("卸任首席执行官", "出任总裁"), else the titles standing
   * right before the person ("联合创始人、首席科学家X").
   */
  private static String roleOf(String t, Arg person, Found f, Mentions mentions) {
    List<RoleMention> roles = mentions.roles();
    EventType type = f.trigger.type();
    // an object with a title of its own right before it has that one ("解雇了首席执行官A和首席财务官B": B's is 首席财务官)
    boolean ownTitle = person.start >= f.end
        && roles.stream().anyMatch(r -> r.end() == person.start && r.start() > f.end);
    if (!ownTitle && (type == EventType.LEFT || type == EventType.APPOINTED || type == EventType.REINSTATED
        || type == EventType.DISMISSED)) {
      // after an object, the title comes after its 为 or 的: "任命王志刚为科学技术部部长", "免去万钢的科学技术部部长职务"
      // "任命A、B为": after the last of the people the trigger takes, who are coordinated
      int listEnd = person.start >= f.end
          ? f.persons.stream().filter(p -> p.start >= person.start).mapToInt(p -> p.end).max().orElse(person.end) : -1;
      int from = listEnd >= 0 && listEnd < t.length() && "为的".indexOf(t.charAt(listEnd)) >= 0 ? listEnd + 1 : f.end;
      for (RoleMention r : roles) {
        boolean near = r.start() - from <= 6 || orgsOnly(from, r.start(), mentions); // "调任浙江大学研究生院常务副院长"
        if (r.start() >= from && near && objectGap(t, from, r.start()) && !t.substring(from, r.start()).contains("的")) {
          StringBuilder role = new StringBuilder(r.text());
          int end = r.end();
          for (RoleMention next : roles) {
            if (next.start() == end + 1 && (t.charAt(end) == '兼' || t.charAt(end) == '、')) {
              role.append(t.charAt(end)).append(next.text());
              end = next.end();
            }
          }
          return role.toString();
        }
        if (r.start() > from + 16) {
          break;
        }
      }
    }
    List<String> chain = new ArrayList<>();
    int at = person.start;
    for (int i = roles.size() - 1; i >= 0; i--) {
      RoleMention r = roles.get(i);
      if (r.end() > at) {
        continue;
      }
      String between = t.substring(r.end(), at);
      if (between.isEmpty() || between.equals("、") || between.equals("兼")) {
        chain.add(0, r.text());
        at = r.start();
      } else {
        break;
      }
    }
    if (chain.isEmpty()) {
      return null;
    }
    for (Mention m : mentions.names()) {
      if (m.type() == EntityType.ORG && m.end() == at) {
        at = m.start(); // "原谷歌工程师": the employer between 原 and the title
        break;
      }
    }
    boolean former = chain.get(0).startsWith("前") || chain.get(0).startsWith("原")
        || at > 0 && (t.charAt(at - 1) == '前' || t.charAt(at - 1) == '原');
    boolean past = type == EventType.LEFT || type == EventType.DISMISSED || type == EventType.SUSPENDED
        || type == EventType.ON_LEAVE || f.trigger.slot() == OrgSlot.TITLE; // "前联合创始人X": still the founder
    if (former && !past) {
      return null; // "百度前总裁陆奇加盟微软": the title he had, not the one he joins in
    }
    return String.join("、", chain);
  }

  /**
   * A time inside a modifier that ends in 的 before the trigger belongs to that modifier's verb: "去年新加入的副总裁
   * 邓也官宣离职", "发生于2023年11月的政变".
   */
  private boolean inModifier(String t, TimeMention tm, int trigStart) {
    if (tm.end() > trigStart) {
      return false;
    }
    if (tm.end() < t.length() && t.charAt(tm.end()) == '的' && tm.end() + 1 != trigStart) {
      return true; // "近日的动作": a time right before 的 modifies the noun after it, unless that noun is the event
    }
    int de = t.indexOf('的', tm.end());
    if (de < 0 || de >= trigStart || de - tm.end() > 12) {
      return false;
    }
    for (int i = tm.end(); i < de; i++) {
      if (CLAUSE_BREAKS.indexOf(t.charAt(i)) >= 0) {
        return false;
      }
    }
    String between = t.substring(tm.end(), de);
    return !triggers.all(t, tm.end(), de).isEmpty() || between.startsWith("的") || between.matches(".*(发生|举行|成立|发布).*");
  }

  private static boolean endOfSpan(String t, TimeMention tm) {
    String before = t.substring(Math.max(0, tm.start() - 2), tm.start());
    return before.endsWith("至") || before.endsWith("到") || before.endsWith("直到");
  }

  /** The last time mentioned in the two sentences before, within the same paragraph (line), or null. */
  /** The times that can date a sentence's events: those of its paragraph up to the sentence's end, in order. */
  private static List<TimeMention> paragraphTimes(String t, List<TimeMention> times, Sentence s) {
    int paragraphStart = t.lastIndexOf('\n', Math.max(0, s.start() - 1)) + 1;
    List<TimeMention> out = new ArrayList<>();
    for (TimeMention tm : times) {
      if (tm.start() >= paragraphStart && tm.end() <= s.end()) {
        out.add(tm);
      }
    }
    return out;
  }

  private static TimeMention paragraphTime(String t, List<TimeMention> times, int sentenceStart) {
    int paragraphStart = t.lastIndexOf('\n', Math.max(0, sentenceStart - 1)) + 1;
    int ends = 0;
    for (int i = sentenceStart - 1; i > paragraphStart; i--) {
      char c = t.charAt(i);
      if (c == '。' || c == '!' || c == '?') {
        ends++;
        if (ends == 3) {
          paragraphStart = i + 1;
          break;
        }
      }
    }
    TimeMention last = null;
    for (TimeMention tm : times) {
      // a time right before 的 modifies a noun ("近日的动作", "发生于2023年11月的政变"): it dates nothing after it
      boolean modifier = tm.end() < t.length() && t.charAt(tm.end()) == '的';
      if (tm.start() >= paragraphStart && tm.end() <= sentenceStart && !modifier) {
        last = tm;
      }
    }
    return last;
  }

  private static TimeMention nearestTime(List<TimeMention> times, Sentence s, int trigStart) {
    TimeMention before = null;
    TimeMention after = null;
    for (TimeMention tm : times) {
      if (tm.start() >= s.start() && tm.end() <= s.end()) {
        if (tm.end() <= trigStart) {
          before = tm;
        } else if (after == null) {
          after = tm;
        }
      }
    }
    return before != null ? before : after;
  }


  static int clauseStart(String t, int sentenceStart, int at) {
    for (int i = at - 1; i >= sentenceStart; i--) {
      if (CLAUSE_BREAKS.indexOf(t.charAt(i)) >= 0) {
        return i + 1;
      }
    }
    return sentenceStart;
  }

  private static int clauseEnd(String t, int at, int sentenceEnd) {
    for (int i = at; i < sentenceEnd; i++) {
      if (CLAUSE_BREAKS.indexOf(t.charAt(i)) >= 0) {
        return i;
      }
    }
    return sentenceEnd;
  }

  /** The organization named most often in the document: the one its departures are from when none is named. */

}
