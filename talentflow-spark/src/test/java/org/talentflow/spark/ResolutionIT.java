package org.talentflow.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.apache.spark.api.java.JavaSparkContext;
import org.junit.jupiter.api.Test;
import org.talentflow.model.AnalyzedDocument;
import org.talentflow.model.Entity;
import org.talentflow.model.EntityType;
import org.talentflow.model.SourceDocument;

/**
 * Resolution as Spark stages gives the ids that one replay of the store's order over the whole corpus gives: on
 * random documents whose names the resolver joins in every way it can, and on the case where a merged entity puts a
 * given name and a family name of two components side by side.
 */
class ResolutionIT {
  @Test
  void componentsReplayedApartGiveTheIdsOfOneReplayOverTheWholeCorpus() {
    for (int seed = 1; seed <= 3; seed++) {
      Random random = new Random(seed);
      List<AnalyzedDocument> docs = new ArrayList<>();
      for (int d = 0; d < 60; d++) {
        docs.add(StoreOrderTest.Vocabulary.document("d" + d, random));
      }
      Resolution.Result r = check(docs);
      assertThat(r.entities().count()).as("seed %d: entities joined", seed)
          .isLessThan(r.mapping().count() / 2);
    }
  }

  @Test
  void aGivenNameAndAFamilyNameThatAMergedEntityBringsFromTwoComponentsAreFoundInASecondRound() {
    // "Woj Kowalski" joins "Wojciech Zarembaa" by the Han full name they share, so that entity answers to the given
    // name Woj and to the family name Zarembaa; "Woj Zarembba" is then joined to it by the given-name rule, though
    // it shares no key with either document's entity alone
    List<AnalyzedDocument> docs = List.of(
        doc("a", person("Wojciech Zarembaa", "沃伊切赫·扎伦巴")),
        doc("b", person("Woj Kowalski", "沃伊切赫·扎伦巴")),
        doc("c", person("Woj Zarembba")));
    Resolution.Result r = check(docs);
    assertThat(r.rounds()).isEqualTo(2);
    assertThat(r.entities().count()).isEqualTo(1);
  }

  /** Resolves with Spark and checks every mapping and every entity against one sequential replay. */
  private static Resolution.Result check(List<AnalyzedDocument> docs) {
    JavaSparkContext sc = JavaSparkContext.fromSparkContext(TestSpark.session().sparkContext());
    List<Resolution.Occurrence> occurrences = new ArrayList<>();
    StoreOrder whole = new StoreOrder(PipelineHolder.resolver());
    Map<String, String> expected = new TreeMap<>();
    for (int d = 0; d < docs.size(); d++) {
      AnalyzedDocument doc = docs.get(d);
      List<Item.Occurrence> found = Analysis.occurrences(doc);
      for (int i = 0; i < found.size(); i++) {
        Item.Occurrence o = found.get(i);
        occurrences.add(new Resolution.Occurrence(doc.document().key(), 0, 0, d, i, o));
        expected.put(doc.document().key() + "|" + o.localId(), whole.add(o.localId(), o.type(), o.name(), o.aliases()));
      }
    }
    Resolution.Result r = Resolution.resolve(sc.parallelize(occurrences, 3), 4);
    Map<String, String> actual = new TreeMap<>();
    for (Resolution.Mapped m : r.mapping().collect()) {
      actual.put(m.hash() + "|" + m.localId(), m.entityId());
    }
    assertThat(actual).isEqualTo(expected);
    Map<String, String> expectedEntities = new HashMap<>();
    for (StoreOrder.Stored s : whole.stored()) {
      expectedEntities.put(s.id(), s.type() + " " + s.name() + " " + new java.util.TreeSet<>(s.aliases()));
    }
    Map<String, String> actualEntities = new HashMap<>();
    for (Resolution.Entity e : r.entities().collect()) {
      actualEntities.put(e.id(), e.type() + " " + e.name() + " " + new java.util.TreeSet<>(e.aliases()));
    }
    assertThat(actualEntities).isEqualTo(expectedEntities);
    return r;
  }

  private static Entity person(String name, String... more) {
    List<String> aliases = new ArrayList<>(List.of(name));
    aliases.addAll(List.of(more));
    return new Entity(org.talentflow.resolve.EntityIds.of(EntityType.PERSON, name), EntityType.PERSON, name, aliases);
  }

  private static AnalyzedDocument doc(String key, Entity... entities) {
    return new AnalyzedDocument(new SourceDocument(key, key, null, null, null, key), List.of(entities), List.of(),
        List.of());
  }
}
