package org.talentflow.mention;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.talentflow.Pipeline;
import org.talentflow.model.Entity;
import org.talentflow.model.EntityType;
import org.talentflow.model.SourceDocument;
import org.talentflow.pack.KnowledgePack;

class OrganizationMentionsTest {
  private static final Pipeline NO_PACK = Pipeline.withHanlp(KnowledgePack.builtin().withoutEntities());
  private static final Pipeline PACK = Pipeline.withHanlp(KnowledgePack.builtin());

  private static List<String> orgs(Pipeline p, String text) {
    return p.analyze(new SourceDocument("t", "t", null, null, LocalDate.of(2024, 1, 1), text)).entities().stream()
        .filter(e -> e.type() == EntityType.ORG).map(Entity::name).toList();
  }

  @Test
  void theCodeOfAQuarterIsNoOrganization() {
    assertThat(orgs(NO_PACK, "月光科技公布Q3财报次日，财务总监陈晓峰黯然请辞。")).doesNotContain("Q3");
  }

  @Test
  void aTeamNamedWithZhiDuiIsOneName() {
    assertThat(orgs(NO_PACK, "三名主力相继退出巴西梦之队。")).contains("巴西梦之队");
  }

  @Test
  void aNameEndingInAnOrganizationSuffix() {
    assertThat(orgs(NO_PACK, "星海财经大学副教授郑浩表示,江城理工大学也有类似研究。"))
        .containsExactlyInAnyOrder("星海财经大学", "江城理工大学");
  }

  @Test
  void aBoundCharacterBeforeANounStaysInsideAClubsName() {
    // the segmenter leaves 诚 as a single character tagged as an adverb morpheme
    assertThat(orgs(NO_PACK, "李凯此前执教江城友诚矿业队多年。")).contains("江城友诚矿业队");
  }

  @Test
  void theLatinGlossOfATransliteratedNameIsNoOrganization() {
    // "Jimmy" is no given name the pack lists: the bracket after a transliteration says it is a person's gloss
    assertThat(orgs(NO_PACK, "星海队今夏找来了前锋巴特勒(Jimmy Butler)加盟。")).doesNotContain("Jimmy Butler");
  }

  @Test
  void unitsOfAnOrganizationFollowIt() {
    assertThat(orgs(NO_PACK, "乔治城大学安全与新兴技术中心的研究员张丽已离职。"))
        .anyMatch(o -> o.endsWith("安全与新兴技术中心")).noneMatch(o -> o.equals("技术中心"));
  }

  @Test
  void aSuffixInsideALongerNameIsNoEnd() {
    assertThat(orgs(NO_PACK, "星海大学中国公司法研究院院长周岚宣布辞职。"))
        .anyMatch(o -> o.endsWith("中国公司法研究院")).doesNotContain("中国公司");
  }

  @Test
  void genericDescriptionsAreNoNames() {
    assertThat(orgs(NO_PACK, "今年招的人大多出自头部互联网公司,这家公司正在转型,想做一家更赚钱的消费品公司。")).isEmpty();
  }

  @Test
  void aKnownOrganizationWithTheSuffixIsThatOrganization() {
    assertThat(orgs(PACK, "阿里巴巴集团宣布,微软公司也表示。")).containsExactlyInAnyOrder("Alibaba", "Microsoft");
  }

  /** Known weakness, pinned: a pack name followed by a word of its own (腾讯科技, an outlet) is read as the pack's. */
  @Test
  void aKnownOrganizationWithAnotherSuffixIsTakenForItYet() {
    assertThat(orgs(PACK, "据腾讯科技报道,星海科技总裁张明已离职。")).contains("Tencent").doesNotContain("腾讯科技");
  }

  @Test
  void latinNamesInAnOrganizationsPlace() {
    assertThat(orgs(NO_PACK, "他曾创办机器人公司Covariant,也从Meta、Nextdoor等公司挖来高管。"))
        .contains("Covariant", "Nextdoor");
  }

  /** An outlet cited in a sentence that tells an event is an organization, though no event is about it. */
  @Test
  void newsOutletsByHowReportsCiteThem() {
    assertThat(orgs(NO_PACK, "据《经济观察报》报道,星海科技总裁张明已离职。")).contains("经济观察报");
  }

