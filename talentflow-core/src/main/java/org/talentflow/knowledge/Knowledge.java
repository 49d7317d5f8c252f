package org.talentflow.knowledge;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.talentflow.model.Entity;
import org.talentflow.model.EventType;
import org.talentflow.model.PersonnelEvent;
import org.talentflow.model.Polarity;

/**
 * What the articles say together: merged events, each person's spells at each organization, an organization's
 * roster at a date, its flows to and from other organizations, and its statistics. Built from stored events; only
 * asserted events make spells (denials, plans and speculation are kept as merged events for contradictions).
 *
 * <p>Truth before coverage: an asserted event the timeline cannot place (no organization, a founding no source names
 * its founder in, a type other sources contradict, a return with no date after a dated departure) is held back as
 * {@link Unplaced}. The merged timeline also ends spells nobody reported the end of: a move undone within days (the
 * person went back where they came from) is {@link Spell.Ending#REVERSED}, and a stand-in appointed while the holder
 * was away, or an interim holder, ends when the post's next holder starts ({@link Spell.Ending#SUCCEEDED}).
 */
public final class Knowledge {
  /** How close a return must follow a departure for the departure to count as undone. */
  static final long REVERSAL_DAYS = 31;
  /** How soon after a departure a new post must start to be where the person went. */
  static final long DESTINATION_DAYS = 366;

  private final List<MergedEvent> merged;
  private final List<Unplaced> unplaced = new ArrayList<>();
  private final Map<String, List<Spell>> spellsByPerson = new LinkedHashMap<>();
  private final LocalDate asOf;

  /** @param asOf the "now" of the corpus (its latest publication date), for current statuses */
  public Knowledge(List<PersonnelEvent> events, LocalDate asOf) {
    this.merged = Roles.withoutBorrowedInterimRoles(Merger.merge(Organizations.merge(events)));
    this.asOf = asOf;
    Map<String, List<MergedEvent>> byPersonOrg = new LinkedHashMap<>();
    for (MergedEvent m : merged) {
      if (m.polarity() != Polarity.ASSERTED) {
        continue;
      }
      if (m.org() == null) {
        unplaced.add(new Unplaced(m, "no organization"));
      } else if (m.type() == EventType.FOUNDED && m.sources().stream().noneMatch(s -> names(s, m.person()))) {
        unplaced.add(new Unplaced(m, "a founding no source names the founder in"));
      } else {
        byPersonOrg.computeIfAbsent(m.person().id() + "|" + m.org().id(), k -> new ArrayList<>()).add(m);
      }
    }
    Map<String, Interval> founded = foundingTimes(byPersonOrg.values());
    for (List<MergedEvent> list : byPersonOrg.values()) {
      List<MergedEvent> placed = withoutContradictions(list, founded.get(list.get(0).org().id()));
      if (placed.isEmpty()) {
        continue;
      }
      List<Spell> spells = spells(order(placed));
      spellsByPerson.computeIfAbsent(placed.get(0).person().id(), k -> new ArrayList<>()).addAll(spells);
    }
    endInterimRoles();
    endReversedMoves();
    endStandIns();
    // the timeline is built: index it for the queries (each would otherwise read every spell and every held-back event)
    Map<String, List<Spell>> byOrg = new HashMap<>();
    spellsByPerson.values().forEach(l -> l.forEach(sp -> byOrg.computeIfAbsent(sp.org().id(), k -> new ArrayList<>())
        .add(sp)));
    this.spellsByOrg = byOrg;
    Set<MergedEvent> held = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    unplaced.forEach(u -> held.add(u.event()));
    this.unplacedEvents = held;
    Map<String, List<MergedEvent>> byOrgFounded = new HashMap<>();
    Map<String, List<MergedEvent>> byFounder = new HashMap<>();
    List<MergedEvent> all = new ArrayList<>();
    for (MergedEvent e : merged) {
      if (e.type() == EventType.FOUNDED && e.polarity() == Polarity.ASSERTED && e.org() != null && placed(e)) {
        all.add(e);
        byOrgFounded.computeIfAbsent(e.orgId(), k -> new ArrayList<>()).add(e);
        byFounder.computeIfAbsent(e.person().id(), k -> new ArrayList<>()).add(e);
      }
    }
    this.foundings = all;
    this.foundingsAt = byOrgFounded;
    this.foundingsBy = byFounder;
  }

