package org.talentflow.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.talentflow.Pipeline;
import org.talentflow.model.EventType;
import org.talentflow.model.PersonnelEvent;
import org.talentflow.model.Polarity;
import org.talentflow.model.SourceDocument;
import org.talentflow.pack.KnowledgePack;

/**
 * One test per pattern family, on sentences written for these tests in several domains (companies, sports,
 * government). Names are found without the pack's entity list, from glosses and the name recognizer.
 */
class EventPatternsTest {
  private static final Pipeline PIPELINE = Pipeline.withHanlp(KnowledgePack.builtin());
  private static final Pipeline NO_PACK = Pipeline.withHanlp(KnowledgePack.builtin().withoutEntities());
  private static final LocalDate PUB = LocalDate.of(2024, 3, 15);

  private static List<String> events(Pipeline p, String text) {
    SourceDocument doc = new SourceDocument("t", "test", null, null, PUB, text);
    return p.analyze(doc).events().stream().map(Described::withoutRole).toList();
  }


  @Test
  void departureThenMoveGivesTwoEventsWithDestinationAndOrigin() {
    assertThat(events(PIPELINE, "去年11月,谷歌研究员约翰·史密斯(John Smith)离职,加盟竞争对手Anthropic。"))
        .contains("LEFT John Smith @Google ->Anthropic 2023-11", "JOINED John Smith @Anthropic ->Google 2023-11");
  }

  @Test
  void theDestinationOfAJoiningIsNotWhereTheLeavingWasFrom() {
    // the only organization of the text is the joining's: where the person left stays unsaid
    assertThat(events(NO_PACK, "工程师索尼娅·卡斯特罗离职后加入了谷歌。"))
        .containsExactlyInAnyOrder("LEFT 索尼娅·卡斯特罗 @- ->谷歌", "JOINED 索尼娅·卡斯特罗 @谷歌");
    // but a return to where one was dismissed is that same organization
    assertThat(events(NO_PACK, "网信银行总裁王志明被开除,三天后他重返网信银行。"))
        .contains("DISMISSED 王志明 @网信银行");
  }

  @Test
  void aTimeAfterAnotherVerbIsThatVerbs() {
    assertThat(events(NO_PACK, "网信银行总裁王志明上月被开除,三天后他重返网信银行。"))
        .contains("DISMISSED 王志明 @网信银行 2024-02");
    assertThat(events(NO_PACK, "网信银行总裁王志明被开除,2024年1月他重返网信银行。"))
        .contains("DISMISSED 王志明 @网信银行", "REINSTATED 王志明 @网信银行 2024-01");
    // a duration before the next verb is no time of the leave
    assertThat(events(NO_PACK, "网信银行副总裁李明上月休假三个月后复职。")).contains("ON_LEAVE 李明 @网信银行 2024-02");
    assertThat(events(NO_PACK, "网信银行副总裁李明休假三个月后复职。")).contains("ON_LEAVE 李明 @网信银行");
  }

  @Test
  void aSuccessorDescribedByARelativeClauseTakesOverThePostJustLeft() {
    assertThat(events(NO_PACK, "张三辞去星海科技总裁职务,由曾任月光集团副总裁的李四接任。"))
        .contains("LEFT 张三 @星海科技", "APPOINTED 李四 @星海科技");
  }

  @Test
  void aFamilyNameTheTaggerTookForAnAdjectiveOpensANameAfterATitle() {
    assertThat(events(NO_PACK, "中钢集团总裁、党委副书记黄天明近日被免职。")).singleElement().asString()
        .startsWith("LEFT 黄天明 @中钢集团");
  }

  @Test
  void aClubThatBringsInOrAnnouncesAPlayerWhoJoinsIsWhatHeJoins() {
    assertThat(events(NO_PACK, "星海队在今夏找来了中锋汤普森加盟。")).containsExactly("JOINED 汤普森 @星海队 2024-summer");
    assertThat(events(NO_PACK, "星海队正式宣布后卫李明加盟。")).containsExactly("JOINED 李明 @星海队");
    assertThat(events(NO_PACK, "星海队官方宣布从月光队购买了中后卫赵峰。")).contains("JOINED 赵峰 @星海队");
  }

  @Test
  void goingSomewhereToVisitIsNoJoining() {
    assertThat(events(NO_PACK, "市长张三前往月光集团总部调研。")).isEmpty();
    assertThat(events(NO_PACK, "郑天明4日上午前往月光驻华使馆，代表政府吊唁。")).isEmpty();
    assertThat(events(NO_PACK, "郑天明来到星海队，陈晓峰参加了发布会。")).containsExactly("JOINED 郑天明 @星海队");
  }

  @Test
  void outOfAContestOfPowerIsADismissalOutOfAMatchIsNot() {
    assertThat(events(NO_PACK, "星海科技总裁王志明在董事会内斗中出局。")).singleElement().asString()
        .startsWith("DISMISSED 王志明");
    assertThat(events(NO_PACK, "星海队主力李明替补登场,0-4惨败出局。")).isEmpty();
  }

  @Test
  void sportsAndStaffWordsForLeavingAndDismissal() {
    assertThat(events(NO_PACK, "篮球运动员易建联宣布退役。")).containsExactly("LEFT 易建联 @-");
    assertThat(events(NO_PACK, "阿森纳宣布前锋奥巴梅扬即刻离队。")).singleElement().asString().startsWith("LEFT 奥巴梅扬");
    assertThat(events(NO_PACK, "据悉,星海科技副总裁王腾因泄露公司机密被辞退。"))
        .containsExactly("DISMISSED 王腾 @星海科技");
  }

  @Test
  void aCounterfactualConditionPresupposesTheEventItNames() {
    assertThat(events(NO_PACK, "如果不是郑天明去年加盟星海俱乐部，球队很难走到今天。")).containsExactly("JOINED 郑天明 @星海俱乐部 2023");
    assertThat(events(NO_PACK, "郑天明不是加盟星海俱乐部。")).containsExactly("JOINED 郑天明 @星海俱乐部 negated");
  }

  @Test
  void aJoiningThatAnotherVerbOfTheClauseTakesAsItsObjectIsNoSecondVerbOfThePerson() {
    assertThat(events(NO_PACK, "月光银行CIO刘洋官宣辞职，曾推动签约星海科技。"))
        .anyMatch(e -> e.startsWith("LEFT 刘洋")).noneMatch(e -> e.startsWith("JOINED"));
    assertThat(events(NO_PACK, "郑天明辞职，宣布加盟星海俱乐部。")).contains("JOINED 郑天明 @星海俱乐部");
  }

  @Test
  void theHolderOfAPostWhoseTenureDatesTheEventIsNotItsSubject() {
    assertThat(events(NO_PACK, "顾问郑浩在总统陈刚任内辞职。")).singleElement().asString().startsWith("LEFT 郑浩");
  }

  @Test
  void aPostGivenUpMayBeNamedWithTheBoardsTerm() {
    assertThat(events(NO_PACK, "监事郑浩已申请辞去第三届监事会主席职务。")).singleElement().asString().startsWith("LEFT 郑浩 @监事会");
    // 第/mq 十二/m 届: the term is no organization
    assertThat(events(NO_PACK, "陈晓峰辞去第十二届董事会独立董事。")).singleElement().asString().startsWith("LEFT 陈晓峰 @-");
  }

