package org.talentflow.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NormalizerTest {
  private final Normalizer normalizer = new Normalizer(new HanlpScriptConverter());

  @Test
  void traditionalToSimplifiedWithExactOffsets() {
    String original = "薩姆·奧爾特曼宣佈離職";
    MappedText t = normalizer.normalize(MappedText.identity(original));
    assertThat(t.text()).startsWith("萨姆·奥尔特曼");
    assertThat(t.originalText(0, 7)).isEqualTo("薩姆·奧爾特曼");
  }

  @Test
  void fullWidthAndOddSpacesBecomeAscii() {
    MappedText t = normalizer.normalize(MappedText.identity("ＯｐｅｎＡＩ，２０２４\u3000Greg\u00A0Brockman"));
    assertThat(t.text()).isEqualTo("OpenAI,2024 Greg Brockman");
    assertThat(t.originalText(0, 6)).isEqualTo("ＯｐｅｎＡＩ");
  }

  @Test
  void lengthChangingPhraseConversionFallsBackToCharacters() {
    ScriptConverter phrase = s -> s.replace("AB", "X"); // a converter that shortens a phrase
    MappedText t = new Normalizer(phrase).normalize(MappedText.identity("zzABzz"));
    assertThat(t.length()).isEqualTo(6);
    assertThat(t.originalText(2, 4)).isEqualTo("AB");
  }
}