  /** Spells by organization and the held-back events, once the timeline is built (null while it is being built). */
  private Map<String, List<Spell>> spellsByOrg;
  private Set<MergedEvent> unplacedEvents;
  /** The asserted, placed foundings by organization and by founder, in the timeline's order (for the statistics). */
  private List<MergedEvent> foundings;
  private Map<String, List<MergedEvent>> foundingsAt;
  private Map<String, List<MergedEvent>> foundingsBy;

  public List<MergedEvent> merged() {
    return merged;
  }

  /** Asserted events held back from spells, with the reason. */
  public List<Unplaced> unplaced() {
    return List.copyOf(unplaced);
  }

  public LocalDate asOf() {
    return asOf;
  }

  public List<Spell> spellsOf(String personId) {
    return spellsByPerson.getOrDefault(personId, List.of());
  }

  public List<Spell> spellsAt(String orgId) {
    if (spellsByOrg != null) {
      return new ArrayList<>(spellsByOrg.getOrDefault(orgId, List.of()));
    }
    List<Spell> out = new ArrayList<>();
    spellsByPerson.values().forEach(l -> l.stream().filter(s -> s.org().id().equals(orgId)).forEach(out::add));
    return out;
  }

  // --- placing events -------------------------------------------------------------------------------------------

  private static final Pattern GLOSS = Pattern.compile("\\([a-zA-Zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,8}\\)");
  private static final Pattern SPACE = Pattern.compile("[\\s\\u00a0\\u3000·・.]+");

  /** Whether a source's evidence names the person by one of their names (spacing, case and pinyin glosses aside). */
  static boolean names(Source s, Entity person) {
    String text = flat(s.evidence().text());
    for (String a : person.aliases()) {
      String f = flat(a);
      if (f.length() >= 2 && text.contains(f)) {
        return true;
      }
    }
    String n = flat(person.name());
    return n.length() >= 2 && text.contains(n);
  }

  private static String flat(String s) {
    return SPACE.matcher(GLOSS.matcher(s).replaceAll("")).replaceAll("").toLowerCase(Locale.ROOT);
  }

  /** The earliest stated founding time of each organization, by anyone. */
  private static Map<String, Interval> foundingTimes(Iterable<List<MergedEvent>> groups) {
    Map<String, Interval> out = new HashMap<>();
    for (List<MergedEvent> list : groups) {
      for (MergedEvent e : list) {
        if (e.type() == EventType.FOUNDED && e.interval() != null) {
          out.merge(e.org().id(), e.interval(), (a, b) -> a.start().isBefore(b.start()) ? a : b);
        }
      }
    }
    return out;
  }

  /**
   * A founder who "joined" the organization years after it was founded, with no departure in between: the founding
   * and the joining cannot both be true. The side fewer documents report is held back; when as many report each,
   * both are.
   */
  private List<MergedEvent> withoutContradictions(List<MergedEvent> list, Interval orgFounded) {
    List<MergedEvent> foundings = list.stream().filter(e -> e.type() == EventType.FOUNDED).toList();
    if (foundings.isEmpty() || orgFounded == null) {
      return list;
    }
    List<MergedEvent> late = new ArrayList<>();
    for (MergedEvent e : list) {
      Interval i = e.interval();
      if (e.type() == EventType.JOINED && i != null && i.start().isAfter(orgFounded.end())
          && list.stream().noneMatch(d -> departure(d.type()) && d.interval() != null && d.interval().before(i))) {
        late.add(e);
      }
    }
    if (late.isEmpty()) {
      return list;
    }
    long founders = documents(foundings);
    long joiners = documents(late);
    List<MergedEvent> held = new ArrayList<>();
    if (founders <= joiners) {
      held.addAll(foundings);
    }
    if (joiners <= founders) {
      held.addAll(late);
    }
    for (MergedEvent e : held) {
      unplaced.add(new Unplaced(e, e.type() == EventType.FOUNDED
          ? "a founding contradicted by a later joining (" + String.join(", ", late.stream().map(MergedEvent::time).toList()) + ")"
          : "a joining years after the founding this person is said to have taken part in"));
    }
    List<MergedEvent> out = new ArrayList<>(list);
    out.removeAll(held);
    return out;
  }

  private static long documents(List<MergedEvent> events) {
    return events.stream().flatMap(e -> e.sources().stream()).map(Source::doc).distinct().count();
  }

  static boolean departure(EventType t) {
    return t == EventType.LEFT || t == EventType.DISMISSED;
  }

  static boolean arrival(EventType t) {
    return t == EventType.FOUNDED || t == EventType.JOINED || t == EventType.APPOINTED || t == EventType.REINSTATED;
  }

