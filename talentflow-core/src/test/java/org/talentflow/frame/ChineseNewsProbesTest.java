package org.talentflow.frame;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.talentflow.Pipeline;
import org.talentflow.model.PersonnelEvent;
import org.talentflow.model.SourceDocument;
import org.talentflow.pack.KnowledgePack;

/**
 * Constructions of Chinese news found by probing the pipeline with invented sentences (every name and text here is
 * made up for these tests): each case reads "TYPE person @ organization".
 */
class ChineseNewsProbesTest {
  private static final Pipeline PIPELINE = Pipeline.withHanlp(KnowledgePack.builtin().withoutEntities());

  /** The events of a text published on 2024-03-15, each as {@code shown} writes it. */
  private static List<String> analyzed(String text, Function<PersonnelEvent, String> shown) {
    SourceDocument doc = new SourceDocument("t", "test", null, null, LocalDate.of(2024, 3, 15), text);
    return PIPELINE.analyze(doc).events().stream().map(shown).toList();
  }

  private static String withOrg(PersonnelEvent e) {
    return e.type() + " " + e.person().name() + " @ " + (e.org() == null ? "-" : e.org().name());
  }

  private static List<String> events(String text) {
    return analyzed(text, ChineseNewsProbesTest::withOrg);
  }

  private static List<String> polarities(String text) {
    return analyzed(text, e -> e.type() + " " + e.person().name() + " " + e.polarity());
  }

  /**
   * A government removal notice writes 同志 after the name and the post's organization right after it, no 的
   * between: the honorific ends the name, the organization opens after it.
   */
  @Test
  void anHonorificEndsTheNameBeforeTheOrganizationOfTheRemovedPost() {
    assertThat(events("经研究决定,免去左明辉同志桐江市人民政府副市长职务。"))
        .contains("LEFT 左明辉 @ 桐江市人民政府");
  }

  /** The organization a person founded, described by a relative clause before its name (X创办的Y): a founding. */
  @Test
  void theOrganizationAPersonFoundedDescribedByARelativeClause() {
    assertThat(events("葉志明創辦的晨曦資本,今年初完成新一輪融資。")).contains("FOUNDED 叶志明 @ 晨曦资本");
    assertThat(events("邓雨桐一手创立的蓝鲸传媒日前宣布裁员。")).contains("FOUNDED 邓雨桐 @ 蓝鲸传媒");
  }

  /**
   * The length of a contract after a second 签约 (签约两年, 签约至2027年) names no organization: the counted unit (年)
   * is no club the player joins.
   */
  @Test
  void theLengthOfAContractIsNoOrganizationJoined() {
    assertThat(events("后卫谭浩宇正式加盟南湾飞鱼队,签约两年。"))
        .contains("JOINED 谭浩宇 @ 南湾飞鱼队")
        .noneMatch(e -> e.endsWith("@ 年"));
  }

  /** The report of an event, after it in its clause, called untrue (一事纯属谣言, 的传闻并不属实): the event is negated. */
  @Test
  void aReportCalledUntrueNegatesTheEvent() {
    assertThat(polarities("澜庭科技回应称,董事长伍振邦离职一事纯属谣言。")).containsExactly("LEFT 伍振邦 NEGATED");
    assertThat(polarities("芮婉清将加盟青云智能的传闻并不属实。")).containsExactly("JOINED 芮婉清 NEGATED");
  }

  /**
   * The segmenter cuts 官复原职 into 官 复原 职: the first character of a verb of returning to a post is no last
   * character of the name before it.
   */
  @Test
  void aVerbOfReturningToAPostIsNoPartOfTheName() {
    assertThat(events("在调查结束后,廖晨曦官复原职,继续担任鸿屿集团总裁。")).contains("REINSTATED 廖晨曦 @ 鸿屿集团");
  }

