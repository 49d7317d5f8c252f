package org.talentflow.pack;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.talentflow.model.EntityType;
import org.talentflow.model.EventType;
import org.talentflow.model.Polarity;

/**
 * What talentflow knows before reading: entities with aliases, role titles, trigger words, polarity cues, site
 * furniture patterns and name-shape lexicons. Read from data files (see the pack's README.md, and {@link PackFiles}
 * for how they are read), never from code. Immutable; loaded once and passed to the stages that need it.
 */
public final class KnowledgePack {
  static final String BASE = "/org/talentflow/pack/";

  /** An entity the pack knows, with aliases in any script. */
  public record PackEntity(String id, EntityType type, String canonical, List<String> aliases) {
    public PackEntity {
      aliases = List.copyOf(aliases);
    }
  }

  /**
   * A trigger word for an event type, where the event's organization usually stands and whether the person is the
   * subject or the object of the trigger. A null type masks a phrase that holds a trigger but reports no event
   * ("继续担任": still serves).
   */
  public record Trigger(EventType type, String word, OrgSlot slot, PersonSlot person) {
    public boolean ignored() {
      return type == null;
    }
  }

  public enum OrgSlot {
    AFTER, BEFORE, EITHER, TITLE
  }

  public enum PersonSlot {
    SUBJECT, OBJECT, AGENT
  }

  /** A word that, before a trigger, makes the event negated, speculative or planned. */
  public record Cue(Polarity polarity, String word) {}

  private final List<PackEntity> entities;
  private final List<String> roles;
  private final List<Trigger> triggers;
  private final List<Cue> cues;
  private final List<Pattern> boilerplate;
  private final List<Pattern> mediaContexts;
  private final List<ClaimPattern> claimPatterns;
  private final Map<String, List<String>> clauseCues;
  private final String translitChars;
  private final String surnames;
  private final Set<String> givenNames;
  private final List<String> orgSuffixes;
  private final List<String> orgGeneric;
  private final List<String[]> orgContexts;
  private final Set<String> nerStoplist;
  /** Lexicons by language ("zh", "en"): word classes, and character classes. */
  private final Map<String, Map<String, List<String>>> wordClasses;
  private final Map<String, Map<String, String>> charClasses;
  private final Map<String, List<org.talentflow.pattern.Rule.Source>> rules;

  /** The pattern files a pack may hold: mention rules and frames, per language. */
  public static final List<String> RULE_FILES =
      List.of("mentions-zh.txt", "frames-zh.txt", "mentions-en.txt", "frames-en.txt");

  /** The languages that have a lexicon file, lexicon-LANG.tsv. */
  public static final List<String> LANGUAGES = List.of("zh", "en");

  private KnowledgePack(PackFiles f) {
    this.entities = List.copyOf(f.entities.values());
    this.roles = List.copyOf(f.roles);
    this.triggers = List.copyOf(f.triggers);
    this.cues = List.copyOf(f.cues);
    this.boilerplate = List.copyOf(f.boilerplate);
    this.mediaContexts = List.copyOf(f.mediaContexts);
    this.claimPatterns = List.copyOf(f.claimPatterns);
    Map<String, List<String>> cc = new LinkedHashMap<>();
    f.clauseCues.forEach((k, v) -> cc.put(k, List.copyOf(v)));
    this.clauseCues = Map.copyOf(cc);
    this.translitChars = f.translit.toString();
    this.surnames = f.surnames.toString();
    this.givenNames = Set.copyOf(f.givenNames);
    this.orgSuffixes = List.copyOf(f.orgSuffixes);
    this.orgGeneric = List.copyOf(f.orgGeneric);
    this.orgContexts = List.copyOf(f.orgContexts);
    this.nerStoplist = Set.copyOf(f.stoplist);
    Map<String, Map<String, List<String>>> wc = new LinkedHashMap<>();
    f.wordClasses.forEach((lang, classes) -> {
      Map<String, List<String>> m = new LinkedHashMap<>();
      classes.forEach((k, v) -> m.put(k, List.copyOf(v)));
      wc.put(lang, java.util.Collections.unmodifiableMap(m));
    });
    this.wordClasses = java.util.Collections.unmodifiableMap(wc);
    Map<String, Map<String, String>> cc2 = new LinkedHashMap<>();
    f.charClasses.forEach((lang, m) -> cc2.put(lang, java.util.Collections.unmodifiableMap(new LinkedHashMap<>(m))));
    this.charClasses = java.util.Collections.unmodifiableMap(cc2);
    Map<String, List<org.talentflow.pattern.Rule.Source>> rs = new LinkedHashMap<>();
    f.rules.forEach((k, v) -> rs.put(k, List.copyOf(v)));
    this.rules = java.util.Collections.unmodifiableMap(rs);
  }