  /** Events in the order of a timeline (time, then the order a career runs). */
  public static List<MergedEvent> orderForDisplay(List<MergedEvent> events) {
    return order(events);
  }

  /**
   * Events in time order. A dated event sorts by a key date: a departure as early as its time allows, a return as
   * late as it allows (a return "in November" comes after a dismissal on the 17th), others by their start. Undated
   * events go where a career puts them: foundings first, a leave right before the next departure, a departure right
   * before the next return, the rest last.
   */
  static List<MergedEvent> order(List<MergedEvent> events) {
    List<MergedEvent> dated = new ArrayList<>();
    List<MergedEvent> undated = new ArrayList<>();
    for (MergedEvent e : events) {
      (e.interval() == null ? undated : dated).add(e);
    }
    dated.sort(Comparator.comparing(Knowledge::keyDate).thenComparingInt(e -> rank(e.type())));
    List<MergedEvent> out = new ArrayList<>();
    for (MergedEvent e : undated) {
      if (e.type() == EventType.FOUNDED) {
        out.add(e);
      }
    }
    for (MergedEvent e : undated) {
      if (e.type() == EventType.JOINED || e.type() == EventType.APPOINTED) {
        out.add(e);
      }
    }
    out.addAll(dated);
    for (EventType[] pass : new EventType[][] {{EventType.ON_LEAVE, EventType.SUSPENDED},
        {EventType.LEFT, EventType.DISMISSED}, {EventType.REINSTATED}}) {
      for (MergedEvent e : undated) {
        if (e.type() != pass[0] && (pass.length < 2 || e.type() != pass[1])) {
          continue;
        }
        int at = out.size();
        if (e.type() != EventType.REINSTATED) {
          for (int i = 0; i < out.size(); i++) {
            EventType t = out.get(i).type();
            boolean next = e.type() == EventType.ON_LEAVE || e.type() == EventType.SUSPENDED
                ? departure(t) && out.get(i).interval() == null || t == EventType.REINSTATED
                : t == EventType.REINSTATED;
            if (next) {
              at = i;
              break;
            }
          }
        }
        out.add(at, e);
      }
    }
    return out;
  }

  private static LocalDate keyDate(MergedEvent e) {
    Interval i = e.interval();
    return e.type() == EventType.REINSTATED ? i.end() : i.start();
  }

  private static int rank(EventType t) {
    return switch (t) {
      case FOUNDED -> 0;
      case JOINED -> 1;
      case APPOINTED -> 2;
      case ON_LEAVE, SUSPENDED -> 3;
      case LEFT, DISMISSED -> 4;
      case REINSTATED -> 5;
    };
  }

  private List<Spell> spells(List<MergedEvent> ordered) {
    List<Spell> out = new ArrayList<>();
    SpellBuilder open = null;
    for (MergedEvent e : ordered) {
      switch (e.type()) {
        case FOUNDED, JOINED, APPOINTED, REINSTATED -> {
          if (open == null && e.type() == EventType.REINSTATED && e.interval() == null && !out.isEmpty()
              && out.get(out.size() - 1).end() != null && !sharesSource(e, out.get(out.size() - 1))) {
            unplaced.add(new Unplaced(e, "a return with no date after a departure dated "
                + out.get(out.size() - 1).end()));
            continue;
          }
          if (open == null) {
            open = new SpellBuilder(e);
          } else {
            open.add(e);
            if (e.type() == EventType.REINSTATED) {
              open.onLeave = false; // back from leave
            }
          }
        }
        case ON_LEAVE, SUSPENDED -> {
          if (open == null && !out.isEmpty() && (e.interval() == null || !after(e, out.get(out.size() - 1)))) {
            // a leave cannot follow a departure without a return: it belongs to the spell before
            Spell last = out.remove(out.size() - 1);
            List<MergedEvent> events = new ArrayList<>(last.events());
            events.add(e);
            out.add(new Spell(last.person(), last.org(), last.start(), last.startType(), last.end(), last.endType(),
                last.ending(), last.roles(), last.rolesEnded(), last.onLeaveSince(), false, events, last.endedBy()));
            continue;
          }
          if (open == null) {
            open = new SpellBuilder(null);
          }
          open.add(e);
          open.onLeave = true;
          open.onLeaveSince = e.time();
        }
        case LEFT, DISMISSED -> {
          if (open == null && !out.isEmpty() && sameEnd(out.get(out.size() - 1), e)) {
            // "dismissed" and "left" in the same month: one departure reported two ways
            Spell last = out.remove(out.size() - 1);
            List<MergedEvent> events = new ArrayList<>(last.events());
            events.add(e);
            // the finer date, and the more specific kind: a dismissal is a departure with its cause
            Interval was = Interval.of(last.end());
            Interval now = e.interval();
            String end = now != null && (was == null || now.width() < was.width()) ? e.time() : last.end();
            EventType type = last.endType() == EventType.DISMISSED || e.type() == EventType.DISMISSED
                ? EventType.DISMISSED : EventType.LEFT;
            out.add(new Spell(last.person(), last.org(), last.start(), last.startType(), end, type, null,
                roles(events), Map.of(), last.onLeaveSince(), false, events, List.of()));
            continue;
          }
          if (open == null) {
            open = new SpellBuilder(null); // a departure says the person was there before
          }
          open.add(e);
          out.add(open.close(e));
          open = null;
        }
      }
    }
    if (open != null) {
      out.add(open.close(null));
    }
    return out;
  }