  /**
   * A company whose name opens with a common word (月光, 远航) announces in one clause through its board, by a notice
   * cited with 据, or under a name with two suffixes, and the event of the next clause names no organization: the
   * company that announces is the event's; an organization the event names itself stays its own.
   */
  @Test
  void theCompanyThatAnnouncesInTheClauseBeforeIsTheEventsOrganization() {
    assertThat(events("月光集团董事会宣布,行政总裁李明已请辞。")).containsExactly("LEFT 李明 @ 月光集团");
    assertThat(events("月光集團董事會宣佈,行政總裁李明已請辭。")).containsExactly("LEFT 李明 @ 月光集团");
    assertThat(events("晨雾集团董事会宣布:“首席执行官韩子墨已辞职。”")).containsExactly("LEFT 韩子墨 @ 晨雾集团");
    assertThat(events("远航股份有限公司发布公告称,总经理马一鸣因个人原因请辞。"))
        .containsExactly("LEFT 马一鸣 @ 远航股份有限公司");
    assertThat(events("据白鹭集团公告,刘思远不再担任财务总监。")).containsExactly("LEFT 刘思远 @ 白鹭集团");
    assertThat(events("月光集团董事会宣布,星海科技总裁李明已请辞。")).containsExactly("LEFT 李明 @ 星海科技");
  }

  /**
   * The segmenter glues the title's last character to a surname ("运营/vn 官陈/nr 一/m 鸣/vg"; "执董郑/nr"): the title
   * gives it back, the name after the title is found, and so is the employer before the title, a company named with
   * common words.
   */
  @Test
  void aTitleGluedToTheSurnameAfterItGivesTheNameAndTheEmployer() {
    assertThat(events("据悉,飞鱼科技首席运营官陈一鸣已于上周离职。")).contains("LEFT 陈一鸣 @ 飞鱼科技");
    assertThat(events("海港地产非执董郑宏达因健康原因辞职。")).contains("LEFT 郑宏达 @ 海港地产");
  }

  /** 国家 before a title scopes the title (国家安全顾问): it ends no organization's name. */
  @Test
  void theStateBeforeATitleEndsNoOrganizationsName() {
    assertThat(events("据外媒报道,英国国家安全顾问彼得.莫里斯已经辞职。")).contains("LEFT 彼得.莫里斯 @ -");
  }

  /** A film and television company (影视) announces its people's moves. */
  @Test
  void aFilmCompanyIsAnOrganization() {
    assertThat(events("星耀影视今日发布声明,宣布演员林晓峰已经离开公司。")).contains("LEFT 林晓峰 @ 星耀影视");
    assertThat(events("据月光影视公告,苏晴将出任总经理。")).contains("APPOINTED 苏晴 @ 月光影视");
  }

  /** 选手 is a competitor's role, like 球员: the name after it is a person (a handle in Latin letters too). */
  @Test
  void aCompetitorNamedAfterTheRoleWordJoins() {
    assertThat(events("火狐战队宣布:选手Nightowl加盟。")).contains("JOINED Nightowl @ 火狐战队");
  }

  /**
   * A company named with a common noun (蓝鲸, 飞鱼: nouns to the tagger) and 集团, or a trade before a title: the
   * organization of the move, also when a headline counts the leavers (两名高管离职) before naming one.
   */
  @Test
  void aCompanyNamedWithACommonNounIsAnOrganization() {
    assertThat(events("周海涛是蓝鲸集团的创始人。")).contains("FOUNDED 周海涛 @ 蓝鲸集团");
    assertThat(events("蓝鲸科技两名高管离职,其中财务总监孙立平已于上周辞职。")).contains("LEFT 孙立平 @ 蓝鲸科技");
  }

  /**
   * A clause with no subject after a clause that names a person ("曾任X总裁的林某,日前出任Y董事长"): the person is the
   * one named last before the clause, in the same sentence too.
   */
  @Test
  void aClauseWithoutSubjectTakesThePersonNamedInTheClauseBefore() {
    assertThat(events("曾任星海集团总裁的林国栋,日前出任远帆科技董事长。")).contains("APPOINTED 林国栋 @ 远帆科技");
  }