  @Test
  void aSigningClauseWithNoSubjectIsTheClubsOfTheClauseBefore() {
    // 上周: the week before the publication's, in its month
    assertThat(events(NO_PACK, "星海俱乐部上周动作频频，交易得到郑天明，又签下了费舍尔。"))
        .containsExactlyInAnyOrder("JOINED 郑天明 @星海俱乐部 2024-03", "JOINED 费舍尔 @星海俱乐部 2024-03");
    // the clauses between open with their verb; a renewal is no signing
    assertThat(events(NO_PACK, "王志明去了星海俱乐部，签下赵峰，签下陈晓峰，续约李明。"))
        .containsExactlyInAnyOrder("JOINED 王志明 @星海俱乐部", "JOINED 赵峰 @星海俱乐部", "JOINED 陈晓峰 @星海俱乐部");
    // a clause with a subject of its own between: not the club's
    assertThat(events(NO_PACK, "星海俱乐部动作频频，李明去了月光俱乐部，签下赵峰。"))
        .doesNotContain("JOINED 赵峰 @星海俱乐部");
  }

  @Test
  void contractsLoansAndRetirementsInSport() {
    // (the segmenter takes a bare 阿斯顿维拉 for a person: the club is named with its suffix here)
    assertThat(events(NO_PACK, "拉什福德被租借到阿斯顿维拉俱乐部。")).containsExactly("JOINED 拉什福德 @阿斯顿维拉俱乐部");
    assertThat(events(NO_PACK, "湖人队宣布签下自由球员詹姆斯。")).containsExactly("JOINED 詹姆斯 @湖人队");
    assertThat(events(NO_PACK, "中国女排名将朱婷宣布挂靴。")).containsExactly("LEFT 朱婷 @-");
    assertThat(events(NO_PACK, "星海科技签下大单。")).isEmpty();
    // the one a player parts with, between 与 and the trigger; a foreign name after a title, one letter unusual
    assertThat(events(NO_PACK, "星海队中场京多安已与巴塞罗那队解约。")).containsExactly("LEFT 京多安 @巴塞罗那队");
    assertThat(events(NO_PACK, "张三与李四一起离职。")).containsExactly("LEFT 张三 @-");
  }

  @Test
  void officialsExpelledAndBanksAppointing() {
    assertThat(events(NO_PACK, "哈尔滨市原副市长王某被双开。")).containsExactly("DISMISSED 王某 @哈尔滨市");
    assertThat(events(NO_PACK, "星海银行委任李明为行长。")).containsExactly("APPOINTED 李明 @星海银行");
  }

  @Test
  void aThreeCharacterNameTheSegmenterCutShortIsWhole() {
    assertThat(events(NO_PACK, "王健林辞去万达集团董事长一职。")).containsExactly("LEFT 王健林 @万达集团");
    assertThat(events(NO_PACK, "王强东卸任星海网CEO。")).singleElement().asString().startsWith("LEFT 王强东");
    // a surname and a title is no name
    assertThat(events(NO_PACK, "李教授宣布辞职。")).isEmpty();
  }

  @Test
  void aForeignNameCutIntoLettersOpeningAClauseThatLeavesIsAPerson() {
    assertThat(events(NO_PACK, "克洛普宣布将在赛季结束后离开利物浦。")).containsExactly("LEFT 克洛普 @利物浦 planned");
    // one takes office himself: the successor named by a run of letters is a person, not the one dismissed
    assertThat(events(NO_PACK, "星海俱乐部宣布解雇主教练纳格尔斯曼,图赫尔接任。"))
        .containsExactlyInAnyOrder("DISMISSED 纳格尔斯曼 @星海俱乐部", "APPOINTED 图赫尔 @星海俱乐部");
    // and with no successor named, nobody takes over
    assertThat(events(NO_PACK, "星海俱乐部宣布解雇主教练张明,由其助手接任。")).containsExactly("DISMISSED 张明 @星海俱乐部");
    // while one who leaves a post may take another
    assertThat(events(NO_PACK, "张明辞去星海银行行长职务,随后出任董事长。"))
        .containsExactlyInAnyOrder("LEFT 张明 @星海银行", "APPOINTED 张明 @星海银行");
    // a club announcing a dismissal is not the one dismissed, nor a person
    assertThat(events(NO_PACK, "埃弗顿宣布解雇主帅。")).isEmpty();
  }

  @Test
  void aCoinedNameAfterAJoiningIsTheOrganization() {
    // and the former employer named in the title is where the joining comes from
    assertThat(events(NO_PACK, "消息人士称,月光集团前CFO郑浩已加入星图。")).containsExactly("JOINED 郑浩 @星图 ->月光集团");
    assertThat(events(NO_PACK, "张明加入小组。")).isEmpty();
  }

  @Test
  void aFormerTitleIsNotTheRoleOneJoinsIn() {
    SourceDocument doc = new SourceDocument("t", "test", null, null, PUB, "百度前总裁陆奇加盟微软,出任执行副总裁。");
    assertThat(PIPELINE.analyze(doc).events()).extracting(e -> e.type() + " " + e.role())
        .containsExactlyInAnyOrder("JOINED null", "APPOINTED 执行副总裁");
    // 原 before the employer dates the title after it too
    SourceDocument before = new SourceDocument("t", "test", null, null, PUB, "原星海科技工程师张华加盟百度。");
    assertThat(NO_PACK.analyze(before).events()).extracting(e -> e.type() + " " + e.role())
        .containsExactly("JOINED null");
    SourceDocument left = new SourceDocument("t", "test", null, null, PUB, "百度前总裁陆奇近日离职。");
    assertThat(PIPELINE.analyze(left).events()).extracting(e -> e.type() + " " + e.role())
        .containsExactly("LEFT 总裁"); // the role is the title, without 前
  }

  @Test
  void coordinationGivesOneEventPerPerson() {
    assertThat(events(NO_PACK, "首席运营官安娜·怀特(Anna White)和工程副总裁汤姆·格林(Tom Green)当天也先后提出离职。"))
        .contains("LEFT Anna White @-", "LEFT Tom Green @-");
  }

  @Test
  void activeDismissalIsAboutTheObjectNotTheAgent() {
    assertThat(events(PIPELINE, "微软董事会昨日解雇了首席财务官大卫·李(David Lee)。"))
        .containsExactly("DISMISSED David Lee @Microsoft 2024-03-14");
    assertThat(events(PIPELINE, "微软董事会昨日解雇多名高管。")).isEmpty();
  }

  @Test
  void jiangBeforeItsObjectPlansNothing() {
    assertThat(events(NO_PACK, "电视台宣布将主持人马特·劳尔停职。")).containsExactly("SUSPENDED 马特·劳尔 @-");
    assertThat(events(NO_PACK, "主持人马特·劳尔将于下月离开电视台。")).singleElement().asString().endsWith("planned");
  }

  @Test
  void aNameBeforeATitleIsTheEmployerWhoeverFoundThePerson() {
    assertThat(events(NO_PACK, "星海银行副行长乔治·布朗(George Brown)近日离职。"))
        .singleElement().asString().startsWith("LEFT George Brown @星海银行");
    // a nationality before a title employs nobody
    assertThat(events(NO_PACK, "巴西球星罗纳尔多(Ronaldo Nazario)正式加盟皇家马德里。"))
        .noneMatch(e -> e.contains("@巴西"));
    // a description before a name in apposition is no organization of its own
    assertThat(events(PIPELINE, "英格兰球星贝林厄姆正式加盟西甲球队皇家马德里。"))
        .anyMatch(e -> e.startsWith("JOINED") && e.contains("@Real Madrid"));
  }

