package org.talentflow.eval;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import org.talentflow.model.Entity;
import org.talentflow.model.PersonnelEvent;

/**
 * Tells why each gold event of an {@link EventScore} was missed and each extra is extra, from the predictions, the
 * gold and the persons the store found in each document: a version's outputs are all it needs, so the table of an
 * older version (its store read by this one) compares with today's. The first cause that holds is taken, in the
 * order of the methods' comments; a matched event with a wrong time or polarity counts in the missed column of
 * {@link ErrorCause#TIME_WRONG} or {@link ErrorCause#POLARITY_WRONG}.
 */
public final class EventCauses {
  private final EventScorer scorer;

  public EventCauses(EventScorer scorer) {
    this.scorer = scorer;
  }

  /**
   * @param personsOf the names (and aliases) of the persons the store holds for a gold document, whatever their
   *     events
   */
  public CauseTally of(EventScore score, List<EventGold.Row> gold, Function<String, Set<String>> personsOf) {
    CauseTally tally = new CauseTally();
    List<PersonnelEvent> matched = score.matched().stream().map(EventScore.Match::predicted).toList();
    for (EventGold.Row g : score.missed()) {
      tally.addMissed(missed(g, inDoc(score.extra(), g.doc()), inDoc(matched, g.doc()), forms(personsOf.apply(g.doc()))));
    }
    for (PersonnelEvent e : score.extra()) {
      tally.addExtra(extra(e, gold.stream().filter(g -> EventScorer.sameDocument(e.evidence().doc(), g.doc())).toList()));
    }
    for (int i = 0; i < score.time().total() - score.time().correct(); i++) {
      tally.addMissed(ErrorCause.TIME_WRONG);
    }
    for (int i = 0; i < score.polarity().total() - score.polarity().correct(); i++) {
      tally.addMissed(ErrorCause.POLARITY_WRONG);
    }
    return tally;
  }

  /**
   * A gold row missed: an event of its type and person with another organization or none (among the extras, or a
   * matched event of the same person: a second organization); its person in an event of another type; a name that
   * holds the person's or is held by it; an event of its type and organization with another person; else the
   * person's name among the document's persons (no event made of it), or one holding or held by it, or none.
   */
  ErrorCause missed(EventGold.Row g, List<PersonnelEvent> extras, List<PersonnelEvent> matched,
      Set<String> documentPersons) {
    Set<String> persons = forms(g.persons());
    Set<String> orgs = forms(g.orgs());
    Predicate<PersonnelEvent> samePerson = e -> intersects(names(e.person()), persons);
    for (List<PersonnelEvent> events : List.of(extras, matched)) {
      for (PersonnelEvent e : events) {
        if (e.type() == g.type() && samePerson.test(e)) {
          return e.org() == null ? ErrorCause.ORG_MISSED : ErrorCause.ORG_WRONG;
        }
      }
    }
    if (extras.stream().anyMatch(samePerson)) {
      return ErrorCause.WRONG_TYPE;
    }
    if (extras.stream().anyMatch(e -> overlaps(names(e.person()), persons))) {
      return ErrorCause.NAME_CUT;
    }
    if (!orgs.isEmpty() && extras.stream().anyMatch(e -> e.type() == g.type()
        && EventScorer.orgMatch(names(e.org()), orgs))) {
      return ErrorCause.WRONG_PERSON;
    }
    if (intersects(documentPersons, persons)) {
      return ErrorCause.NO_EVENT_FOR_NAME;
    }
    return overlaps(documentPersons, persons) ? ErrorCause.NAME_CUT : ErrorCause.NAME_NOT_FOUND;
  }

  /**
   * An extra: a gold row of its type, person and organization (already matched: the same event twice); one of its
   * type and person with another organization; one of its person and another type; a gold person holding or held by
   * its person's name; a gold row of its type and organization with another person; else an event the gold does not
   * hold.
   */
  ErrorCause extra(PersonnelEvent e, List<EventGold.Row> gold) {
    Set<String> person = names(e.person());
    Set<String> org = names(e.org());
    boolean typeAndPerson = false;
    for (EventGold.Row g : gold) {
      if (g.type() == e.type() && intersects(person, forms(g.persons()))) {
        Set<String> orgs = forms(g.orgs());
        if (orgs.isEmpty() || EventScorer.orgMatch(org, orgs)) {
          return ErrorCause.DUPLICATE;
        }
        typeAndPerson = true;
      }
    }
    if (typeAndPerson) {
      return org.isEmpty() ? ErrorCause.ORG_MISSED : ErrorCause.ORG_WRONG;
    }
    if (gold.stream().anyMatch(g -> intersects(person, forms(g.persons())))) {
      return ErrorCause.WRONG_TYPE;
    }
    if (gold.stream().anyMatch(g -> overlaps(person, forms(g.persons())))) {
      return ErrorCause.NAME_CUT;
    }
    if (gold.stream().anyMatch(g -> g.type() == e.type() && !g.orgs().isEmpty()
        && EventScorer.orgMatch(org, forms(g.orgs())))) {
      return ErrorCause.WRONG_PERSON;
    }
    return ErrorCause.NOT_IN_GOLD;
  }

  private static List<PersonnelEvent> inDoc(List<PersonnelEvent> events, String goldDoc) {
    return events.stream().filter(e -> EventScorer.sameDocument(e.evidence().doc(), goldDoc)).toList();
  }

  private Set<String> names(Entity e) {
    Set<String> out = new HashSet<>();
    if (e != null) {
      out.add(scorer.form(e.name()));
      e.aliases().forEach(a -> out.add(scorer.form(a)));
      out.remove("");
    }
    return out;
  }

  private Set<String> forms(java.util.Collection<String> names) {
    Set<String> out = new HashSet<>();
    names.forEach(n -> out.add(scorer.form(n)));
    out.remove("");
    return out;
  }

  private static boolean intersects(Set<String> a, Set<String> b) {
    return a.stream().anyMatch(b::contains);
  }

  /** One name holds another of at least two characters (周鸿 in 周鸿祎, "smith" in "johnsmith"), none equal. */
  private static boolean overlaps(Set<String> a, Set<String> b) {
    for (String x : a) {
      for (String y : b) {
        if (!x.equals(y) && Math.min(x.codePointCount(0, x.length()), y.codePointCount(0, y.length())) >= 2
            && (x.contains(y) || y.contains(x))) {
          return true;
        }
      }
    }
    return false;
  }
}