  /** A family name the tagger took for a noun (钱/n 文斌/nr) opens the name after a verb of dismissal. */
  @Test
  void aFamilyNameTakenForANounOpensTheName() {
    assertThat(events("经董事会审议,同意解聘钱文斌公司总经理职务。")).contains("DISMISSED 钱文斌 @ -");
  }

  /** An age in brackets after the name keeps the verb as near to the person as without it. */
  @Test
  void anAgeInBracketsAfterTheNameIsThePersons() {
    assertThat(events("演员周雨桐(29岁)上个月已经正式离开月光影视。")).contains("LEFT 周雨桐 @ 月光影视");
  }

  /** Common nouns before a legal form (有限公司) are one registered name; a country in brackets may follow the brand. */
  @Test
  void aRegisteredNameOfCommonNounsIsOneOrganization() {
    assertThat(events("星河动力科技有限公司今日发布公告称,公司副总经理刘振华因个人原因辞去所任职务。"))
        .containsExactly("LEFT 刘振华 @ 星河动力科技有限公司");
    assertThat(events("据悉,前研发总监孟小川已加入云杉(中国)数据服务有限公司。"))
        .containsExactly("JOINED 孟小川 @ 云杉(中国)数据服务有限公司");
  }

  /** "加盟初创公司X": the word of the organization's kind heads the name after it, no organization named before. */
  @Test
  void theWordOfAnOrganizationsKindHeadsTheNameAfterIt() {
    assertThat(events("前白桦科技首席技术官孔令辉已加盟初创公司青石智能,出任联合创始人。"))
        .contains("JOINED 孔令辉 @ 青石智能").doesNotContain("JOINED 孔令辉 @ 白桦科技");
  }

  /** A board's decision (董事会决定) gives notice of a change: the name before the board is the organization. */
  @Test
  void theOrganizationBeforeABoardThatDecides() {
    assertThat(events("北辰银行董事会决定免去韩立新的行长职务。")).containsExactly("LEFT 韩立新 @ 北辰银行");
  }

  /** A person named with the post takes it up (宣誓就职, 上任): no post after the verb; 上任后 dates a later fact. */
  @Test
  void aPersonNamedWithThePostTakesItUp() {
    assertThat(events("新任杭州市副市长韩立群今日宣誓就职。")).containsExactly("APPOINTED 韩立群 @ 杭州市");
    assertThat(events("新任总经理韩立群昨日正式上任。")).containsExactly("APPOINTED 韩立群 @ -");
    assertThat(events("韩立群上任后推动了多项改革。")).isEmpty();
  }

  /** An adverb between a name and 与 makes no organization of the name (张三正式与X队签约 is a signing). */
  @Test
  void aNameAndAnAdverbBefore与AreNoOrganization() {
    assertThat(events("前锋韩立群正式与月光队签约。")).containsExactly("JOINED 韩立群 @ 月光队");
  }

  /**
   * A relative clause ending in a title and 的 before a name: the name is found (the tagger may read it as an
   * adjective) and a later clause without a subject is about that person.
   */
  @Test
  void aNameAfterARelativeClauseIsTheSubjectOfTheSentence() {
    assertThat(events("此前担任锐驰汽车总裁的高远于2022年加入蔚然汽车,出任首席执行官。"))
        .containsExactly("JOINED 高远 @ 蔚然汽车", "APPOINTED 高远 @ 蔚然汽车");
  }

  /** "原月湖/nr 航空 董事长": the former mark glued to a name of two characters before a noun is a word of its own. */
  @Test
  void aFormerMarkGluedToAnEmployersNameIsAWordOfItsOwn() {
    assertThat(events("原月湖航空董事长孙鹏被责令停职检查。")).containsExactly("SUSPENDED 孙鹏 @ 月湖航空");
  }

