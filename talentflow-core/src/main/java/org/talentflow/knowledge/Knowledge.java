package org.talentflow.knowledge;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.talentflow.model.Entity;
import org.talentflow.model.EventType;
import org.talentflow.model.PersonnelEvent;
import org.talentflow.model.Polarity;

/**
 * What the articles say together: merged events, each person's spells at each organization, an organization's
 * roster at a date, its flows to and from other organizations, and its statistics. Built from stored events; only
 * asserted events make spells (denials, plans and speculation are kept as merged events for contradictions).
 */
public final class Knowledge {
  private final List<MergedEvent> merged;
  private final Map<String, List<Spell>> spellsByPerson = new LinkedHashMap<>();
  private final LocalDate asOf;

  /** @param asOf the "now" of the corpus (its latest publication date), for current statuses */
  public Knowledge(List<PersonnelEvent> events, LocalDate asOf) {
    this.merged = Merger.merge(events);
    this.asOf = asOf;
    Map<String, List<MergedEvent>> byPersonOrg = new LinkedHashMap<>();
    for (MergedEvent m : merged) {
      if (m.polarity() == Polarity.ASSERTED && m.org() != null) {
        byPersonOrg.computeIfAbsent(m.person().id() + "|" + m.org().id(), k -> new ArrayList<>()).add(m);
      }
    }
    for (List<MergedEvent> list : byPersonOrg.values()) {
      List<Spell> spells = spells(order(list));
      spellsByPerson.computeIfAbsent(list.get(0).person().id(), k -> new ArrayList<>()).addAll(spells);
    }
  }

  public List<MergedEvent> merged() {
    return merged;
  }

  public LocalDate asOf() {
    return asOf;
  }

  public List<Spell> spellsOf(String personId) {
    return spellsByPerson.getOrDefault(personId, List.of());
  }

  public List<Spell> spellsAt(String orgId) {
    List<Spell> out = new ArrayList<>();
    spellsByPerson.values().forEach(l -> l.stream().filter(s -> s.org().id().equals(orgId)).forEach(out::add));
    return out;
  }

  /** Events in the order of a timeline (time, then the order a career runs). */
  public static List<MergedEvent> orderForDisplay(List<MergedEvent> events) {
    return order(events);
  }

  /**
   * Events in time order. A dated event sorts by a key date: a departure as early as its time allows, a return as
   * late as it allows (a return "in November" comes after a dismissal on the 17th), others by their start. Undated
   * events go where a career puts them: foundings first, a departure right before the next return, the rest last.
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
    for (MergedEvent e : undated) {
      switch (e.type()) {
        case LEFT, DISMISSED -> {
          int at = out.size();
          for (int i = 0; i < out.size(); i++) {
            if (out.get(i).type() == EventType.REINSTATED) {
              at = i;
              break;
            }
          }
          out.add(at, e);
        }
        case FOUNDED, JOINED, APPOINTED -> { }
        default -> out.add(e);
      }
    }
    return out;
  }

  private static LocalDate keyDate(MergedEvent e) {
    Interval i = e.interval();
    return switch (e.type()) {
      case LEFT, DISMISSED -> i.start();
      case REINSTATED -> i.end();
      default -> i.start();
    };
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

  private static List<Spell> spells(List<MergedEvent> ordered) {
    List<Spell> out = new ArrayList<>();
    SpellBuilder open = null;
    for (MergedEvent e : ordered) {
      switch (e.type()) {
        case FOUNDED, JOINED, APPOINTED, REINSTATED -> {
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
            EventType how = e.type() == EventType.DISMISSED ? EventType.DISMISSED : last.endType();
            out.add(new Spell(last.person(), last.org(), last.start(), last.startType(), end, how,
                last.roles(), last.onLeaveSince(), false, events));
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

  private static boolean sameEnd(Spell s, MergedEvent e) {
    return e.time() == null || s.end() == null || Interval.compatible(s.end(), e.time());
  }

  private static final class SpellBuilder {
    final MergedEvent first;
    final List<MergedEvent> events = new ArrayList<>();
    final Set<String> roles = new LinkedHashSet<>();
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
        for (String r : e.roles()) {
          for (String part : r.split("[、兼]")) {
            if (!part.isBlank()) {
              roles.add(part.strip()); // "联合创始人、首席科学家" is two roles
            }
          }
        }
      }
    }

    Spell close(MergedEvent end) {
      MergedEvent any = events.get(0);
      return new Spell(any.person(), any.org(), first == null ? null : first.time(),
          first == null ? null : first.type(), end == null ? null : end.time(), end == null ? null : end.type(),
          new ArrayList<>(roles), onLeaveSince, onLeave && end == null, events);
    }
  }

  /** Who was at an organization at a date, in what role and with what status. */
  public record RosterEntry(Entity person, List<String> roles, String since, String status) {}

  public List<RosterEntry> roster(String orgId, LocalDate at) {
    List<RosterEntry> out = new ArrayList<>();
    for (Spell s : spellsAt(orgId)) {
      Interval start = Interval.of(s.start());
      Interval end = Interval.of(s.end());
      boolean started = start == null || !start.start().isAfter(at);
      boolean ended = s.endType() != null && (end == null ? !at.isBefore(asOf) : !end.start().isAfter(at));
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
      if (s.endType() != null && s.end() == null) {
        status = "left at an unstated date" + nextStart(s).map(n -> " before " + n).orElse("");
      }
      out.add(new RosterEntry(s.person(), s.roles(), s.start(), status));
    }
    out.sort(Comparator.comparing(r -> r.person().name()));
    return out;
  }