  @Test
  void aTitlesQualifiersStopAtAVerbBeforeANameAndLeaveABoundMorphemeToTheName() {
    // "称" ends the clause: 京东 is the employer, not part of a title "传言称京东副总裁"
    SourceDocument rumour = new SourceDocument("t", "test", null, null, PUB, "有传言称京东副总裁刘明将辞职。");
    assertThat(NO_PACK.analyze(rumour).events()).extracting(e -> Described.withoutRole(e) + " " + e.role())
        .containsExactly("LEFT 刘明 @京东 speculative 副总裁");
    // "云" qualifies no title on its own: 阿里云 is the employer
    SourceDocument unit = new SourceDocument("t", "test", null, null, PUB, "阿里云总裁张建锋卸任。");
    assertThat(NO_PACK.analyze(unit).events()).extracting(e -> Described.withoutRole(e) + " " + e.role())
        .containsExactly("LEFT 张建锋 @阿里云 总裁");
    // qualifiers that are verbs in the dictionary still qualify when no name follows them
    SourceDocument qualified = new SourceDocument("t", "test", null, null, PUB, "星海银行特聘教授王立新离职。");
    assertThat(NO_PACK.analyze(qualified).events()).extracting(e -> Described.withoutRole(e) + " " + e.role())
        .containsExactly("LEFT 王立新 @星海银行 特聘教授");
  }

  @Test
  void aReportDeniedLaterIsNegated() {
    assertThat(events(NO_PACK, "据报道,李明已离开星海银行,但星海银行方面否认了这一消息。"))
        .containsExactly("LEFT 李明 @星海银行 negated");
    assertThat(events(NO_PACK, "李明已离开星海银行。他否认了关于他与董事长不和的种种说法。"))
        .containsExactly("LEFT 李明 @星海银行");
  }

  @Test
  void anAppointmentIsToTheOrganizationOfItsNewTitle() {
    // not the one that appoints, nor the one the person came from
    assertThat(events(NO_PACK, "星海集团任命李明为星海银行行长。")).containsExactly("APPOINTED 李明 @星海银行");
    assertThat(events(PIPELINE, "江苏省委书记吴政隆调任国务院副秘书长。")).containsExactly("APPOINTED 吴政隆 @State Council");
    // with no title after it, the appointing organization stays
    assertThat(events(NO_PACK, "星海银行任命李明为行长。")).containsExactly("APPOINTED 李明 @星海银行");
  }

  @Test
  void theOneBetweenAnAppointingVerbAndWeiBeforeATitleIsAPerson() {
    // the segmenter reads 吴/tg 金贵/a: words, no name
    assertThat(events(NO_PACK, "星海俱乐部任命吴金贵为临时主帅。")).containsExactly("APPOINTED 吴金贵 @星海俱乐部");
    assertThat(events(NO_PACK, "星海俱乐部任命方案为最终版本。")).isEmpty();
  }

  @Test
  void aKnownNameBeforeATitleIsNoQualifierOfIt() {
    SourceDocument doc = new SourceDocument("t", "test", null, null, PUB, "美团高级副总裁王慧文因健康原因退休。");
    assertThat(PIPELINE.analyze(doc).events()).extracting(e -> Described.withoutRole(e) + " " + e.role())
        .containsExactly("LEFT 王慧文 @Meituan 高级副总裁");
    SourceDocument moved = new SourceDocument("t", "test", null, null, PUB, "小米集团总裁王川宣布卸任,转任小米集团顾问。");
    assertThat(PIPELINE.analyze(moved).events()).extracting(e -> e.type() + " " + e.role())
        .containsExactlyInAnyOrder("LEFT 总裁", "APPOINTED 顾问");
  }

  @Test
  void aFormerEmployerIsWhereAJoiningComesFromNotWhereItGoes() {
    assertThat(events(NO_PACK, "星海银行宣布聘请前蓝海科技高管张伟担任首席战略官。"))
        .containsExactlyInAnyOrder("JOINED 张伟 @星海银行 ->蓝海科技", "APPOINTED 张伟 @星海银行");
    assertThat(events(NO_PACK, "蓝海科技前高管李想跳槽至星海汽车担任副总裁。"))
        .contains("JOINED 李想 @星海汽车 ->蓝海科技", "APPOINTED 李想 @星海汽车");
    // a leave is still from the organization one belongs to
    assertThat(events(NO_PACK, "蓝海科技前联合创始人李想正在休长假。")).contains("ON_LEAVE 李想 @蓝海科技");
  }

  @Test
  void anOutletCitedForTheNewsTakesNoPartInIt() {
    assertThat(events(NO_PACK, "据环球日报社报道,设计主管埃文斯·汉基已离职。")).containsExactly("LEFT 埃文斯·汉基 @-");
  }

  @Test
  void aPublicBodyNamedWithCommonWordsIsAnOrganization() {
    // 免职 with no cause stated is a leaving (as real news annotations have it); with a cause it is a dismissal
    assertThat(events(NO_PACK, "国家统计局局长康义被免职。")).containsExactly("LEFT 康义 @国家统计局");
    assertThat(events(NO_PACK, "全国总工会副主席李某辞职。")).containsExactly("LEFT 李某 @全国总工会");
  }

  @Test
  void officialAppointmentAndRemovalNotices() {
    SourceDocument doc = new SourceDocument("t", "test", null, null, PUB,
        "国务院任命王志刚为星海委员会主任,免去万钢的星海委员会主任职务。");
    assertThat(NO_PACK.analyze(doc).events()).extracting(e -> Described.withoutRole(e) + " " + e.role())
        .containsExactlyInAnyOrder("APPOINTED 王志刚 @星海委员会 主任", "LEFT 万钢 @星海委员会 主任"); // 免去: no cause
    assertThat(events(NO_PACK, "中共中央决定:陈吉宁同志任星海市委书记。")).containsExactly("APPOINTED 陈吉宁 @星海市委");
    assertThat(events(NO_PACK, "星海市人大选举殷勇为市长。")).singleElement().asString().startsWith("APPOINTED 殷勇");
  }

  @Test
  void aListOfPeopleBeforeWeiAndATitleIsAppointedToIt() {
    SourceDocument doc = new SourceDocument("t", "test", null, null, PUB, "星海市人大决定丁薛祥、何立峰、刘国中为星海市政府副市长。");
    assertThat(NO_PACK.analyze(doc).events()).extracting(e -> Described.withoutRole(e) + " " + e.role())
        .containsExactlyInAnyOrder("APPOINTED 丁薛祥 @星海市政府 副市长", "APPOINTED 何立峰 @星海市政府 副市长",
            "APPOINTED 刘国中 @星海市政府 副市长");
    // 决定 without 为 and a title appoints no one
    assertThat(events(NO_PACK, "张三决定辞职。")).containsExactly("LEFT 张三 @-");
    // a name alone after a dismissing verb at the end of its clause
    assertThat(events(NO_PACK, "董事会决定辞退张三。")).containsExactly("DISMISSED 张三 @-");
  }

  @Test
  void aSuccessionAfterAPlannedLeavingIsPlanned() {
    assertThat(events(NO_PACK, "星海银行宣布,张勇将于9月10日卸任行长,届时由蔡崇信接任行长,吴泳铭接任副行长。"))
        .containsExactlyInAnyOrder("LEFT 张勇 @星海银行 2024-09-10 planned", "APPOINTED 蔡崇信 @星海银行 2024-09-10 planned",
            "APPOINTED 吴泳铭 @星海银行 2024-09-10 planned");
  }

  @Test
  void anObjectWithATitleOfItsOwnHasThatOne() {
    SourceDocument doc = new SourceDocument("t", "test", null, null, PUB,
        "10月27日,星海集团随即解雇了首席执行官帕拉格·阿格拉瓦尔和首席财务官内德·西格尔。");
    assertThat(NO_PACK.analyze(doc).events()).extracting(e -> e.person().name() + " " + e.role())
        .containsExactlyInAnyOrder("帕拉格·阿格拉瓦尔 首席执行官", "内德·西格尔 首席财务官");
  }