  /** Known weakness, pinned: an outlet named without a citing pattern or suffix (智东西统计了...) is missed. */
  @Test
  void outletsWithoutACitationAreMissedYet() {
    assertThat(orgs(NO_PACK, "智东西统计了98名员工的去向。")).isEmpty();
  }

  @Test
  void aClubsShortFormThatIsACommonWordIsAClubOnlyWhereAPersonnelVerbTakesIt() {
    assertThat(orgs(NO_PACK, "中锋张明离开雷霆,加盟了火箭。")).contains("雷霆", "火箭");
    assertThat(orgs(NO_PACK, "太阳官方宣布签下后卫李强。")).contains("太阳");
    assertThat(orgs(NO_PACK, "火箭发射成功后,太阳升起。")).isEmpty();
  }

  @Test
  void aCompanyWhoseFirstCharactersTheTaggerTookForVerbsBeforeItsStockCode() {
    assertThat(orgs(NO_PACK, "近日爱达康(831234)公告,财务总监郑浩因个人原因辞职。")).contains("爱达康");
  }

  @Test
  void aSquadOfALeagueOrAShowIsAnOrganization() {
    assertThat(orgs(NO_PACK, "选手张明宣布退出星火小队。")).contains("星火小队");
  }

  @Test
  void theSecuritiesFunctionOfATitleIsNoPartOfTheCompanysName() {
    assertThat(orgs(NO_PACK, "据公告,星海电子证券事务代表孙立因个人原因辞职。")).contains("星海电子").doesNotContain("星海电子证券事务", "星海电子证券");
  }

  @Test
  void titlesJoinedByJianAreNoPartOfAnUnknownName() {
    assertThat(orgs(NO_PACK, "星河达董事兼副总经理王强上周提出辞职,公司尚未公布继任人选。"))
        .contains("星河达").noneMatch(o -> o.contains("董事"));
  }

  /** Without the pack, a Latin brand that announces (OpenAI宣布) is an organization. */
  @Test
  void aLatinBrandThatAnnouncesIsAnOrganization() {
    assertThat(orgs(NO_PACK, "OpenAI宣布,研究员张明已离职。")).contains("OpenAI");
  }

  /** A family name written alone after the full name is that person, not a brand ("Kowalski" after "Peter Kowalski"). */
  @Test
  void aFamilyNameAloneAfterTheFullNameIsThePerson() {
    var doc = NO_PACK.analyze(new SourceDocument("t", "t", null, null, LocalDate.of(2024, 1, 1),
        "星海科技的 Peter Kowalski 上月升任研究总监。知情人士说,Kowalski 周五已从公司辞职。"));
    assertThat(doc.entities()).filteredOn(e -> e.type() == EntityType.ORG).extracting(Entity::name)
        .doesNotContain("Kowalski");
    assertThat(doc.events()).anyMatch(e -> e.type().name().equals("LEFT") && e.person().name().equals("Peter Kowalski"));
  }

  /** "王建国董事长宣布": a name before a title is its holder's, not an employer's (星海汽车首席财务官辞职 is one). */
  @Test
  void aPersonsNameBeforeHisTitleIsNoOrganization() {
    assertThat(orgs(NO_PACK, "星海电子董事长王建国宣布退休。王建国董事长宣布:本人将退休。")).containsExactly("星海电子");
    assertThat(orgs(NO_PACK, "星海汽车首席财务官辞职。")).containsExactly("星海汽车");
  }

  /** "卸任 骁/ng 朗/ag 董事长": a brand the segmenter left in characters, between a verb of a post and the title. */
  @Test
  void aNameLeftInCharactersBetweenAPostVerbAndTheTitle() {
    assertThat(orgs(NO_PACK, "周海涛将卸任骁朗董事长。")).containsExactly("骁朗");
    assertThat(orgs(NO_PACK, "周海涛将出任逸驰总经理。")).containsExactly("逸驰");
  }

  /** "任 华北/ns 三/m 冶/ng 总经理": a place and characters left alone before the title, a state company's short name. */
  @Test
  void aPlaceAndCharactersLeftAloneBetweenAPostVerbAndTheTitle() {
    assertThat(orgs(NO_PACK, "王芳将出任华北三冶总经理。")).containsExactly("华北三冶");
    assertThat(orgs(NO_PACK, "赵敏将接任中国五冶总经理。")).containsExactly("中国五冶");
  }