  /** When the person's next spell at the same organization starts, if stated. */
  private java.util.Optional<String> nextStart(Spell s) {
    boolean seen = false;
    for (Spell x : spellsOf(s.person().id())) {
      if (x == s) {
        seen = true;
      } else if (seen && x.org().id().equals(s.org().id()) && x.start() != null) {
        return java.util.Optional.of(x.start());
      }
    }
    return java.util.Optional.empty();
  }

  /** Where an organization's people went and where its newcomers came from. */
  public record Flow(Entity other, List<Move> moves) {}

  /** One person's move, with the time of the departure or arrival. */
  public record Move(Entity person, String time, EventType how) {}

  public record Flows(List<Flow> destinations, List<Flow> origins, List<Move> unknownDestination) {}

  public Flows flows(String orgId) {
    Map<String, Flow> dest = new LinkedHashMap<>();
    List<Move> unknown = new ArrayList<>();
    for (Spell s : spellsAt(orgId)) {
      if (s.endType() == null) {
        continue;
      }
      Interval left = Interval.of(s.end());
      Set<Entity> to = new LinkedHashSet<>();
      for (MergedEvent e : s.events()) {
        if (e.type() == EventType.LEFT || e.type() == EventType.DISMISSED) {
          to.addAll(e.otherOrgs());
        }
      }
      for (Spell other : spellsOf(s.person().id())) {
        Interval begun = Interval.of(other.start());
        boolean after = left == null || begun == null || !begun.end().isBefore(left.start());
        if (!other.org().id().equals(orgId) && after && other.startType() != null) {
          to.add(other.org());
        }
      }
      to.removeIf(o -> o.id().equals(orgId));
      Move move = new Move(s.person(), s.end(), s.endType());
      if (to.isEmpty()) {
        unknown.add(move);
      }
      for (Entity o : to) {
        dest.computeIfAbsent(o.id(), k -> new Flow(o, new ArrayList<>())).moves().add(move);
      }
    }
    Map<String, Flow> orig = new LinkedHashMap<>();
    for (MergedEvent e : merged) {
      if (e.type() == EventType.JOINED && e.polarity() == Polarity.ASSERTED && orgId.equals(e.orgId())) {
        for (Entity o : e.otherOrgs()) {
          orig.computeIfAbsent(o.id(), k -> new Flow(o, new ArrayList<>())).moves()
              .add(new Move(e.person(), e.time(), e.type()));
        }
      }
    }
    Comparator<Flow> bySize = Comparator.<Flow>comparingInt(f -> -f.moves().size()).thenComparing(f -> f.other().name());
    List<Flow> d = new ArrayList<>(dest.values());
    d.sort(bySize);
    List<Flow> o = new ArrayList<>(orig.values());
    o.sort(bySize);
    return new Flows(d, o, unknown);
  }

  /** A cofounder and where they stand now. */
  public record Cofounder(Entity person, String status) {}

  /** An organization founded by someone who had been at the organization. */
  public record AlumniVenture(Entity venture, Entity founder, String time) {}

  public record Stats(Map<String, List<Move>> departuresByPeriod, List<Cofounder> cofounders,
      List<AlumniVenture> foundedByAlumni) {}

  /** @param quarters departures per quarter ("2024-Q2") rather than per year */
  public Stats stats(String orgId, boolean quarters) {
    Map<String, List<Move>> byPeriod = new TreeMap<>();
    for (Spell s : spellsAt(orgId)) {
      if (s.endType() == null) {
        continue;
      }
      List<Move> moves = byPeriod.computeIfAbsent(period(s.end(), quarters), k -> new ArrayList<>());
      if (moves.stream().noneMatch(m -> m.person().id().equals(s.person().id()))) {
        moves.add(new Move(s.person(), s.end(), s.endType())); // a person counts once per period
      }
    }
    List<Cofounder> cofounders = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>();
    for (MergedEvent e : merged) {
      if (e.type() == EventType.FOUNDED && e.polarity() == Polarity.ASSERTED && orgId.equals(e.orgId())
          && seen.add(e.person().id())) {
        cofounders.add(new Cofounder(e.person(), statusNow(e.person().id(), orgId)));
      }
    }
    List<AlumniVenture> ventures = new ArrayList<>();
    for (MergedEvent e : merged) {
      if (e.type() == EventType.FOUNDED && e.polarity() == Polarity.ASSERTED && e.org() != null
          && !orgId.equals(e.orgId()) && leftBefore(e, orgId)) {
        ventures.add(new AlumniVenture(e.org(), e.person(), e.time()));
      }
    }
    return new Stats(byPeriod, cofounders, ventures);
  }

  /** Whether the founder had left the organization before (or around) founding the venture. */
  private boolean leftBefore(MergedEvent founding, String orgId) {
    for (Spell s : spellsOf(founding.person().id())) {
      if (s.org().id().equals(orgId) && s.endType() != null) {
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
    if (last.endType() != null) {
      return (last.endType() == EventType.DISMISSED ? "dismissed" : "left") + (last.end() == null ? "" : " " + last.end());
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