  @Test
  void aVerbThatEndsInASuffixIsNoOrganization() {
    assertThat(events(NO_PACK, "滕哈格于2022年5月被任命为星海俱乐部主帅,曾带队赢得两座杯赛冠军。"))
        .containsExactly("APPOINTED 滕哈格 @星海俱乐部 2022-05");
  }

  @Test
  void disciplinaryNoticesNameThePersonBySurnameAndTheSanctionIsGivenToThem() {
    assertThat(events(NO_PACK, "经研究,决定给予张某开除党籍处分;由星海监委给予其开除公职处分。"))
        .containsExactly("DISMISSED 张某 @-");
    assertThat(events(NO_PACK, "李某某宣布辞职。")).containsExactly("LEFT 李某某 @-");
    // not the end of a word before 某, nor 某 beginning one
    assertThat(events(NO_PACK, "该公司某高管已离职。")).isEmpty();
    assertThat(events(NO_PACK, "某些高管离职。")).isEmpty();
  }

  @Test
  void aResearcherJoiningThisInstituteComesFromTheFormerEmployerNamedInTheTitle() {
    assertThat(events(NO_PACK, "星海大学计算机学院发布消息,前谷歌大脑高级研究员李飞宇博士已全职加入该院。"))
        .singleElement().asString().startsWith("JOINED 李飞宇 @星海大学计算机学院 ->谷歌大脑");
    // a title after organizations named one after the other is the new post's
    SourceDocument doc = new SourceDocument("t", "test", null, null, PUB, "王伟已调任星海银行星海科技常务副总裁。");
    assertThat(NO_PACK.analyze(doc).events()).extracting(e -> e.type() + " " + e.role())
        .containsExactly("APPOINTED 常务副总裁");
  }

  @Test
  void aPlaceNamedWithItsAdministrativeUnitIsTheGovernmentThatEmploys() {
    assertThat(events(NO_PACK, "哈尔滨市市长孙喆被免职。")).containsExactly("LEFT 孙喆 @哈尔滨市");
  }

  @Test
  void aTransliterationWithOneUnusualCharacterIsStillAName() {
    assertThat(events(NO_PACK, "英特尔首席执行官科再奇因违反公司政策辞职。"))
        .singleElement().asString().startsWith("LEFT 科再奇");
    assertThat(events(NO_PACK, "阿森纳主帅阿尔特塔宣布离开球队。")).singleElement().asString().startsWith("LEFT 阿尔特塔");
  }

  @Test
  void passiveDismissalIsAboutTheSubject() {
    assertThat(events(NO_PACK, "主教练汤姆·格林(Tom Green)被俱乐部解雇。")).containsExactly("DISMISSED Tom Green @-");
  }

  @Test
  void appointmentTakesTheRoleAfterTheTrigger() {
    SourceDocument doc = new SourceDocument("t", "test", null, null, PUB,
        "2023年3月,谷歌宣布莎拉·王(Sarah Wang)出任首席技术官。");
    PersonnelEvent e = PIPELINE.analyze(doc).events().get(0);
    assertThat(e.type()).isEqualTo(EventType.APPOINTED);
    assertThat(e.role()).isEqualTo("首席技术官");
    assertThat(e.time().value()).isEqualTo("2023-03");
  }

  @Test
  void aTimeBeforeALaterVerbOfTheClauseDatesThatVerbNotTheTrigger() {
    assertThat(events(NO_PACK, "从2015年开始,周海涛出任星河队主教练并在2019年卸任。"))
        .contains("APPOINTED 周海涛 @星河队 2015", "LEFT 周海涛 @星河队 2019");
  }

  /** The cause typed the first telling a dismissal; the second, with the same verb, is the same fact and dates it. */
  @Test
  void aDismissalRetoldWithTheSameVerbIsOneDismissal() {
    assertThat(events(NO_PACK, "星海钢铁总裁周立新近日被免职,可能是因为公司巨亏。14日,星海钢铁在干部大会上宣布了周立新免职的通知。"))
        .containsExactly("DISMISSED 周立新 @星海钢铁 2024-03-14");
  }

  /** The post and 的 before the name are read as the name's description: the relative clause still tells a leaving. */
  @Test
  void aRelativeClauseOfLeavingAPostBeforeTheName() {
    assertThat(events(NO_PACK, "而已经卸任星海科技董事长、CEO的周海涛也在名单上。")).containsExactly("LEFT 周海涛 @星海科技");
  }

  /** A passive dismissal or suspension in a clause with no subject is about the person an earlier clause opens with. */
  @Test
  void aPassiveDismissalWithoutSubjectIsAboutTheEarlierClausesPerson() {
    assertThat(events(NO_PACK, "郑浩被星海队交易到了月光队,还没熟悉新的队友,就被月光队无情地裁掉了。"))
        .containsExactly("DISMISSED 郑浩 @月光队");
    assertThat(events(NO_PACK, "郑浩去年加盟星海队,没过多久又被球队裁掉。"))
        .containsExactlyInAnyOrder("JOINED 郑浩 @星海队 2023", "DISMISSED 郑浩 @星海队 2023");
    assertThat(events(NO_PACK, "星海医院主任医师陈刚收受红包,目前已被停职。")).containsExactly("SUSPENDED 陈刚 @星海医院");
  }

  /** A time told by an event (于…后) between the person and the verb; 全球 scopes the title, no part of the company. */
  @Test
  void aTimeToldByAnEventStandsBetweenThePersonAndTheVerb() {
    assertThat(events(NO_PACK, "郑浩(Hao Zheng)将于本月的年会结束后卸任星海集团董事长、月光汽车全球总裁。"))
        .containsExactlyInAnyOrder("LEFT 郑浩 @星海集团 2024-03 planned", "LEFT 郑浩 @月光汽车 2024-03 planned");
    assertThat(events(NO_PACK, "陈刚在新赛季开始之前辞去月光队主帅职务。")).containsExactly("LEFT 陈刚 @月光队");
  }

  @Test
  void aTransferFromOnePostToAnotherLeavesTheFirst() {
    assertThat(events(NO_PACK, "去年5月,周海涛从星河市市长调任月光省交通厅厅长。"))
        .containsExactlyInAnyOrder("APPOINTED 周海涛 @月光省交通厅 2023-05", "LEFT 周海涛 @星河市 2023-05");
  }

  /** "由X,出任…": the one named after 由 takes the post, not the subject of the sentence who left it. */
  @Test
  void aSuccessorAfterYouAndACommaTakesThePost() {
    assertThat(events(NO_PACK, "今年1月,周岚辞去星海家电贸易公司总经理职务,由贸易公司副总经理陈刚,接任总经理。"))
        .containsExactlyInAnyOrder("LEFT 周岚 @星海家电贸易公司 2024-01", "APPOINTED 陈刚 @星海家电贸易公司 2024-01");
  }

  /** A time heading a list of happenings joined by 、 dates each; one before a relative clause (的) does not. */
  @Test
  void aTimeHeadingAListOfHappeningsDatesEachItem() {
    assertThat(events(NO_PACK, "二月份星海银行三名副行长离任(孙磊、韩冰、杜平)、董事会决定任命两名新副行长(郑山、王林)。"))
        .contains("APPOINTED 郑山 @星海银行 2024-02", "APPOINTED 王林 @星海银行 2024-02");
    assertThat(events(NO_PACK, "二月份星海银行董事会决定聘任郑山为副行长。")).containsExactly("APPOINTED 郑山 @星海银行 2024-02");
    assertThat(events(NO_PACK, "上月被星海银行解雇的周海涛已加入月光银行。"))
        .contains("JOINED 周海涛 @月光银行");
  }

