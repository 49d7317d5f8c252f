package org.talentflow.event;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.talentflow.mention.Dictionary;
import org.talentflow.mention.MentionFinder;
import org.talentflow.model.Entity;
import org.talentflow.model.EntityType;
import org.talentflow.model.EventType;
import org.talentflow.model.PersonnelEvent;
import org.talentflow.model.Polarity;
import org.talentflow.model.TimeValue;
import org.talentflow.pack.KnowledgePack;
import org.talentflow.pack.KnowledgePack.OrgSlot;
import org.talentflow.pack.KnowledgePack.PersonSlot;
import org.talentflow.pack.KnowledgePack.Trigger;
import org.talentflow.resolve.EntityIds;
import org.talentflow.text.Sentence;

/**
 * Personnel events in English sentences, from the pack's English triggers ("resigned", "stepped down", "was named")
 * and the names the mention stage found (pack entities, Latin names):
 * <ul>
 *   <li>the person is the subject before the trigger ("Jony Ive ... will leave"), with the names coordinated with
 *   it ("Ilya Sutskever and Jan Leike resigned"); for an active object trigger, the name after it ("the board fired
 *   Sam Altman"); in the passive ("was fired") the subject again;</li>
 *   <li>the organization is the one after the trigger, over small words and titles ("resigned from OpenAI", "named
 *   Tim Cook chief executive of Apple"); the one acting before an object trigger ("Apple named"); the one spoken of
 *   when the text says "the company"; else the nearest one in the sentence, or the article's main one;</li>
 *   <li>a leaving and a joining of the same person in one sentence give each other their other organization;</li>
 *   <li>the role is a title after "as" or the trigger, right before the name, or in apposition after it;</li>
 *   <li>the time is the expression of the sentence nearest to the trigger;</li>
 *   <li>the polarity comes from the English cues before the trigger; "to" right before it is a plan.</li>
 * </ul>
 * Chinese sentences are left to {@link EventExtractor}.
 */
public final class EnglishEventExtractor {
  /** How far after a trigger its organization or object may stand. */
  private static final int REACH = 80;

  private final Dictionary<Trigger> triggers;
  private final Dictionary<Polarity> cues;
  private static final java.util.regex.Pattern VERB_AND = java.util.regex.Pattern.compile("[^.;,]*\\band\\s+");
  private final Dictionary<Boolean> roles;
  /** Triggers that report an event only with a title after them ("became chief executive"). */
  private final java.util.Set<String> titled;
  private final Dictionary<Boolean> passives;
  private final Dictionary<Boolean> companies;
  private final Dictionary<Boolean> doneTo;
  private final Dictionary<Boolean> infinitives;
  private final Dictionary<Boolean> reaching;
  private final java.util.Set<String> links;

  public EnglishEventExtractor(KnowledgePack pack) {
    Map<String, Trigger> t = new TreeMap<>();
    for (Trigger tr : pack.englishTriggers()) {
      t.putIfAbsent(tr.word(), tr);
    }
    this.triggers = new Dictionary<>(t);
    Map<String, Polarity> c = new TreeMap<>();
    for (KnowledgePack.Cue cue : pack.englishCues()) {
      c.merge(cue.word(), cue.polarity(), (a, b) -> a.ordinal() <= b.ordinal() ? a : b);
    }
    this.cues = new Dictionary<>(c);
    this.roles = Dictionary.of(pack.englishRoles(), w -> true);
    this.passives = Dictionary.of(pack.clauseCues("en-passive"), w -> true);
    this.companies = Dictionary.of(pack.clauseCues("en-company"), w -> true);
    this.doneTo = Dictionary.of(pack.clauseCues("en-done-to"), w -> true);
    this.infinitives = Dictionary.of(pack.clauseCues("en-infinitive"), w -> true);
    this.reaching = Dictionary.of(pack.clauseCues("en-reach"), w -> true);
    this.links = java.util.Set.copyOf(pack.clauseCues("en-link"));
    this.titled = java.util.Set.copyOf(pack.clauseCues("en-titled"));
  }