  private static boolean after(MergedEvent e, Spell s) {
    Interval end = Interval.of(s.end());
    return end != null && e.interval() != null && end.before(e.interval());
  }

  private static boolean sharesSource(MergedEvent e, Spell s) {
    Set<String> docs = new HashSet<>();
    s.events().stream().filter(x -> departure(x.type())).forEach(x -> x.sources().forEach(src -> docs.add(src.doc())));
    return e.sources().stream().anyMatch(src -> docs.contains(src.doc()));
  }

  private static boolean sameEnd(Spell s, MergedEvent e) {
    return e.time() == null || s.end() == null || Interval.compatible(s.end(), e.time());
  }

  private static List<String> roles(List<MergedEvent> events) {
    Set<String> roles = new LinkedHashSet<>();
    events.forEach(e -> e.roles().forEach(r -> roles.addAll(Roles.split(r))));
    return new ArrayList<>(roles);
  }

  private static final class SpellBuilder {
    final MergedEvent first;
    final List<MergedEvent> events = new ArrayList<>();
    boolean onLeave;
    String onLeaveSince;

    SpellBuilder(MergedEvent first) {
      this.first = first;
      if (first != null) {
        add(first);
      }
    }

    void add(MergedEvent e) {
      if (!events.contains(e)) {
        events.add(e);
      }
    }

    Spell close(MergedEvent end) {
      MergedEvent any = events.get(0);
      return new Spell(any.person(), any.org(), first == null ? null : first.time(),
          first == null ? null : first.type(), end == null ? null : end.time(), end == null ? null : end.type(), null,
          roles(events), Map.of(), onLeaveSince, onLeave && end == null, events, List.of());
    }
  }

  // --- endings the timeline implies -----------------------------------------------------------------------------

  private void replace(Spell was, Spell now) {
    List<Spell> list = spellsByPerson.get(was.person().id());
    list.set(list.indexOf(was), now);
  }

  /** Whether any event of the spell is dated after the day. */
  private static boolean datedAfter(Spell s, LocalDate day) {
    return s.events().stream().anyMatch(e -> e.interval() != null && e.interval().start().isAfter(day));
  }

  /**
   * An interim role ends when the post's next holder starts: another person appointed, joining or returning to the
   * same post at the same organization later. When every role of an open spell was interim and ended, and nothing
   * dated says the person was there after, the spell ends there too.
   */
  private void endInterimRoles() {
    for (List<Spell> spells : new ArrayList<>(spellsByPerson.values())) {
      for (Spell s : new ArrayList<>(spells)) {
        Map<String, String> ended = new LinkedHashMap<>();
        MergedEvent lastSuccessor = null;
        for (MergedEvent e : s.events()) {
          if (!arrival(e.type()) || e.interval() == null) {
            continue;
          }
          for (String role : e.roles().stream().flatMap(r -> Roles.split(r).stream()).toList()) {
            if (!Roles.interim(role)) {
              continue;
            }
            MergedEvent next = nextHolder(s, Roles.post(role), keyDate(e));
            if (next != null) {
              ended.put(role, next.time());
              lastSuccessor = next;
            }
          }
        }
        if (ended.isEmpty()) {
          continue;
        }
        Spell now = s.withRolesEnded(ended);
        Interval at = Interval.of(lastSuccessor.time());
        if (s.open() && s.roles().stream().allMatch(ended::containsKey) && !datedAfter(s, at.end())) {
          now = now.endedAt(lastSuccessor.time(), Spell.Ending.SUCCEEDED, List.of(lastSuccessor));
        }
        replace(s, now);
      }
    }
  }