  @Test
  void aPostWrittenBeforeTheOneNamedAfterYouAndACommaBetween() {
    assertThat(events(NO_PACK, "而星海集团总裁之职,将由现任星海集团副总裁、月光汽车总经理贾海峰担任。"))
        .containsExactly("APPOINTED 贾海峰 @星海集团 planned");
  }

  /** A second post given up in the sentence, with no organization of its own, is at the first one's organization. */
  @Test
  void aSecondPostGivenUpInTheSentenceIsAtTheFirstOnesOrganization() {
    assertThat(events(NO_PACK, "周海涛2016年辞去星海集团总裁,2020年又辞去董事会主席。月光公司也很好。月光公司宣布新规。"))
        .containsExactly("LEFT 周海涛 @星海集团 2016", "LEFT 周海涛 @星海集团 2020");
  }

  @Test
  void cofounderTitleIsAFoundingWithoutTheSentencesTime() {
    assertThat(events(PIPELINE, "今年1月,谷歌的联合创始人、首席科学家约翰·史密斯(John Smith)宣布退休。"))
        .contains("FOUNDED John Smith @Google", "LEFT John Smith @Google 2024-01");
  }

  @Test
  void stillServingIsNoAppointment() {
    assertThat(events(PIPELINE, "他将继续担任谷歌董事。")).isEmpty();
  }

  @Test
  void genericNounAfterJoinStandsForTheOrganizationNamedBefore() {
    assertThat(events(PIPELINE, "皇家马德里昨日宣布,前锋卡洛斯·路易斯(Carlos Ruiz)正式加盟球队。"))
        .containsExactly("JOINED Carlos Ruiz @Real Madrid 2024-03-14");
  }

  @Test
  void negatedAndPlannedReturns() {
    assertThat(events(PIPELINE, "董事会决定,乔治·米勒(George Miller)将不会回到微软。"))
        .containsExactly("REINSTATED George Miller @Microsoft negated");
    assertThat(events(PIPELINE, "谷歌总裁约翰·史密斯(John Smith)表示将休假三个月。"))
        .containsExactly("ON_LEAVE John Smith @Google planned");
  }

  @Test
  void traditionalScriptWorksLikeSimplified() {
    assertThat(events(PIPELINE, "微軟首席技術官約翰·史密斯(John Smith)宣佈離職。"))
        .containsExactly("LEFT John Smith @Microsoft");
  }

  @Test
  void evidenceSpansPointIntoTheOriginalText() {
    String text = "微軟首席技術官約翰·史密斯(John Smith)宣佈離職。";
    SourceDocument doc = new SourceDocument("t", "test", null, null, PUB, text);
    for (PersonnelEvent e : PIPELINE.analyze(doc).events()) {
      assertThat(text.substring(e.evidence().start(), e.evidence().end())).isEqualTo(e.evidence().text());
      assertThat(e.evidence().text()).contains("約翰·史密斯").contains("離職");
    }
  }

  @Test
  void relativeClauseNamesThePersonAfterTheTrigger() {
    assertThat(events(PIPELINE, "上月被解雇的谷歌前工程师大卫·李(David Lee)已加入微软。"))
        // 上月 dates the dismissal, not the joining; the dismissed one went to Microsoft
        .containsExactlyInAnyOrder("DISMISSED David Lee @Google ->Microsoft 2024-02", "JOINED David Lee @Microsoft ->Google");
  }

  @Test
  void theSpeakerIsNotWhoLeavesUnlessAPronounSaysSo() {
    assertThat(events(NO_PACK, "分析师约翰·史密斯(John Smith)表示,优秀工程师可能继续出走。")).isEmpty();
    assertThat(events(NO_PACK, "教练约翰·史密斯(John Smith)昨日表示,他已于上个月辞职。"))
        .containsExactly("LEFT John Smith @- 2024-02");
  }

  @Test
  void unnamedGroupsGetNoEvent() {
    assertThat(events(PIPELINE, "微软总裁约翰·史密斯(John Smith)复职后,多位前董事会成员被迫离开。"))
        .containsExactly("REINSTATED John Smith @Microsoft");
  }

  @Test
  void theHeadOfAnOrganizationPhraseIsTheLastOrganization() {
    // (joining a competitor also tells the leaving of the one it competes with: a rule of frames-zh.txt)
    assertThat(events(PIPELINE, "研究员约翰·史密斯(John Smith)加入了谷歌的竞争对手Anthropic。"))
        .contains("JOINED John Smith @Anthropic").noneMatch(e -> e.startsWith("JOINED John Smith @Google"));
  }

  @Test
  void aNounBeforeAnOrganizationsNameHeadsItAndPointsToNoEarlierOne() {
    // "机器学习公司Acme": 公司 is not "the company named before" (谷歌) when a name follows it
    assertThat(events(PIPELINE, "史密斯后来加入了谷歌的对手机器学习公司Anthropic。"))
        .anyMatch(e -> e.startsWith("JOINED 史密斯 @Anthropic")).noneMatch(e -> e.startsWith("JOINED 史密斯 @Google"));
  }

  @Test
  void membersOfAGroupThatJoinedEachJoinAndLeaveWhateverDescribesThem() {
    // the members follow 其中包括…: each described before the title, the last by a relative clause
    assertThat(events(NO_PACK, "今年以来,5名工程师加入Acme公司,其中包括3名Beta资深员工:搜索团队核心成员张伟、安全团队负责人李强和加入Beta公司8年的联合创始人王芳。"))
        .anyMatch(e -> e.startsWith("JOINED 张伟 @Acme公司")).anyMatch(e -> e.startsWith("JOINED 李强 @Acme公司"))
        .anyMatch(e -> e.startsWith("JOINED 王芳 @Acme公司")).anyMatch(e -> e.startsWith("LEFT 李强 @Beta ->Acme公司"))
        .anyMatch(e -> e.startsWith("LEFT 王芳 @Beta ->Acme公司"));
  }

  @Test
  void foundersCountedThenNamedAfterAColonAreEachAFounder() {
    assertThat(events(NO_PACK, "江城矿业三名创始人中如今有两名留在公司,分别为郑浩和勘探部门负责人周岚。"))
        .anyMatch(e -> e.startsWith("FOUNDED 郑浩 @江城矿业")).anyMatch(e -> e.startsWith("FOUNDED 周岚 @江城矿业"));
  }

  @Test
  void aNamedMemberOfAListIsNotTheNameOfTheNextAssignment() {
    // "王芳为副主席" is an assignment of its own: 李强、王芳 are the two named for it, not 李强 and the title
    assertThat(events(NO_PACK, "会议选举张伟为新任主席,李强、王芳为副主席。"))
        .containsExactlyInAnyOrder("APPOINTED 张伟 @-", "APPOINTED 李强 @-", "APPOINTED 王芳 @-");
  }

  @Test
  void thoseTakenAlongLeaveHoweverTheirTitleIsDescribed() {
    assertThat(events(NO_PACK, "2019年,郑浩从星海科技辞职,并带走了前法务主管周岚和工程师陈刚。"))
        .anyMatch(e -> e.startsWith("LEFT 周岚 @星海科技")).anyMatch(e -> e.startsWith("LEFT 陈刚 @星海科技"));
  }

  @Test
  void aTriggerTheSegmenterCutAcrossWordsIsOneWordAgain() {
    // the segmenter reads "…帮助下官复原职" as 下官 / 复原 / 职
    assertThat(events(NO_PACK, "张伟在投资人和部分员工的帮助下官复原职。")).containsExactly("REINSTATED 张伟 @-");
  }