  /** A sentence written in English: a few Latin words, and more Latin letters than Han characters. */
  static boolean isEnglish(String t, Sentence s) {
    int latin = 0;
    int han = 0;
    for (int i = s.start(); i < s.end(); i++) {
      char c = t.charAt(i);
      if (Dictionary.isLatinLetter(c)) {
        latin++;
      } else if (c >= '\u3400' && c <= '\u9FFF') {
        han++;
      }
    }
    return latin >= 12 && latin > 2 * han;
  }

  public List<PersonnelEvent> extract(EventExtractor.Input in) {
    String t = in.text().text();
    if (in.sentences().stream().noneMatch(s -> isEnglish(t, s))) {
      return List.of(); // a Chinese article: nothing to do here
    }
    String lower = MentionFinder.asciiLower(t);
    List<Arg> persons = new ArrayList<>();
    List<Arg> orgs = new ArrayList<>();
    EventParts.args(in, persons, orgs);
    // named at least twice: one mention of a party in a sentence makes it no article's subject
    Entity mainOrg = EventParts.mainOrg(orgs, 2);
    Map<String, PersonnelEvent> byKey = new LinkedHashMap<>();
    Sentence previous = null;
    for (Sentence s : in.sentences()) {
      if (!isEnglish(t, s)) {
        previous = null;
        continue;
      }
      List<Found> found = new ArrayList<>();
      List<Dictionary.Hit<Trigger>> hits = triggers.longest(lower, s.start(), s.end()).stream()
          .filter(h -> !h.value().ignored() && !EventParts.insideName(h.start(), h.end(), persons, orgs)).toList();
      // the verbs' neighbours bound what is a verb's own (cues, times); a title ("co-founder") bounds nothing
      List<Dictionary.Hit<Trigger>> verbs = hits.stream().filter(h -> h.value().slot() != OrgSlot.TITLE).toList();
      for (Dictionary.Hit<Trigger> h : hits) {
        int k = verbs.indexOf(h);
        int from = k <= 0 ? s.start() : verbs.get(k - 1).end();
        int to = k < 0 || k + 1 >= verbs.size() ? s.end() : verbs.get(k + 1).start();
        Found f = arguments(t, lower, s, previous, h, from, to, persons, orgs, in.times(), mainOrg);
        if (f != null) {
          found.add(f);
        }
      }
      linkMoves(found);
      for (Found f : found) {
        for (Arg p : f.persons) {
          PersonnelEvent e = event(in, lower, s, f, p);
          String key = e.type() + "|" + e.person().id() + "|" + (e.org() == null ? "" : e.org().id());
          byKey.merge(key, e, EnglishEventExtractor::fill);
        }
      }
      previous = s;
    }
    return withoutOrglessRepeats(byKey);
  }

  /**
   * A report without an organization ("Boris Johnson resigns" in a headline) of an event the article reports with
   * one is the same event: it only adds what the other lacks.
   */
  private static List<PersonnelEvent> withoutOrglessRepeats(Map<String, PersonnelEvent> byKey) {
    Map<String, PersonnelEvent> out = new LinkedHashMap<>(byKey);
    for (Map.Entry<String, PersonnelEvent> e : byKey.entrySet()) {
      PersonnelEvent orgless = e.getValue();
      if (orgless.org() != null) {
        continue;
      }
      for (Map.Entry<String, PersonnelEvent> o : byKey.entrySet()) {
        PersonnelEvent full = o.getValue();
        if (full.org() != null && full.type() == orgless.type() && full.person().id().equals(orgless.person().id())) {
          out.remove(e.getKey());
          out.put(o.getKey(), fill(full, orgless));
          break;
        }
      }
    }
    return List.copyOf(out.values());
  }

