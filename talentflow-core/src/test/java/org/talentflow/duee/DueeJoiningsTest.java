package org.talentflow.duee;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** DuEE joinings (组织关系-加盟) in constructions of sports and business news. Sentences written for these tests. */
class DueeJoiningsTest {
  private static List<String> predict(String sentence) {
    return DueeTest.predict(sentence);
  }

  /** A return to a team (重回, 返回) is a joining of it, also with 了 between. */
  @Test
  void aReturnToATeamIsAJoining() {
    assertThat(predict("两年后，刘晓东重回了广西队。")).singleElement().asString()
        .contains("加盟者=刘晓东", "所加盟组织=广西队");
  }

  /**
   * The team returned to may be described in a relative clause; 后者 stands for the one named last, and the cues of
   * the antecedent's clause (不再) do not negate the pronoun's.
   */
  @Test
  void theTeamReturnedToMayBeDescribedAndTheReturnerAPronoun() {
    assertThat(predict("孙浩卸下了月光队助教一职，后者随后返回了他效力过八年的广西队。")).anySatisfy(e -> assertThat(e)
        .contains("加盟者=孙浩", "所加盟组织=广西队"));
    assertThat(predict("孙浩不再担任月光队助教，他将返回广西队。")).anySatisfy(e -> assertThat(e)
        .contains("加盟者=孙浩", "所加盟组织=广西队"));
  }

  /** A nickname with a one-character suffix inside (意式: Italian-style), announced, joins the announcer. */
  @Test
  void aNicknameWithASuffixInsideJoinsTheAnnouncer() {
    assertThat(predict("月光队将官宣意式铁卫加盟")).singleElement().asString()
        .contains("加盟者=意式铁卫", "所加盟组织=月光队");
  }

  /** A counted contract signed by a person and an organization, either named first, is a joining. */
  @Test
  void aContractSignedWithAnOrganizationIsAJoining() {
    assertThat(predict("中锋卢一鸣同月光队签订了一纸三年合约。")).singleElement().asString()
        .contains("加盟者=中锋卢一鸣", "所加盟组织=月光队");
    assertThat(predict("月光队宣布与新秀卢一鸣，签署了两份合同。")).singleElement().asString()
        .contains("加盟者=新秀卢一鸣", "所加盟组织=月光队");
    // a company's agreement is no joining
    assertThat(predict("董事长卢一鸣与月光集团签署了一份合作协议。")).isEmpty();
  }

  /** A pronoun opening a sentence stands for the one named last in the sentence before, as DuEE writes it. */
  @Test
  void aPronounOpeningASentenceIsTheOneNamedLastBefore() {
    assertThat(predict("月光队昨天裁掉了后卫周小川。去年他与月光队签订了一纸合同。")).anySatisfy(e -> assertThat(e)
        .contains("加盟者=后卫周小川", "所加盟组织=月光队"));
  }

  /** A club after a verb of joining, its league before it, ending the clause: DuEE keeps the league. */
  @Test
  void aClubWithItsLeagueBeforeItIsOneOrganization() {
    assertThat(predict("官方：19岁中场张伟加盟西甲瓦雷拉斯，为期四年")).singleElement().asString()
        .contains("所加盟组织=西甲瓦雷拉斯");
    // the league alone, a clause going on after it: the league only
    assertThat(predict("张伟加盟中超后进步很快")).singleElement().asString().contains("所加盟组织=中超")
        .doesNotContain("进步");
  }

  /** A player's position before the name is a title: it anchors the name the segmenter would cut (边锋 张/q 伟/ag). */
  @Test
  void aPlayersPositionBeforeTheNameIsATitle() {
    assertThat(predict("官方：19岁边锋张伟加盟星海队")).singleElement().asString()
        .contains("加盟者=19岁边锋张伟", "所加盟组织=星海队");
  }

  /** A capitalized Latin word right after a title is the title's holder (a handle), not a brand. */
  @Test
  void aLatinHandleAfterATitleIsAPerson() {
    assertThat(predict("知名游戏主播Kiwi离开月光直播，加盟星海直播")).anySatisfy(e -> assertThat(e)
        .contains("加盟者=知名游戏主播Kiwi", "所加盟组织=星海直播"));
    assertThat(predict("前锋Rocky加盟月光队")).singleElement().asString()
        .contains("加盟者=前锋Rocky", "所加盟组织=月光队");
    // a full name goes on after the first word
    assertThat(predict("星海科技董事Anna Lee宣布离职")).singleElement().asString().contains("离职者=星海科技董事Anna Lee");
  }

  /** After a verb of joining, a word for people (女星, 球员) names those signed, no organization joined. */
  @Test
  void peopleAfterAVerbOfJoiningAreNoOrganization() {
    assertThat(predict("月光影业签约女星昨日在机场与记者发生冲突")).isEmpty();
  }

  /**
   * A return welcomed or announced by another is a joining, also with no organization named; a transliterated name
   * after the word of welcoming is a name, and a name before a verb of returning no organization (张伟重返球队).
   */
  @Test
  void aReturnWelcomedOrAnnouncedIsAJoining() {
    assertThat(predict("球迷们热烈欢迎格兰特回归")).singleElement().asString().contains("加盟者=格兰特");
    assertThat(predict("星海队官方宣布张伟重返球队")).singleElement().asString().contains("加盟者=张伟");
    // a comeback from an injury is none
    assertThat(predict("张伟伤愈回归")).isEmpty();
  }

  /** A title inside 以…身份 is the capacity one joins in, not the one who joins. */
  @Test
  void aTitleInACapacityIsNotTheJoiner() {
    assertThat(predict("据悉，王五将以自由球员身份加盟月光队。")).singleElement().asString()
        .contains("加盟者=王五").doesNotContain("加盟者=自由球员");
  }
}
