package org.talentflow.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.talentflow.Pipeline;
import org.talentflow.model.SourceDocument;
import org.talentflow.pack.KnowledgePack;

/**
 * Constructions of English business, sports and government news found by probing invented sentences (branch
 * issue-english2): roles after "as", "to", "its new"; a leave one is placed on; the departure of a person; leaving for
 * a post elsewhere; headlines. Every name and sentence here is invented.
 */
class EnglishProbesTest {
  private static final Pipeline NO_PACK = Pipeline.withHanlp(KnowledgePack.builtin().withoutEntities());
  private static final LocalDate PUB = LocalDate.of(2024, 3, 15);

  private static List<String> events(String text) {
    return NO_PACK.analyze(new SourceDocument("t", "t", null, null, PUB, text)).events().stream()
        .map(Described::withRole).toList();
  }

  @Test
  void joiningAsATitleKeepsTheRole() {
    assertThat(events("Former Quillmark Systems executive Dorian Pell has joined Ashgrove as head of product."))
        .containsExactly("JOINED Dorian Pell @Ashgrove ->Quillmark Systems [head of product]");
  }

  @Test
  void aPersonPlacedOnLeaveIsOnLeaveAndAFieldBeforeChiefIsPartOfTheTitle() {
    assertThat(events("Brackwater Energy placed its finance chief, Lowen Tarrant, on administrative leave pending a "
        + "review.")).containsExactly("ON_LEAVE Lowen Tarrant @Brackwater Energy [finance chief]");
    assertThat(events("Transport Minister Orrin Vale resigned on Friday."))
        .containsExactly("LEFT Orrin Vale @- [Transport Minister] 2024-03-15");
  }

  @Test
  void leavingToBecomeAnOfficerElsewhere() {
    assertThat(events("Corwin Blake is leaving Tallow Media after eight years to become president of Ferncliff "
        + "Studios.")).contains("LEFT Corwin Blake @Tallow Media ->Ferncliff Studios",
            "APPOINTED Corwin Blake @Ferncliff Studios [president] planned");
  }

  @Test
  void theRoleAfterAnAppositionOrItsNew() {
    assertThat(events("Kelvar Forge has hired Mirela Santi, previously a vice president at Ostrand Freight, as its "
        + "chief operating officer.")).containsExactly(
            "APPOINTED Mirela Santi @Kelvar Forge [chief operating officer]");
    assertThat(events("Lindqvist Bank named Pelle Oskarsson its new chief executive.")).containsExactly(
        "APPOINTED Pelle Oskarsson @Lindqvist Bank [new chief executive]");
    assertThat(events("Brimley Capital promoted Julia Hartwell to president.")).containsExactly(
        "APPOINTED Julia Hartwell @Brimley Capital [president]");
  }

  @Test
  void hiredAsIsAnAppointment() {
    assertThat(events("Tanya Brightwell was hired as chief people officer of Corbel Retail."))
        .containsExactly("APPOINTED Tanya Brightwell @Corbel Retail [chief people officer]");
  }

  @Test
  void signedFromAnotherClub() {
    assertThat(events("Rovers FC have signed striker Marco Bellucci from Dunholm United."))
        .containsExactly("JOINED Marco Bellucci @Rovers FC ->Dunholm United");
  }

  @Test
  void returningToAnOrganizationAsATitle() {
    assertThat(events("Nolan Reyburn returned to Ferrow Labs as chief scientist."))
        .containsExactly("REINSTATED Nolan Reyburn @Ferrow Labs [chief scientist]");
  }

  @Test
  void anOrganizationThatSaysSomethingOfItsOfficer() {
    assertThat(events("Harbor Line Shipping said its chief financial officer, Tomas Abernath, will retire.")).containsExactly(
        "LEFT Tomas Abernath @Harbor Line Shipping [chief financial officer] planned");
  }

  @Test
  void leavingARoleAsAndAHeadlinePost() {
    assertThat(events("Patrick Nguyen will leave his role as chief executive of Sundale Bank.")).containsExactly(
        "LEFT Patrick Nguyen @Sundale Bank [chief executive] planned");
    assertThat(events("Kenrick Alvar steps down as Quarrow Co CEO")).containsExactly(
        "LEFT Kenrick Alvar @Quarrow Co [CEO]");
    assertThat(events("Veridane Power names Alison Monro chief financial officer")).containsExactly(
        "APPOINTED Alison Monro @Veridane Power [chief financial officer]");
  }

  @Test
  void theDepartureOfAPersonAndAFoundingByPeople() {
    assertThat(events("Ashby Motors announced the departure of its chief marketing officer, Dina Colefax."))
        .containsExactly("LEFT Dina Colefax @Ashby Motors [chief marketing officer]");
    assertThat(events("Nimbleway was founded by Arun Pathi and Mei Lindqvist in 2021.")).containsExactlyInAnyOrder(
        "FOUNDED Arun Pathi @Nimbleway 2021", "FOUNDED Mei Lindqvist @Nimbleway 2021");
  }

  @Test
  void anAppositionAfterAnOrganizationsTitleAndAMedicalLeave() {
    assertThat(events("Fennick Pharma's chief medical officer, Dr Rutha Aldane, has resigned.")).containsExactly(
        "LEFT Rutha Aldane @Fennick Pharma [chief medical officer]");
    assertThat(events("Wendle Foods said its chief executive, Bryn Ortell, had taken a medical leave of absence."))
        .containsExactly("ON_LEAVE Bryn Ortell @Wendle Foods [chief executive]");
  }

  @Test
  void tenderingOrAnnouncingOnesResignation() {
    assertThat(events("Harriet Colby, chief executive of the Northern Crafts Council, announced her resignation."))
        .containsExactly("LEFT Harriet Colby @Northern Crafts Council [chief executive]");
    assertThat(events("Deputy Minister Tobi Okorafor had tendered his resignation.")).containsExactly(
        "LEFT Tobi Okorafor @- [Deputy Minister]");
  }

  @Test
  void leavingForARivalAndHiringAnExChief() {
    assertThat(events("Trent Akerby leaves Silvertide for rival Blauwave")).containsExactly(
        "LEFT Trent Akerby @Silvertide ->Blauwave");
    assertThat(events("Calloway Group hires ex-Pinebrook chief Nina Lowry")).containsExactly(
        "JOINED Nina Lowry @Calloway Group");
  }

  @Test
  void formerlyInAnAppositionAndJoiningItsBoard() {
    assertThat(events("Devon Pryce, formerly head of sales at Quantum Gridworks, has been appointed chief revenue officer "
        + "at Lattice Power.")).containsExactly("APPOINTED Devon Pryce @Lattice Power [chief revenue officer]");
    assertThat(events("Marbury Inc. said Simon Reidel will join its board as an independent director."))
        .containsExactly("JOINED Simon Reidel @Marbury Inc. [independent director] planned");
  }
}
