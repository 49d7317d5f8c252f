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

  /** The publication day of the probes of wire copy (AP style dates) below. */
  private static final LocalDate WIRE_PUB = LocalDate.of(2025, 3, 14);

  private static List<String> events(String text) {
    return events(text, PUB);
  }

  private static List<String> events(String text, LocalDate published) {
    return NO_PACK.analyze(new SourceDocument("t", "t", null, null, published, text)).events().stream()
        .map(Described::withRole).toList();
  }

  @Test
  void joiningAsATitleKeepsTheRole() {
    assertThat(events("Former Quillmark Systems executive Dorian Pell has joined Ashgrove as head of product."))
        .containsExactly("JOINED Dorian Pell @Ashgrove ->Quillmark Systems [head of product]");
  }

  /**
   * A name with no title or verb of its own beside it is a person's when it opens with a given name the pack lists:
   * the list holds names of many languages (Siobhan, Temitope, Linus, Tamsin), not only English ones.
   */
  @Test
  void givenNamesOfManyLanguagesOpenAPersonsName() {
    assertThat(events("Temitope Bakare and Marcus Webb have left Halden Freight."))
        .contains("LEFT Temitope Bakare @Halden Freight", "LEFT Marcus Webb @Halden Freight");
    assertThat(events("Siobhan Farrell's departure from Corbin Mutual was confirmed on Tuesday."))
        .contains("LEFT Siobhan Farrell @Corbin Mutual 2024-03-12");
  }

  /**
   * One who replaces or takes over from another as a title takes the post, and the other leaves it, as with
   * "succeeds"; "will be succeeded as T by X" is the passive; one who replaces a person with another takes no post.
   */
  @Test
  void replacingOrTakingOverFromAnotherAsATitle() {
    assertThat(events("Irene Voss replaced Tobias Lark as chief executive of Quell Mining in January."))
        .containsExactlyInAnyOrder("APPOINTED Irene Voss @Quell Mining [chief executive] 2024-01",
            "LEFT Tobias Lark @Quell Mining [chief executive] 2024-01");
    assertThat(events("Irene Voss will take over from Tobias Lark as chair of Quell Mining in May."))
        .containsExactlyInAnyOrder("APPOINTED Irene Voss @Quell Mining [chair] 2024-05 planned",
            "LEFT Tobias Lark @Quell Mining [chair] 2024-05 planned");
    assertThat(events("Tobias Lark will be succeeded as chair of Quell Mining by Irene Voss."))
        .containsExactlyInAnyOrder("APPOINTED Irene Voss @Quell Mining [chair] planned",
            "LEFT Tobias Lark @Quell Mining [chair] planned");
    assertThat(events("President Dana Ruhl replaces Tobias Lark with Irene Voss.")).noneMatch(e -> e.contains("Ruhl"));
  }

  /** Two people named to two posts by one verb: each takes its own post. */
  @Test
  void twoPeopleNamedToTwoPostsByOneVerb() {
    assertThat(events("Ostrava Lines named Petra Hollis chief executive and Marcus Weir chief financial officer."))
        .containsExactlyInAnyOrder("APPOINTED Petra Hollis @Ostrava Lines [chief executive]",
            "APPOINTED Marcus Weir @Ostrava Lines [chief financial officer]");
    assertThat(events("Ostrava Lines appointed Petra Hollis as chair and Marcus Weir as treasurer."))
        .containsExactlyInAnyOrder("APPOINTED Petra Hollis @Ostrava Lines [chair]",
            "APPOINTED Marcus Weir @Ostrava Lines [treasurer]");
  }

  /** People listed after a colon are the ones appointed, the last of them too. */
  @Test
  void peopleListedAfterAColonAreAppointed() {
    assertThat(events("Marren Capital appointed three new partners: Ruth Adler, Sanjay Mehta and Ed Kowal."))
        .containsExactlyInAnyOrder("APPOINTED Ruth Adler @Marren Capital", "APPOINTED Sanjay Mehta @Marren Capital",
            "APPOINTED Ed Kowal @Marren Capital");
  }

  /**
   * A suspension of a person described after a comma ("X, a trader at Y, was suspended"), by whom it is written
   * after "by", or of a person with a bare description before the name ("suspended trader X").
   */
  @Test
  void aSuspensionOfADescribedPerson() {
    assertThat(events("Michael Dorne, a senior trader at Vell Capital, was suspended on Monday."))
        .containsExactly("SUSPENDED Michael Dorne @Vell Capital 2024-03-11");
    assertThat(events("Michael Dorne, 54, was suspended by Vell Capital."))
        .containsExactly("SUSPENDED Michael Dorne @Vell Capital");
    assertThat(events("Vell Capital suspended trader Michael Dorne on Monday."))
        .containsExactly("SUSPENDED Michael Dorne @Vell Capital 2024-03-11");
  }

  /** Leaving a meeting, a room or the pitch, and being resigned to something, tell no change of post. */
  @Test
  void leavingARoomOrBeingResignedToSomethingIsNoEvent() {
    assertThat(events("Laura Penn left the meeting early, a spokesperson for Vell Capital said.")).isEmpty();
    assertThat(events("Laura Penn said she had resigned herself to a long legal fight.")).isEmpty();
  }

  /** An organization that announces it has appointed or hired someone ("said it has appointed") is the employer. */
  @Test
  void anOrganizationAnnouncingItHasAppointedSomeone() {
    assertThat(events("Kestrow Bio said it has appointed Marcus Yeo as chief financial officer."))
        .containsExactly("APPOINTED Marcus Yeo @Kestrow Bio [chief financial officer]");
    assertThat(events("Kestrow Bio said on Monday that it had hired Marcus Yeo as head of research."))
        .containsExactly("APPOINTED Marcus Yeo @Kestrow Bio [head of research] 2024-03-11");
  }

  /**
   * A capitalized number or rank opening an organization's name that ends in a suffix of organizations is part of the
   * name; a number before a plural noun is a count.
   */
  @Test
  void aNumberOpeningAnOrganizationsName() {
    assertThat(events("Laura Penn left Three Rivers Capital in January."))
        .containsExactly("LEFT Laura Penn @Three Rivers Capital 2024-01");
    assertThat(events("First Meridian Bank hired Laura Penn as its chief risk officer."))
        .containsExactly("APPOINTED Laura Penn @First Meridian Bank [chief risk officer]");
    assertThat(events("Three executives left Harbor Lane Capital in January.")).isEmpty();
  }

  /** A move told in the present progressive, its post and organization between it and the time, is to come. */
  @Test
  void aProgressiveMoveWithItsPostBeforeTheTimeIsToCome() {
    assertThat(events("Laura Penn is stepping down as chief executive of Calder Foods in June."))
        .containsExactly("LEFT Laura Penn @Calder Foods [chief executive] 2024-06 planned");
  }

  /** "laid off" and "terminated the employment of" dismiss the person after them, as "fired" does. */
  @Test
  void layingOffOrTerminatingTheEmploymentOfAPerson() {
    assertThat(events("Pellworth Foods laid off Ansel Drury, its head of logistics, in February."))
        .containsExactly("DISMISSED Ansel Drury @Pellworth Foods [head of logistics] 2024-02");
    assertThat(events("Quenby Freight terminated the employment of its chief operating officer, Mirela Dask."))
        .contains("DISMISSED Mirela Dask @Quenby Freight [chief operating officer]");
  }

  /** A title counted by an article after "as" ("as a managing director", "as an adviser") is the post. */
  @Test
  void aPostWrittenWithAnArticleAfterAs() {
    assertThat(events("Calloway Brothers hired Renata Vasko as a managing director on Tuesday."))
        .containsExactly("APPOINTED Renata Vasko @Calloway Brothers [managing director] 2024-03-12");
    assertThat(events("Vesper Robotics appointed Idris Lamont as an independent director."))
        .containsExactly("APPOINTED Idris Lamont @Vesper Robotics [independent director]");
    assertThat(events("Odalys Brenner was appointed as a senior adviser to Quintrell Partners."))
        .contains("APPOINTED Odalys Brenner @Quintrell Partners [senior adviser]");
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
        "APPOINTED Pelle Oskarsson @Lindqvist Bank [chief executive]");
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
    assertThat(events("Rovers FC have signed striker Marco Bellucci from Dunholm United.")).containsExactlyInAnyOrder(
        "JOINED Marco Bellucci @Rovers FC ->Dunholm United", "LEFT Marco Bellucci @Dunholm United [striker]");
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

  @Test
  void aPlanToldAsReportedSpeechIsDatedAhead() {
    assertThat(events("Orrin Mutual Inc. said Thursday that Paulo Gradin would step down as chief executive in June."))
        .containsExactly("LEFT Paulo Gradin @Orrin Mutual Inc. [chief executive] 2024-06 planned");
  }

  @Test
  void theOneAnAppointmentReplacesLeavesWhenTheAppointmentIsPlanned() {
    // the convention of real news annotation and of the Chinese gold (接替): the one replaced leaves, when the
    // appointment takes effect
    assertThat(events("Kellworth Corp said Rachel Stoner will take over as chief executive on April 1, replacing Don "
        + "Pruett.")).containsExactly("APPOINTED Rachel Stoner @Kellworth Corp [chief executive] 2024-04-01 planned",
            "LEFT Don Pruett @Kellworth Corp 2024-04-01 planned");
  }

  @Test
  void participlesBodiesAndTheNewHolderOfAPost() {
    assertThat(events("Appointed chief executive in 2017, Carina Vossberg oversaw a restructuring at Holmgren Steel."))
        .containsExactly("APPOINTED Carina Vossberg @Holmgren Steel [chief executive] 2017");
    assertThat(events("The Senate confirmed Graciela Liu as secretary of labor.")).containsExactly(
        "APPOINTED Graciela Liu @- [secretary of labor]");
    assertThat(events("Jasper Wynford will be the new head coach of the Coastal Gulls.")).containsExactly(
        "APPOINTED Jasper Wynford @Coastal Gulls [head coach] planned");
  }

  @Test
  void dismissalsWithAPostOrSaidOfIt() {
    assertThat(events("Zara Holmquist was fired as chief operating officer of Vantage Retail.")).containsExactly(
        "DISMISSED Zara Holmquist @Vantage Retail [chief operating officer]");
    assertThat(events("Axtell Health said it has parted ways with chief executive Marko Hellberg.")).containsExactly(
        "DISMISSED Marko Hellberg @Axtell Health [chief executive]");
    assertThat(events("Rookie guard Jalen Moorcroft was waived by the Portland Pines.")).containsExactly(
        "DISMISSED Jalen Moorcroft @Portland Pines [guard]");
  }

  @Test
  void joiningFromAnotherOrAnAdvisoryBoardAndTheResignationOfAMinister() {
    assertThat(events("Callum Reedy is joining Torrent Energy from Petrobay.")).containsExactly(
        "JOINED Callum Reedy @Torrent Energy ->Petrobay");
    assertThat(events("Former Prime Minister Arnold Beckett has joined the advisory board of Granite Capital."))
        .containsExactly("JOINED Arnold Beckett @Granite Capital");
    assertThat(events("The resignation of Finance Secretary Derek Amesbury takes effect on Friday.")).containsExactly(
        "LEFT Derek Amesbury @- [Finance Secretary] 2024-03-15");
  }

  @Test
  void loansHiredByAndTheDismissalOfAPerson() {
    assertThat(events("Brinworth Town have loaned defender Samuel Okafo to Westcombe Athletic.")).containsExactly(
        "JOINED Samuel Okafo @Westcombe Athletic ->Brinworth Town");
    assertThat(events("Jorge Nunezo, who ran Pinewick's Asia business, has been hired by Helixa Partners to lead its "
        + "expansion.")).containsExactly("JOINED Jorge Nunezo @Helixa Partners");
    assertThat(events("Rafael Ortigo was named interim manager of Castlewick City following the dismissal of Ben "
        + "Hollister."))
        .contains("DISMISSED Ben Hollister @Castlewick City");
    assertThat(events("Councillor Tariq Hussein has been suspended.")).containsExactly(
        "SUSPENDED Tariq Hussein @- [Councillor]");
  }

  /** "…, replacing Y" after an appointment: Y leaves, as the one succeeded does ("X succeeds Y"). */
  @Test
  void theOneAParticipleSaysIsReplacedLeaves() {
    assertThat(events("Harbor Mutual named Jo Parkes its chief executive on Monday, replacing Sam Lindell."))
        .anyMatch(e -> e.startsWith("LEFT Sam Lindell @Harbor Mutual"));
    assertThat(events("Dana Ruiz was appointed head coach of the Rovers, succeeding Ed Moss."))
        .anyMatch(e -> e.startsWith("LEFT Ed Moss @Rovers"));
  }

  /** A headline alone in capitalized words, no body: English (it was read as Chinese, no word being in lower case). */
  @Test
  void aHeadlineInCapitalsAloneIsEnglish() {
    assertThat(events("Quillmark Systems CEO Dorian Pell Steps Down"))
        .anyMatch(e -> e.startsWith("LEFT Dorian Pell @Quillmark Systems"));
  }

  /** A name with no suffix that announces news about "the company": the company is that name. */
  @Test
  void aNameThatAnnouncesNewsOfTheCompanyIsTheCompany() {
    assertThat(events("Harrowgate announced that finance chief Omar Haddad will leave the company in June."))
        .anyMatch(e -> e.startsWith("LEFT Omar Haddad @Harrowgate"));
    assertThat(events("Investors announced that the company would cut jobs.")).isEmpty(); // a common noun: none
  }

  /** "X founded Y": the subject of founded is a person, as that of co-founded was. */
  @Test
  void theSubjectOfFoundedIsAPerson() {
    assertThat(events("Mina Patel founded Clearpath Health in 2016."))
        .containsExactly("FOUNDED Mina Patel @Clearpath Health 2016");
  }

  /** A company founded, named in apposition after a noun; a founder's earlier title is no title at what is founded. */
  @Test
  void aFoundingOfACompanyNamedInAppositionTakesNoEarlierTitle() {
    assertThat(events("Former Orvane chief technology officer Li Wen has co-founded a startup, Strata Robotics."))
        .containsExactly("FOUNDED Li Wen @Strata Robotics");
    assertThat(events("Pellucid Energy's co-founder Irina Vask is launching a new company, Helio Grid."))
        .containsExactlyInAnyOrder("FOUNDED Irina Vask @Pellucid Energy [co-founder]", "FOUNDED Irina Vask @Helio Grid");
  }

  /** A plan to join the board of an organization as a title; a passive reinstatement as a title. */
  @Test
  void joiningTheBoardOfAnOrganizationAndAPassiveReinstatement() {
    assertThat(events("Lorna Keyes will join the board of Ashby Telecom as a non-executive director in April."))
        .containsExactly("JOINED Lorna Keyes @Ashby Telecom [non-executive director] 2024-04 planned");
    assertThat(events("Holly Grant was reinstated as senior vice president of Lumen Freight in May."))
        .containsExactly("REINSTATED Holly Grant @Lumen Freight [senior vice president] 2023-05");
  }

  /** Leaving to join a rival: the rival is joined and is where the leaving goes. */
  @Test
  void leavingToJoinARival() {
    assertThat(events("Ruth Calder, who led the European business of Tessaly Group, has left to join rival Morvay "
        + "Group.")).contains("LEFT Ruth Calder @Tessaly Group ->Morvay Group")
        .anyMatch(e -> e.startsWith("JOINED Ruth Calder @Morvay Group"));
  }

  /** The years a leaving ends name their organization; a title "of" an organization before the name names it too. */
  @Test
  void theOrganizationOfTheYearsEndedAndOfTheTitleBeforeTheName() {
    assertThat(events("Paul Dimmer is retiring after 30 years at Veltrix."))
        .anyMatch(e -> e.startsWith("LEFT Paul Dimmer @Veltrix"));
    assertThat(events("The co-founder and CEO of Vantor, Erik Strand, is stepping down."))
        .anyMatch(e -> e.startsWith("LEFT Erik Strand @Vantor [co-founder and CEO]"));
  }

  /** "by the end of the year": the publication's year. */
  @Test
  void theEndOfTheYearIsThePublicationsYear() {
    assertThat(events("Sable Insurance said its chief executive Ian Brody would step down at the end of the year."))
        .containsExactly("LEFT Ian Brody @Sable Insurance [chief executive] 2024 planned");
  }

  /** "named X chief executive": the bare title ends the clause, so X is the person named, not an employer. */
  @Test
  void namedAPersonABareTitle() {
    assertThat(events("Caldera Mining named Felix Orme chief executive, effective immediately."))
        .containsExactly("APPOINTED Felix Orme @Caldera Mining [chief executive]");
  }

  /** A description of the organization joined before its name; an apposition with "its" after a departure. */
  @Test
  void aDescribedOrganizationJoinedAndADepartureWithItsTitle() {
    assertThat(events("Former Brightline Bank chief executive Omar Saleh has joined private equity firm Gatefield "
        + "Capital as a partner.")).containsExactly("JOINED Omar Saleh @Gatefield Capital ->Brightline Bank [partner]");
    assertThat(events("Osprey Airlines confirmed the departure of Tariq Bell, its head of safety."))
        .anyMatch(e -> e.startsWith("LEFT Tariq Bell @Osprey Airlines"));
  }

  /** Sworn in or confirmed as a title: an appointment. */
  @Test
  void swornInOrConfirmedAsATitle() {
    assertThat(events("Mayor Pia Lund was sworn in on Monday as the city's first female mayor."))
        .anyMatch(e -> e.startsWith("APPOINTED Pia Lund"));
    assertThat(events("Alma Torres was confirmed as governor of the central bank on Tuesday."))
        .anyMatch(e -> e.startsWith("APPOINTED Alma Torres"));
  }

  /** A company that announces that someone named after it will leave: the leaving is from that company. */
  @Test
  void theCompanyThatAnnouncesALeavingIsItsOrganization() {
    assertThat(events("Torvik Shipping announced that Nils Aberg will retire as chief financial officer in June."))
        .containsExactly("LEFT Nils Aberg @Torvik Shipping [chief financial officer] 2024-06 planned");
    assertThat(events("President Ana Vos announced that Nils Aberg will retire as finance minister in June."))
        .containsExactly("LEFT Nils Aberg @- [finance minister] 2024-06 planned"); // a person announces: no organization
  }

  /** Sports: a deal signed with a club, and a club that completes a signing from another one. */
  @Test
  void aDealSignedWithAClubAndACompletedSigning() {
    assertThat(events("Striker Paulo Neves has signed a three-year deal with Ostford United."))
        .anyMatch(e -> e.startsWith("JOINED Paulo Neves @Ostford United"));
    assertThat(events("Ostford United have completed the signing of striker Paulo Neves from Lisbon Athletic."))
        .anyMatch(e -> e.startsWith("JOINED Paulo Neves @Ostford United ->Lisbon Athletic"));
    assertThat(events("Paulo Neves has signed a new two-year deal with Ostford United.")).isEmpty(); // a renewal
  }

  /** A dismissal in a passive joined to an earlier one: its own time, after it. */
  @Test
  void aDismissalJoinedToAnEarlierPassive() {
    assertThat(events("Coach Ama Boateng was hired by the Harbor City Hawks in 2019 and fired in 2022."))
        .contains("DISMISSED Ama Boateng @Harbor City Hawks [Coach] 2022");
  }

  /** Taking a post told in the present with a date: a coming date, a plan. */
  @Test
  void takingAPostInThePresentWithADateIsAPlan() {
    assertThat(events("Alan Reyes takes the helm at Brisa Foods on April 1."))
        .containsExactly("APPOINTED Alan Reyes @Brisa Foods 2024-04-01 planned");
  }

  /** A time in a relative clause after its own verb is that verb's, not the main clause's. */
  @Test
  void aTimeInARelativeClauseIsItsVerbs() {
    assertThat(events("Kenji Mori, who co-founded Zephyr Labs in 2014, has left the company."))
        .contains("FOUNDED Kenji Mori @Zephyr Labs 2014", "LEFT Kenji Mori @Zephyr Labs");
  }

  /** Tapped to lead an organization: that organization, not the employer before the name. */
  @Test
  void tappedToLeadAnOrganization() {
    assertThat(events("Former Tolliver Group executive Jun Sato has been tapped to lead Brisa Foods' Asian business."))
        .anyMatch(e -> e.startsWith("APPOINTED Jun Sato @Brisa Foods"));
  }

  /** An organization brings a person back; a person returns as a title. */
  @Test
  void broughtBackOrReturningAsATitle() {
    assertThat(events("Brisa Foods has brought back its former chief executive, Hana Weiss, to run the company."))
        .contains("REINSTATED Hana Weiss @Brisa Foods [chief executive]");
    assertThat(events("Hana Weiss returns as chief executive of Brisa Foods."))
        .contains("REINSTATED Hana Weiss @Brisa Foods [chief executive]");
  }

  /** The appointment of a person as a title, announced by an organization. */
  @Test
  void theAnnouncedAppointmentOfAPersonAsATitle() {
    assertThat(events("Solent Games announced the appointment of Beatrix Lowe as chief financial officer."))
        .containsExactly("APPOINTED Beatrix Lowe @Solent Games [chief financial officer]");
  }

  /** Handing over to a deputy named in apposition: the one who hands over leaves, the deputy is appointed. */
  @Test
  void handingOverToADeputyNamedInApposition() {
    assertThat(events("Maura Quinn will hand over to her deputy, Colm Feeney, in September.")).containsExactlyInAnyOrder(
        "LEFT Maura Quinn @- 2024-09 planned", "APPOINTED Colm Feeney @- 2024-09 planned");
  }

  /** A leaving and a joining joined by "and", each with its own time. */
  @Test
  void aLeavingAndAJoiningEachWithItsTime() {
    assertThat(events("Esther Kahn resigned from Pellworth Capital in January and joined Marlow Ventures as a partner "
        + "in March.")).contains("LEFT Esther Kahn @Pellworth Capital ->Marlow Ventures 2024-01");
  }

  /** A season relative to the publication: "next spring". */
  @Test
  void aSeasonRelativeToThePublication() {
    assertThat(events("Lars Vik, the chief executive of Nordholm Energy, said on Friday he would retire next spring."))
        .containsExactly("LEFT Lars Vik @Nordholm Energy [chief executive] 2025-spring planned");
  }

  /**
   * "effective March 1" in a notice told on March 15, with no "will": this March 1, done; with "will", next year's
   * (a day already past cannot be planned).
   */
  @Test
  void anEffectiveDayOfTheLastWeeksIsThisYears() {
    assertThat(events("Tallis Energy has appointed Gavin Osei as an independent director, effective March 1."))
        .containsExactly("APPOINTED Gavin Osei @Tallis Energy [independent director] 2024-03-01");
    assertThat(events("Tallis Energy will appoint Gavin Osei as chief executive, effective March 1."))
        .containsExactly("APPOINTED Gavin Osei @Tallis Energy [chief executive] 2025-03-01 planned");
  }

  /** "was founded in 2020 by X": the time before "by", and the name after "founded by" is a person. */
  @Test
  void aFoundingWithItsTimeBeforeTheFounder() {
    assertThat(events("Vantor Robotics was founded in 2020 by Lea Dunwoody."))
        .containsExactly("FOUNDED Lea Dunwoody @Vantor Robotics 2020");
  }

  /** A month's name is a whole word: "founded by Maya ..." holds no time "by May". */
  @Test
  void aNameThatBeginsWithAMonthIsNoTime() {
    assertThat(events("Vantor Robotics, founded by Maya Lindgaard, raised new money."))
        .containsExactly("FOUNDED Maya Lindgaard @Vantor Robotics");
  }

  /** A body that "voted to confirm" someone has confirmed them: the vote happened, no plan. */
  @Test
  void aVoteToConfirmIsDone() {
    assertThat(events("The Senate voted unanimously to confirm Orla Benning as secretary of transport."))
        .containsExactly("APPOINTED Orla Benning @- [secretary of transport]");
    assertThat(events("The Senate will vote to confirm Orla Benning as secretary of transport."))
        .containsExactly("APPOINTED Orla Benning @- [secretary of transport] planned");
  }

  /** "chief WORD officer" is a title when the lexicon does not list it, in any case. */
  @Test
  void aChiefOfficerOfAnyFunctionIsATitle() {
    assertThat(events("Nadia Ferro, Chief Sustainability Officer of Tamsin Foods, resigned."))
        .containsExactly("LEFT Nadia Ferro @Tamsin Foods [Chief Sustainability Officer]");
  }

  /** A company that announces "the departure of" someone is the organization they leave. */
  @Test
  void theAnnouncerOfADepartureIsTheOrganization() {
    assertThat(events("Marlowe Bio announced the departure of Nadia Ferro, its chief scientific officer."))
        .containsExactly("LEFT Nadia Ferro @Marlowe Bio");
  }

  /** The person an organization rehired is a person, reinstated there. */
  @Test
  void aRehiredPersonIsReinstated() {
    assertThat(events("Halcot Insurance rehired Gideon Marwood as chief risk officer."))
        .containsExactly("REINSTATED Gideon Marwood @Halcot Insurance [chief risk officer]");
  }

  /**
   * A short description may stand between the verb and the person appointed or dismissed: "former assistant", "the
   * state's", a position of a team sport.
   */
  @Test
  void aDescriptionBetweenTheVerbAndThePerson() {
    assertThat(events("Eastbrook Rovers have appointed former assistant Kevin Dorran as their new manager."))
        .containsExactly("APPOINTED Kevin Dorran @Eastbrook Rovers [manager]");
    assertThat(events("Governor Hal Prewitt fired the state's health commissioner, Dr. Rosa Vannet."))
        .containsExactly("DISMISSED Rosa Vannet @- [health commissioner]");
    assertThat(events("The Harbor Ravens have released veteran linebacker Dale Okoro."))
        .containsExactly("DISMISSED Dale Okoro @Harbor Ravens [veteran linebacker]");
  }

  /** "left her job at X": X is the organization left. */
  @Test
  void leavingOnesJobAtAnOrganization() {
    assertThat(events("Sila Demirel left her job at Novarco in 2023 and joined Brightloop."))
        .contains("LEFT Sila Demirel @Novarco ->Brightloop 2023");
  }

  /**
   * "left X in 2023 to found Y": the founding was the purpose of a leaving that happened, no plan; with "will", both
   * are plans.
   */
  @Test
  void aFoundingThatALeavingWasForIsDone() {
    assertThat(events("Sila Demirel left Novarco in 2023 to found Brightloop."))
        .contains("FOUNDED Sila Demirel @Brightloop 2023");
    assertThat(events("Sila Demirel will leave Novarco to found Brightloop."))
        .contains("FOUNDED Sila Demirel @Brightloop planned");
  }

  /** A post written with "its", "her", "his" after the verb is the post taken, left or returned to. */
  @Test
  void aPostAfterAPossessivePronoun() {
    assertThat(events("Orla Quist will become its chief executive in May.")).containsExactly(
        "APPOINTED Orla Quist @- [chief executive] 2024-05 planned");
    assertThat(events("Tarn Holdings said Orla Quist stepped down as its chairman.")).containsExactly(
        "LEFT Orla Quist @Tarn Holdings [chairman]");
    assertThat(events("Hannah Quist returned to her post as chief pilot at Norvane Air.")).containsExactly(
        "REINSTATED Hannah Quist @Norvane Air [chief pilot]");
  }

  /** "suspended its chief pilot, X": a chief of a trade is a title. */
  @Test
  void aChiefOfATradeIsATitle() {
    assertThat(events("Norvane Air suspended its chief pilot, Edvin Sallow, pending a review.")).containsExactly(
        "SUSPENDED Edvin Sallow @Norvane Air [chief pilot]");
  }

  /** "co-founded the payments company X": a description of the organization before its name, no comma. */
  @Test
  void aFoundedOrganizationDescribedBeforeItsName() {
    assertThat(events("Edvin Sallow, who co-founded the payments company Ledgerwick in 2015, left the firm."))
        .contains("FOUNDED Edvin Sallow @Ledgerwick 2015");
  }

  /** "have parted ways with": an auxiliary before the verb; "with the Redhawks": an article before the team. */
  @Test
  void partingWaysAfterAnAuxiliary() {
    assertThat(events("The Harrow Hawks have parted ways with head coach Wes Tandy.")).containsExactly(
        "DISMISSED Wes Tandy @Harrow Hawks [head coach]");
    assertThat(events("Tony Tandy has parted ways with the Harrow Hawks.")).containsExactly(
        "LEFT Tony Tandy @Harrow Hawks");
  }

  /** "was elevated to chief executive": a promotion. */
  @Test
  void anElevationIsAnAppointment() {
    assertThat(events("Nadia Kaur was elevated to chief executive.")).containsExactly(
        "APPOINTED Nadia Kaur @- [chief executive]");
  }

  /** "take the helm at X": the organization taken over follows the verb, not the one of an apposition before. */
  @Test
  void takingTheHelmAtAnOrganization() {
    assertThat(events("Elaine Moss, a veteran of Pinecrest Capital, is set to take the helm at Oakridge Advisors."))
        .containsExactly("APPOINTED Elaine Moss @Oakridge Advisors planned");
  }

  /** "left to start his own venture, X": a venture is an organization's kind. */
  @Test
  void startingOnesOwnVenture() {
    assertThat(events("Ken Adler has left to start his own venture, Adler Bio.")).contains(
        "FOUNDED Ken Adler @Adler Bio");
  }

  /** "his move from X to Y": the club joined is the one after "to", the one left the one after "from". */
  @Test
  void aMoveFromOneClubToAnother() {
    assertThat(events("Midfielder Tomas Riera has completed his move from Brinton Town to Westfield Athletic."))
        .containsExactly("JOINED Tomas Riera @Westfield Athletic ->Brinton Town");
  }

  /** "Judge X": a judge's title is no part of the name. */
  @Test
  void aJudgesTitleIsNoPartOfTheName() {
    assertThat(events("The president nominated Judge Samuel Ortega to serve as attorney general.")).containsExactly(
        "APPOINTED Samuel Ortega @- [attorney general] planned");
  }

  /** A portfolio or plant manager is a title: the person after it is the one suspended. */
  @Test
  void aPortfolioManagerIsATitle() {
    assertThat(events("Larkspur Capital suspended portfolio manager Ivo Brandt after an inquiry was opened."))
        .containsExactly("SUSPENDED Ivo Brandt @Larkspur Capital [portfolio manager]");
  }

  /**
   * A name that opens with a given name after a word for an organization (investor) is a person's: the one who
   * co-founds.
   */
  @Test
  void aGivenNameAfterAnInvestorIsAPerson() {
    assertThat(events("Tech investor Sam Okoro co-founded the venture firm Tidewater Seed with two friends."))
        .containsExactly("FOUNDED Sam Okoro @Tidewater Seed");
  }

  /** "has launched his own studio, called X": a comma may stand before the name of what is founded. */
  @Test
  void aCommaBeforeTheNameOfWhatIsFounded() {
    assertThat(events("Ivo Lund, a veteran of Marsh Games, has launched his own studio, called Ember Forge."))
        .containsExactly("FOUNDED Ivo Lund @Ember Forge");
  }

  /**
   * "is stepping down in June": an arrangement, the coming June, planned; a time after another verb that follows the
   * progressive is that verb's, a past one.
   */
  @Test
  void aMoveToldInThePresentProgressiveIsToCome() {
    assertThat(events("Calder Foods' finance chief, Nora Vance, is stepping down in June, the company said."))
        .containsExactly("LEFT Nora Vance @Calder Foods [finance chief] 2024-06 planned");
    assertThat(events("Nora Vance is leaving Calder Foods after joining in January."))
        .containsExactly("LEFT Nora Vance @Calder Foods 2024-01");
  }

  /** An organization's name written run together keeps its form (a person's is spaced: SamAltman, Sam Altman). */
  @Test
  void anOrganizationsNameRunTogetherKeepsItsForm() {
    assertThat(events("SamOkoro, the founder of Tidewater, left the firm.")).contains("LEFT Sam Okoro @Tidewater [founder]");
    assertThat(events("Laura Wells has joined fintech startup CoinLeaf as chief operating officer."))
        .containsExactly("JOINED Laura Wells @CoinLeaf [chief operating officer]");
  }

  /** A person whose given name no list holds joins an organization described before its name, as a title. */
  @Test
  void aPersonJoinsAnOrganizationDescribedBeforeItsName() {
    assertThat(events("Wren Ashby has joined the payments startup CoinLeaf as chief operating officer."))
        .containsExactly("JOINED Wren Ashby @CoinLeaf [chief operating officer]");
  }

  /**
   * "left in January" is a leaving dated January, "the executive that left X" one too; "a run of defeats that left X
   * in fifth place" (a standing) and "was left in charge" are no one's leaving.
   */
  @Test
  void leftInAMonthIsALeavingAndAThingThatLeftIsNone() {
    assertThat(events("Harlow Group confirmed that its chief operating officer, Ines Mertz, left in January."))
        .containsExactly("LEFT Ines Mertz @Harlow Group [chief operating officer] 2024-01");
    assertThat(events("Coach Emil Rusk, who arrived in 2021, was fired after a run of defeats that left Brinton "
        + "Town in fifth place.")).noneMatch(e -> e.startsWith("LEFT"));
    assertThat(events("Ann Lee, the executive that left Globex in March, has joined Initech."))
        .contains("LEFT Ann Lee @Globex ->Initech 2024-03");
    assertThat(events("Smith was left in charge after Jones was sacked.")).noneMatch(e -> e.startsWith("LEFT"));
  }

  /** An organization reinstates a person as a title: the person is reinstated. */
  @Test
  void anOrganizationReinstatesAPersonAsATitle() {
    assertThat(events("Alder Health reinstated Dr. Ines Moro as chief of surgery after a review cleared her."))
        .containsExactly("REINSTATED Ines Moro @Alder Health [chief of surgery]");
  }

  /** The organization a person is hired or poached away from, after "from" (a rival's, the team's): the person left it. */
  @Test
  void thePersonHiredAwayFromAnOrganizationLeftIt() {
    assertThat(events("Corvid Motors poached engineering chief Aldo Brenn from rival Vexa Auto.")).containsExactlyInAnyOrder(
        "JOINED Aldo Brenn @Corvid Motors ->Vexa Auto", "LEFT Aldo Brenn @Vexa Auto [engineering chief]");
    assertThat(events("The Hawks signed Rafe Dunning from the Falcons.")).containsExactlyInAnyOrder(
        "JOINED Rafe Dunning @Hawks ->Falcons", "LEFT Rafe Dunning @Falcons");
  }

  /** Words that say when a role is held (new, first, next) are no part of the event's role. */
  @Test
  void wordsOfWhenARoleIsHeldAreNoPartOfIt() {
    assertThat(events("Kestrel Bank named Ola Brandt as its new chief executive.")).containsExactly(
        "APPOINTED Ola Brandt @Kestrel Bank [chief executive]");
    assertThat(events("Maren Voss has joined Tallis as its first chief operating officer.")).containsExactly(
        "JOINED Maren Voss @Tallis [chief operating officer]");
  }

  /** Where an organization is based ("Marlow-based") is no part of its name, nor the description after it. */
  @Test
  void thePlaceAnOrganizationIsBasedInIsNoPartOfItsName() {
    assertThat(events("Ada Brisk will join Marlow-based Estoria Labs as head of research next month.")).containsExactly(
        "JOINED Ada Brisk @Estoria Labs [head of research] 2024-04 planned");
    assertThat(events("Kestrel Bank named Ola Brandt chief executive of Dunmore-headquartered lender Tallow Credit."))
        .containsExactly("APPOINTED Ola Brandt @Tallow Credit [chief executive]");
  }

  /** A country named with a word of nationality first ("Saudi Arabia's") owns what follows: the name after it. */
  @Test
  void aCountryThatOpensWithAWordOfNationalityOwnsTheClubAfterIt() {
    assertThat(events("Veteran defender Piet Varga joined Saudi Arabia's Jeddah-based side Al-Marsa FC last week."))
        .containsExactly("JOINED Piet Varga @Al-Marsa FC 2024-03");
  }

  /**
   * The one after a verb of reinstating is the one who returns, not its subject, even when the subject's name looks
   * like a person's (two capitalized words and no suffix, without the pack).
   */
  @Test
  void theOneReinstatedIsThePersonAfterTheVerb() {
    assertThat(events("Massive Dynamic reinstated Nina Sharp as chief executive."))
        .anyMatch(e -> e.startsWith("REINSTATED Nina Sharp "))
        .noneMatch(e -> e.startsWith("REINSTATED Massive Dynamic"));
    assertThat(events("Massive Dynamic Inc. reinstated Nina Sharp as chief executive.")).containsExactly(
        "REINSTATED Nina Sharp @Massive Dynamic Inc. [chief executive]");
  }

  /** A body that votes or decides to dismiss a person dismisses the person. */
  @Test
  void aBoardThatVotesToRemoveAPersonDismissesThePerson() {
    assertThat(events("The board of Aperture Science voted to remove Cave Johnson as chairman.")).containsExactly(
        "DISMISSED Cave Johnson @Aperture Science [chairman]");
  }

  /** A time after an apposition that describes the organization dates the event of the clause before it. */
  @Test
  void aTimeAfterAnAppositionDatesTheEventBeforeIt() {
    assertThat(events("Former Acme Labs researcher Wen Li co-founded Lumen AI, a startup that builds coding assistants, "
        + "in 2022.")).containsExactly("FOUNDED Wen Li @Lumen AI 2022");
  }

  /** A founder described by an apposition, and a company introduced by "called": the founding of that company. */
  @Test
  void aFounderDescribedByAnAppositionStartsACompanyCalledByItsName() {
    assertThat(events("Mia Toll, Hooli's former head of artificial intelligence, has started a new company called "
        + "Brightline Labs.")).contains("FOUNDED Mia Toll @Brightline Labs");
  }

  /** Leaving one's post as a title of an organization: the leaving is at that organization, with that role. */
  @Test
  void leavingAPostNamedAfterAsIsLeavingItsOrganization() {
    assertThat(events("Rhea Quill is leaving her post as chief technology officer of Tessary to join rival Globex."))
        .anyMatch(e -> e.startsWith("LEFT Rhea Quill @Tessary ->Globex [chief technology officer]"));
  }

  /** A dismissal told in a relative clause of the one appointed ("who was sacked by X in March") is an event too. */
  @Test
  void aDismissalInARelativeClauseBeforeAnAppointment() {
    assertThat(events("Gus Lindqvist, who was sacked by Dunmore City in March, has been appointed manager of "
        + "Harrowgate FC.")).contains("DISMISSED Gus Lindqvist @Dunmore City 2024-03",
            "APPOINTED Gus Lindqvist @Harrowgate FC [manager]");
  }

  /** One hired described before the name ("a former Globex executive, Jane Kim,") is the one hired. */
  @Test
  void theOneHiredDescribedBeforeTheName() {
    assertThat(events("Hooli hired a former Globex executive, Jane Kim, as its head of sales.")).contains(
        "APPOINTED Jane Kim @Hooli [head of sales]");
  }

  /** A field after "head of" may open with a noun of an organization's kind before another (business development). */
  @Test
  void aFieldOfATitleMayOpenWithANounOfAnOrganizationsKind() {
    assertThat(events("Ada Brisk was named head of business development at Initech.")).containsExactly(
        "APPOINTED Ada Brisk @Initech [head of business development]");
  }

  /**
   * A month written short with a period, as wire copy does ("Jan. 25", "Aug. 12, 2024"), ends no sentence before its
   * day or year: the event is dated by it, not by the publication day.
   */
  @Test
  void aMonthWrittenShortWithAPeriodDatesTheEvent() {
    assertThat(events("Dara Quent was sworn in as Secretary of Coastal Affairs on Jan. 25.", WIRE_PUB)).containsExactly(
        "APPOINTED Dara Quent @Coastal Affairs [Secretary] 2025-01-25");
    assertThat(events("Walter Gibbs left Ironbridge Partners on Feb. 28.", WIRE_PUB)).containsExactly(
        "LEFT Walter Gibbs @Ironbridge Partners 2025-02-28");
    assertThat(events("Isabel Cruz will become managing partner of Crane & Whitlock on Jan. 1, 2026.", WIRE_PUB))
        .containsExactly("APPOINTED Isabel Cruz @Crane & Whitlock [managing partner] 2026-01-01 planned");
    assertThat(events("Walter Gibbs left Ironbridge Partners on Aug. 12, 2024.", WIRE_PUB)).containsExactly(
        "LEFT Walter Gibbs @Ironbridge Partners 2024-08-12");
    for (String[] day : new String[][] {{"Mar. 3", "2025-03-03"}, {"Apr. 3", "2024-04-03"}, {"Jun. 3", "2024-06-03"},
        {"Jul. 3", "2024-07-03"}, {"Sep. 3", "2024-09-03"}, {"Sept. 3", "2024-09-03"}, {"Nov. 3", "2024-11-03"}}) {
      assertThat(events("Walter Gibbs left Ironbridge Partners on " + day[0] + ".", WIRE_PUB)).containsExactly(
          "LEFT Walter Gibbs @Ironbridge Partners " + day[1]);
    }
    // before a capitalized word the period may end the sentence, and the month is still read
    assertThat(events("Walter Gibbs left Ironbridge Partners in Sept. The board met on Monday.", WIRE_PUB))
        .containsExactly("LEFT Walter Gibbs @Ironbridge Partners 2024-09");
  }

  /**
   * A time that opens the sentence ("Effective April 1,", "On April 1,", "In June,") is the verb's after it: with
   * "will" it is a coming one, this year's, as when it follows the verb.
   */
  @Test
  void aTimeThatOpensTheSentenceIsTheVerbsAfterIt() {
    assertThat(events("Effective April 1, Dana Holt will become chief executive of Brightwater Labs.", WIRE_PUB))
        .containsExactly("APPOINTED Dana Holt @Brightwater Labs [chief executive] 2025-04-01 planned");
    assertThat(events("On April 1, Dana Holt will become chief executive of Brightwater Labs.", WIRE_PUB))
        .containsExactly("APPOINTED Dana Holt @Brightwater Labs [chief executive] 2025-04-01 planned");
    assertThat(events("In June, Dana Holt will join Brightwater Labs as chief executive.", WIRE_PUB))
        .containsExactly("JOINED Dana Holt @Brightwater Labs [chief executive] 2025-06 planned");
    assertThat(events("In 2019, Dana Holt joined Brightwater Labs.", WIRE_PUB)).containsExactly(
        "JOINED Dana Holt @Brightwater Labs 2019");
    // told in the past, or with another verb between whose time it may be, the day is the last one
    assertThat(events("On April 1, Dana Holt became chief executive of Brightwater Labs.", WIRE_PUB))
        .containsExactly("APPOINTED Dana Holt @Brightwater Labs [chief executive] 2024-04-01");
  }

  /** A part of the world after a title and "of" (head of Asia) is the field it heads; the organization follows "at". */
  @Test
  void aPartOfTheWorldAfterATitleIsItsFieldNotTheOrganization() {
    assertThat(events("Effective March 31, Li Wei will step down as head of Asia at Marlin Securities.", WIRE_PUB))
        .containsExactly("LEFT Li Wei @Marlin Securities [head of Asia] 2025-03-31 planned");
  }
}
