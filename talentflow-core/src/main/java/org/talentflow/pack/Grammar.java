package org.talentflow.pack;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.talentflow.model.Polarity;
import org.talentflow.pattern.Lexicon;
import org.talentflow.pattern.Rule;
import org.talentflow.text.ScriptConverter;

/**
 * A pack's language knowledge compiled for the pattern engine: the lexicon (word and character classes, in simplified
 * script), the mention rules and the frames. Built once per pipeline; immutable and thread-safe.
 */
public final class Grammar {
  private final Lexicon lexicon;
  private final List<Rule> mentionRules;
  private final List<Rule> frames;

  private Grammar(Lexicon lexicon, List<Rule> mentionRules, List<Rule> frames) {
    this.lexicon = lexicon;
    this.mentionRules = List.copyOf(mentionRules);
    this.frames = List.copyOf(frames);
  }

  /** The Chinese grammar of a pack: lexicon-zh.tsv plus the classes other pack files define, and the zh rule files. */
  public static Grammar chinese(KnowledgePack pack, ScriptConverter converter) {
    Objects.requireNonNull(pack, "pack");
    Objects.requireNonNull(converter, "converter");
    Lexicon.Builder b = Lexicon.builder();
    pack.wordClasses("zh").forEach((cls, words) -> b.words(cls, simplified(words, converter)));
    b.words("title", simplified(unmasked(pack.roles()), converter));
    b.words("org-suffix", simplified(unmasked(pack.orgSuffixesWithMasks()), converter));
    b.words("org-generic", simplified(pack.orgGeneric(), converter));
    for (Polarity p : Polarity.values()) {
      List<String> cues = new ArrayList<>();
      for (KnowledgePack.Cue c : pack.cues()) {
        if (c.polarity() == p) {
          cues.add(c.word());
        }
      }
      b.words(p.label(), simplified(cues, converter));
    }
    for (String kind : pack.clauseCueKinds()) {
      if (!kind.startsWith("en-")) {
        b.words(kind, simplified(pack.clauseCues(kind), converter));
      }
    }
    for (Map.Entry<String, String> c : pack.charClasses("zh").entrySet()) {
      b.chars(c.getKey(), converter.toSimplified(c.getValue()));
    }
    b.chars("surname", converter.toSimplified(pack.surnameChars()));
    b.chars("translit", converter.toSimplified(pack.translitCharacters()));
    Lexicon lexicon = b.build();
    return new Grammar(lexicon, compile(pack.rules("mentions-zh.txt"), lexicon),
        compile(pack.rules("frames-zh.txt"), lexicon));
  }

  /**
   * The English grammar of a pack: lexicon-en.tsv (words in lower case; a line's words are separated by "|" so that a
   * word may hold spaces: "step down|stepped down") and the en rule files. Empty when the pack has none.
   */
  public static Grammar english(KnowledgePack pack) {
    Objects.requireNonNull(pack, "pack");
    Lexicon.Builder b = Lexicon.builder();
    pack.wordClasses("en").forEach(b::words);
    for (Map.Entry<String, String> c : pack.charClasses("en").entrySet()) {
      b.chars(c.getKey(), c.getValue());
    }
    Lexicon lexicon = b.build();
    return new Grammar(lexicon, compile(pack.rules("mentions-en.txt"), lexicon),
        compile(pack.rules("frames-en.txt"), lexicon));
  }

  private static List<Rule> compile(List<Rule.Source> sources, Lexicon lexicon) {
    List<Rule> out = new ArrayList<>();
    for (Rule.Source s : sources) {
      out.add(Rule.compile(s, lexicon));
    }
    return out;
  }

  private static List<String> unmasked(List<String> words) {
    List<String> out = new ArrayList<>();
    for (String w : words) {
      if (!w.startsWith("!") && !w.equals("*")) {
        out.add(w);
      }
    }
    return out;
  }

  private static List<String> simplified(List<String> words, ScriptConverter converter) {
    Set<String> out = new LinkedHashSet<>();
    for (String w : words) {
      out.add(w);
      out.add(converter.toSimplified(w));
    }
    return new ArrayList<>(out);
  }

  public Lexicon lexicon() {
    return lexicon;
  }

  public List<Rule> mentionRules() {
    return mentionRules;
  }

  public List<Rule> frames() {
    return frames;
  }
}