  private MergedEvent nextHolder(Spell s, String post, LocalDate after) {
    MergedEvent best = null;
    for (Spell other : spellsAt(s.org().id())) {
      if (other.person().id().equals(s.person().id())) {
        continue;
      }
      for (MergedEvent e : other.events()) {
        if (arrival(e.type()) && e.type() != EventType.FOUNDED && e.interval() != null && keyDate(e).isAfter(after)
            && e.roles().stream().flatMap(r -> Roles.split(r).stream()).anyMatch(r -> post.equals(Roles.post(r)))
            && (best == null || keyDate(e).isBefore(keyDate(best)))) {
          best = e;
        }
      }
    }
    return best;
  }

  /** A departure undone by a return to the same organization within days, with the return. */
  public record Reversal(Spell departed, MergedEvent returned) {}

  /** The return that undid this spell's departure, if the person came back within {@link #REVERSAL_DAYS} days. */
  public Optional<Reversal> reversal(Spell s) {
    if (s.endType() == null) {
      return Optional.empty();
    }
    List<Spell> mine = spellsOf(s.person().id());
    int at = mine.indexOf(s);
    for (int i = at + 1; i < mine.size(); i++) {
      Spell next = mine.get(i);
      if (!next.org().id().equals(s.org().id())) {
        continue;
      }
      MergedEvent back = next.events().get(0);
      Interval left = Interval.of(s.end());
      Interval returned = back.interval();
      if (returned == null || !arrival(back.type())) {
        return Optional.empty();
      }
      LocalDate from = left != null ? left.start() : movedOn(s);
      if (from != null && ChronoUnit.DAYS.between(from, returned.end()) <= REVERSAL_DAYS
          && !returned.end().isBefore(from)) {
        return Optional.of(new Reversal(s, back));
      }
      return Optional.empty();
    }
    return Optional.empty();
  }

  /** For a departure with no date: when the person started at the destination it names, if dated. */
  private LocalDate movedOn(Spell s) {
    Set<String> to = new HashSet<>();
    s.events().stream().filter(e -> departure(e.type())).forEach(e -> e.otherOrgs().forEach(o -> to.add(o.id())));
    for (Spell x : spellsOf(s.person().id())) {
      Interval start = Interval.of(x.start());
      if (to.contains(x.org().id()) && start != null) {
        return start.start();
      }
    }
    return null;
  }

  /**
   * A move undone: a person who started somewhere and went back, within days, to the organization they had come
   * from (named as the origin of the move, or as the destination of the departure from it) no longer holds the new
   * post unless a later dated event says so.
   */
  private void endReversedMoves() {
    for (List<Spell> spells : new ArrayList<>(spellsByPerson.values())) {
      for (Spell x : new ArrayList<>(spells)) {
        Interval started = Interval.of(x.start());
        if (!x.open() || started == null) {
          continue;
        }
        Set<String> origins = new HashSet<>();
        x.events().stream().filter(e -> arrival(e.type())).forEach(e -> e.otherOrgs().forEach(o -> origins.add(o.id())));
        for (Spell o : spells) {
          if (o == x || o.org().id().equals(x.org().id()) || o.endType() == null) {
            continue;
          }
          Interval left = Interval.of(o.end());
          boolean named = o.events().stream()
              .anyMatch(e -> departure(e.type()) && e.otherOrgs().stream().anyMatch(d -> d.id().equals(x.org().id())));
          boolean justBefore = left != null && !started.end().isBefore(left.start())
              && ChronoUnit.DAYS.between(left.end(), started.start()) <= REVERSAL_DAYS;
          if (named || justBefore) {
            origins.add(o.org().id()); // the person had just left there, or the departure named this move
          }
        }
        MergedEvent back = null;
        for (Spell o : spells) {
          if (!origins.contains(o.org().id())) {
            continue;
          }
          for (MergedEvent e : o.events()) {
            Interval i = e.interval();
            if ((e.type() == EventType.REINSTATED || e.type() == EventType.JOINED) && i != null
                && !i.end().isBefore(started.start()) && ChronoUnit.DAYS.between(started.start(), i.end()) <= REVERSAL_DAYS) {
              back = e;
            }
          }
        }
        if (back != null && !datedAfter(x, back.interval().end())) {
          replace(x, x.endedAt(back.time(), Spell.Ending.REVERSED, List.of(back)));
        }
      }
    }
  }