  private Found arguments(String t, String lower, Sentence s, Sentence previous, Dictionary.Hit<Trigger> h, int from,
      int to, List<Arg> persons, List<Arg> orgs, List<TimeMention> times, Entity mainOrg) {
    Trigger trig = h.value();
    if (trig.slot() == OrgSlot.TITLE) {
      return title(t, lower, s, h, persons, orgs);
    }
    boolean passive = passiveBefore(lower, s.start(), h.start());
    boolean bySubject = trig.person() == PersonSlot.SUBJECT || passive;
    List<Arg> who = bySubject ? subjects(t, lower, s, h.start(), persons)
        : objects(t, lower, h.end(), s.end(), persons);
    boolean pronoun = bySubject ? pronounBefore(lower, s.start(), h.start()) : OBJECT_PRONOUN.matcher(lower)
        .region(h.end(), Math.min(s.end(), h.end() + 5)).lookingAt();
    if (who.isEmpty() && !bySubject && pronoun) {
      who = subjects(t, lower, s, h.start(), persons); // "the board fired him": the one the sentence is about
    }
    if (who.isEmpty() && previous != null && pronoun) {
      who = persons.stream().filter(p -> p.start >= previous.start() && p.end <= previous.end()).limit(1).toList();
    }
    if (who.isEmpty()) {
      return null;
    }
    if (titled.contains(trig.word().toLowerCase(java.util.Locale.ROOT))
        && roleAfter(t, lower, s, h.end(), who) == null) {
      return null; // "became CEO" is an appointment, "became popular" no event
    }
    Arg first = who.get(0);
    Arg org = organization(t, lower, s, h, trig, passive, first, persons, orgs);
    if (org == null && (trig.type() == EventType.JOINED || trig.type() == EventType.FOUNDED)) {
      return null; // joining or founding nothing named tells nothing
    }
    if (org == null && mainOrg != null) {
      org = new Arg(-1, -1, mainOrg);
    }
    int subjectStart = bySubject ? first.start : s.start();
    // "will step down ... and become executive chair": a verb coordinated with the trigger before shares its cues
    boolean sharesCues = from > s.start() && VERB_AND.matcher(lower).region(from, h.start()).matches();
    int cuesFrom = sharesCues ? Math.min(from, subjectStart) : Math.max(from, subjectStart);
    Polarity polarity = polarity(t, lower, s, h, cuesFrom, from > s.start());
    return new Found(trig, h.start(), h.end(), who, org, time(t, from, to, h, times, polarity == Polarity.PLANNED),
        polarity);
  }

  /** "him" or "her" right after an active object trigger. */
  private static final java.util.regex.Pattern OBJECT_PRONOUN = java.util.regex.Pattern.compile(" (?:him|her)\\b");

  /**
   * A title that says what a person did ("co-founder"): the name in apposition before it ("Mustafa Suleyman, a
   * co-founder of DeepMind") or right after it ("DeepMind co-founder Mustafa Suleyman"); the organization right
   * before it ("another Inflection co-founder") or after "of". Titles date nothing.
   */
  private Found title(String t, String lower, Sentence s, Dictionary.Hit<Trigger> h, List<Arg> persons,
      List<Arg> orgs) {
    Arg person = null;
    for (Arg p : persons) {
      boolean before = p.end <= h.start() && p.start >= s.start()
          && TITLE_APPOSITION.matcher(lower.substring(p.end, h.start())).matches();
      boolean after = p.start == h.end() + 1 && lower.charAt(h.end()) == ' ';
      if (before || after) {
        person = p;
      }
    }
    if (person == null) {
      return null;
    }
    for (Arg o : orgs) {
      boolean before = o.end == h.start() - 1 && lower.charAt(o.end) == ' ';
      boolean after = o.start > h.end() && o.start <= h.end() + 8
          && lower.substring(h.end(), o.start).matches(" of (?:the )?");
      if (before || after) {
        return new Found(h.value(), h.start(), h.end(), List.of(person), o, null, Polarity.ASSERTED);
      }
    }
    // "another Inflection co-founder": the capitalized word before the title names what was founded
    java.util.regex.Matcher name = NAME_BEFORE_TITLE.matcher(t).region(Math.max(s.start(), h.start() - 40), h.start());
    if (name.find() && persons.stream().noneMatch(p -> p.start <= name.start(1) && name.start(1) < p.end)) {
      String n = name.group(1);
      Entity org = new Entity(EntityIds.of(EntityType.ORG, n), EntityType.ORG, n, List.of(n));
      return new Found(h.value(), h.start(), h.end(), List.of(person), new Arg(name.start(1), name.end(1), org), null,
          Polarity.ASSERTED);
    }
    return null;
  }

  private static final java.util.regex.Pattern NAME_BEFORE_TITLE =
      java.util.regex.Pattern.compile("(?<![A-Za-z])([A-Z][A-Za-z0-9]+(?: [A-Z][A-Za-z0-9]+)?) $");

