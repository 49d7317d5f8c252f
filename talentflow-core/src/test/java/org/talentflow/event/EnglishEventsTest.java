package org.talentflow.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.talentflow.Pipeline;
import org.talentflow.model.PersonnelEvent;
import org.talentflow.model.Polarity;
import org.talentflow.model.SourceDocument;
import org.talentflow.pack.KnowledgePack;

/**
 * English sentences, written for these tests, in several domains (companies, sports, politics, public bodies). Most
 * run without the pack's entity list: names come from titles, given names and the triggers around them.
 */
class EnglishEventsTest {
  private static final Pipeline PIPELINE = Pipeline.withHanlp(KnowledgePack.builtin());
  private static final Pipeline NO_PACK = Pipeline.withHanlp(KnowledgePack.builtin().withoutEntities());
  /** A Friday. */
  private static final LocalDate PUB = LocalDate.of(2024, 3, 15);

  private static List<String> events(Pipeline p, String text) {
    SourceDocument doc = new SourceDocument("t", "test", null, null, PUB, text);
    return p.analyze(doc).events().stream().map(Described::withRole).toList();
  }


  @Test
  void subjectTriggerWithOrganizationAfterAndAbsoluteDate() {
    assertThat(events(NO_PACK, "Jane Porter resigned from Globex Inc. on February 3, 2024, the company said."))
        .containsExactly("LEFT Jane Porter @Globex Inc. 2024-02-03");
  }

  @Test
  void roleAfterAsAndRelativeWeekday() {
    assertThat(events(NO_PACK, "Mark Hale stepped down as chief executive of Initech Inc. on Tuesday."))
        .containsExactly("LEFT Mark Hale @Initech Inc. [chief executive] 2024-03-12");
  }

  @Test
  void aDayWithoutYearAfterAPlanInTheSentenceBeforeIsPast() {
    // a sentence that ends in a number ("April 1.") ends there: the next one's "March 11" is no plan's
    assertThat(events(NO_PACK, "Ann Lee will replace Mark Hale as chief executive of Initech Inc. on April 1. The "
        + "board met on March 11 and dismissed Mark Hale.")).contains("DISMISSED Mark Hale @Initech Inc. 2024-03-11");
  }

  @Test
  void partingWaysSigningAndLeaveOfOtherKinds() {
    assertThat(events(NO_PACK, "Tom Brown parted ways with Globex Inc after ten years."))
        .containsExactly("LEFT Tom Brown @Globex Inc");
    assertThat(events(NO_PACK, "Peter Lee has been placed on administrative leave."))
        .containsExactly("ON_LEAVE Peter Lee @-");
    assertThat(events(NO_PACK, "Tom Brown signed a new contract.")).isEmpty();
  }

  @Test
  void becomingIsAnAppointmentOnlyWithATitle() {
    assertThat(events(NO_PACK, "Jane Porter became chief executive of Globex Inc. in 2015."))
        .containsExactly("APPOINTED Jane Porter @Globex Inc. [chief executive] 2015");
    assertThat(events(NO_PACK, "Jane Porter became popular in 2015.")).isEmpty();
    // a verb coordinated with a planned one is planned too
    assertThat(events(NO_PACK, "Globex Inc. said Jane Porter will step down as chief executive and become chair."))
        .contains("APPOINTED Jane Porter @Globex Inc. [chair] planned");
  }

  @Test
  void theBoardOfANameIsAnOrganization() {
    assertThat(events(NO_PACK, "Mark Hale left the board of Bluesky in May."))
        .containsExactly("LEFT Mark Hale @Bluesky [board] 2023-05");
  }

  @Test
  void aCompanyThatNamesAndAHeadInApposition() {
    assertThat(events(NO_PACK, "Boeing names Kelly Ortberg chief executive."))
        .containsExactly("APPOINTED Kelly Ortberg @Boeing [chief executive]");
    assertThat(events(NO_PACK, "Stan Deal, the head of the airplanes unit, left the company in March."))
        .containsExactly("LEFT Stan Deal @- [head of the airplanes unit] 2024-03");
  }