  @Test
  void aSpeakerIsWhomTheReflexiveAfterTheSpeechVerbStandsFor() {
    assertThat(events(NO_PACK, "2023年5月,星海科技原联合主管张伟称,自己因难以保持工作与生活的平衡而离职。"))
        .anyMatch(e -> e.startsWith("LEFT 张伟"));
  }

  @Test
  void aPassiveDismissalMaySayWhenAndWhyAroundWhoDismissed() {
    assertThat(events(NO_PACK, "张伟入职半年,他却在几个月后因此事被星海科技人力部门以“泄密”的罪名开除。"))
        .anyMatch(e -> e.startsWith("DISMISSED 张伟 @星海科技"));
  }

  @Test
  void theCompanyMeansTheSubjectOfTheSentenceBeforeNotItsObject() {
    assertThat(events(NO_PACK, "Acme公司这两年从Beta公司挖走了不少骨干。该公司上个月又聘请了Beta公司的前设计师王芳。"))
        .anyMatch(e -> e.startsWith("JOINED 王芳 @Acme公司"));
  }

  @Test
  void aChainOfTitlesMayDescribeItsLastTitle() {
    // 硬件业务 describes the second title: the chain, and so the person, starts at the first one
    assertThat(events(NO_PACK, "前年新加入的工程负责人、硬件业务副总裁李强近日也宣布离职。"))
        .anyMatch(e -> e.startsWith("JOINED 李强")).anyMatch(e -> e.startsWith("LEFT 李强"));
  }

  @Test
  void aFoundingAnnouncedInALaterClauseIsThePersonTheSentenceOpensWith() {
    assertThat(events(NO_PACK, "今年9月,星海科技联合创始人郑浩也辞去了董事长职务,宣布了其机器人公司Acme的成立。"))
        .anyMatch(e -> e.startsWith("FOUNDED 郑浩 @Acme"));
  }

  @Test
  void aLeaveToldInACleftAfterTheNamesComma() {
    assertThat(events(NO_PACK, "外界猜测他会就此离开,因为星海科技前联合创始人郑浩,也是在休了长假之后离职的。"))
        .anyMatch(e -> e.startsWith("ON_LEAVE 郑浩 @星海科技")).anyMatch(e -> e.startsWith("LEFT 郑浩 @星海科技"));
  }

  @Test
  void aPersonAClubAnnouncesIsTheSubjectOfTheNextClauseWhichKeepsItsOwnPolarity() {
    // 转 任 (two one-character words) is the trigger 转任; its clause has no subject and no negation of its own
    assertThat(events(NO_PACK, "厦门队随后宣布周岚今后不再担任主帅一职,转任俱乐部技术顾问。"))
        .contains("APPOINTED 周岚 @厦门队");
  }

  @Test
  void aShortTriggerCutAcrossWordsBeforeATransliteratedNameIsOneWordAgain() {
    // the segmenter reads 签 下马 洛尼: 签下 and the name 马洛尼
    assertThat(events(PIPELINE, "切尔西签下马洛尼 中场再添新援")).anyMatch(e -> e.startsWith("JOINED 马洛尼 @Chelsea FC"));
  }

  @Test
  void signingWithAnOrganizationTheSegmenterDoesNotKnow() {
    assertThat(events(NO_PACK, "官宣:张伟与月光体育签约 新赛季将担任解说嘉宾")).contains("JOINED 张伟 @月光体育");
  }

  @Test
  void aOneCharacterTriggerInsideAWordBeforeATransliterationStaysInside() {
    // 任 inside 卸任 before 阿里巴巴: a leaving, no appointment
    assertThat(events(PIPELINE, "张伟卸任阿里巴巴董事局主席")).noneMatch(e -> e.startsWith("APPOINTED"));
  }

  @Test
  void aPlaceAfterAVerbOfDismissalIsNoOneDismissed() {
    assertThat(events(NO_PACK, "三名背包客在古城墙上涂鸦,被处以罚款,并被驱逐出佛罗伦萨。")).noneMatch(e -> e.contains("佛罗伦萨"));
  }

  @Test
  void aNameInsideAnOrganizationNameTakesNoPart() {
    assertThat(events(PIPELINE, "一位曾在克林顿政府任职的人士即将加入微软。")).isEmpty();
  }

  @Test
  void anOutcomeSupersedesAnEarlierAttemptInTheSameArticle() {
    String text = "董事会努力促使约翰·史密斯(John Smith)回归微软。但最终,微软未能成功吸引史密斯回归。";
    assertThat(events(PIPELINE, text)).containsExactly("REINSTATED John Smith @Microsoft negated");
  }

  @Test
  void passiveBelongsOnlyToItsOwnVerb() {
    // and 曾担任 tells a post held, no appointment
    assertThat(events(PIPELINE, "玛丽·琼斯(Mary Jones)在约翰·史密斯(John Smith)被谷歌解雇时曾担任首席技术官。"))
        .containsExactly("DISMISSED John Smith @Google");
  }

  @Test
  void theSuccessorOfAReplacement() {
    assertThat(events(PIPELINE, "几天后,她被彼得·布朗(Peter Brown)取代。")).containsExactly("APPOINTED Peter Brown @-");
  }

  @Test
  void aPronounWithNobodyNamedIsThePreviousSentencesSubject() {
    String text = "研究员约翰·史密斯(John Smith)发现了安全漏洞。几个月后,他被谷歌开除。";
    assertThat(events(PIPELINE, text)).containsExactly("DISMISSED John Smith @Google"); // 几个月后: no anchor
  }

  @Test
  void membersListedAfterAGroup() {
    assertThat(events(PIPELINE, "今年有3名员工加入Anthropic,其中包括玛丽·琼斯(Mary Jones)和彼得·布朗(Peter Brown)。"))
        .contains("JOINED Mary Jones @Anthropic 2024", "JOINED Peter Brown @Anthropic 2024");
  }

  @Test
  void aRelativeClauseWithOrganizationAndDuration() {
    assertThat(events(PIPELINE, "加入谷歌9年的工程师约翰·史密斯(John Smith)宣布退休。"))
        .contains("JOINED John Smith @Google", "LEFT John Smith @Google");
  }

  @Test
  void anAnaphoricCompanyIsTheOrganizationNamedBefore() {
    assertThat(events(PIPELINE, "Anthropic规模扩张很快。该公司最近又聘用了前工程师约翰·史密斯(John Smith)。"))
        .containsExactly("JOINED John Smith @Anthropic 2024"); // 最近: this year
  }

  @Test
  void aTimeShiftingAdverbStopsTheParagraphsTime() {
    // 此前…曾 tells a post held before: no event takes the paragraph's time for it
    String text = "2023年5月,约翰·史密斯(John Smith)加盟谷歌。此前他曾在微软担任副总裁。";
    assertThat(events(PIPELINE, text)).containsExactly("JOINED John Smith @Google 2023-05");
  }

  @Test
  void aClubOrAgencyBeforeTheTitleIsTheEmployerNotPartOfTheRole() {
    SourceDocument doc = new SourceDocument("t", "test", null, null, PUB, "今年1月,利物浦主帅克洛普宣布将在赛季结束后离开球队。");
    PersonnelEvent e = NO_PACK.analyze(doc).events().get(0);
    assertThat(Described.withoutRole(e)).isEqualTo("LEFT 克洛普 @利物浦 2024-01 planned");
    assertThat(e.role()).isEqualTo("主帅");
  }

