package org.talentflow.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.talentflow.knowledge.Graphs.ACME;
import static org.talentflow.knowledge.Graphs.ANN;
import static org.talentflow.knowledge.Graphs.BOB;
import static org.talentflow.knowledge.Graphs.CY;
import static org.talentflow.knowledge.Graphs.DAN;
import static org.talentflow.knowledge.Graphs.EVE;
import static org.talentflow.knowledge.Graphs.RIVAL;
import static org.talentflow.knowledge.Graphs.START;
import static org.talentflow.knowledge.Graphs.event;
import static org.talentflow.knowledge.Graphs.org;
import static org.talentflow.knowledge.Graphs.role;
import static org.talentflow.model.EventType.APPOINTED;
import static org.talentflow.model.EventType.DISMISSED;
import static org.talentflow.model.EventType.FOUNDED;
import static org.talentflow.model.EventType.JOINED;
import static org.talentflow.model.EventType.LEFT;
import static org.talentflow.model.EventType.ON_LEAVE;
import static org.talentflow.model.EventType.REINSTATED;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.talentflow.model.Entity;
import org.talentflow.model.Evidence;
import org.talentflow.model.PersonnelEvent;
import org.talentflow.model.Polarity;

/** The departures table and the timeline rules behind its statuses, on small graphs. */
class DeparturesTest {
  private static final LocalDate NOW = LocalDate.of(2024, 12, 31);
  private static final Map<String, DocumentInfo> DOCS = Map.of("a",
      new DocumentInfo("a", "Acme's week", "https://news.example.org/acme", "2023-11-23", "news.example.org"));

  /** A boss removed and back within days, who had meanwhile joined a rival; a stand-in appointed in between. */
  private static List<PersonnelEvent> ouster() {
    return new ArrayList<>(List.of(event("a", FOUNDED, ANN, ACME, "2015"),
        role("a", DISMISSED, ANN, ACME, "CEO", "2023-11-17"),
        event("b", JOINED, ANN, RIVAL, ACME, "2023-11-20", Polarity.ASSERTED),
        role("c", REINSTATED, ANN, ACME, "首席执行官", "2023-11-22"),
        event("d", APPOINTED, BOB, ACME, "2023-11")));
  }

  private static Departures.Table table(Knowledge k, String from, String to) {
    return Departures.of(k, ACME, from == null ? null : LocalDate.parse(from), to == null ? null : LocalDate.parse(to),
        DOCS::get);
  }

  @Test
  void aDismissalUndoneWithinDaysIsShownReversedWithItsDestinationReversedToo() {
    Knowledge k = new Knowledge(ouster(), NOW);
    Departures.Row row = table(k, "2023-01-01", "2023-12-31").rows().stream()
        .filter(r -> r.person().equals(ANN)).findFirst().orElseThrow();
    assertThat(row.how()).isEqualTo("dismissed");
    assertThat(row.status()).isEqualTo("reversed");
    assertThat(row.backOn()).isEqualTo("2023-11-22");
    assertThat(row.destinationText()).isEqualTo("Rival (reversed)");
    assertThat(row.sources()).extracting(Departures.SourceRef::supports).contains("departure", "return", "destination");
    assertThat(k.statusNow(ANN.id(), RIVAL.id())).startsWith("move reversed 2023-11-22: back at Acme");
    assertThat(k.statusNow(ANN.id(), ACME.id())).isEqualTo("active");
    assertThat(k.flows(ACME.id()).destinations()).isEmpty(); // an undone move is no flow
    assertThat(k.flows(ACME.id()).reversed()).extracting(f -> f.other().name()).containsExactly("Rival");
    assertThat(k.stats(ACME.id(), false).departuresByPeriod().get("2023")).extracting(m -> m.person().name() + " " + m.how())
        .containsExactly("Bob Ma replaced"); // the stand-in left; the boss did not
  }

  @Test
  void aMoveMadeBetweenLeavingAndReturningWithinDaysIsReversedEvenWhenNoSourceLinksThem() {
    Knowledge k = new Knowledge(List.of(event("a", DISMISSED, ANN, ACME, "2023-11-17"),
        event("b", JOINED, ANN, RIVAL, "2023-11-20"), event("c", REINSTATED, ANN, ACME, "2023-11-22"),
        event("d", JOINED, CY, RIVAL, "2023-11-20"), event("d", LEFT, CY, START, "2023-01")), NOW);
    assertThat(k.statusNow(ANN.id(), RIVAL.id())).startsWith("move reversed 2023-11-22");
    assertThat(k.statusNow(CY.id(), RIVAL.id())).isEqualTo("active"); // left ten months before: a real move
  }