  /** Games, education, culture, finance, biology and chips are trades that end a company's name before a title. */
  @Test
  void moreTradesEndACompanysName() {
    assertThat(events("据报道,腾跃游戏副总裁马丽娜已经从公司离职。")).containsExactly("LEFT 马丽娜 @ 腾跃游戏");
  }

  /** A city named after a league (and a word for a big club) before what it announces is the club. */
  @Test
  void aCityAfterALeagueIsItsClub() {
    assertThat(events("意甲豪门米兰官方宣布,主帅韩立群下课。")).containsExactly("DISMISSED 韩立群 @ 米兰");
  }

  /** A name in quotation marks right after the word of an organization's kind is that organization. */
  @Test
  void aQuotedNameAfterTheWordOfAKindIsTheOrganization() {
    assertThat(events("远望科技前首席执行官林涛宣布创立新公司“极光算力”。")).containsExactly("FOUNDED 林涛 @ 极光算力");
  }

  /** Taiwan's vice-ministers (次長) are titles: the name after one is found even left in single characters. */
  @Test
  void aViceMinisterOfTaiwanIsATitle() {
    assertThat(events("經濟部昨日證實,次長林佳慧已請辭獲准。")).containsExactly("LEFT 林佳慧 @ -");
  }

  /** A trade written with its institution's suffix (航空公司/nis) after a place word ends a company's name. */
  @Test
  void aTradeWithItsSuffixEndsACompanysName() {
    assertThat(events("远方航空公司原总经理孙立行因违纪被撤职。")).containsExactly("DISMISSED 孙立行 @ 远方航空公司");
  }

  /** A name of three after a title, read as a verb of two characters (张大/v 卫), before a verb of moving. */
  @Test
  void aNameReadAsAVerbAfterATitle() {
    assertThat(events("月光电子前资深副总裁张大卫加入星海科技。")).containsExactly("JOINED 张大卫 @ 星海科技");
  }

  /** A fund manager (基金经理) is a title, also where the tagger cut it (基/ng 金经理/nr): its end is no employer. */
  @Test
  void aFundManagerIsATitleNotAnEmployer() {
    assertThat(events("博远基金公告称,基金经理刘宏因个人原因离任。")).singleElement().asString()
        .startsWith("LEFT 刘宏 @ ").doesNotContain("金经理");
  }

  /** A family name that is also a dynasty's, tagged a morpheme of time (吴/tg), opens a name after a title. */
  @Test
  void aFamilyNameTaggedAMorphemeOfTimeOpensANameAfterATitle() {
    assertThat(events("原云杉集团副总裁吴海涛加入北岸科技。")).contains("JOINED 吴海涛 @ 北岸科技");
  }

  /**
   * The person named after a relative clause that tells where they left from, their former post between 的 and the
   * name: they left that organization, and they are the subject of the joining in the next clause, which the
   * relative clause's time does not date.
   */
  @Test
  void aRelativeClauseOfLeavingBeforeTheFormerPostAndTheName() {
    assertThat(analyzed("上月从云杉科技离职的前智能座舱事业部总监邱文博,已正式加入北岸汽车。",
            e -> withOrg(e) + " " + (e.time() == null ? "-" : e.time().value())))
        .containsExactlyInAnyOrder("LEFT 邱文博 @ 云杉科技 2024-02", "JOINED 邱文博 @ 北岸汽车 2024-03-15");
  }

  /**
   * The name of the organization joined after a word that tells whose it is (竞争对手, 老东家) or after the word of its
   * kind, opening with a word the tagger read as an intransitive verb (深思/vi 智能).
   */
  @Test
  void theOrganizationJoinedAfterAWordOfWhoseItIs() {
    assertThat(events("北岸证券前风控总监姚丽君已加盟竞争对手长风资本,出任首席风险官。"))
        .containsExactlyInAnyOrder("JOINED 姚丽君 @ 长风资本", "LEFT 姚丽君 @ 北岸证券", "APPOINTED 姚丽君 @ 长风资本");
    assertThat(events("工程师邓启明上月加盟初创公司深思智能,负责算法研发。")).containsExactly("JOINED 邓启明 @ 深思智能");
  }