  @Test
  void anAdverbAfterANameIsNotPartOfIt() {
    assertThat(events(NO_PACK, "微软研究院副院长陈刚和首席科学家赵磊相继离职。"))
        .containsExactly("LEFT 陈刚 @微软研究院", "LEFT 赵磊 @微软研究院");
    assertThat(events(NO_PACK, "副局长李晓红先后卸任。")).containsExactly("LEFT 李晓红 @-");
  }

  @Test
  void aLongerTransliterationIsNotAShorterKnownName() {
    assertThat(events(PIPELINE, "本月初,上海海港主帅穆斯卡特宣布离开球队。")).noneMatch(d -> d.contains("Musk"));
  }

  @Test
  void relativeClausesAndCleftsTellWhoMoves() {
    assertThat(events(NO_PACK, "星海科技目前只剩两位高管:研究主管张明,以及正在休假的总裁李强。"))
        .containsExactly("ON_LEAVE 李强 @星海科技");
    assertThat(events(NO_PACK, "前总裁王立新,也是在年初离职的。")).containsExactly("LEFT 王立新 @- 2024"); // 年初: this year
  }

  @Test
  void aNewUnnamedCompanyIsNoOrganizationOfTheContext() {
    // 一家…公司 introduces an organization: no anaphor of 星海科技, and a founding of nothing named is no event
    assertThat(events(NO_PACK, "星海科技前总裁张明今年4月宣布创办了一家新芯片公司。"))
        .noneMatch(e -> e.startsWith("FOUNDED"));
  }

  @Test
  void aWordJoiningTwoTitlesIsNoAppointment() {
    assertThat(events(NO_PACK, "星海集团宣布,张明卸任集团董事会主席兼首席执行官。"))
        .noneMatch(e -> e.startsWith("APPOINTED"));
    // one who succeeds another takes the post
    // (the time before 接替 is read as 接替's, a verb of taking office of its own: the appointment stays undated)
    assertThat(events(NO_PACK, "王立新于2021年11月接替张明出任星海银行行长。")).anyMatch(e -> e.startsWith("APPOINTED 王立新 @星海银行"))
        .noneMatch(e -> e.startsWith("APPOINTED 张明"));
  }

  /** English sentences go to the English extractor (its own tests: EnglishEventsTest). */
  @Test
  void englishTextYieldsEventsToo() {
    assertThat(events(PIPELINE, "Jony Ive, Apple's chief design officer, will leave the company later this year."))
        .containsExactly("LEFT Jony Ive @Apple 2024 planned");
  }

  /** A body outside the pack, named before the title of the post taken, is that post's organization. */
  @Test
  void anUnlistedBodyBeforeTheTitleIsThePostsOrganization() {
    assertThat(events(NO_PACK, "十四届全国人大一次会议决定,李强出任国务院总理。"))
        .containsExactly("APPOINTED 李强 @国务院");
  }

  @Test
  void aCountedGroupNamedInBracketsAfterTheVerb() {
    // HanLP glues "),": one mark per token, so the closing bracket ends the list
    assertThat(events(NO_PACK, "星海银行三位副行长辞任(郑浩、周岚、陈刚),董事会同日任命两名新副行长(孙磊、韩冰),任期两年。"))
        .containsExactlyInAnyOrder("LEFT 郑浩 @星海银行", "LEFT 周岚 @星海银行", "LEFT 陈刚 @星海银行",
            "APPOINTED 孙磊 @星海银行", "APPOINTED 韩冰 @星海银行");
  }

  @Test
  void aSquadBeforeATitleIsPartOfTheTitleNotAnOrganization() {
    // the club that announces is the employer; "一军" is no organization
    assertThat(events(NO_PACK, "星海足球俱乐部宣布,二军总教练张伟升任一军代理总教练。"))
        .containsExactly("APPOINTED 张伟 @星海足球俱乐部");
  }

  @Test
  void aNameBeforeAnOrganizationIsNoPartOfIt() {
    assertThat(events(NO_PACK, "免去张明远中国星海集团公司董事长职务。"))
        .containsExactly("LEFT 张明远 @中国星海集团公司");
    // a company named after a person keeps the name
    assertThat(events(NO_PACK, "李宁体育用品公司总裁张伟离职。")).containsExactly("LEFT 张伟 @李宁体育用品公司");
  }

  @Test
  void appointedToSucceedIsAnAppointmentAtTheOrganizationLeft() {
    assertThat(events(NO_PACK, "星海科技董事长李明辞职,董事会任命张伟接任。"))
        .containsExactly("LEFT 李明 @星海科技", "APPOINTED 张伟 @星海科技");
  }

  @Test
  void anAdverbAfterANameOfThreeIsNoPartOfIt() {
    assertThat(events(NO_PACK, "星海集团前董事长陈立生突被免去党委书记职务。"))
        .containsExactly("LEFT 陈立生 @星海集团");
  }

  @Test
  void verbsChainedByYouShareTheirTime() {
    assertThat(events(NO_PACK, "去年星海科技总裁周岚被股东会开除又重新聘用。"))
        .contains("DISMISSED 周岚 @星海科技 2023", "REINSTATED 周岚 @星海科技 2023");
  }

  @Test
  void aNativeOfAPlaceIsNoPerson() {
    // the segmenter reads the district 江宁 as a name; "江苏江宁人" is where one comes from
    assertThat(events(NO_PACK, "张丽,江苏江宁人,2015年加入星海科技。")).containsExactly("JOINED 张丽 @星海科技 2015");
  }

  @Test
  void aVerbThatQualifiesANounIsNoEvent() {
    assertThat(events(NO_PACK, "前锋张伟第一次和星海队传出转会新闻。")).isEmpty();
    assertThat(events(NO_PACK, "前锋张伟转会星海队。")).containsExactly("JOINED 张伟 @星海队");
  }

  @Test
  void postsListedBeforeTheNameAreThePersons() {
    assertThat(events(NO_PACK, "星海集团宣布辞退华东区负责人、公司副总裁张伟。"))
        .containsExactly("DISMISSED 张伟 @星海集团");
  }

  @Test
  void theTimeCountedToAChangeIsNoChange() {
    assertThat(events(NO_PACK, "星海集团宣布周岚升任总裁,而她距离退休不足两年。"))
        .containsExactly("APPOINTED 周岚 @星海集团");
  }

  @Test
  void aCounterOfHoldersIsNoAppointment() {
    assertThat(events(NO_PACK, "星海集团总裁郑浩明年将退休,其前三任总裁均在年满六十二岁时卸任。"))
        .noneMatch(e -> e.startsWith("APPOINTED"));
    // a name ending in a numeral is no counter
    assertThat(events(NO_PACK, "李十任星海集团总裁。")).anyMatch(e -> e.startsWith("APPOINTED"));
  }

  @Test
  void takingOverFromAnothersHandsAppointsTheTakerAndTheGiverLeaves() {
    assertThat(events(NO_PACK, "陈明在2014年从王刚手中接过执掌星海集团的重担。"))
        .contains("APPOINTED 陈明 @星海集团 2014", "LEFT 王刚 @星海集团 2014");
  }

  @Test
  void anAdverbGluedToATwoCharacterNameBeforeAVerbIsNoPartOfIt() {
    assertThat(events(NO_PACK, "星海集团此前两位总裁李强、赵伟皆是在六十二岁时卸任。"))
        .anyMatch(e -> e.startsWith("LEFT 赵伟 ")).noneMatch(e -> e.contains("赵伟皆"));
  }

