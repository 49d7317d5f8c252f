package org.talentflow.resolve;

import com.hankcs.hanlp.HanLP;
import java.util.function.Function;

/** Han text to toneless pinyin with HanLP's dictionary (shipped in the hanlp-portable jar). */
public final class HanlpPinyin implements Function<String, String> {
  @Override
  public String apply(String text) {
    return HanLP.convertToPinyinString(text, " ", false);
  }
}
