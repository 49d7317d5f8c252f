package org.talentflow.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SoundKeyTest {
  private static final SoundKey SOUND = new SoundKey(new HanlpPinyin());

  @ParameterizedTest(name = "{0} ~ {1}")
  @CsvSource({
    "苏茨克维, Sutskever", "苏茨克弗, Sutskever", "苏茨克沃, Sutskever", "苏茨克维尔, Sutskever",
    "舒尔曼, Schulman", "阿尔特曼, Altman", "奥特曼, Altman", "奥尔特曼, Altman", "莱克, Leike", "雷克, Leike",
    "布罗克曼, Brockman", "马斯克, Musk", "穆拉蒂, Murati", "扎伦巴, Zaremba", "贝索斯, Bezos", "梅西, Messi",
    "辛顿, Hinton", "约翰逊, Johnson", "扎克伯格, Zuckerberg"
  })
  void transliterationsSoundLikeTheirLatinName(String han, String latin) {
    assertThat(SoundKey.alike(SOUND.han(han), SoundKey.latin(latin))).isTrue();
  }

  @ParameterizedTest(name = "{0} !~ {1}")
  @CsvSource({"穆拉蒂, Musk", "奥特曼, Brockman", "舒尔曼, Sutskever", "莱克, Clark", "马斯克, Murati", "穆斯卡特, Musk"})
  void differentNamesDoNot(String han, String latin) {
    assertThat(SoundKey.alike(SOUND.han(han), SoundKey.latin(latin))).isFalse();
  }
}
