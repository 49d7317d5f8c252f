package org.talentflow.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.talentflow.model.Entity;
import org.talentflow.model.EntityType;
import org.talentflow.model.PersonnelEvent;
import org.talentflow.resolve.EntityIds;
import org.talentflow.text.ScriptConverter;

/**
 * Scores stored entities and events against a gold folder. A stored entity matches a gold entity when they share a
 * surface form (compared in simplified script, case and spacing ignored). Events match on (doc, type, person, org);
 * time and polarity are scored on the matched events.
 */
public final class Evaluation {
  private final ScriptConverter converter;

  public Evaluation(ScriptConverter converter) {
    this.converter = converter;
  }

  /**
   * Precision, recall and F1 from counts: {@code correct} of the {@code predicted} items are right, {@code found} of
   * the {@code expected} gold items were found (the two numerators differ for entities, where one stored entity can
   * match several gold ones).
   */
  public record Prf(int correct, int predicted, int found, int expected) {
    public double precision() {
      return predicted == 0 ? 0 : correct / (double) predicted;
    }

    public double recall() {
      return expected == 0 ? 0 : found / (double) expected;
    }

    public double f1() {
      return Evaluation.f1(precision(), recall());
    }

    @Override
    public String toString() {
      return String.format(Locale.ROOT, "P %.3f  R %.3f  F1 %.3f  (%d/%d predicted, %d/%d gold)", precision(), recall(),
          f1(), correct, predicted, found, expected);
    }
  }

  /** The harmonic mean of precision and recall (0 when both are 0). */
  public static double f1(double precision, double recall) {
    return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
  }

  /** Entity scores for one type, with the gold entities merged together or split apart. */
  public record EntityScore(EntityType type, Prf prf, List<String> merged, List<String> split, List<String> missed,
      List<String> extra) {}

  /** Accuracy over the matched events. */
  public record Accuracy(int correct, int total, List<String> wrong) {
    public double value() {
      return total == 0 ? 0 : correct / (double) total;
    }

    @Override
    public String toString() {
      return String.format(Locale.ROOT, "%.3f (%d/%d)", value(), correct, total);
    }
  }

  public record Report(EntityScore persons, EntityScore orgs, Prf events, Accuracy time, Accuracy polarity,
      List<String> missedEvents, List<String> extraEvents) {}

  /**
   * @param entities stored entities mentioned in the gold documents
   * @param events stored events of the gold documents; evidence.doc is the document key (file name without extension)
   */
  public Report score(Gold gold, List<Entity> entities, List<PersonnelEvent> events) {
    Map<String, String> docByKey = new HashMap<>();
    gold.fileByDoc().forEach((doc, file) -> {
      int dot = file.lastIndexOf('.');
      docByKey.put(dot > 0 ? file.substring(0, dot) : file, doc);
      docByKey.put(doc, doc);
    });
    Map<String, String> goldOf = new HashMap<>(); // stored entity id -> gold entity id
    EntityScore persons = entities(gold, entities, EntityType.PERSON, goldOf);
    EntityScore orgs = entities(gold, entities, EntityType.ORG, goldOf);

    Map<String, String> goldIdByCanonical = new HashMap<>();
    for (Gold.GoldEntity g : gold.entities()) {
      goldIdByCanonical.put(g.canonical(), g.id());
    }
    Map<String, Gold.GoldEvent> expected = new LinkedHashMap<>();
    for (Gold.GoldEvent g : gold.events()) {
      String person = goldIdByCanonical.getOrDefault(g.person(), "?" + g.person());
      String org = g.org().isEmpty() ? "" : goldIdByCanonical.getOrDefault(g.org(), "?" + g.org());
      expected.putIfAbsent(g.doc() + "|" + g.type() + "|" + person + "|" + org, g);
    }
    Map<String, PersonnelEvent> predicted = new LinkedHashMap<>();
    for (PersonnelEvent e : events) {
      String doc = docByKey.get(e.evidence().doc());
      if (doc == null) {
        continue;
      }
      String person = goldOf.getOrDefault(e.person().id(), "~" + e.person().name());
      String org = e.org() == null ? "" : goldOf.getOrDefault(e.org().id(), "~" + e.org().name());
      predicted.putIfAbsent(doc + "|" + e.type() + "|" + person + "|" + org, e);
    }
    int tp = 0;
    int timeOk = 0;
    int polOk = 0;
    List<String> timeWrong = new ArrayList<>();
    List<String> polWrong = new ArrayList<>();
    List<String> missed = new ArrayList<>();
    for (Map.Entry<String, Gold.GoldEvent> x : expected.entrySet()) {
      PersonnelEvent p = predicted.get(x.getKey());
      Gold.GoldEvent g = x.getValue();
      if (p == null) {
        missed.add(describe(g));
        continue;
      }
      tp++;
      String t = p.time() == null || p.time().value() == null ? "" : p.time().value();
      if (t.equals(g.time())) {
        timeOk++;
      } else {
        timeWrong.add(describe(g) + "  gold time '" + g.time() + "', got '" + t + "'"
            + (p.time() == null ? "" : " from '" + p.time().text() + "'"));
      }
      if (p.polarity().label().equals(g.polarity())) {
        polOk++;
      } else {
        polWrong.add(describe(g) + "  gold " + g.polarity() + ", got " + p.polarity().label());
      }
    }
    List<String> extra = new ArrayList<>();
    for (Map.Entry<String, PersonnelEvent> x : predicted.entrySet()) {
      if (!expected.containsKey(x.getKey())) {
        PersonnelEvent e = x.getValue();
        extra.add(docByKey.get(e.evidence().doc()) + " " + e.type() + " " + e.person().name() + " @ "
            + (e.org() == null ? "-" : e.org().name()) + "  «" + e.evidence().text() + "»");
      }
    }
    return new Report(persons, orgs, new Prf(tp, predicted.size(), tp, expected.size()),
        new Accuracy(timeOk, tp, timeWrong), new Accuracy(polOk, tp, polWrong), missed, extra);
  }