  /**
   * Stand-ins: while a holder removed from an organization was away for days before returning, others appointed
   * there with an interim post, no stated post, or the holder's post stood in for the holder, and their spell ends at
   * the return unless a later dated event says they stayed.
   */
  private void endStandIns() {
    List<Reversal> reversals = new ArrayList<>();
    for (List<Spell> spells : spellsByPerson.values()) {
      for (Spell s : spells) {
        reversal(s).ifPresent(reversals::add);
      }
    }
    for (Reversal r : reversals) {
      Interval left = Interval.of(r.departed().end());
      LocalDate from = left != null ? left.start() : r.returned().interval().start().minusDays(REVERSAL_DAYS);
      LocalDate until = r.returned().interval().end();
      Set<String> posts = new HashSet<>();
      r.departed().roles().forEach(x -> posts.add(Roles.post(x)));
      r.returned().roles().forEach(x -> Roles.split(x).forEach(y -> posts.add(Roles.post(y))));
      for (Spell q : spellsAt(r.departed().org().id())) {
        Interval started = Interval.of(q.start());
        if (q.person().id().equals(r.departed().person().id()) || !q.open() || started == null
            || (q.startType() != EventType.APPOINTED && q.startType() != EventType.JOINED)
            || started.end().isBefore(from) || started.start().isAfter(until) || datedAfter(q, until)) {
          continue;
        }
        boolean standIn = q.roles().isEmpty() || q.roles().stream().allMatch(x -> Roles.interim(x) || posts.contains(Roles.post(x)));
        if (standIn) {
          replace(q, q.endedAt(r.returned().time(), Spell.Ending.SUCCEEDED, List.of(r.returned())));
        }
      }
    }
  }

  // --- queries --------------------------------------------------------------------------------------------------

  /**
   * Who was at an organization at a date, in what role and with what status. {@code certain} is false for those
   * who left at an unstated date: they may or may not have been there.
   */
  public record RosterEntry(Entity person, List<String> roles, String since, String status, boolean certain) {}

  public List<RosterEntry> roster(String orgId, LocalDate at) {
    List<RosterEntry> out = new ArrayList<>();
    for (Spell s : spellsAt(orgId)) {
      Interval start = Interval.of(s.start());
      Interval end = Interval.of(s.end());
      boolean started = start == null || !start.start().isAfter(at);
      boolean ended = !s.open() && (end == null ? !at.isBefore(asOf) : !end.start().isAfter(at));
      if (!started || ended) {
        continue;
      }
      String status = "active";
      Interval leave = Interval.of(s.onLeaveSince());
      if (s.onLeaveSince() != null && leave != null && !leave.start().isAfter(at)) {
        status = "on leave since " + s.onLeaveSince();
      } else if (s.onLeave() && s.onLeaveSince() == null && !at.isBefore(asOf)) {
        status = "on leave";
      }
      if (end != null && !at.isBefore(end.start()) && !at.isAfter(end.end())) {
        status += " (leaves around " + s.end() + ")";
      }
      boolean certain = true;
      if (!s.open() && s.end() == null) {
        status = "left at an unstated date" + nextStart(s).map(n -> " before " + n).orElse("");
        certain = false;
      }
      List<String> roles = s.roles().stream().filter(r -> {
        Interval over = Interval.of(s.rolesEnded().get(r));
        return over == null || over.start().isAfter(at);
      }).toList();
      out.add(new RosterEntry(s.person(), roles, s.start(), status, certain));
    }
    out.sort(Comparator.comparing(r -> r.person().name()));
    return out;
  }

  /** When the person's next spell at the same organization starts, if stated. */
  private Optional<String> nextStart(Spell s) {
    boolean seen = false;
    for (Spell x : spellsOf(s.person().id())) {
      if (x == s) {
        seen = true;
      } else if (seen && x.org().id().equals(s.org().id()) && x.start() != null) {
        return Optional.of(x.start());
      }
    }
    return Optional.empty();
  }

  /** Where a person went from a spell: an organization, whether that move was undone, and the events that say so. */
  public record Destination(Entity org, boolean stated, Spell.Ending ending, String endedAt, List<MergedEvent> because) {
    public Destination {
      because = List.copyOf(because);
    }
  }