  /** ", a ", ", another Inflection ", " is a ", " was the ": what stands between a name and its title. */
  private static final java.util.regex.Pattern TITLE_APPOSITION = java.util.regex.Pattern.compile(
      "(?:, | (?:is|was|and) )(?:a |an |the |another |its |one of the )?(?:[\\w.&-]+ )?");

  /** The name nearest before the trigger, not the one acting ("by X"), with the names coordinated with it. */
  private List<Arg> subjects(String t, String lower, Sentence s, int trigStart, List<Arg> persons) {
    Arg nearest = null;
    for (Arg p : persons) {
      if (p.start >= s.start() && p.end <= trigStart && !t.startsWith("by ", Math.max(0, p.start - 3))
          && (nearest == null || p.end > nearest.end)) {
        nearest = p;
      }
    }
    if (nearest == null) {
      return List.of();
    }
    List<Arg> out = new ArrayList<>(List.of(nearest));
    Arg current = nearest;
    for (Arg p = before(persons, current); p != null && p.start >= s.start()
        && coordinated(t, lower, p.end, current.start); p = before(persons, current)) {
      out.add(0, p);
      current = p;
    }
    return out;
  }

  /** The name right after an active object trigger ("fired Sam Altman", "named former rival X"), with the ones
   * coordinated with it. */
  private List<Arg> objects(String t, String lower, int trigEnd, int end, List<Arg> persons) {
    Arg first = null;
    for (Arg p : persons) {
      if (p.start >= trigEnd && p.start < Math.min(end, trigEnd + REACH) && (first == null || p.start < first.start)) {
        first = p;
      }
    }
    if (first == null || !onlyLinks(lower, trigEnd, first.start, List.of())) {
      return List.of();
    }
    List<Arg> out = new ArrayList<>(List.of(first));
    for (Arg p = after(persons, first); p != null && p.end <= end && coordinated(t, lower, first.end, p.start);
        p = after(persons, first)) {
      out.add(p);
      first = p;
    }
    return out;
  }

  /**
   * Two names joined by "and" or a comma, with titles between ("Rishi Sunak and Health Secretary Sajid Javid", "Parag
   * Agrawal and chief financial officer Ned Segal").
   */
  private boolean coordinated(String t, String lower, int from, int to) {
    if (to < from) {
      return false;
    }
    char[] between = t.substring(from, to).toCharArray();
    for (Dictionary.Hit<Boolean> r : roles.all(lower, from, to)) {
      for (int i = r.start(); i < r.end(); i++) {
        between[i - from] = between[i - from] == ' ' ? ' ' : 'T'; // a title reads as a capitalized word
      }
    }
    return new String(between).matches("(?:,? (?:and|&)|,)(?: [A-Z][\\w-]*)* ");
  }

  private Arg organization(String t, String lower, Sentence s, Dictionary.Hit<Trigger> h, Trigger trig,
      boolean passive, Arg person, List<Arg> persons, List<Arg> orgs) {
    boolean activeBefore = trig.slot() == OrgSlot.BEFORE && !passive;
    if (!activeBefore) {
      for (Arg o : orgs) {
        if (o.start >= h.end() && o.start < Math.min(s.end(), h.end() + REACH)
            && onlyLinks(lower, h.end(), o.start, persons)) {
          return o; // "resigned from OpenAI", "named Tim Cook chief executive of Apple"
        }
      }
    }
    Arg before = null;
    for (Arg o : orgs) {
      if (o.start >= s.start() && o.end <= h.start() && (before == null || o.end > before.end)
          && !t.startsWith("by ", Math.max(0, o.start - 3))) {
        before = o;
      }
    }
    if (activeBefore && before != null) {
      return before; // "Apple named", "OpenAI's board fired"
    }
    boolean company = companies.all(lower, h.end(), Math.min(s.end(), h.end() + 30)).stream()
        .anyMatch(c -> onlyLinks(lower, h.end(), c.start(), persons));
    if (company || before != null) {
      if (before != null) {
        return new Arg(before.start, before.end, before.entity); // "Apple said ... Ive will leave the company"
      }
      Arg last = null;
      for (Arg o : orgs) {
        if (o.end <= s.start() && (last == null || o.end > last.end)) {
          last = o;
        }
      }
      return last == null ? null : new Arg(-1, -1, last.entity); // the company of an earlier sentence
    }
    return null;
  }

