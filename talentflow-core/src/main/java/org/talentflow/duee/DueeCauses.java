package org.talentflow.duee;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.talentflow.eval.CauseTally;
import org.talentflow.eval.ErrorCause;

/**
 * Tells why each gold argument of a DuEE sentence was missed and each predicted one is extra, at the level the
 * LIC2020 metric scores (event type, role, text): an argument counts as right only when its text is the gold's.
 * Only the predictions, the gold and the pack's trigger words and role titles are read, so the predictions of any
 * version (an older one's file) are told the same way. The first cause that holds is taken, in the order of the
 * methods' comments.
 */
public final class DueeCauses {
  private static final String TIME = "时间";
  private static final Set<String> ORGANIZATIONS = Set.of("原所属组织", "所加盟组织", "解雇方", "所属组织");

  private final List<String> triggers;
  private final List<String> roles;
  private final CauseTally tally = new CauseTally();

  /**
   * @param triggers the pack's trigger words (a gold trigger that holds none and is held by none is missing)
   * @param roles the pack's role titles, masks included (a gold person that is one, with at most two characters
   *     before it, is unnamed)
   */
  public DueeCauses(List<String> triggers, List<String> roles) {
    this.triggers = List.copyOf(triggers);
    this.roles = roles.stream().filter(r -> !r.startsWith("!")).toList(); // "!" masks a word holding a title
  }

  /** One argument with its event's type and trigger. */
  private record Arg(String type, String trigger, String role, String text) {}

  /** Adds one sentence; only events of {@code types} count. */
  public void add(List<DueeEvent> predicted, List<DueeEvent> gold, Set<String> types) {
    List<Arg> pred = arguments(predicted, types);
    List<Arg> want = arguments(gold, types);
    List<Arg> missed = new ArrayList<>(want);
    List<Arg> extra = new ArrayList<>();
    for (Arg p : pred) {
      Arg same = missed.stream().filter(g -> g.type.equals(p.type) && g.role.equals(p.role) && g.text.equals(p.text))
          .findFirst().orElse(null);
      if (same == null) {
        extra.add(p);
      } else {
        missed.remove(same);
      }
    }
    missed.forEach(g -> tally.addMissed(missed(g, extra, pred)));
    extra.forEach(p -> tally.addExtra(extra(p, want)));
  }

  public CauseTally tally() {
    return tally;
  }

  /**
   * A gold argument missed: a predicted one of its type and role holding its text or held by it (cut or run over);
   * its text under another type, or another role; another text in its type and role (wrong person, organization or
   * time); no event of its type: its trigger under another type, a trigger no word of the pack is in, or a known
   * one; an event of its type without the role: time or organization missed, an unnamed subject (a role title), a
   * name not found.
   */
  ErrorCause missed(Arg g, List<Arg> extra, List<Arg> pred) {
    if (extra.stream().anyMatch(p -> p.type.equals(g.type) && p.role.equals(g.role) && overlap(p.text, g.text))) {
      return cut(g.role);
    }
    if (pred.stream().anyMatch(p -> !p.type.equals(g.type) && p.text.equals(g.text))) {
      return ErrorCause.WRONG_TYPE;
    }
    if (pred.stream().anyMatch(p -> p.type.equals(g.type) && p.text.equals(g.text))) {
      return ErrorCause.WRONG_ROLE;
    }
    if (extra.stream().anyMatch(p -> p.type.equals(g.type) && p.role.equals(g.role))) {
      return g.role.equals(TIME) ? ErrorCause.TIME_WRONG
          : ORGANIZATIONS.contains(g.role) ? ErrorCause.ORG_WRONG : ErrorCause.WRONG_PERSON;
    }
    if (pred.stream().noneMatch(p -> p.type.equals(g.type))) {
      if (pred.stream().anyMatch(p -> overlap(p.trigger, g.trigger))) {
        return ErrorCause.WRONG_TYPE;
      }
      return triggers.stream().anyMatch(t -> overlap(t, g.trigger)) ? ErrorCause.NO_FRAME : ErrorCause.TRIGGER_MISSING;
    }
    if (g.role.equals(TIME)) {
      return ErrorCause.TIME_MISSED;
    }
    if (ORGANIZATIONS.contains(g.role)) {
      return ErrorCause.ORG_MISSED;
    }
    return unnamed(g.text) ? ErrorCause.UNNAMED_SUBJECT : ErrorCause.NAME_NOT_FOUND;
  }

  /**
   * A predicted argument not in the gold: one of its type and role holding its text or held by it; its text under
   * another type or role; another text in its type and role; no gold event of its type (its trigger under another
   * type, else an event the gold does not hold); a gold event of its type without the role.
   */
  ErrorCause extra(Arg p, List<Arg> gold) {
    if (gold.stream().anyMatch(g -> g.type.equals(p.type) && g.role.equals(p.role) && overlap(p.text, g.text))) {
      return cut(p.role);
    }
    if (gold.stream().anyMatch(g -> !g.type.equals(p.type) && g.text.equals(p.text))) {
      return ErrorCause.WRONG_TYPE;
    }
    if (gold.stream().anyMatch(g -> g.type.equals(p.type) && g.text.equals(p.text))) {
      return ErrorCause.WRONG_ROLE;
    }
    if (gold.stream().anyMatch(g -> g.type.equals(p.type) && g.role.equals(p.role))) {
      return p.role.equals(TIME) ? ErrorCause.TIME_WRONG
          : ORGANIZATIONS.contains(p.role) ? ErrorCause.ORG_WRONG : ErrorCause.WRONG_PERSON;
    }
    if (gold.stream().noneMatch(g -> g.type.equals(p.type))) {
      return gold.stream().anyMatch(g -> overlap(p.trigger, g.trigger)) ? ErrorCause.WRONG_TYPE
          : ErrorCause.NOT_IN_GOLD;
    }
    return ErrorCause.LEFT_OUT_BY_GOLD;
  }

  private static ErrorCause cut(String role) {
    return role.equals(TIME) ? ErrorCause.TIME_WRONG
        : ORGANIZATIONS.contains(role) ? ErrorCause.ORG_WRONG : ErrorCause.NAME_CUT;
  }

  /** A role title with at most two characters before it (董事长, 公司CEO, 该员工), no name. */
  private boolean unnamed(String text) {
    return roles.stream().anyMatch(r -> text.endsWith(r) && text.length() - r.length() <= 2);
  }

  private static boolean overlap(String a, String b) {
    return !a.isEmpty() && !b.isEmpty() && (a.contains(b) || b.contains(a));
  }

  private static List<Arg> arguments(List<DueeEvent> events, Set<String> types) {
    List<Arg> out = new ArrayList<>();
    for (DueeEvent e : events) {
      if (!types.contains(e.eventType())) {
        continue;
      }
      for (DueeEvent.Argument a : e.arguments()) {
        String text = a.argument() == null ? "" : a.argument().strip();
        if (!text.isEmpty()) {
          out.add(new Arg(e.eventType(), e.trigger() == null ? "" : e.trigger(), a.role(), text));
        }
      }
    }
    return out;
  }
}
