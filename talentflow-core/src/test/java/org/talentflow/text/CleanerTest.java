package org.talentflow.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.talentflow.pack.KnowledgePack;

class CleanerTest {
  private final Cleaner cleaner = new Cleaner(KnowledgePack.builtin().boilerplate());

  @Test
  void removesPinyinGlossesAfterCharactersAndKeepsTheWayBack() {
    String original = "他宣布離職并創(chuàng)業(yè),O(shè)penAI回應。";
    MappedText t = cleaner.clean(original);
    assertThat(t.text()).isEqualTo("他宣布離職并創業,OpenAI回應。");
    int s = t.text().indexOf("創業");
    assertThat(t.originalText(s, s + 2)).isEqualTo("創(chuàng)業");
  }

  @Test
  void removesWhatIsLeftOfAGlossAfterALostCharacter() {
    String original = "新华社9月12日?qǐng)?bào)道,他變?yōu)榇笳Z";
    assertThat(cleaner.clean(original).text()).isEqualTo("新华社9月12日??道,他變?榇笳Z");
  }

  @Test
  void keepsLatinGlossesAndMaskedCharacters() {
    String original = "研究主管安娜·科瓦奇(Anna K v)透露,薪酬与考核 *员会委员认为";
    assertThat(cleaner.clean(original).text()).isEqualTo(original);
  }

  @Test
  void dropsSiteFurnitureLines() {
    String original = "标题\n立即加入\n  • 首页\n12345.webp\n分享到:微信 微博\n正文第一段。";
    assertThat(cleaner.clean(original).text()).isEqualTo("标题\n正文第一段。");
  }

  @Test
  void keepsABulletLineThatHeadsAParagraphOfProse() {
    String bio = "1961年出生,江西九江人,大学学历,高级经济师。曾任星海港务局局长、副部长,2005年6月起任交通部部长、党组书记。";
    String original = "● 首页\n● 新闻\n正文第一段。\n●王建国简历\n" + bio;
    assertThat(cleaner.clean(original).text()).isEqualTo("正文第一段。\n●王建国简历\n" + bio);
  }

  @Test
  void dropsAnOffTopicPromoParagraphAtTheEdgeOfAnArticle() {
    String promo = "一款限量版折叠屏游戏掌机近来在转卖市场上身价忽高忽低,有卖家开出上万元的报价,想要尝鲜的玩家往往得额外付钱排队,实体店同样一机难求。";
    StringBuilder body = new StringBuilder();
    String[] paragraphs = {
      "足球俱乐部主教练王明宣布离职,俱乐部董事会随后任命助理教练李强接任主教练一职,球队将在下周迎来新赛季的首场比赛。",
      "俱乐部在声明中感谢王明过去三个赛季的贡献,王明带领球队两次进入联赛前四,也是俱乐部历史上任期最长的主教练之一。",
      "李强此前担任俱乐部助理教练五年,熟悉球队的战术体系,俱乐部董事会认为他能够保持球队的稳定,帮助球队实现赛季目标。",
      "据俱乐部人士透露,王明离职的原因是与俱乐部董事会在球队引援方向上存在分歧,双方经过多次沟通未能达成一致意见。",
      "球迷对主教练离职一事反应不一,有球迷认为俱乐部应当给予王明更多支持,也有球迷期待李强带领球队打出新的风格。",
      "俱乐部表示新赛季的目标不变,仍然是进入联赛前四,并将在本月底前完成球队阵容的调整,李强将在周五首次公开亮相。"
    };
    body.append(promo).append('\n');
    for (String p : paragraphs) {
      body.append(p).append('\n');
    }
    String cleaned = cleaner.clean(body.toString()).text();
    assertThat(cleaned).doesNotContain("折叠屏");
    for (String p : paragraphs) {
      assertThat(cleaned).contains(p);
    }
  }

  @Test
  void shortArticlesAreNeverJudgedOffTopic() {
    String original = "一款限量版折叠屏游戏掌机近来在转卖市场上身价忽高忽低,有卖家开出上万元的报价,玩家得额外付钱排队。\n张三辞职。";
    assertThat(cleaner.clean(original).text()).isEqualTo(original);
  }
}
