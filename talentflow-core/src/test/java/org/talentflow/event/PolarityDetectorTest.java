package org.talentflow.event;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.talentflow.model.Polarity;
import org.talentflow.pack.KnowledgePack;

class PolarityDetectorTest {
  private final PolarityDetector detector = new PolarityDetector(KnowledgePack.builtin());

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "决定他将不会回到, 回到, NEGATED",
    "球队最终未能说服她复出, 复出, NEGATED",
    "董事会撤回了请他重返的提议, 重返, NEGATED",
    "外界把这次改组解读为她即将卸任, 卸任, SPECULATIVE",
    "据传他已经离职, 离职, SPECULATIVE",
    "他宣布将休假, 休假, PLANNED",
    "教练计划下月离开, 离开, PLANNED",
    "他昨日宣布离职, 离职, ASSERTED",
    "如果不是郑浩加盟, 加盟, ASSERTED",
    "要不是陈刚辞职, 辞职, ASSERTED",
    "郑浩不是加盟, 加盟, NEGATED",
    "没过多久就被球队裁掉, 裁掉, ASSERTED",
    "上任没多久就辞职, 辞职, ASSERTED"
  })
  void cuesBeforeTheTrigger(String clause, String trigger, Polarity expected) {
    assertThat(detector.polarity(clause, 0, clause.indexOf(trigger))).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "有传言称,他将辞职|辞职|SPECULATIVE",
    "据传闻,张明将离职|离职|SPECULATIVE",
    "公司表示,张明已离职|离职|ASSERTED",
    "据悉,张明已离职|离职|ASSERTED",
    "传言四起之后的第二年年初,张明离职|离职|ASSERTED"
  })
  void aRumourIntroducingTheClauseMakesItSpeculative(String sentence, String trigger, Polarity expected) {
    int at = sentence.indexOf(trigger);
    assertThat(detector.polarity(sentence, sentence.indexOf(',') + 1, at)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "据报道,李明已离开星海银行,但星海银行方面否认了这一消息。|离开|true",
    "张明离职。对此,公司予以否认。|离职|true",
    "张明离职。他否认了离职传闻。|离职|true",
    "张明离职。他否认了关于他与董事长不和的种种说法。|离职|false",
    "张明离职后否认曾泄露机密。|离职|false",
    "张明离职,公司表示感谢。|离职|false"
  })
  void aLaterDenialOfTheReportDisputesIt(String text, String trigger, boolean denied) {
    int at = text.indexOf(trigger);
    assertThat(detector.deniedAfter(text, at + trigger.length(), text.length())).isEqualTo(denied);
  }
}