  /** Only small words, titles and names between two points: the trigger still governs what follows them. */
  private boolean onlyLinks(String lower, int from, int to, List<Arg> persons) {
    if (to < from) {
      return false;
    }
    boolean[] covered = new boolean[to - from];
    for (Arg p : persons) {
      for (int i = Math.max(from, p.start); i < Math.min(to, p.end); i++) {
        covered[i - from] = true;
      }
    }
    List<Dictionary.Hit<Boolean>> words = new ArrayList<>(roles.all(lower, from, to));
    words.addAll(companies.all(lower, from, to)); // "took charge of the team as interim head coach"
    for (Dictionary.Hit<Boolean> r : words) {
      for (int i = r.start(); i < r.end(); i++) {
        covered[i - from] = true;
      }
    }
    StringBuilder rest = new StringBuilder();
    for (int i = from; i < to; i++) {
      rest.append(covered[i - from] ? ' ' : lower.charAt(i));
    }
    for (String w : rest.toString().split("[\\s']+")) {
      if (!w.isEmpty() && !links.contains(w) && !w.equals("s")) {
        return false;
      }
    }
    return true;
  }

  private boolean passiveBefore(String lower, int sentenceStart, int trigStart) {
    String[] words = lower.substring(sentenceStart, trigStart).strip().split("\\s+");
    int k = words.length - 1;
    if (k >= 1 && words[k].endsWith("ly")) {
      k--; // "was abruptly fired"
    }
    if (k < 0) {
      return false;
    }
    String w = words[k];
    return passives.all(w, 0, w.length()).stream().anyMatch(p -> p.end() - p.start() == w.length());
  }

  private static boolean pronounBefore(String lower, int from, int to) {
    return lower.substring(from, to).matches("(?s).*\\b(he|she)\\b.*");
  }

  /**
   * The time expression nearest the trigger, between its neighbouring triggers. A plan's own date follows its verb
   * ("will step down ... by early February"); one before it is when the plan was told ("announced on Thursday").
   */
  private static TimeMention time(String t, int from, int to, Dictionary.Hit<Trigger> h, List<TimeMention> times,
      boolean planned) {
    if (planned) {
      TimeMention after = time(t, h.end(), to, h, times, false);
      if (after != null) {
        return after;
      }
    }
    TimeMention best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (TimeMention tm : times) {
      if (tm.start() >= from && tm.end() <= to) {
        int d = tm.start() >= h.end() ? tm.start() - h.end() : h.start() - tm.end();
        // a time across a comma ("who founded Acme in 2010, left ... last week") loses to one in the trigger's clause
        if (t.substring(Math.min(tm.end(), h.end()), Math.max(tm.start(), h.start())).indexOf(',') >= 0) {
          d += CLAUSE_PENALTY;
        }
        if (d < bestDistance) {
          best = tm;
          bestDistance = d;
        }
      }
    }
    return best;
  }

  /** Added to the distance of a time standing in another clause than its trigger: any own-clause time is nearer. */
  private static final int CLAUSE_PENALTY = 1_000_000;

  /**
   * Cues between the subject and the trigger ("Ive ... will leave"); cues that reach over a whole sentence
   * ("reportedly", "denied that") from its start; "to" right before the trigger is a plan unless the event was
   * done ("was forced to resign").
   */
  private Polarity polarity(String t, String lower, Sentence s, Dictionary.Hit<Trigger> h, int subjectStart,
      boolean afterAnother) {
    Polarity best = Polarity.ASSERTED;
    int from = Math.max(s.start(), Math.min(subjectStart, h.start()));
    List<Dictionary.Hit<Polarity>> hits = new ArrayList<>(cues.all(t, from, h.start()));
    for (Dictionary.Hit<Boolean> r : reaching.all(lower, s.start(), from)) {
      hits.addAll(cues.all(lower, r.start(), r.end()));
    }
    for (Dictionary.Hit<Polarity> c : hits) {
      if (best == Polarity.ASSERTED || c.value().ordinal() < best.ordinal()) {
        best = c.value();
      }
    }
    String before = lower.substring(s.start(), h.start()).stripTrailing();
    int lastWord = before.lastIndexOf(' ') + 1;
    boolean infinitive = !infinitives.all(before, lastWord, before.length()).isEmpty()
        && doneTo.all(before, Math.max(0, before.length() - 20), before.length()).isEmpty();
    // "left OpenAI to join Anthropic": after another event of the sentence, "to" is its purpose, no plan
    if (best == Polarity.ASSERTED && infinitive && !afterAnother) {
      best = Polarity.PLANNED;
    }
    return best;
  }

