package org.talentflow.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.talentflow.Pipeline;
import org.talentflow.model.AnalyzedDocument;
import org.talentflow.model.Entity;
import org.talentflow.model.PersonnelEvent;
import org.talentflow.model.Polarity;
import org.talentflow.model.SourceDocument;
import org.talentflow.pack.KnowledgePack;

/**
 * The constructions of English news the English grammar reads (issue 16), in sentences written for these tests about
 * public facts. Names come without the pack's entity list: from titles, appositions, given names and organization
 * suffixes.
 */
class EnglishNewsTest {
  private static final Pipeline PIPELINE = Pipeline.withHanlp(KnowledgePack.builtin());
  private static final Pipeline NO_PACK = Pipeline.withHanlp(KnowledgePack.builtin().withoutEntities());
  /** A Wednesday. */
  private static final LocalDate PUB = LocalDate.of(2023, 1, 25);

  private static AnalyzedDocument analyze(Pipeline p, String key, String text) {
    return p.analyze(new SourceDocument(key, key, null, null, PUB, text));
  }

  private static List<String> events(String text) {
    return analyze(NO_PACK, "t", text).events().stream().map(Described::withoutRole).toList();
  }


  @Test
  void anAppositionWithAnAgeAndATitleMakesAPerson() {
    assertThat(events("Toyota Motor Corp. said Koji Sato, 53, currently chief branding officer, will become chief "
        + "executive in April.")).containsExactly("APPOINTED Koji Sato @Toyota Motor Corp. 2023-04 planned");
  }

  @Test
  void aRelativeClauseBetweenSubjectAndVerb() {
    assertThat(events("Susan Wojcicki, who has led Youtube for nine years, will step down as chief executive, the "
        + "company said on Thursday.")).containsExactly("LEFT Susan Wojcicki @Youtube 2023-01-19 planned");
  }

  @Test
  void succeedingAndReplacing() {
    assertThat(events("Andy Jassy succeeds Jeff Bezos as chief executive of Amazon."))
        .containsExactlyInAnyOrder("APPOINTED Andy Jassy @Amazon", "LEFT Jeff Bezos @Amazon");
    assertThat(events("Bayern Munich named Thomas Tuchel head coach on Thursday, replacing Julian Nagelsmann."))
        .contains("APPOINTED Thomas Tuchel @Bayern Munich 2023-01-19");
  }

  @Test
  void steppingDownAndBeingSucceededByAnother() {
    assertThat(events("Jack Dorsey stepped down as chief executive of Twitter Inc. in 2021 and was succeeded by "
        + "Parag Agrawal.")).contains("LEFT Jack Dorsey @Twitter Inc. 2021", "APPOINTED Parag Agrawal @Twitter Inc. 2021");
  }

  @Test
  void joiningFromAnotherOrganizationAndHiringAs() {
    assertThat(events("Mira Lane joins Initech Labs from Globex Corp., the company said."))
        .containsExactly("JOINED Mira Lane @Initech Labs ->Globex Corp.");
    assertThat(events("Globex Corp. hired Peter Lund as chief financial officer on Monday."))
        .containsExactly("APPOINTED Peter Lund @Globex Corp. 2023-01-23");
  }

  @Test
  void leavingOneOrganizationToJoinAnother() {
    // a date before the publication (one more than a week after it makes a plan, as main's EventBuilder has it)
    assertThat(events("John Schulman left OpenAI in August 2022 to join Anthropic."))
        .contains("LEFT John Schulman @OpenAI ->Anthropic 2022-08");
  }

  @Test
  void aTeamThatPartsWaysWithOrReleasesAPlayerDismissesHim() {
    assertThat(events("The Denver Broncos parted ways with Nathaniel Hackett on Monday."))
        .containsExactly("DISMISSED Nathaniel Hackett @Denver Broncos 2023-01-23");
    assertThat(events("Chelsea FC released Thomas Brennan after three seasons."))
        .containsExactly("DISMISSED Thomas Brennan @Chelsea FC");
    assertThat(events("Rovers FC sacked manager Paul Hart yesterday.")).containsExactly(
        "DISMISSED Paul Hart @Rovers FC 2023-01-24");
  }

  @Test
  void anAppositiveTitleNamesTheOrganization() {
    assertThat(events("Satya Nadella, the company's chief executive, said nothing about Microsoft Corp. layoffs."))
        .isEmpty();
    assertThat(events("Patrick Gelsen, Initech Inc.'s chief executive, resigned on Monday."))
        .containsExactly("LEFT Patrick Gelsen @Initech Inc. 2023-01-23");
  }

  @Test
  void reportsAreSpeculativeAndDenialsNegated() {
    assertThat(events("Jane Porter has reportedly left Globex Inc.")).containsExactly("LEFT Jane Porter @Globex Inc. speculative");
    assertThat(events("Globex Inc. said Jane Porter has not resigned.")).containsExactly("LEFT Jane Porter @Globex Inc. negated");
    assertThat(events("Jane Porter is expected to join Initech Inc.")).containsExactly("JOINED Jane Porter @Initech Inc. speculative");
  }

  @Test
  void anEnglishAndAChineseArticleAboutOnePersonResolveToOneEntity() {
    AnalyzedDocument en = analyze(PIPELINE, "en", "Alibaba Group said on Tuesday that Daniel Zhang will step down "
        + "as chairman and chief executive.");
    AnalyzedDocument zh = analyze(PIPELINE, "zh", "阿里巴巴集团宣布,张勇将卸任董事会主席兼首席执行官。");
    Entity inEnglish = en.events().get(0).person();
    Entity inChinese = zh.events().get(0).person();
    assertThat(inEnglish.id()).isEqualTo(inChinese.id());
    assertThat(inEnglish.aliases()).contains("Daniel Zhang");
    assertThat(inChinese.aliases()).contains("张勇");
  }

  @Test
  void evidenceIsTheTextAsWritten() {
    String text = "Globex Inc.  fired   chief executive Mark Hale on Monday.";
    PersonnelEvent e = analyze(NO_PACK, "t", text).events().get(0);
    assertThat(text.substring(e.evidence().start(), e.evidence().end())).isEqualTo(e.evidence().text());
    assertThat(e.evidence().text()).contains("Mark Hale");
  }

  @Test
  void aNameWithAPluralVerbIsATeamNotAPerson() {
    assertThat(events("The Hawks are releasing guard Tom Smith after two seasons."))
        .containsExactly("DISMISSED Tom Smith @Hawks");
  }
}