  /** A body stops, or gives back, the duties of the person named between the verb and 的 职务. */
  @Test
  void aBodyStopsOrGivesBackThePersonsDuties() {
    assertThat(events("董事会决定暂停副总经理骆嘉伟的职务,配合调查。")).contains("SUSPENDED 骆嘉伟 @ -");
    assertThat(events("调查结束后,公司决定恢复财务总监骆嘉伟的职务。")).contains("REINSTATED 骆嘉伟 @ -");
  }

  /**
   * A company whose board opens the clause is named whatever the board does, also where the segmenter left its
   * name's two characters apart: the appointment it makes is its own, not the appointee's former employer's.
   */
  @Test
  void aCompanyWhoseBoardOpensTheClause() {
    assertThat(events("白鹭电子董事会2月3日批准了副总经理龚立平的辞职申请。")).containsExactly("LEFT 龚立平 @ 白鹭电子");
    assertThat(events("奇点医药今日宣布任命原长风证券研发负责人马骁为首席科学官。"))
        .containsExactly("APPOINTED 马骁 @ 奇点医药");
  }

  /**
   * An organization founded, described before the word of its kind and named after it in quotation marks (the name
   * opening with a verb's morpheme, 跃/vg): the name is what is founded, by the person whose former post, after the
   * mark 前, opens the sentence.
   */
  @Test
  void anOrganizationFoundedDescribedBeforeItsQuotedName() {
    assertThat(events("去年,前北岸证券副总裁鲁一鸣离职创业,成立了一家专注于工业软件的公司“跃川智造”。"))
        .containsExactlyInAnyOrder("LEFT 鲁一鸣 @ 北岸证券", "FOUNDED 鲁一鸣 @ 跃川智造");
  }

  /** A club's sport stands between its name and its suffix (白鹭篮球俱乐部) before what it announces. */
  @Test
  void aClubsSportBetweenItsNameAndItsSuffix() {
    assertThat(events("白鹭篮球俱乐部官方宣布,主教练卢卡·费拉里下课。"))
        .containsExactly("DISMISSED 卢卡·费拉里 @ 白鹭篮球俱乐部");
  }

  /** A body of the company after the word of its kind (公司管理层) is no organization's name: the company is left. */
  @Test
  void aBodyOfTheCompanyIsNoOrganizationsName() {
    assertThat(events("云杉科技联合创始人钟航已于上月退出公司管理层。")).contains("LEFT 钟航 @ 云杉科技");
  }

  /**
   * A band or a group named in quotation marks after the word of its kind is the organization left; a portfolio (投资组合)
   * named so is no organization.
   */
  @Test
  void aBandNamedInQuotesAfterItsKindIsTheOrganizationLeft() {
    assertThat(events("歌手纪晓彤已正式退出女团“晨星”,将单飞发展。")).containsExactly("LEFT 纪晓彤 @ 晨星");
    assertThat(events("该基金的投资组合“稳健一号”今年表现平平,基金经理韩松已离职。")).noneMatch(e -> e.contains("稳健一号"));
  }

  /**
   * A name opening a clause that the segmenter cut into a family name of one character and a word (李/ng 文博/nz)
   * before a verb of succeeding: the one who succeeds takes the post, the one succeeded leaves it.
   */
  @Test
  void aNameCutAfterItsFamilyNameBeforeAVerbOfSucceedingIsTheOneAppointed() {
    assertThat(events("据悉,李文博接替周海出任月光集团总裁。"))
        .containsExactlyInAnyOrder("APPOINTED 李文博 @ 月光集团", "LEFT 周海 @ 月光集团");
    assertThat(events("孙文博接替周海出任月光集团总裁。")).contains("APPOINTED 孙文博 @ 月光集团")
        .doesNotContain("APPOINTED 周海 @ 月光集团");
  }