  @Test
  void aTimeInARelativeClauseIsThatClausesVerbs() {
    assertThat(events(NO_PACK, "Tom Brown, who founded Acme Corp in 2010, left the company last week."))
        .containsExactlyInAnyOrder("FOUNDED Tom Brown @Acme Corp 2010", "LEFT Tom Brown @Acme Corp 2024-03");
  }

  @Test
  void coordinationGivesOneEventPerPerson() {
    assertThat(events(NO_PACK, "Laura Chen and David Park left Umbrella Labs in January to found a rival."))
        .contains("LEFT Laura Chen @Umbrella Labs 2024-01", "LEFT David Park @Umbrella Labs 2024-01");
  }

  @Test
  void activeObjectTriggerIsAboutTheObjectAndItsActor() {
    assertThat(events(NO_PACK, "Chelsea have sacked head coach Graham Potter after seven months in charge."))
        .containsExactly("DISMISSED Graham Potter @Chelsea [head coach]");
  }

  @Test
  void passiveMakesTheSubjectThePerson() {
    assertThat(events(NO_PACK, "Kevin Ross was fired by Hooli Group last month."))
        .containsExactly("DISMISSED Kevin Ross @Hooli Group 2024-02");
  }

  @Test
  void leavingAndJoiningInOneSentenceGiveEachOtherTheOtherOrganization() {
    assertThat(events(PIPELINE, "Jan Leike left OpenAI in May 2023 and joined Anthropic two weeks later."))
        .contains("LEFT Jan Leike @OpenAI ->Anthropic 2023-05", "JOINED Jan Leike @Anthropic ->OpenAI 2023-05");
  }

  @Test
  void companyNounStandsForTheOrganizationSpokenOf() {
    assertThat(events(PIPELINE, "Apple said on Thursday that Jony Ive, its chief design officer, will leave the "
        + "company later this year.")).containsExactly("LEFT Jony Ive @Apple [chief design officer] 2024 planned");
  }

  @Test
  void titleBeforeTheNameMakesAPersonAndARole() {
    assertThat(events(NO_PACK, "Prime Minister Boris Johnson resigned as leader of the Conservative Party on "
        + "July 7, 2022.")).containsExactly("LEFT Boris Johnson @Conservative Party [leader] 2022-07-07");
  }

  @Test
  void titledNamesJoinedByAndAreCoordinated() {
    assertThat(events(NO_PACK, "Chancellor Rishi Sunak and Health Secretary Sajid Javid resigned on Tuesday."))
        .containsExactly("LEFT Rishi Sunak @- [Chancellor] 2024-03-12", "LEFT Sajid Javid @- [Health Secretary] 2024-03-12");
  }

  @Test
  void appointmentsActiveAndPassive() {
    assertThat(events(NO_PACK, "Initech Inc. named Sarah Lim chief financial officer yesterday."))
        .containsExactly("APPOINTED Sarah Lim @Initech Inc. [chief financial officer] 2024-03-14");
    assertThat(events(NO_PACK, "Sarah Lim was appointed chief financial officer of Initech Inc. in 2021."))
        .containsExactly("APPOINTED Sarah Lim @Initech Inc. [chief financial officer] 2021");
  }

  @Test
  void reinstatementAndLeave() {
    assertThat(events(NO_PACK, "Tom Reyes was reinstated as mayor of Springfield Council on Monday."))
        .containsExactly("REINSTATED Tom Reyes @Springfield Council [mayor] 2024-03-11");
    assertThat(events(NO_PACK, "Coach Anna Weber is on leave from Rovers FC until the end of the season."))
        .containsExactly("ON_LEAVE Anna Weber @Rovers FC [Coach]");
  }

  @Test
  void polarityCues() {
    assertThat(events(NO_PACK, "Jane Porter will not leave Globex Inc., the company said."))
        .containsExactly("LEFT Jane Porter @Globex Inc. negated");
    assertThat(events(NO_PACK, "Jane Porter is reportedly in talks to join Initech Inc."))
        .containsExactly("JOINED Jane Porter @Initech Inc. speculative");
    assertThat(events(NO_PACK, "Globex Inc. denied that Jane Porter would resign."))
        .singleElement().asString().endsWith("negated");
    assertThat(events(NO_PACK, "Jane Porter to leave Globex Inc.")).containsExactly("LEFT Jane Porter @Globex Inc. planned");
    assertThat(events(NO_PACK, "Jane Porter was forced to resign from Globex Inc. in 2023."))
        .containsExactly("LEFT Jane Porter @Globex Inc. 2023");
  }