  /** "星城/nz 三/m 建/v 集团": a numbered works, the verb-tagged character after the numeral inside the name. */
  @Test
  void aNumberedWorksKeepsTheCharacterAfterItsNumeral() {
    assertThat(orgs(NO_PACK, "星城三建集团有限公司宣布,李明出任公司总经理。")).contains("星城三建集团有限公司")
        .doesNotContain("集团有限公司");
  }

  /** "北辰/n 汽车 董事长 周海涛": a common noun and a trade opening the clause, before a title and a name. */
  @Test
  void aCommonNounAndATradeBeforeATitleAndANameIsACompany() {
    assertThat(orgs(NO_PACK, "北辰汽车董事长周海涛因个人原因辞去董事长职务。")).containsExactly("北辰汽车");
    assertThat(orgs(NO_PACK, "据悉,晨光电器总经理李四已离职。")).containsExactly("晨光电器");
    assertThat(orgs(NO_PACK, "北辰汽车销量上升。")).isEmpty(); // no title and name after it: nothing says it is one
  }

  /** "出任 内容/n 总监": a business function heading the title is no organization (lexicon class @function). */
  @Test
  void aBusinessFunctionBeforeATitleIsNoOrganization() {
    assertThat(orgs(NO_PACK, "周岚正式加盟,出任内容总监。")).isEmpty();
    assertThat(orgs(NO_PACK, "郑浩将出任创意总监。")).isEmpty();
  }

  /** "白鹭/n 科技", "东方/s 航运", "远航/v 物流": a word of other parts of speech and a trade, before a title and a name. */
  @Test
  void aWordOfAnyKindAndATradeBeforeATitleAndANameIsACompany() {
    assertThat(orgs(NO_PACK, "据了解,白鹭科技首席技术官孟凡已于上月离职。")).containsExactly("白鹭科技");
    assertThat(orgs(NO_PACK, "远航物流总裁赵六日前被董事会罢免。")).containsExactly("远航物流");
    assertThat(orgs(NO_PACK, "分管科技副市长李明出席了会议。")).isEmpty(); // 分管 opens a title
  }

  /** "北辰/n 证券/nis 近日 发布 公告": the two-word company opening a clause before its notice. */
  @Test
  void aCommonNounAndAnInstitutionBeforeItsNoticeIsACompany() {
    assertThat(orgs(NO_PACK, "北辰证券近日发布公告称,本公司副总经理刘文涛辞职。")).contains("北辰证券");
    assertThat(orgs(NO_PACK, "上市银行近日发布公告称,副行长刘文涛辞职。")).isEmpty(); // 上市 describes a kind
    assertThat(orgs(NO_PACK, "科技公司宣布,副总经理刘文涛辞职。")).doesNotContain("科技公司");
  }

  /** "加盟 南通/ns 飞鹰/n": a club named for its city and an emblem, right after a verb of joining or leaving. */
  @Test
  void aPlaceAndACommonNounAfterAVerbOfJoiningIsAClub() {
    assertThat(orgs(NO_PACK, "张三加盟南通飞鹰。")).containsExactly("南通飞鹰");
    assertThat(orgs(NO_PACK, "李四加入上海团队。")).isEmpty();
  }

  /** "月光/n 集团 创始人、董事长": after a noun, 集团 ends the organization's name; it scopes no title. */
  @Test
  void groupAfterANounEndsTheOrganizationNotTheTitle() {
    assertThat(orgs(NO_PACK, "雪松集团创始人、董事长兼首席执行官孟凡今日宣布退休。")).contains("雪松集团");
  }

  /**
   * A given name ending in 华 before 为 (任命/聘任 X为 ...) holds the first character of the pack's 华为: the segmenter
   * reads the name and the preposition, and no Huawei is named.
   */
  @Test
  void aPackNameBeginningInsideAPersonsNameIsNone() {
    assertThat(orgs(PACK, "董事会同意聘任郑建华为公司副总经理。")).doesNotContain("Huawei");
    assertThat(orgs(PACK, "华为今天宣布任命郑建华为轮值董事长。")).contains("Huawei");
  }
}