  @Test
  void aStandInAppointedWhileTheHolderWasAwayLeavesWhenTheHolderReturns() {
    Knowledge k = new Knowledge(ouster(), NOW);
    assertThat(k.roster(ACME.id(), LocalDate.of(2023, 11, 21))).extracting(r -> r.person().name()).contains("Bob Ma");
    assertThat(k.roster(ACME.id(), LocalDate.of(2024, 10, 1))).extracting(r -> r.person().name())
        .containsExactly("Ann Lee");
    assertThat(k.statusNow(BOB.id(), ACME.id())).isEqualTo("replaced 2023-11-22 (Ann Lee)");
    Departures.Row bob = table(k, null, null).rows().stream().filter(r -> r.person().equals(BOB)).findFirst().orElseThrow();
    assertThat(bob.how()).isEqualTo("replaced");
    assertThat(bob.sources()).extracting(Departures.SourceRef::supports).containsExactly("post", "next holder");
  }

  @Test
  void aStandInWhoIsSaidToBeThereLaterStays() {
    List<PersonnelEvent> events = ouster();
    events.add(event("e", LEFT, BOB, ACME, "2024-06"));
    Knowledge k = new Knowledge(events, NOW);
    assertThat(k.statusNow(BOB.id(), ACME.id())).isEqualTo("left 2024-06");
  }

  @Test
  void anInterimRoleEndsWhenTheNextHolderStarts() {
    Knowledge k = new Knowledge(List.of(role("a", APPOINTED, CY, ACME, "临时CEO", "2023-03"),
        role("b", APPOINTED, DAN, ACME, "首席执行官", "2023-06-01"),
        role("c", APPOINTED, EVE, ACME, "interim CEO", "2023-01"), role("c", APPOINTED, EVE, ACME, "CTO", "2023-01"),
        event("d", LEFT, EVE, ACME, "2024-09")), NOW);
    assertThat(k.statusNow(CY.id(), ACME.id())).isEqualTo("replaced 2023-06-01 (Dan Ho)");
    Spell eve = k.spellsOf(EVE.id()).get(0);
    assertThat(eve.ending()).isEqualTo(Spell.Ending.LEFT); // still there as CTO until she left
    assertThat(eve.rolesEnded()).containsEntry("interim CEO", "2023-03"); // Cy was the next holder
    assertThat(k.roster(ACME.id(), LocalDate.of(2023, 8, 1))).filteredOn(r -> r.person().equals(EVE))
        .singleElement().satisfies(r -> assertThat(r.roles()).containsExactly("CTO"));
  }

  @Test
  void anInterimRoleReadIntoAnotherPersonsDismissalIsDropped() {
    Knowledge k = new Knowledge(List.of(role("a", APPOINTED, CY, ACME, "临时首席执行官", "2023-11"),
        role("a", DISMISSED, ANN, ACME, "临时首席执行官", "2023-11"), role("b", DISMISSED, ANN, ACME, "CEO", "2023-11-17")),
        NOW);
    assertThat(k.merged()).filteredOn(e -> e.type() == DISMISSED).singleElement()
        .satisfies(e -> assertThat(e.roles()).containsExactly("CEO"));
  }

  @Test
  void aFoundingIsOnlyAFoundingWhenASourceNamesTheFounder() {
    Entity acme = ACME;
    PersonnelEvent unnamed = new PersonnelEvent(FOUNDED, EVE, acme, null, null, null, Polarity.ASSERTED,
        new Evidence("a", 0, 12, "eight people"), 0.8);
    Knowledge k = new Knowledge(List.of(unnamed), NOW);
    assertThat(k.spellsOf(EVE.id())).isEmpty();
    assertThat(k.unplaced()).singleElement().satisfies(u -> assertThat(u.reason()).contains("names the founder"));
    assertThat(k.stats(acme.id(), false).cofounders()).isEmpty();
  }

  @Test
  void aFounderWhoJoinedYearsLaterIsHeldBackAsUnplacedNotTurnedIntoASpell() {
    Knowledge k = new Knowledge(List.of(event("a", FOUNDED, ANN, ACME, "2015"), event("b", FOUNDED, EVE, ACME, null),
        event("c", JOINED, EVE, ACME, "2018"), event("d", LEFT, EVE, ACME, "2024-09")), NOW);
    assertThat(k.unplaced()).extracting(u -> u.event().type()).containsExactlyInAnyOrder(FOUNDED, JOINED);
    assertThat(k.spellsOf(EVE.id())).singleElement().satisfies(s -> {
      assertThat(s.startType()).isNull();
      assertThat(s.ending()).isEqualTo(Spell.Ending.LEFT);
    });
    // better supported: the founding stays, the joining is held back
    Knowledge k2 = new Knowledge(List.of(event("a", FOUNDED, ANN, ACME, "2015"), event("b", FOUNDED, EVE, ACME, null),
        event("c", FOUNDED, EVE, ACME, null), event("c", JOINED, EVE, ACME, "2024")), NOW);
    assertThat(k2.unplaced()).extracting(u -> u.event().type()).containsExactly(JOINED);
    assertThat(k2.spellsOf(EVE.id())).singleElement().satisfies(s -> assertThat(s.startType()).isEqualTo(FOUNDED));
  }