  private static String describe(Gold.GoldEvent g) {
    return g.doc() + " " + g.type() + " " + g.person() + " @ " + (g.org().isEmpty() ? "-" : g.org()) + "  «"
        + g.evidence() + "»";
  }

  private EntityScore entities(Gold gold, List<Entity> stored, EntityType type, Map<String, String> goldOf) {
    Map<String, String> goldByForm = new HashMap<>();
    Map<String, Gold.GoldEntity> goldById = new LinkedHashMap<>();
    for (Gold.GoldEntity g : gold.entities()) {
      if (g.type() != type) {
        continue;
      }
      goldById.put(g.id(), g);
      for (String m : g.mentions()) {
        goldByForm.putIfAbsent(form(m), g.id());
      }
      goldByForm.putIfAbsent(form(g.canonical()), g.id());
    }
    Map<String, Set<String>> systemsOfGold = new HashMap<>();
    List<String> merged = new ArrayList<>();
    List<String> extra = new ArrayList<>();
    int predicted = 0;
    int correct = 0;
    for (Entity e : stored) {
      if (e.type() != type) {
        continue;
      }
      predicted++;
      Map<String, Integer> votes = new LinkedHashMap<>();
      for (String a : e.aliases()) {
        String g = goldByForm.get(form(a));
        if (g != null) {
          votes.merge(g, 1, Integer::sum);
        }
      }
      if (votes.isEmpty()) {
        extra.add(e.name() + " " + e.aliases());
        continue;
      }
      correct++;
      String best = votes.entrySet().stream().max(Map.Entry.comparingByValue()).get().getKey();
      goldOf.put(e.id(), best);
      for (String g : votes.keySet()) {
        systemsOfGold.computeIfAbsent(g, k -> new HashSet<>()).add(e.id());
      }
      if (votes.size() > 1) {
        List<String> names = votes.keySet().stream().map(g -> goldById.get(g).canonical()).toList();
        merged.add(e.name() + " merges " + names);
      }
    }
    List<String> split = new ArrayList<>();
    List<String> missed = new ArrayList<>();
    int found = 0;
    for (Gold.GoldEntity g : goldById.values()) {
      Set<String> s = systemsOfGold.get(g.id());
      if (s == null) {
        missed.add(g.canonical() + " " + g.mentions());
        continue;
      }
      found++;
      if (s.size() > 1) {
        split.add(g.canonical() + " split into " + s.size() + " entities");
      }
    }
    // precision: stored entities that are some gold entity; recall: gold entities found
    return new EntityScore(type, new Prf(correct, predicted, found, goldById.size()), merged, split, missed, extra);
  }

  /**
   * The comparison form of a name: pinyin glosses removed (the gold keeps "陳駿達(dá)" as written), simplified
   * script, case and spacing ignored.
   */
  private String form(String s) {
    String noGloss = GLOSS_CLEANER.clean(s.replace('\u00A0', ' ')).text();
    return EntityIds.key(converter.toSimplified(noGloss));
  }

  private static final org.talentflow.text.Cleaner GLOSS_CLEANER = new org.talentflow.text.Cleaner(List.of());
}