  /**
   * A name after a title whose family name the tagger read as a verb's morpheme (陈/vg 思/v 远/a), or followed by an
   * adverb (正式); a player of the national team, 国脚, is a title before the name.
   */
  @Test
  void aNameAfterATitleWhoseFamilyNameWasReadAsAVerbsMorpheme() {
    assertThat(events("据媒体报道,白鹭科技CTO陈思远已于本月初离职,去向暂未公开。")).containsExactly("LEFT 陈思远 @ 白鹭科技");
    assertThat(events("前国脚郑大伟正式加盟南湾飞鱼队,双方签约三年。")).containsExactly("JOINED 郑大伟 @ 南湾飞鱼队");
  }

  /** A verb of dismissing after one of deciding opens no organization's name (决定解聘公司副总裁: no "解聘公司"). */
  @Test
  void aVerbOfDismissingOpensNoOrganizationsName() {
    assertThat(events("远东集团发布公告,董事会决定解聘公司副总裁赵子龙。")).containsExactly("DISMISSED 赵子龙 @ 远东集团");
  }

  /**
   * A club that ends a player's contract early dismisses the player, the club's name read as a person's by the
   * segmenter (乐天队/nr) being a team's; the player going back to a country after it is no return to a post.
   */
  @Test
  void aClubEndsAContractEarlyAndThePlayerGoesHome() {
    assertThat(events("乐天队宣布与外援史密斯提前解约,后者将返回美国。")).containsExactly("DISMISSED 史密斯 @ 乐天队");
    assertThat(events("赵立新返回北京。")).isEmpty();
    assertThat(events("赵立新重返南湾飞鱼队。")).containsExactly("REINSTATED 赵立新 @ 南湾飞鱼队");
  }

  /**
   * A leaving followed by a founding of the same person: the organization founded is where the person goes, not the
   * one left (the leaving names none); one founded unnamed, described by a relative clause after 一家, is no event,
   * the noun inside the description no organization.
   */
  @Test
  void aFoundingAfterALeavingIsWhereThePersonGoes() {
    assertThat(analyzed("李文涛离职后创办了星海科技。", e -> e.type() + " " + e.person().name() + " @ "
        + (e.org() == null ? "-" : e.org().name()) + " -> " + (e.otherOrg() == null ? "-" : e.otherOrg().name())))
        .containsExactlyInAnyOrder("LEFT 李文涛 @ - -> 星海科技", "FOUNDED 李文涛 @ 星海科技 -> -");
    assertThat(events("启明资本合伙人唐宁离职创业,成立了一家专注于医疗领域的投资机构。"))
        .containsExactly("LEFT 唐宁 @ 启明资本");
  }

  /**
   * An anaphoric noun (公司) opens no organization's name: "新公司Blue Harbor Robotics" founds Blue Harbor Robotics, and
   * the evidence runs to the name.
   */
  @Test
  void aNounOfAnOrganizationsKindOpensNoNameAfterIt() {
    assertThat(analyzed("李文涛离开星海科技后,宣布成立新公司Blue Harbor Robotics。", e -> e.type() + " "
        + (e.org() == null ? "-" : e.org().name()) + " «" + e.evidence().text() + "»"))
        .contains("FOUNDED Blue Harbor Robotics «李文涛离开星海科技后,宣布成立新公司Blue Harbor Robotics»");
  }

  /**
   * A verb of appointing whose last character the segmenter glued to the family name after it (聘/v 任何/rz 丽华/nz:
   * 任何 is "any"), a form of address between the name and 为: the verb and the name are given back.
   */
  @Test
  void aVerbOfAppointingGluedToTheFamilyNameAfterIt() {
    assertThat(events("星海科技决定聘任何丽华女士为财务总监。")).containsExactly("APPOINTED 何丽华 @ 星海科技");
  }