  /** Word classes of a language's lexicon file, by class name, in the order read (the pack's, then a user's). */
  public Map<String, List<String>> wordClasses(String language) {
    return wordClasses.getOrDefault(language, Map.of());
  }

  /** Character classes of a language's lexicon file: the characters, or "!" and the Han characters excluded. */
  public Map<String, String> charClasses(String language) {
    return charClasses.getOrDefault(language, Map.of());
  }

  /** The rules of one pattern file (see {@link #RULE_FILES}): the pack's, then a user's file of the same name. */
  public List<org.talentflow.pattern.Rule.Source> rules(String file) {
    return rules.getOrDefault(file, List.of());
  }

  /** The pack shipped in the jar. */
  public static KnowledgePack builtin() {
    PackFiles f = new PackFiles();
    f.readAll(name -> {
      InputStream in = KnowledgePack.class.getResourceAsStream(BASE + name);
      if (in == null) {
        throw new IllegalStateException("knowledge pack file missing from the build: " + name);
      }
      return in;
    }, "builtin pack");
    return new KnowledgePack(f);
  }

  /**
   * The shipped pack plus a user folder holding files of the same names (any of them may be absent). A user entity
   * with the id of a shipped one adds aliases to it.
   */
  public static KnowledgePack builtinPlus(Path userDir) {
    if (!Files.isDirectory(userDir)) {
      throw new IllegalArgumentException("knowledge pack folder not found: " + userDir);
    }
    PackFiles f = new PackFiles();
    f.readAll(name -> KnowledgePack.class.getResourceAsStream(BASE + name), "builtin pack");
    f.readAll(name -> {
      Path p = userDir.resolve(name);
      try {
        return Files.isRegularFile(p) ? Files.newInputStream(p) : null;
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + p, e);
      }
    }, userDir.toString());
    return new KnowledgePack(f);
  }

  /** The same pack without its entity list: the system must still find people from the articles alone. */
  public KnowledgePack withoutEntities() {
    PackFiles f = new PackFiles();
    f.roles.addAll(roles);
    f.triggers.addAll(triggers);
    f.cues.addAll(cues);
    f.boilerplate.addAll(boilerplate);
    f.mediaContexts.addAll(mediaContexts);
    f.claimPatterns.addAll(claimPatterns);
    clauseCues.forEach((k, v) -> f.clauseCues.computeIfAbsent(k, x -> new ArrayList<>()).addAll(v));
    f.translit.append(translitChars);
    f.surnames.append(surnames);
    f.givenNames.addAll(givenNames);
    f.orgSuffixes.addAll(orgSuffixes);
    f.orgGeneric.addAll(orgGeneric);
    f.orgContexts.addAll(orgContexts);
    f.stoplist.addAll(nerStoplist);
    wordClasses.forEach((lang, classes) -> classes.forEach((k, v) ->
        f.wordClasses.computeIfAbsent(lang, x -> new LinkedHashMap<>()).computeIfAbsent(k, x -> new ArrayList<>())
            .addAll(v)));
    charClasses.forEach((lang, m) -> f.charClasses.computeIfAbsent(lang, x -> new LinkedHashMap<>()).putAll(m));
    rules.forEach((k, v) -> f.rules.computeIfAbsent(k, x -> new ArrayList<>()).addAll(v));
    return new KnowledgePack(f);
  }

  public List<PackEntity> entities() {
    return entities;
  }

  public List<String> roles() {
    return roles;
  }

  public List<Trigger> triggers() {
    return triggers;
  }

  public List<Cue> cues() {
    return cues;
  }

  public List<Pattern> boilerplate() {
    return boilerplate;
  }

  /** A claim pattern: its kind (remaining, release) and a regular expression with named groups. */
  public record ClaimPattern(String kind, Pattern pattern) {}

  public List<ClaimPattern> claimPatterns() {
    return claimPatterns;
  }

  /** Patterns whose first group names a news outlet ("《X》报道", "接受X采访"). */
  public List<Pattern> mediaContexts() {
    return mediaContexts;
  }

  /** Clause cues of one kind (speech, group, attempt), see clause-cues.tsv. */
  public List<String> clauseCues(String kind) {
    return clauseCues.getOrDefault(kind, List.of());
  }

  /** The kinds of clause cues (speech, group, denial ...), in the order read. */
  public java.util.Set<String> clauseCueKinds() {
    return clauseCues.keySet();
  }

  /** The surname table as one string of characters. */
  public String surnameChars() {
    return surnames;
  }

  /** The transliteration table as one string of characters. */
  public String translitCharacters() {
    return translitChars;
  }

  public boolean isTranslitChar(char c) {
    return translitChars.indexOf(c) >= 0;
  }

  /** Three or more Han characters, all but one of the transliteration table: 京多安, 科再奇, 巴塞罗那. */
  public boolean isNearlyTransliteration(String name) {
    int others = 0;
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (!Character.isIdeographic(c)) {
        return false;
      }
      others += isTranslitChar(c) ? 0 : 1;
    }
    return name.length() >= 3 && others <= 1;
  }

  /** Whether every character of a Han name is one of the transliteration table's (a foreign name). */
  public boolean isTransliteration(String name) {
    if (name.isEmpty()) {
      return false;
    }
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c != '·' && !isTranslitChar(c)) {
        return false;
      }
    }
    return true;
  }

  public boolean isSurname(char c) {
    return surnames.indexOf(c) >= 0;
  }

  /** The common given names in Latin script (given-names.txt), in lower case. */
  public java.util.Set<String> givenNames() {
    return givenNames;
  }

  public boolean isGivenName(String word) {
    return givenNames.contains(word.toLowerCase(Locale.ROOT));
  }

  /** Organization suffixes, masks (starting with "!") excluded, weak marks (" *") removed. */
  public List<String> orgSuffixes() {
    return orgSuffixes.stream().filter(x -> !x.startsWith("!")).map(KnowledgePack::unmark).toList();
  }

  /** Organization suffixes with their masks ("!社会"), weak marks removed. */
  public List<String> orgSuffixesWithMasks() {
    return orgSuffixes.stream().map(KnowledgePack::unmark).toList();
  }

  /** Weak suffixes: they may stand inside a longer name (公司 in 中国公司法研究院). */
  public java.util.Set<String> weakOrgSuffixes() {
    return orgSuffixes.stream().filter(x -> x.endsWith(" *")).map(KnowledgePack::unmark)
        .collect(java.util.stream.Collectors.toSet());
  }

  private static String unmark(String suffix) {
    return suffix.endsWith(" *") ? suffix.substring(0, suffix.length() - 2).strip() : suffix;
  }

  public List<String> orgGeneric() {
    return orgGeneric;
  }

  /** {side, word} pairs: side "before" or "after" the Latin name. */
  public List<String[]> orgContexts() {
    return orgContexts;
  }

  public boolean isNerNoise(String word) {
    return nerStoplist.contains(word);
  }
}