  @Test
  void familyNameAloneLaterInTheArticleIsTheSamePerson() {
    List<String> out = events(NO_PACK, "Jane Porter resigned from Globex Inc. in 2023.\nPorter joined Initech Inc. "
        + "in April.");
    assertThat(out).contains("LEFT Jane Porter @Globex Inc. 2023", "JOINED Jane Porter @Initech Inc. 2023-04");
  }

  @Test
  void noNamedPersonNoEvent() {
    assertThat(events(NO_PACK, "Dozens of ministers quit the government on Wednesday.")).isEmpty();
    assertThat(events(NO_PACK, "The company left its forecast unchanged in May.")).isEmpty();
    assertThat(events(NO_PACK, "")).isEmpty();
  }

  @Test
  void monthsAndWeekdaysAreNoPeople() {
    assertThat(events(NO_PACK, "In July, Friday's meeting left Chelsea without a manager.")).isEmpty();
  }

  @Test
  void anArticleMostlyInEnglishIsReadAsEnglish() {
    // a document goes to the grammar of the script most of its letters are in: a Chinese line in an English article
    // is read with the English grammar (and the reverse), so only the English sentence tells an event here
    List<String> out = events(NO_PACK, "谷歌研究员约翰·史密斯去年11月离职。\n"
        + "Mary Jones resigned from Initech Inc. on Monday, the company said in a statement.");
    assertThat(out).containsExactly("LEFT Mary Jones @Initech Inc. 2024-03-11");
  }

  @Test
  void coFounderAsATitleIsAFounding() {
    assertThat(events(NO_PACK, "Globex Inc. hired Mark Hale, a co-founder of Initech Inc., last week."))
        .contains("FOUNDED Mark Hale @Initech Inc. [co-founder]");
    assertThat(events(NO_PACK, "Laura Chen, another Hooli co-founder, said nothing.")).containsExactly("FOUNDED Laura Chen @Hooli [co-founder]");
  }

  @Test
  void anObjectPronounIsTheOneTheSentenceIsAbout() {
    assertThat(events(NO_PACK, "Jane Porter said the board of Globex Inc. fired her in January."))
        .containsExactly("DISMISSED Jane Porter @Globex Inc. 2024-01");
  }

  @Test
  void namesCoordinatedOverLowerCaseTitles() {
    assertThat(events(NO_PACK, "Initech Inc. fired chief executive Mark Hale and chief financial officer Sarah Lim."))
        .containsExactly("DISMISSED Mark Hale @Initech Inc. [chief executive]",
            "DISMISSED Sarah Lim @Initech Inc. [chief financial officer]");
  }

  @Test
  void aPlanIsDatedByItsOwnDateNotByItsAnnouncement() {
    assertThat(events(NO_PACK, "Jane Porter announced on Monday that she will step down as chief executive of "
        + "Globex Inc. by early May.")).containsExactly("LEFT Jane Porter @Globex Inc. [chief executive] 2024-05 planned");
  }

  @Test
  void aLeavingBeforeAPlannedJoiningIsNoPlan() {
    List<String> out = events(NO_PACK, "Jane Porter said on Monday that she will join Initech Inc. after leaving "
        + "Globex Inc.");
    assertThat(out).contains("JOINED Jane Porter @Initech Inc. ->Globex Inc. 2024-03-11 planned");
    assertThat(out).anySatisfy(e -> assertThat(e).startsWith("LEFT Jane Porter @Globex Inc. ->Initech Inc.")
        .doesNotEndWith("planned"));
    assertThat(events(NO_PACK, "Jane Porter left Globex Inc. to join Initech Inc."))
        .contains("LEFT Jane Porter @Globex Inc. ->Initech Inc.");
  }
}