  /**
   * Where the person went when the spell ended: organizations the departure names, and posts elsewhere that began
   * within a year after it (or name this organization as where the person came from).
   */
  public List<Destination> destinations(Spell s) {
    Map<String, Destination> out = new LinkedHashMap<>();
    Interval left = Interval.of(s.end());
    for (MergedEvent e : s.events()) {
      if (departure(e.type())) {
        for (Entity o : e.otherOrgs()) {
          if (!o.id().equals(s.org().id())) {
            Spell there = spellThere(s, o.id());
            out.putIfAbsent(o.id(), new Destination(o, true, there == null ? null : there.ending(),
                there == null ? null : there.end(), List.of(e)));
          }
        }
      }
    }
    for (Spell other : spellsOf(s.person().id())) {
      if (other.org().id().equals(s.org().id()) || other.startType() == null || out.containsKey(other.org().id())) {
        continue;
      }
      MergedEvent first = other.events().get(0);
      boolean named = first.otherOrgs().stream().anyMatch(o -> o.id().equals(s.org().id()));
      Interval begun = Interval.of(other.start());
      boolean soon = left != null && begun != null && !begun.end().isBefore(left.start())
          && ChronoUnit.DAYS.between(left.end(), begun.start()) <= DESTINATION_DAYS;
      if (named && (left == null || begun == null || !begun.end().isBefore(left.start())) || soon) {
        out.put(other.org().id(), new Destination(other.org(), named, other.ending() == Spell.Ending.REVERSED
            ? Spell.Ending.REVERSED : null, other.ending() == Spell.Ending.REVERSED ? other.end() : null, List.of(first)));
      }
    }
    return new ArrayList<>(out.values());
  }

  private Spell spellThere(Spell from, String orgId) {
    Interval left = Interval.of(from.end());
    for (Spell x : spellsOf(from.person().id())) {
      Interval begun = Interval.of(x.start());
      if (x.org().id().equals(orgId) && (left == null || begun == null || !begun.end().isBefore(left.start()))) {
        return x;
      }
    }
    return null;
  }

  /** Where an organization's people went and where its newcomers came from. */
  public record Flow(Entity other, List<Move> moves) {}

  /** One person's move, with the time of the departure or arrival and how: left, dismissed, replaced, joined. */
  public record Move(Entity person, String time, String how) {}

  /**
   * Destinations and origins with their people, those whose destination no source states, and the moves that were
   * undone within days (not counted as flows).
   */
  public record Flows(List<Flow> destinations, List<Flow> origins, List<Move> unknownDestination, List<Flow> reversed) {}

  public Flows flows(String orgId) {
    return flows(orgId, null);
  }

  /** @param year only departures and arrivals in this year (null: all) */
  public Flows flows(String orgId, Integer year) {
    Map<String, Flow> dest = new LinkedHashMap<>();
    Map<String, Flow> reversed = new LinkedHashMap<>();
    List<Move> unknown = new ArrayList<>();
    for (Spell s : spellsAt(orgId)) {
      if (s.open() || s.ending() == Spell.Ending.REVERSED || !inYear(s.end(), year)) {
        continue;
      }
      Move move = new Move(s.person(), s.end(), s.ending().how());
      List<Destination> to = destinations(s);
      if (reversal(s).isPresent()) {
        for (Destination d : to) {
          reversed.computeIfAbsent(d.org().id(), k -> new Flow(d.org(), new ArrayList<>())).moves().add(move);
        }
        continue;
      }
      if (to.isEmpty()) {
        unknown.add(move);
      }
      for (Destination d : to) {
        dest.computeIfAbsent(d.org().id(), k -> new Flow(d.org(), new ArrayList<>())).moves().add(move);
      }
    }
    Map<String, Flow> orig = new LinkedHashMap<>();
    for (MergedEvent e : merged) {
      if (e.type() == EventType.JOINED && e.polarity() == Polarity.ASSERTED && orgId.equals(e.orgId())
          && inYear(e.time(), year) && placed(e)) {
        for (Entity o : e.otherOrgs()) {
          orig.computeIfAbsent(o.id(), k -> new Flow(o, new ArrayList<>())).moves()
              .add(new Move(e.person(), e.time(), "joined"));
        }
      }
    }
    Comparator<Flow> bySize = Comparator.<Flow>comparingInt(f -> -f.moves().size()).thenComparing(f -> f.other().name());
    List<Flow> d = new ArrayList<>(dest.values());
    d.sort(bySize);
    List<Flow> o = new ArrayList<>(orig.values());
    o.sort(bySize);
    return new Flows(d, o, unknown, new ArrayList<>(reversed.values()));
  }