  @Test
  void aPlanToldTwiceWithTheSameTitleIsOnePlan() {
    assertThat(events(NO_PACK, "有消息人士称,星海集团的郑浩将在今年8月退休。去年就有报道称郑浩将退休。"))
        .filteredOn(e -> e.startsWith("LEFT 郑浩")).hasSize(1);
    // a title on one report only: two facts may be told (the post in April, the board seat in June)
    assertThat(events(NO_PACK, "星海集团董事长王立将在今年4月退休。他将在今年6月退休。"))
        .filteredOn(e -> e.startsWith("LEFT 王立")).hasSize(2);
  }

  @Test
  void aChangeRetoldDaysLaterIsOneChange() {
    assertThat(events(NO_PACK, "3月8日,王立被星海科技解雇。3月12日,星海科技再次确认王立被解雇。"))
        .filteredOn(e -> e.startsWith("DISMISSED 王立")).containsExactly("DISMISSED 王立 @星海科技 2024-03-08");
    assertThat(events(NO_PACK, "2022年3月8日,王立被星海科技解雇。2024年3月12日,王立再次被星海科技解雇。"))
        .filteredOn(e -> e.startsWith("DISMISSED 王立")).hasSize(2);
  }

  @Test
  void whoHelpsInAnAdverbialOfCircumstanceIsNoFounder() {
    assertThat(events(NO_PACK, "2015年,张伟和刘芳在星海科技首席执行官赵明的帮助下一起创建 Acme。"))
        .noneMatch(e -> e.contains("赵明")).contains("FOUNDED 张伟 @Acme 2015", "FOUNDED 刘芳 @Acme 2015");
  }

  @Test
  void aSuccessorTakesThePostAtTheOrganizationOfTheOneWhoLeftIt() {
    // 国资委 appoints (同时任命: no stative 时任); the post is at 星海集团
    assertThat(events(NO_PACK, "国资委局长赵刚12日在星海集团大会上宣布了王立免职的通知,国资委同时任命李强接任。"))
        .contains("APPOINTED 李强 @星海集团 2024-03-12");
  }

  @Test
  void titlesAsTaiwanWritesThemAndATitleBeforeAListCommaIsNoPartOfTheNextName() {
    assertThat(events(NO_PACK, "星海电子宣布,由共同执行长刘德明接任董事长、魏志强担任总裁。"))
        .contains("APPOINTED 刘德明 @星海电子", "APPOINTED 魏志强 @星海电子");
    assertThat(NO_PACK.analyze(new SourceDocument("t", "test", null, null, PUB,
        "星海电子宣布,由共同执行长刘德明接任董事长、魏志强担任总裁。")).events())
        .filteredOn(e -> e.person().name().equals("魏志强")).extracting(PersonnelEvent::role).containsExactly("总裁");
  }

  @Test
  void recentlySaysNothingAgainstADateOfTheYearBefore() {
    assertThat(events(NO_PACK, "2023年11月,王立被星海科技解雇。近期,星海科技又解雇了王立。"))
        .filteredOn(e -> e.startsWith("DISMISSED 王立")).containsExactly("DISMISSED 王立 @星海科技 2023-11");
    assertThat(events(NO_PACK, "2019年11月,王立被星海科技解雇。近期,星海科技又解雇了王立。"))
        .filteredOn(e -> e.startsWith("DISMISSED 王立")).hasSize(2);
  }

  @Test
  void thoseWhoWentBeforeDidTheSame() {
    assertThat(events(NO_PACK, "继刘强、赵明之后,星海科技副总裁王明也将到期退休。"))
        .contains("LEFT 刘强 @星海科技", "LEFT 赵明 @星海科技");
    assertThat(events(NO_PACK, "继李刚后,赵勇也加盟了月光集团。")).contains("JOINED 李刚 @月光集团");
  }

  @Test
  void appointedAsTheNewTermsHolderAndASecondVerbJoinedByBing() {
    assertThat(events(NO_PACK, "星海体育局发布通知,聘任蔡明作为新一届星海女排主帅。"))
        .anyMatch(e -> e.startsWith("APPOINTED 蔡明 @星海女排"));
    assertThat(events(NO_PACK, "从2016年起,刘芳出任星海女排主帅并于去年世锦赛结束后卸任。"))
        .anyMatch(e -> e.startsWith("LEFT 刘芳 @星海女排 2023"));
  }

  /** "暂代/nz 主教练": an interim post's verb the tagger took for a noun is a verb, no organization of the post. */
  @Test
  void anInterimTakingOfAPostTaggedAsANounIsStillAnAppointment() {
    assertThat(events(NO_PACK, "江城队主帅陈刚下课后,助理教练郑浩暂代主教练一职。"))
        .contains("APPOINTED 郑浩 @江城队");
  }

  /** "辞去所任职务": a post not named is still given up, a leaving of the company the text is about. */
  @Test
  void givingUpAPostNotNamedIsALeaving() {
    assertThat(events(NO_PACK, "北辰证券近日发布公告称,本公司副总经理刘文涛因家庭缘故请求辞去所任职务。"))
        .anyMatch(e -> e.startsWith("LEFT 刘文涛 @北辰证券"));
    assertThat(events(NO_PACK, "星海科技董事孟凡因工作调动请辞公司一切职务。"))
        .anyMatch(e -> e.startsWith("LEFT 孟凡 @星海科技"));
  }

  /** "以自由球员身份": the capacity one acts in is no one's name; the subject named before it joins. */
  @Test
  void theCapacityOneJoinsInIsNotTheOneWhoJoins() {
    assertThat(events(NO_PACK, "后卫孟凡以自由球员身份加盟星海队。")).containsExactly("JOINED 孟凡 @星海队");
    assertThat(events(NO_PACK, "周敏以顾问的身份加入星海科技。")).containsExactly("JOINED 周敏 @星海科技");
  }

  /** "任命前月光银行行长孟凡为公司总裁": the appointee's former post stands between the verb and the appointment. */
  @Test
  void anAppointeeDescribedByAFormerPostIsAppointed() {
    assertThat(events(NO_PACK, "雪松智能宣布,任命前月光银行行长孟凡为公司总裁。"))
        .contains("APPOINTED 孟凡 @雪松智能");
  }

  /** "已提交辞呈": a resignation handed in, to no one named, after an adverb. */
  @Test
  void aResignationHandedInAfterAnAdverbIsALeaving() {
    assertThat(events(NO_PACK, "据悉,星海汽车首席财务官孟凡已提交辞呈。")).containsExactly("LEFT 孟凡 @星海汽车");
  }

  /** "被免去校长职务": the post after a passive removal is no one; the person stands before it. */
  @Test
  void aPassiveRemovalIsOfThePersonBeforeIt() {
    assertThat(events(NO_PACK, "星海中学校长孟凡因违规收受礼金被免去校长职务。"))
        .anyMatch(e -> e.startsWith("DISMISSED 孟凡"));
  }

  /** "由X接替其职务": 其职务 is the post the other left, not a leaving by the one who takes it over. */
  @Test
  void theOneWhoTakesOverAPostDoesNotLeaveIt() {
    assertThat(events(NO_PACK, "星海集团董事孟凡已于本月初辞任,由财务总监韩雪接替其职务。"))
        .contains("APPOINTED 韩雪 @星海集团 2024-03").noneMatch(e -> e.startsWith("LEFT 韩雪"));
  }

  /** "委任前汇/v 达/n 证券总裁孟凡为新任总裁": the appointee's former employer, a name in two single characters. */
  @Test
  void anAppointeeFromACompanyLeftInCharactersIsAppointedByTheAnnouncer() {
    assertThat(events(NO_PACK, "月光银行宣布委任前汇达证券总裁孟凡为新任总裁。")).containsExactly("APPOINTED 孟凡 @月光银行");
  }
}