  /** A title after the trigger, over small words: "stepped down as chief executive", "named X chief executive". */
  private String roleAfter(String t, String lower, Sentence s, int trigEnd, List<Arg> who) {
    // a title before a name after the trigger is that name's own ("fired chief executive X and chief financial
    // officer Y"), not one for all
    int firstAfter = who.stream().filter(p -> p.start >= trigEnd).mapToInt(p -> p.start).min().orElse(-1);
    for (Dictionary.Hit<Boolean> r : roles.longest(lower, trigEnd, Math.min(s.end(), trigEnd + REACH))) {
      if (r.end() <= firstAfter) {
        continue;
      }
      if (onlyLinks(lower, trigEnd, r.start(), who)) {
        return t.substring(r.start(), r.end());
      }
    }
    return null;
  }

  /** A title right before the name ("chief design officer Jony Ive") or in apposition after it ("Ive, its ..."). */
  private static String roleBeside(String t, String lower, Arg p, List<Dictionary.Hit<Boolean>> roles) {
    for (Dictionary.Hit<Boolean> r : roles) {
      if (r.end() <= p.start && lower.substring(r.end(), p.start).isBlank()) {
        return t.substring(r.start(), r.end());
      }
      if (r.start() >= p.end && r.start() - p.end <= 30
          && lower.substring(p.end, r.start()).matches(", (?:a |an |another |the |its |his |her |[\\w.&-]+'s? "
              + "|the [\\w-]+'s )?")) {
        return t.substring(r.start(), r.end());
      }
    }
    return null;
  }

  private static void linkMoves(List<Found> found) {
    for (Found a : found) {
      for (Found b : found) {
        if (a.trigger.type() == EventType.LEFT && b.trigger.type() == EventType.JOINED && a.org != null
            && b.org != null && !a.org.entity.id().equals(b.org.entity.id())
            && a.persons.stream().anyMatch(p -> b.persons.stream().anyMatch(q -> q.entity.id().equals(p.entity.id())))) {
          a.otherOrg = b.org; // "left OpenAI to join Anthropic", for the ones who did both
          b.otherOrg = a.org;
          a.movers.addAll(b.persons);
          b.movers.addAll(a.persons);
        }
      }
    }
  }

  private PersonnelEvent event(EventExtractor.Input in, String lower, Sentence s, Found f, Arg person) {
    String t = in.text().text();
    String role = f.trigger.slot() == OrgSlot.TITLE ? t.substring(f.start, f.end) : roleAfter(t, lower, s, f.end,
        f.persons);
    if (role == null) {
      role = roleBeside(t, lower, person, roles.longest(lower, s.start(), s.end()));
    }
    return EventParts.event(in, s, f, person, role);
  }

  /** The first report of an event, with what it lacks (destination, role, time) from a later one. */
  private static PersonnelEvent fill(PersonnelEvent a, PersonnelEvent b) {
    TimeValue time = a.time() != null && a.time().resolved() ? a.time() : (b.time() != null ? b.time() : a.time());
    return new PersonnelEvent(a.type(), a.person(), a.org(), a.otherOrg() != null ? a.otherOrg() : b.otherOrg(),
        a.role() != null ? a.role() : b.role(), time, a.polarity(), a.evidence(), a.confidence(), a.surface());
  }

  private static Arg before(List<Arg> args, Arg a) {
    Arg best = null;
    for (Arg x : args) {
      if (x.end <= a.start && (best == null || x.end > best.end)) {
        best = x;
      }
    }
    return best;
  }

  private static Arg after(List<Arg> args, Arg a) {
    Arg best = null;
    for (Arg x : args) {
      if (x.start >= a.end && (best == null || x.start < best.start)) {
        best = x;
      }
    }
    return best;
  }

}
