package org.talentflow.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.talentflow.knowledge.Graphs.ACME;
import static org.talentflow.knowledge.Graphs.ANN;
import static org.talentflow.knowledge.Graphs.BOB;
import static org.talentflow.knowledge.Graphs.CY;
import static org.talentflow.knowledge.Graphs.RIVAL;
import static org.talentflow.knowledge.Graphs.START;
import static org.talentflow.knowledge.Graphs.event;
import static org.talentflow.model.EventType.DISMISSED;
import static org.talentflow.model.EventType.FOUNDED;
import static org.talentflow.model.EventType.JOINED;
import static org.talentflow.model.EventType.LEFT;
import static org.talentflow.model.EventType.ON_LEAVE;
import static org.talentflow.model.EventType.REINSTATED;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.talentflow.model.PersonnelEvent;
import org.talentflow.model.Polarity;

class KnowledgeTest {
  private static final LocalDate NOW = LocalDate.of(2024, 12, 31);

  @Test
  void compatibleTimesMergeIntoOneEventWithAllSources() {
    List<MergedEvent> m = Merger.merge(List.of(event("a", LEFT, ANN, ACME, "2024-05"),
        event("b", LEFT, ANN, ACME, "2024-05-15"), event("c", LEFT, ANN, ACME, "2024"), event("d", LEFT, ANN, ACME, null)));
    assertThat(m).singleElement().satisfies(e -> {
      assertThat(e.time()).isEqualTo("2024-05-15");
      assertThat(e.sources()).extracting(Source::doc).containsExactlyInAnyOrder("a", "b", "c", "d");
      assertThat(e.alternatives()).isEmpty();
    });
  }

  @Test
  void conflictingTimesAreKeptAsAlternativesNotAveraged() {
    List<MergedEvent> m = Merger.merge(List.of(event("a", LEFT, ANN, ACME, "2024-09-25"),
        event("b", LEFT, ANN, ACME, "2024-09-26"), event("c", LEFT, ANN, ACME, "2024-09")));
    assertThat(m).singleElement().satisfies(e -> {
      assertThat(e.time()).isEqualTo("2024-09-25");
      assertThat(e.alternatives()).singleElement().satisfies(a -> {
        assertThat(a.time()).isEqualTo("2024-09-26");
        assertThat(a.sources()).extracting(Source::doc).containsExactly("b");
      });
    });
  }

  @Test
  void aDenialIsNotMergedWithAnAssertion() {
    List<MergedEvent> m = Merger.merge(List.of(event("a", REINSTATED, ANN, ACME, null, "2023-11", Polarity.NEGATED),
        event("b", REINSTATED, ANN, ACME, "2023-11-22")));
    assertThat(m).hasSize(2);
  }

  @Test
  void aDismissalAndAReturnMakeTwoSpellsAndTheRosterFollowsThem() {
    Knowledge k = new Knowledge(List.of(event("a", FOUNDED, ANN, ACME, "2015"),
        event("a", DISMISSED, ANN, ACME, "2023-11-17"), event("b", REINSTATED, ANN, ACME, "2023-11"),
        event("c", REINSTATED, ANN, ACME, "2023-11-22"), event("a", FOUNDED, BOB, ACME, null)), NOW);
    assertThat(k.spellsOf(ANN.id())).hasSize(2);
    assertThat(k.roster(ACME.id(), LocalDate.of(2023, 11, 18))).extracting(r -> r.person().name())
        .containsExactly("Bob Ma");
    assertThat(k.roster(ACME.id(), LocalDate.of(2023, 11, 25))).extracting(r -> r.person().name())
        .containsExactly("Ann Lee", "Bob Ma");
    assertThat(k.roster(ACME.id(), LocalDate.of(2014, 1, 1))).extracting(r -> r.person().name())
        .containsExactly("Bob Ma"); // founded at an unstated time: taken as there from the start
  }

  @Test
  void aReturnInTheSameMonthComesAfterTheDismissal() {
    Knowledge k = new Knowledge(List.of(event("a", DISMISSED, ANN, ACME, "2023-11-17"),
        event("b", REINSTATED, ANN, ACME, "2023-11")), NOW);
    assertThat(k.statusNow(ANN.id(), ACME.id())).isEqualTo("active");
  }

  @Test
  void leaveIsAStatus() {
    Knowledge k = new Knowledge(List.of(event("a", FOUNDED, ANN, ACME, null), event("b", ON_LEAVE, ANN, ACME, "2024-08")),
        NOW);
    assertThat(k.statusNow(ANN.id(), ACME.id())).isEqualTo("on leave since 2024-08");
    assertThat(k.roster(ACME.id(), LocalDate.of(2024, 9, 1))).singleElement()
        .satisfies(r -> assertThat(r.status()).startsWith("on leave"));
    assertThat(k.roster(ACME.id(), LocalDate.of(2024, 7, 1))).singleElement()
        .satisfies(r -> assertThat(r.status()).isEqualTo("active"));
  }

  @Test
  void flowsNameDestinationsFromTheDepartureOrALaterJoin() {
    Knowledge k = new Knowledge(List.of(
        event("a", LEFT, ANN, ACME, RIVAL, "2024-05", Polarity.ASSERTED),
        event("a", LEFT, BOB, ACME, "2024-06"), event("b", FOUNDED, BOB, START, "2024-07"),
        event("c", LEFT, CY, ACME, "2024-08"), event("c", JOINED, CY, ACME, RIVAL, "2020", Polarity.ASSERTED)), NOW);
    Knowledge.Flows f = k.flows(ACME.id());
    assertThat(f.destinations()).extracting(d -> d.other().name()).containsExactly("Rival", "StartUp");
    assertThat(f.unknownDestination()).extracting(m -> m.person().name()).containsExactly("Cy Wu");
    assertThat(f.origins()).singleElement().satisfies(o -> assertThat(o.other().name()).isEqualTo("Rival"));
  }

  @Test
  void statsCountDeparturesPerPeriodAndCofoundersAndAlumniVentures() {
    List<PersonnelEvent> events = List.of(event("a", FOUNDED, ANN, ACME, null), event("a", FOUNDED, BOB, ACME, null),
        event("a", LEFT, BOB, ACME, "2024-02"), event("b", DISMISSED, BOB, ACME, "2024-02-10"),
        event("b", FOUNDED, BOB, START, "2024-06"), event("c", LEFT, CY, ACME, "2024-11"));
    Knowledge.Stats s = new Knowledge(events, NOW).stats(ACME.id(), true);
    assertThat(s.departuresByPeriod()).containsOnlyKeys("2024-Q1", "2024-Q4");
    assertThat(s.departuresByPeriod().get("2024-Q1")).hasSize(1); // left and dismissed: one departure
    assertThat(s.cofounders()).extracting(c -> c.person().name() + ": " + c.status())
        .containsExactly("Ann Lee: active", "Bob Ma: dismissed 2024-02-10");
    assertThat(s.foundedByAlumni()).singleElement().satisfies(v -> assertThat(v.venture().name()).isEqualTo("StartUp"));
  }
}