  private boolean placed(MergedEvent e) {
    if (unplacedEvents != null) {
      return !unplacedEvents.contains(e);
    }
    return unplaced.stream().noneMatch(u -> u.event() == e);
  }

  private static boolean inYear(String time, Integer year) {
    if (year == null) {
      return true;
    }
    Interval i = Interval.of(time);
    return i != null && i.start().getYear() == year && i.end().getYear() == year;
  }

  /** A cofounder and where they stand now. */
  public record Cofounder(Entity person, String status) {}

  /** An organization founded by someone who had been at the organization. */
  public record AlumniVenture(Entity venture, Entity founder, String time) {}

  public record Stats(Map<String, List<Move>> departuresByPeriod, List<Cofounder> cofounders,
      List<AlumniVenture> foundedByAlumni) {}

  /**
   * Departures per period (a person once per period; moves undone within days are not departures), cofounders with
   * their status, and organizations founded by alumni.
   *
   * @param quarters departures per quarter ("2024-Q2") rather than per year
   */
  public Stats stats(String orgId, boolean quarters) {
    Map<String, List<Move>> byPeriod = new TreeMap<>();
    for (Spell s : spellsAt(orgId)) {
      if (s.open() || s.ending() == Spell.Ending.REVERSED || reversal(s).isPresent()) {
        continue;
      }
      List<Move> moves = byPeriod.computeIfAbsent(period(s.end(), quarters), k -> new ArrayList<>());
      if (moves.stream().noneMatch(m -> m.person().id().equals(s.person().id()))) {
        moves.add(new Move(s.person(), s.end(), s.ending().how())); // a person counts once per period
      }
    }
    List<Cofounder> cofounders = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>();
    for (MergedEvent e : foundingsAt.getOrDefault(orgId, List.of())) {
      if (seen.add(e.person().id())) {
        cofounders.add(new Cofounder(e.person(), statusNow(e.person().id(), orgId)));
      }
    }
    // ventures of the people who worked here, in the timeline's order (the merged list's), each once
    Set<MergedEvent> theirs = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    for (Spell s : spellsByOrg.getOrDefault(orgId, List.of())) {
      theirs.addAll(foundingsBy.getOrDefault(s.person().id(), List.of()));
    }
    List<AlumniVenture> ventures = new ArrayList<>();
    if (!theirs.isEmpty()) {
      for (MergedEvent e : foundings) {
        if (theirs.contains(e) && !orgId.equals(e.orgId()) && leftBefore(e, orgId)) {
          ventures.add(new AlumniVenture(e.org(), e.person(), e.time()));
        }
      }
    }
    return new Stats(byPeriod, cofounders, ventures);
  }

  /** Whether the founder had left the organization before (or around) founding the venture. */
  private boolean leftBefore(MergedEvent founding, String orgId) {
    for (Spell s : spellsOf(founding.person().id())) {
      if (s.org().id().equals(orgId) && !s.open()) {
        Interval left = Interval.of(s.end());
        Interval founded = founding.interval();
        if (left == null || founded == null || !founded.end().isBefore(left.start())) {
          return true;
        }
      }
    }
    return false;
  }

  /** A person's status at an organization as of the corpus's latest date. */
  public String statusNow(String personId, String orgId) {
    Spell last = null;
    for (Spell s : spellsOf(personId)) {
      if (s.org().id().equals(orgId)) {
        last = s;
      }
    }
    if (last == null) {
      return "unknown";
    }
    if (!last.open()) {
      String when = last.end() == null ? "" : " " + last.end();
      return switch (last.ending()) {
        case DISMISSED -> "dismissed" + when;
        case LEFT -> "left" + when;
        case REVERSED -> "move reversed" + when + ": back at " + last.endedBy().get(0).org().name();
        case SUCCEEDED -> "replaced" + when + " (" + last.endedBy().get(0).person().name() + ")";
      };
    }
    return last.onLeave() ? "on leave" + (last.onLeaveSince() == null ? "" : " since " + last.onLeaveSince()) : "active";
  }

  static String period(String time, boolean quarters) {
    Interval i = Interval.of(time);
    if (i == null) {
      return "unknown";
    }
    if (!quarters) {
      return String.valueOf(i.start().getYear());
    }
    if (i.width() > 92) {
      return i.start().getYear() + "-Q?";
    }
    return i.start().getYear() + "-Q" + ((i.start().getMonthValue() - 1) / 3 + 1);
  }
}
