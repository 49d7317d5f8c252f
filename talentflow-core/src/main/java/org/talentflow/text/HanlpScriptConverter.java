package org.talentflow.text;

import com.hankcs.hanlp.HanLP;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * Traditional to simplified conversion with HanLP's dictionary (shipped in the hanlp-portable jar). Text that holds
 * none of the characters the dictionary can change is returned as it is, without the dictionary walk: most of a
 * simplified corpus.
 */
public final class HanlpScriptConverter implements ScriptConverter {
  private static final String DICTIONARY = "t2s.txt";

  /** At least one character of every dictionary entry that changes its text; null when the entries are unreadable. */
  private final BitSet marks;

  public HanlpScriptConverter() {
    this.marks = marks(HanLP.Config.tcDictionaryRoot + DICTIONARY);
  }

  @Override
  public String toSimplified(String text) {
    if (marks != null && !hasMark(text)) {
      return text;
    }
    return HanLP.convertToSimplifiedChinese(text);
  }

  private boolean hasMark(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (marks.get(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The characters that tell text the dictionary may change. A single-character entry that changes its character
   * marks it. A phrase entry that changes its phrase ("瞭解=了解") and holds no marked character yet marks the
   * characters it changes (瞭), or all of them when the length changes. So a text with no mark holds only entries
   * that map to themselves, and converts to itself.
   */
  static BitSet marks(String resource) {
    InputStream in = HanlpScriptConverter.class.getClassLoader().getResourceAsStream(resource);
    if (in == null) {
      return null; // a dictionary outside the class path (a user's HanLP data folder): convert everything
    }
    BitSet out = new BitSet(Character.MAX_VALUE + 1);
    List<String[]> phrases = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        String[] kv = line.split("=", 2);
        if (kv.length < 2 || kv[0].isEmpty() || kv[0].equals(kv[1])) {
          continue;
        }
        if (kv[0].length() == 1) {
          out.set(kv[0].charAt(0));
        } else {
          phrases.add(kv);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read HanLP's " + resource, e);
    }
    for (String[] kv : phrases) {
      String key = kv[0];
      if (key.chars().anyMatch(out::get)) {
        continue;
      }
      for (int i = 0; i < key.length(); i++) {
        if (key.length() != kv[1].length() || key.charAt(i) != kv[1].charAt(i)) {
          out.set(key.charAt(i));
        }
      }
    }
    return out;
  }
}
