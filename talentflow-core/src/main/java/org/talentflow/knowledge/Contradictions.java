package org.talentflow.knowledge;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.talentflow.model.Claim;
import org.talentflow.model.Entity;
import org.talentflow.model.EventType;
import org.talentflow.model.Evidence;
import org.talentflow.model.Polarity;

/**
 * Conflicts between sources, each side with its evidence: different dates for the same event, an event asserted in
 * one source and denied in another (noting when the denial came first and later news overturned it), different
 * values for the same quantity, and stated counts that differ from what the graph derives (with the explanation).
 */
public final class Contradictions {
  private Contradictions() {}

  public enum Kind { TIME, POLARITY, VALUE, COUNT }

  /** One side: what it says, and where. */
  public record Side(String says, List<Evidence> evidence) {
    public Side {
      evidence = List.copyOf(evidence);
    }
  }

  public record Contradiction(Kind kind, String about, List<Side> sides, String note) {
    public Contradiction {
      sides = List.copyOf(sides);
    }
  }

  public static List<Contradiction> find(Knowledge k, List<Claim> claims, Map<String, LocalDate> published) {
    List<Contradiction> out = new ArrayList<>();
    times(k, out);
    polarities(k, published, out);
    values(claims, out);
    counts(k, claims, out);
    return out;
  }

  private static void times(Knowledge k, List<Contradiction> out) {
    for (MergedEvent e : k.merged()) {
      if (e.alternatives().isEmpty() || e.polarity() != Polarity.ASSERTED) {
        continue;
      }
      List<Side> sides = new ArrayList<>();
      sides.add(new Side(e.time(), evidence(e.sources())));
      for (MergedEvent.Alternative a : e.alternatives()) {
        sides.add(new Side(a.time(), evidence(a.sources())));
      }
      out.add(new Contradiction(Kind.TIME, describe(e), sides, "sources date the same event differently"));
    }
  }

  private static void polarities(Knowledge k, Map<String, LocalDate> published, List<Contradiction> out) {
    Map<String, MergedEvent> asserted = new LinkedHashMap<>();
    for (MergedEvent e : k.merged()) {
      if (e.polarity() == Polarity.ASSERTED) {
        asserted.put(key(e), e);
      }
    }
    for (MergedEvent denied : k.merged()) {
      if (denied.polarity() != Polarity.NEGATED) {
        continue;
      }
      MergedEvent yes = asserted.get(key(denied));
      if (yes == null) {
        continue;
      }
      LocalDate lastDenial = latest(denied.sources(), published);
      LocalDate lastAssertion = latest(yes.sources(), published);
      String note = lastDenial != null && lastAssertion != null && lastDenial.isBefore(lastAssertion)
          ? "the denial (" + lastDenial + ") was overtaken by later reports (" + lastAssertion + ")"
          : "sources disagree on whether it happened";
      out.add(new Contradiction(Kind.POLARITY, describe(yes), List.of(
          new Side("asserted" + (yes.time() == null ? "" : " (" + yes.time() + ")"), evidence(yes.sources())),
          new Side("negated", evidence(denied.sources()))), note));
    }
  }

  /**
   * Different values for the same quantity at the same time (the same year; claims without a date are timeless, like
   * a release year). Hedges are set aside: ">1700" agrees with "1700".
   */
  private static void values(List<Claim> claims, List<Contradiction> out) {
    Map<String, Map<String, List<Claim>>> byQuantity = new LinkedHashMap<>();
    for (Claim c : claims) {
      String year = c.asOf() == null ? "" : " | " + c.asOf().substring(0, 4);
      byQuantity.computeIfAbsent(c.subject() + " | " + c.quantity() + year, x -> new LinkedHashMap<>())
          .computeIfAbsent(c.value().replaceAll("^(>=|<=|~|>|<)", ""), x -> new ArrayList<>()).add(c);
    }
    byQuantity.forEach((about, values) -> {
      if (values.size() < 2) {
        return;
      }
      List<Side> sides = new ArrayList<>();
      values.forEach((v, cs) -> sides.add(new Side(v + asOf(cs), cs.stream().map(Claim::evidence).toList())));
      out.add(new Contradiction(Kind.VALUE, about, sides, "sources state different values"));
    });
  }

  /**
   * "N cofounders remain" against the graph: the cofounders it knows, active or on leave as of the claim. A count
   * that matches only when those on leave are counted (or not) says so.
   */
  private static void counts(Knowledge k, List<Claim> claims, List<Contradiction> out) {
    for (Claim c : claims) {
      if (!c.quantity().endsWith(" remaining") || !c.quantity().contains("创始人")) {
        continue;
      }
      String orgId = null;
      for (MergedEvent e : k.merged()) {
        if (e.org() != null && e.org().name().equals(c.subject())) {
          orgId = e.org().id();
        }
      }
      if (orgId == null) {
        continue;
      }
      List<String> active = new ArrayList<>();
      List<String> onLeave = new ArrayList<>();
      for (Knowledge.Cofounder f : k.stats(orgId, false).cofounders()) {
        String status = f.status();
        if (status.startsWith("active")) {
          active.add(f.person().name());
        } else if (status.startsWith("on leave")) {
          onLeave.add(f.person().name());
        }
      }
      int stated = Integer.parseInt(c.value());
      int working = active.size();
      int withLeave = active.size() + onLeave.size();
      if (stated == working && onLeave.isEmpty()) {
        continue;
      }
      String derived = working + " still working normally (" + String.join(", ", active) + ")"
          + (onLeave.isEmpty() ? "" : " + " + onLeave.size() + " on leave (" + String.join(", ", onLeave) + ") = "
              + withLeave);
      String note = stated == withLeave && !onLeave.isEmpty() ? "the stated count includes those on leave"
          : stated == working ? "the stated count leaves out those on leave"
          : "the knowledge graph knows " + withLeave + " of the cofounders to remain";
      out.add(new Contradiction(Kind.COUNT, c.subject() + " | " + c.quantity(), List.of(
          new Side("stated: " + stated + asOf(List.of(c)), List.of(c.evidence())),
          new Side("derived: " + derived, List.of())), note));
    }
  }

  private static String asOf(List<Claim> cs) {
    return cs.get(0).asOf() == null ? "" : " (as of " + cs.get(0).asOf() + ")";
  }

  private static LocalDate latest(List<Source> sources, Map<String, LocalDate> published) {
    LocalDate last = null;
    for (Source s : sources) {
      LocalDate d = published.get(s.doc());
      if (d != null && (last == null || d.isAfter(last))) {
        last = d;
      }
    }
    return last;
  }

  private static String key(MergedEvent e) {
    return e.type() + "|" + e.person().id() + "|" + e.orgId();
  }

  private static List<Evidence> evidence(List<Source> sources) {
    return sources.stream().map(Source::evidence).toList();
  }

  static String describe(MergedEvent e) {
    Entity org = e.org();
    return e.person().name() + " " + e.type() + (org == null ? "" : " " + (e.type() == EventType.JOINED ? "→ " : "@ ")
        + org.name());
  }
}
