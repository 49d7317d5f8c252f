package org.talentflow.text;

import com.hankcs.hanlp.HanLP;

/** Traditional to simplified conversion with HanLP's dictionaries (shipped in the hanlp-portable jar). */
public final class HanlpScriptConverter implements ScriptConverter {
  @Override
  public String toSimplified(String text) {
    return HanLP.convertToSimplifiedChinese(text);
  }
}
