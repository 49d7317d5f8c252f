package org.talentflow.text;

import static org.assertj.core.api.Assertions.assertThat;

import com.hankcs.hanlp.HanLP;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** The shortcut for text with no convertible character must never change what HanLP's conversion gives. */
class HanlpScriptConverterTest {
  private static final HanlpScriptConverter CONVERTER = new HanlpScriptConverter();

  @Test
  void everyDictionaryEntryConvertsAsHanlpDoes() throws IOException {
    List<String> keys = keys();
    assertThat(keys).hasSizeGreaterThan(1000);
    for (String key : keys) {
      // alone, and inside simplified text on both sides
      assertThat(CONVERTER.toSimplified(key)).isEqualTo(HanLP.convertToSimplifiedChinese(key));
      String inside = "他表示" + key + "了解";
      assertThat(CONVERTER.toSimplified(inside)).isEqualTo(HanLP.convertToSimplifiedChinese(inside));
    }
  }

  @Test
  void phraseOnlyCharactersStillConvert() {
    // 瞭 and 覆 are unchanged alone and changed in these phrases
    assertThat(CONVERTER.toSimplified("我们瞭解他的答覆")).isEqualTo("我们了解他的答复");
  }

  @Test
  void simplifiedTextIsReturnedAsItIs() {
    String simplified = "阿里巴巴集团宣布，张勇卸任董事会主席，蔡崇信接任。";
    assertThat(CONVERTER.toSimplified(simplified)).isSameAs(simplified);
  }

  @Test
  void theProjectSamplesConvertAsHanlpDoes() throws IOException {
    try (Stream<Path> files = Files.list(Path.of("../samples"))) {
      for (Path f : files.filter(p -> !Files.isDirectory(p)).toList()) {
        for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
          assertThat(CONVERTER.toSimplified(line)).isEqualTo(HanLP.convertToSimplifiedChinese(line));
        }
      }
    }
  }

  /** Random strings over the characters of the dictionary's phrases: pieces of phrases, whole ones, and mixes. */
  @Property(tries = 500)
  void textMadeOfPhraseCharactersConvertsAsHanlpDoes(@ForAll("phraseCharacters") String text) {
    assertThat(CONVERTER.toSimplified(text)).isEqualTo(HanLP.convertToSimplifiedChinese(text));
  }

  @Provide
  Arbitrary<String> phraseCharacters() throws IOException {
    StringBuilder chars = new StringBuilder();
    for (String key : keys()) {
      if (key.length() > 1) {
        chars.append(key);
      }
    }
    return Arbitraries.of(chars.chars().distinct().mapToObj(c -> (char) c).toList())
        .list().ofMaxSize(12).map(l -> l.stream().map(String::valueOf).reduce("", String::concat));
  }

  private static List<String> keys() throws IOException {
    List<String> keys = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(
        HanlpScriptConverterTest.class.getClassLoader().getResourceAsStream(HanLP.Config.tcDictionaryRoot + "t2s.txt"),
        StandardCharsets.UTF_8))) {
      r.lines().map(l -> l.split("=", 2)[0]).forEach(keys::add);
    }
    return keys;
  }
}
