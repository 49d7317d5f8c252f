package org.talentflow.knowledge;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.talentflow.model.Entity;
import org.talentflow.model.Evidence;

/**
 * The table analysts compile by hand: everyone whose time at an organization ended in a period, with the role, the
 * date and its precision, how they left, where they went (or that no source says), and every source with its outlet,
 * title, date, URL and evidence. Built from the merged timeline of {@link Knowledge}: a departure undone within days
 * is marked reversed, a stand-in's post ends when its holder returns, and what cannot be placed in the period (no
 * date, a date coarser than the period, an event held back from the timeline) is listed apart as unplaced.
 */
public final class Departures {
  private Departures() {}

  /** One source of a row: which document, where it was published, what it supports, and the evidence. */
  public record SourceRef(String supports, String doc, String outlet, String title, String published, String url,
      Evidence evidence) {
    public SourceRef {
      Objects.requireNonNull(supports, "supports");
      Objects.requireNonNull(evidence, "evidence");
    }
  }

  /**
   * Where the person went: stated by the departure itself, or read from a post that began soon after ({@code via}:
   * how that post began, joined, founded, appointed).
   */
  public record Destination(Entity org, boolean stated, boolean reversed, String via) {}

  /**
   * One departure. {@code how} is left, dismissed or replaced (a stand-in or interim post whose next holder started);
   * {@code status} is departed, or reversed when the person was back within days ({@code backOn}).
   */
  public record Row(Entity person, Entity org, List<String> roles, String date, String precision,
      List<String> otherDates, String how, String status, String backOn, List<Destination> destinations,
      List<SourceRef> sources) {
    public Row {
      roles = List.copyOf(roles);
      otherDates = List.copyOf(otherDates);
      destinations = List.copyOf(destinations);
      sources = List.copyOf(sources);
    }

    /** "Anthropic", "Microsoft (reversed)", or "not stated". */
    public String destinationText() {
      if (destinations.isEmpty()) {
        return "not stated";
      }
      return String.join(", ", destinations.stream()
          .map(d -> d.org().name() + (d.reversed() ? " (reversed)" : d.stated() ? "" : " (" + d.via() + " soon after)"))
          .toList());
    }
  }

  /** Something about the organization's departures that cannot be placed in the period, and why. */
  public record UnplacedRow(Entity person, String type, String date, String reason, List<SourceRef> sources) {
    public UnplacedRow {
      sources = List.copyOf(sources);
    }
  }

  /** The table for an organization and a period ({@code from}/{@code to} null: open). */
  public record Table(Entity org, String from, String to, String asOf, List<Row> rows, List<UnplacedRow> unplaced) {
    public Table {
      rows = List.copyOf(rows);
      unplaced = List.copyOf(unplaced);
    }
  }

  /**
   * @param documents what is known of each source document, by key (a key it lacks is shown by its key alone)
   */
  public static Table of(Knowledge k, Entity org, LocalDate from, LocalDate to,
      Function<String, DocumentInfo> documents) {
    List<Row> rows = new ArrayList<>();
    List<UnplacedRow> unplaced = new ArrayList<>();
    Set<String> people = new LinkedHashSet<>();
    for (Spell s : k.spellsAt(org.id())) {
      people.add(s.person().id());
      if (s.open() || s.ending() == Spell.Ending.REVERSED) {
        continue;
      }
      Interval when = Interval.of(s.end());
      Optional<Knowledge.Reversal> undone = k.reversal(s);
      if (when == null && undone.isPresent()) {
        // no date, but undone by a return within days: it happened in the days before the return
        Interval back = undone.get().returned().interval();
        when = new Interval(back.start().minusDays(Knowledge.REVERSAL_DAYS), back.end());
      }
      List<SourceRef> departureSources = sources(s.ending() == Spell.Ending.SUCCEEDED ? List.of()
          : s.events().stream().filter(e -> Knowledge.departure(e.type())).toList(), "departure", documents);
      if (from != null || to != null) {
        String period = (from == null ? "…" : from.toString()) + " to " + (to == null ? "…" : to.toString());
        if (when == null) {
          LocalDate reported = firstReported(s, documents);
          if (from != null && reported != null && reported.isBefore(from)) {
            continue; // reported before the period began: it happened before too
          }
          unplaced.add(new UnplacedRow(s.person(), s.ending().how(), null, "no date stated: cannot be placed in "
              + period, departureSources));
          continue;
        }
        boolean inside = (from == null || !when.start().isBefore(from)) && (to == null || !when.end().isAfter(to));
        boolean touches = (from == null || !when.end().isBefore(from)) && (to == null || !when.start().isAfter(to));
        if (!inside) {
          if (touches) {
            unplaced.add(new UnplacedRow(s.person(), s.ending().how(), s.end(), "dated only to the " + precision(s.end())
                + ", which is not wholly inside " + period, departureSources));
          }
          continue;
        }
      }
      rows.add(row(k, s, departureSources, documents));
    }
    for (Unplaced u : k.unplaced()) {
      MergedEvent e = u.event();
      boolean here = org.id().equals(e.orgId()) || (e.org() == null && people.contains(e.person().id())
          && (Knowledge.departure(e.type())));
      if (here && (Knowledge.departure(e.type()) || e.org() != null)) {
        unplaced.add(new UnplacedRow(e.person(), e.type().name().toLowerCase(java.util.Locale.ROOT), e.time(),
            u.reason(), sources(List.of(e), "event", documents)));
      }
    }
    rows.sort(Comparator.comparing((Row r) -> Interval.of(r.date()) == null ? LocalDate.MAX : Interval.of(r.date()).start())
        .thenComparing(r -> r.person().name()));
    return new Table(org, from == null ? null : from.toString(), to == null ? null : to.toString(),
        k.asOf().toString(), rows, unplaced);
  }