  @Test
  void aReturnWithNoDateAfterADatedDepartureIsUnplaced() {
    Knowledge k = new Knowledge(List.of(event("a", JOINED, EVE, ACME, "2018"), event("b", LEFT, EVE, ACME, "2024-09-25"),
        event("c", REINSTATED, EVE, ACME, null)), NOW);
    assertThat(k.spellsOf(EVE.id())).singleElement().satisfies(s -> assertThat(s.open()).isFalse());
    assertThat(k.statusNow(EVE.id(), ACME.id())).isEqualTo("left 2024-09-25");
    assertThat(k.unplaced()).singleElement().satisfies(u -> assertThat(u.event().type()).isEqualTo(REINSTATED));
  }

  @Test
  void aLeaveWithNoDateNeverOpensAnEmptySpellAfterADeparture() {
    Knowledge k = new Knowledge(List.of(event("a", FOUNDED, EVE, ACME, null), event("a", LEFT, EVE, ACME, "2024-02"),
        event("a", ON_LEAVE, EVE, ACME, null)), NOW);
    assertThat(k.spellsOf(EVE.id())).singleElement().satisfies(s -> assertThat(s.events()).hasSize(3));
  }

  @Test
  void nearDuplicateOrganizationsAreOne() {
    Entity lab = org("O-tml", "Thinking Machines Lab");
    Entity tm = org("O-tm", "Thinking Machines");
    Knowledge k = new Knowledge(List.of(event("a", LEFT, EVE, ACME, lab, "2024-09", Polarity.ASSERTED),
        event("b", FOUNDED, EVE, tm, "2025-02"), event("c", JOINED, BOB, lab, "2025-03")), NOW);
    assertThat(k.merged()).extracting(e -> e.org().id()).doesNotContain("O-tm");
    assertThat(k.flows(ACME.id()).destinations()).singleElement().satisfies(f -> {
      assertThat(f.other().name()).isEqualTo("Thinking Machines Lab");
      assertThat(f.other().aliases()).contains("Thinking Machines");
    });
    assertThat(Organizations.core("Acme Inc.")).isEqualTo(Organizations.core("ACME"));
    assertThat(Organizations.core("OpenAI")).isNotEqualTo(Organizations.core("Open"));
  }

  @Test
  void aPostBegunYearsAfterADepartureIsNotWhereThePersonWent() {
    Knowledge k = new Knowledge(List.of(event("a", LEFT, EVE, ACME, "2018"), event("b", FOUNDED, EVE, START, "2023-07"),
        event("c", LEFT, DAN, ACME, "2024-05"), event("c", JOINED, DAN, RIVAL, "2024")), NOW);
    Departures.Table t = table(k, null, null);
    assertThat(t.rows()).extracting(r -> r.person().name() + " -> " + r.destinationText())
        .containsExactly("Eve Fox -> not stated", "Dan Ho -> Rival (joined soon after)");
  }

  @Test
  void thePeriodKeepsWhatItHoldsAndListsWhatItCannotPlace() {
    Knowledge k = new Knowledge(List.of(event("a", LEFT, ANN, ACME, "2024-09-25"), event("a", LEFT, BOB, ACME, "2024"),
        event("z", LEFT, CY, ACME, null), event("a", LEFT, DAN, ACME, "2023-12"), event("a", LEFT, EVE, ACME, null)), NOW);
    Departures.Table year = table(k, "2024-01-01", "2024-12-31");
    assertThat(year.rows()).extracting(r -> r.person().name() + " " + r.date() + " " + r.precision())
        .containsExactly("Bob Ma 2024 year", "Ann Lee 2024-09-25 day");
    Departures.Table half = table(k, "2024-07-01", "2024-12-31");
    assertThat(half.rows()).extracting(r -> r.person().name()).containsExactly("Ann Lee");
    // Cy's departure has no date and no known publication date; Eve's was reported before the period began
    assertThat(half.unplaced()).extracting(u -> u.person().name()).containsExactly("Bob Ma", "Cy Wu");
    assertThat(half.rows().get(0).sources()).singleElement().satisfies(s -> {
      assertThat(s.outlet()).isEqualTo("news.example.org");
      assertThat(s.url()).isEqualTo("https://news.example.org/acme");
      assertThat(s.title()).isEqualTo("Acme's week");
    });
  }
}
