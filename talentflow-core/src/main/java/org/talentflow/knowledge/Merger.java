package org.talentflow.knowledge;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.talentflow.model.Entity;
import org.talentflow.model.PersonnelEvent;

/**
 * Merges single-article events into events with all their sources: same person, type, organization and polarity,
 * and compatible times (granularity-aware: 2024-05 and 2024-05-15 agree, 2024 contains both). Times that conflict
 * with the best-supported one are kept as alternatives with their sources.
 */
public final class Merger {
  private Merger() {}

  public static List<MergedEvent> merge(List<PersonnelEvent> events) {
    Map<String, List<PersonnelEvent>> groups = new LinkedHashMap<>();
    for (PersonnelEvent e : events) {
      String key = e.type() + "|" + e.person().id() + "|" + (e.org() == null ? "" : e.org().id()) + "|" + e.polarity();
      groups.computeIfAbsent(key, k -> new ArrayList<>()).add(e);
    }
    List<MergedEvent> out = new ArrayList<>();
    for (List<PersonnelEvent> g : groups.values()) {
      out.add(mergeGroup(g));
    }
    return out;
  }

  private static MergedEvent mergeGroup(List<PersonnelEvent> g) {
    // clusters of compatible times, finest first so that each cluster is named by its finest time
    List<PersonnelEvent> timed = new ArrayList<>();
    List<PersonnelEvent> untimed = new ArrayList<>();
    for (PersonnelEvent e : g) {
      (e.time() != null && e.time().resolved() ? timed : untimed).add(e);
    }
    timed.sort(Comparator.comparingLong(e -> Interval.of(e.time()).width()));
    List<String> reps = new ArrayList<>();
    List<List<PersonnelEvent>> clusters = new ArrayList<>();
    for (PersonnelEvent e : timed) {
      int at = -1;
      for (int i = 0; i < reps.size(); i++) {
        if (Interval.compatible(reps.get(i), e.time().value())) {
          at = i;
          break;
        }
      }
      if (at < 0) {
        reps.add(e.time().value());
        clusters.add(new ArrayList<>());
        at = reps.size() - 1;
      }
      clusters.get(at).add(e);
    }
    int main = -1;
    for (int i = 0; i < clusters.size(); i++) {
      if (main < 0 || clusters.get(i).size() > clusters.get(main).size()) {
        main = i;
      }
    }
    List<PersonnelEvent> primary = new ArrayList<>(main < 0 ? List.of() : clusters.get(main));
    primary.addAll(untimed);
    List<MergedEvent.Alternative> alternatives = new ArrayList<>();
    for (int i = 0; i < clusters.size(); i++) {
      if (i != main) {
        alternatives.add(new MergedEvent.Alternative(reps.get(i), sources(clusters.get(i))));
      }
    }
    PersonnelEvent first = g.get(0);
    Set<Entity> others = new LinkedHashSet<>();
    Set<String> roles = new LinkedHashSet<>();
    for (PersonnelEvent e : g) {
      if (e.otherOrg() != null) {
        others.add(e.otherOrg());
      }
      if (e.role() != null) {
        roles.add(e.role());
      }
    }
    return new MergedEvent(first.type(), first.person(), first.org(), new ArrayList<>(others), new ArrayList<>(roles),
        main < 0 ? null : reps.get(main), alternatives, first.polarity(), sources(primary));
  }

  private static List<Source> sources(List<PersonnelEvent> events) {
    List<Source> out = new ArrayList<>();
    for (PersonnelEvent e : events) {
      out.add(new Source(e.evidence().doc(), e.time(), e.polarity(), e.role(), e.otherOrg(), e.evidence()));
    }
    return out;
  }
}