  private static Row row(Knowledge k, Spell s, List<SourceRef> departureSources,
      Function<String, DocumentInfo> documents) {
    List<SourceRef> sources = new ArrayList<>(departureSources);
    String how = s.ending().how();
    if (s.ending() == Spell.Ending.SUCCEEDED) {
      sources.addAll(sources(s.events().subList(0, 1), "post", documents));
      sources.addAll(sources(s.endedBy(), "next holder", documents));
    }
    List<String> otherDates = new ArrayList<>();
    s.events().stream().filter(e -> Knowledge.departure(e.type()))
        .forEach(e -> e.alternatives().forEach(a -> otherDates.add(a.time())));
    String status = "departed";
    String backOn = null;
    Optional<Knowledge.Reversal> back = k.reversal(s);
    if (back.isPresent()) {
      status = "reversed";
      backOn = back.get().returned().time();
      sources.addAll(sources(List.of(back.get().returned()), "return", documents));
    }
    List<Destination> destinations = new ArrayList<>();
    for (Knowledge.Destination d : k.destinations(s)) {
      destinations.add(new Destination(d.org(), d.stated(), d.ending() == Spell.Ending.REVERSED || back.isPresent(),
          d.because().get(0).type().name().toLowerCase(java.util.Locale.ROOT)));
      sources.addAll(sources(d.because(), "destination", documents, src -> !Knowledge.departure(d.because().get(0).type())
          || (src.otherOrg() != null && src.otherOrg().id().equals(d.org().id()))));
    }
    String precision = s.end() == null && backOn != null ? "not stated (before " + backOn + ")" : precision(s.end());
    return new Row(s.person(), s.org(), rolesAtDeparture(s), s.end(), precision, otherDates, how, status,
        backOn, destinations, dedupe(sources));
  }

  /** The earliest publication date of the sources that report the spell's departure (null: unknown). */
  private static LocalDate firstReported(Spell s, Function<String, DocumentInfo> documents) {
    LocalDate first = null;
    for (MergedEvent e : s.events()) {
      if (!Knowledge.departure(e.type())) {
        continue;
      }
      for (Source src : e.sources()) {
        DocumentInfo d = documents.apply(src.doc());
        LocalDate p = d == null || d.published() == null ? null : LocalDate.parse(d.published());
        if (p != null && (first == null || p.isBefore(first))) {
          first = p;
        }
      }
    }
    return first;
  }

  /** The roles the departure names, else the spell's roles less the interim ones that had ended. */
  private static List<String> rolesAtDeparture(Spell s) {
    Set<String> named = new LinkedHashSet<>();
    s.events().stream().filter(e -> Knowledge.departure(e.type()))
        .forEach(e -> e.roles().forEach(r -> named.addAll(Roles.split(r))));
    if (!named.isEmpty()) {
      return new ArrayList<>(named);
    }
    return s.roles().stream().filter(r -> !s.rolesEnded().containsKey(r) || s.ending() == Spell.Ending.SUCCEEDED).toList();
  }

  private static List<SourceRef> dedupe(List<SourceRef> sources) {
    List<SourceRef> out = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>();
    for (SourceRef r : sources) {
      if (seen.add(r.supports() + "|" + r.doc() + "|" + r.evidence().start() + "|" + r.evidence().end())) {
        out.add(r);
      }
    }
    return out;
  }

  static List<SourceRef> sources(List<MergedEvent> events, String supports, Function<String, DocumentInfo> documents) {
    return sources(events, supports, documents, s -> true);
  }

  private static List<SourceRef> sources(List<MergedEvent> events, String supports,
      Function<String, DocumentInfo> documents, java.util.function.Predicate<Source> which) {
    List<SourceRef> out = new ArrayList<>();
    for (MergedEvent e : events) {
      List<Source> all = new ArrayList<>(e.sources());
      e.alternatives().forEach(a -> all.addAll(a.sources()));
      for (Source s : all) {
        if (!which.test(s)) {
          continue;
        }
        DocumentInfo d = documents.apply(s.doc());
        if (d == null) {
          d = DocumentInfo.unknown(s.doc());
        }
        out.add(new SourceRef(supports, s.doc(), d.outlet(), d.title(), d.published(), d.url(), s.evidence()));
      }
    }
    return out;
  }

  /** How precise a normalized time is: day, month, season, year, or "not stated". */
  public static String precision(String time) {
    if (time == null) {
      return "not stated";
    }
    String[] p = time.split("-");
    if (p.length == 1) {
      return "year";
    }
    if (p.length == 3) {
      return "day";
    }
    return p[1].chars().allMatch(Character::isDigit) ? "month" : "season";
  }

  /** Documents by key, for {@link #of}. */
  public static Function<String, DocumentInfo> lookup(Map<String, DocumentInfo> documents) {
    return documents::get;
  }
}