  /**
   * A company's registered name may open with a word of place or state (东方/s, 前沿/s, 辉煌/a, 鼎盛/z) and hold a word
   * of a trade the tagger reads as a suffix (药业/nis): the whole name before the legal form, or before 集团 and a
   * title, is the company, not the legal form alone.
   */
  @Test
  void aCompanyNameOpeningWithAWordOfPlaceOrState() {
    assertThat(events("南方晶材股份有限公司董事长邱立言因个人原因辞去董事长职务。"))
        .contains("LEFT 邱立言 @ 南方晶材股份有限公司");
    assertThat(events("前沿康泰药业股份有限公司近日收到财务总监贺明远的书面辞职报告。"))
        .contains("LEFT 贺明远 @ 前沿康泰药业股份有限公司");
    assertThat(events("辉煌数码股份有限公司董事会同意聘任柯文涛为公司总经理。"))
        .contains("APPOINTED 柯文涛 @ 辉煌数码股份有限公司");
    assertThat(events("鼎盛集团副总裁蒋一帆近日宣布离职。")).contains("LEFT 蒋一帆 @ 鼎盛集团");
    assertThat(events("东方纺织集团董事长孔德明退休。")).contains("LEFT 孔德明 @ 东方纺织集团");
  }

  /**
   * 非 before a director's title belongs to it (非独立董事: not independent, the opposite of 独立董事), and a board's
   * term (第九届) is part of the seat: neither is part of a company's name before them.
   */
  @Test
  void aNonIndependentDirectorOfANumberedBoard() {
    assertThat(analyzed("远帆生物股份有限公司股东大会选举邢志远为公司第九届董事会非独立董事。",
        e -> withOrg(e) + " " + e.role())).contains("APPOINTED 邢志远 @ 远帆生物股份有限公司 第九届董事会非独立董事");
  }

  /**
   * A family name of two characters the segmenter took for a title (司马/nnt) or left apart from the given name
   * (上官/nr 文博/nz) opens the name.
   */
  @Test
  void aFamilyNameOfTwoCharacters() {
    assertThat(events("远帆生物副总经理司马青云因个人原因辞职。")).contains("LEFT 司马青云 @ 远帆生物");
    assertThat(events("星海科技任命上官文博为首席财务官。")).contains("APPOINTED 上官文博 @ 星海科技");
  }

  /** A list of names each with a form of address after it (先生, 女士), as notices write them: each one is appointed. */
  @Test
  void aListOfNamesEachWithAFormOfAddress() {
    assertThat(events("青禾数据股份有限公司董事会同意聘任邹雨晴女士、韩立新先生为公司副总经理。"))
        .contains("APPOINTED 邹雨晴 @ 青禾数据股份有限公司", "APPOINTED 韩立新 @ 青禾数据股份有限公司");
  }

  /**
   * A nomination (提名) or a request put to the board (提请) tells a change still to be approved: planned, not done.
   */
  @Test
  void aNominationOrARequestToTheBoardIsPlanned() {
    assertThat(polarities("青禾数据董事会同意提名邹雨晴女士为公司第三届董事会董事候选人。"))
        .contains("APPOINTED 邹雨晴 PLANNED");
    assertThat(polarities("青禾数据总经理向董事会提请解聘副总经理郑凯。")).contains("DISMISSED 郑凯 PLANNED");
  }

  /**
   * A transfer fee (转会费) holds the verb of transferring but qualifies a noun: it is no trigger, and the transfer
   * told after it is read, the fee told with 以 between the person and the verb (以…转会费, as 以…身份, 以…形式).
   */
  @Test
  void aTransferFeeBeforeTheVerbOfTransferring() {
    assertThat(polarities("后卫霍启明将以800万元的转会费转会至青湾队。")).containsExactly("JOINED 霍启明 PLANNED");
    assertThat(events("后卫霍启明将以800万元的转会费转会至青湾队。")).containsExactly("JOINED 霍启明 @ 青湾队");
    assertThat(events("中场吕文博在转会费谈妥后转会至青湾队。")).containsExactly("JOINED 吕文博 @ 青湾队");
  }

