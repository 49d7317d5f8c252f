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
   * A gold argument missed: a cause both sides share ({@link #differs}, against the predicted arguments left over);
   * no event of its type: its trigger under another type, a trigger no word of the pack is in, or a known one; an
   * event of its type without the role: time or organization missed, an unnamed subject (a role title), a name not
   * found.
   */
  ErrorCause missed(Arg g, List<Arg> extra, List<Arg> pred) {
    ErrorCause shared = differs(g, extra, pred);
    if (shared != null) {
      return shared;
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
   * A predicted argument not in the gold: a cause both sides share ({@link #differs}, against every gold argument);
   * no gold event of its type (its trigger under another type, else an event the gold does not hold); a gold event of
   * its type without the role.
   */
  ErrorCause extra(Arg p, List<Arg> gold) {
    ErrorCause shared = differs(p, gold, gold);
    if (shared != null) {
      return shared;
    }
    if (gold.stream().noneMatch(g -> g.type.equals(p.type))) {
      return gold.stream().anyMatch(g -> overlap(p.trigger, g.trigger)) ? ErrorCause.WRONG_TYPE
          : ErrorCause.NOT_IN_GOLD;
    }
    return ErrorCause.LEFT_OUT_BY_GOLD;
  }

  /**
   * The causes a missed argument and an extra one share, told against the other side's arguments: one of its type and
   * role in {@code sameRole} holding its text or held by it (cut or run over); its text in {@code all} under another
   * type, or another role; another text of its type and role in {@code sameRole} (wrong person, organization or
   * time). Null when none holds.
   */
  private static ErrorCause differs(Arg a, List<Arg> sameRole, List<Arg> all) {
    if (sameRole.stream().anyMatch(o -> o.type.equals(a.type) && o.role.equals(a.role) && overlap(o.text, a.text))) {
      return cut(a.role);
    }
    if (all.stream().anyMatch(o -> !o.type.equals(a.type) && o.text.equals(a.text))) {
      return ErrorCause.WRONG_TYPE;
    }
    if (all.stream().anyMatch(o -> o.type.equals(a.type) && o.text.equals(a.text))) {
      return ErrorCause.WRONG_ROLE;
    }
    if (sameRole.stream().anyMatch(o -> o.type.equals(a.type) && o.role.equals(a.role))) {
      return a.role.equals(TIME) ? ErrorCause.TIME_WRONG
          : ORGANIZATIONS.contains(a.role) ? ErrorCause.ORG_WRONG : ErrorCause.WRONG_PERSON;
    }
    return null;
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