  /**
   * A club signs with a player named after 与 (as it ends a contract: 与X解约), in the same clause or in the next, the
   * first naming only the club and what it says: the player joins the club.
   */
  @Test
  void aClubSignsWithAPlayerNamedAfterWith() {
    assertThat(events("青湾队官方宣布,与巴西前锋费尔南多·席尔瓦签约两年。"))
        .containsExactly("JOINED 费尔南多·席尔瓦 @ 青湾队");
    assertThat(events("青湾足球俱乐部正式与后卫霍启明签约。")).containsExactly("JOINED 霍启明 @ 青湾足球俱乐部");
  }

  /**
   * A club named for its city and an emblem after a verb of joining, an adjective of one character between (新/a), the
   * emblem perhaps read as a word of place (鹏城/s): the whole is the club joined (以…形式 before the verb changes
   * nothing).
   */
  @Test
  void aClubNamedForItsCityWithAnAdjectiveBeforeTheEmblem() {
    assertThat(events("据悉,中场黄志伟以租借形式加盟南昌新鹏城。")).containsExactly("JOINED 黄志伟 @ 南昌新鹏城");
    assertThat(events("后卫程远以租借形式加盟兰州新雄鹰。")).containsExactly("JOINED 程远 @ 兰州新雄鹰");
  }

  /**
   * A coach or a head takes charge of a team named right after the verb, no title written (执教, 挂帅, 执掌, 接掌), or
   * takes over its helm (接过…教鞭), or becomes its new head coach (出任球队新帅): an appointment; taking charge again
   * (重掌) is a return. A span of the charge after the name (执教…期间) tells no change.
   */
  @Test
  void aCoachTakesChargeOfATeam() {
    assertThat(polarities("周立群将执教辽河男篮。")).containsExactly("APPOINTED 周立群 PLANNED");
    assertThat(events("周立群将执教辽河男篮。")).containsExactly("APPOINTED 周立群 @ 辽河男篮");
    assertThat(events("李明远挂帅云岭队。")).containsExactly("APPOINTED 李明远 @ 云岭队");
    assertThat(events("孙立新正式接掌青湾队。")).containsExactly("APPOINTED 孙立新 @ 青湾队");
    assertThat(events("赵刚毅接过月光队教鞭。")).containsExactly("APPOINTED 赵刚毅 @ 月光队");
    assertThat(analyzed("王建军出任月光队新帅。", e -> withOrg(e) + " " + e.role()))
        .containsExactly("APPOINTED 王建军 @ 月光队 新帅");
    assertThat(events("陈一峰重掌青湾队。")).containsExactly("REINSTATED 陈一峰 @ 青湾队");
    assertThat(events("陈一峰执教青湾队期间,球队两夺联赛冠军。")).isEmpty();
  }

  /** A club ends a contract with the person named after 与 (解除合同, as 解约): the person is dismissed. */
  @Test
  void aClubEndsAContractWithThePerson() {
    assertThat(events("青湾队宣布与主教练刘思源提前解除合同。")).containsExactly("DISMISSED 刘思源 @ 青湾队");
  }

  /**
   * A head coach's post said to be in danger (帅位不保, 帅位岌岌可危): a dismissal that may come, speculative whatever
   * stands before it.
   */
  @Test
  void aHeadCoachsPostInDanger() {
    assertThat(polarities("青湾队主教练何振宇帅位不保。")).containsExactly("DISMISSED 何振宇 SPECULATIVE");
    assertThat(events("连续五轮不胜,月光队主帅孟嘉树帅位岌岌可危。")).containsExactly("DISMISSED 孟嘉树 @ 月光队");
  }
}
