package org.talentflow.pack;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.talentflow.model.EntityType;
import org.talentflow.model.EventType;
import org.talentflow.model.Polarity;

/**
 * What talentflow knows before reading: entities with aliases, role titles, trigger words, polarity cues, site
 * furniture patterns and name-shape lexicons. Read from data files (see the pack's README.md), never from code.
 * Immutable; loaded once and passed to the stages that need it.
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
  private final List<String> englishRoles;
  private final List<Trigger> englishTriggers;
  private final List<Cue> englishCues;
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

  private KnowledgePack(Files6 f) {
    this.entities = List.copyOf(f.entities.values());
    this.roles = List.copyOf(f.roles);
    this.triggers = List.copyOf(f.triggers);
    this.cues = List.copyOf(f.cues);
    this.englishRoles = List.copyOf(f.englishRoles);
    this.englishTriggers = List.copyOf(f.englishTriggers);
    this.englishCues = List.copyOf(f.englishCues);
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
    Files6 f = new Files6();
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
    Files6 f = new Files6();
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
    Files6 f = new Files6();
    f.roles.addAll(roles);
    f.triggers.addAll(triggers);
    f.cues.addAll(cues);
    f.englishRoles.addAll(englishRoles);
    f.englishTriggers.addAll(englishTriggers);
    f.englishCues.addAll(englishCues);
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

  /** English role titles, lower case. */
  public List<String> englishRoles() {
    return englishRoles;
  }

  /** English triggers, one per written form ("resigned", "stepped down"), lower case. */
  public List<Trigger> englishTriggers() {
    return englishTriggers;
  }

  /** English polarity cues, lower case. */
  public List<Cue> englishCues() {
    return englishCues;
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

  /** Whether every character of a Han name is one of the transliteration table's (a foreign name). */
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

  /** Weak suffixes: they may stand inside a longer name (公司 in 中国公司治理研究院). */
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

  @FunctionalInterface
  private interface Opener {
    InputStream open(String name);
  }

  /** The mutable accumulator used while reading the pack's files. */
  private static final class Files6 {
    final Map<String, PackEntity> entities = new LinkedHashMap<>();
    final List<String> roles = new ArrayList<>();
    final List<Trigger> triggers = new ArrayList<>();
    final List<Cue> cues = new ArrayList<>();
    final List<String> englishRoles = new ArrayList<>();
    final List<Trigger> englishTriggers = new ArrayList<>();
    final List<Cue> englishCues = new ArrayList<>();
    final List<Pattern> boilerplate = new ArrayList<>();
    final List<Pattern> mediaContexts = new ArrayList<>();
    final List<ClaimPattern> claimPatterns = new ArrayList<>();
    final Map<String, List<String>> clauseCues = new LinkedHashMap<>();
    final StringBuilder translit = new StringBuilder();
    final StringBuilder surnames = new StringBuilder();
    final Set<String> givenNames = new LinkedHashSet<>();
    final List<String> orgSuffixes = new ArrayList<>();
    final List<String> orgGeneric = new ArrayList<>();
    final List<String[]> orgContexts = new ArrayList<>();
    final Set<String> stoplist = new LinkedHashSet<>();
    final Map<String, Map<String, List<String>>> wordClasses = new LinkedHashMap<>();
    final Map<String, Map<String, String>> charClasses = new LinkedHashMap<>();
    final Map<String, List<org.talentflow.pattern.Rule.Source>> rules = new LinkedHashMap<>();

    void readAll(Opener opener, String where) {
      for (String lang : LANGUAGES) {
        read(opener, where, "lexicon-" + lang + ".tsv", (line, at) -> {
          String[] f = fields(line, 2, at);
          String cls = f[0].strip();
          if (cls.startsWith("%")) {
            charClasses.computeIfAbsent(lang, k -> new LinkedHashMap<>())
                .merge(cls.substring(1), f[1].strip(), (a, b) -> a + b);
          } else {
            List<String> ws = wordClasses.computeIfAbsent(lang, k -> new LinkedHashMap<>())
                .computeIfAbsent(cls, k -> new ArrayList<>());
            for (String w : f[1].strip().split(lang.equals("zh") ? "\\s+" : "\\s*\\|\\s*")) {
              if (!w.isEmpty()) {
                ws.add(w);
              }
            }
          }
        });
      }
      for (String file : RULE_FILES) {
        List<String> lines = allLines(opener, where, file);
        if (lines != null) {
          rules.computeIfAbsent(file, k -> new ArrayList<>())
              .addAll(org.talentflow.pattern.Rule.parse(lines, where + "/" + file));
        }
      }
      read(opener, where, "entities.tsv", this::entity);
      read(opener, where, "roles.txt", (line, at) -> roles.add(line));
      read(opener, where, "triggers.tsv", (line, at) -> triggers.add(trigger(line, at)));
      read(opener, where, "polarity.tsv", (line, at) -> cues.add(cue(line, at)));
      read(opener, where, "roles-en.txt", (line, at) -> englishRoles.add(line.strip().toLowerCase(Locale.ROOT)));
      read(opener, where, "triggers-en.tsv", (line, at) -> {
        Trigger t = trigger(line, at);
        for (String form : t.word().split("\\|")) {
          englishTriggers.add(new Trigger(t.type(), form.strip().toLowerCase(Locale.ROOT), t.slot(), t.person()));
        }
      });
      read(opener, where, "polarity-en.tsv", (line, at) -> englishCues.add(cue(line, at)));
      read(opener, where, "boilerplate.txt", this::pattern);
      read(opener, where, "claim-patterns.tsv", (line, at) -> {
        String[] f = line.split("\t", 2);
        if (f.length < 2) {
          throw new IllegalArgumentException(at + ": expected 'kind TAB pattern'");
        }
        try {
          claimPatterns.add(new ClaimPattern(f[0].strip(), Pattern.compile(f[1].strip())));
        } catch (PatternSyntaxException e) {
          throw new IllegalArgumentException(at + ": bad regular expression '" + f[1] + "'", e);
        }
      });
      read(opener, where, "media-contexts.txt", (line, at) -> {
        try {
          mediaContexts.add(Pattern.compile(line.strip(), Pattern.MULTILINE));
        } catch (PatternSyntaxException e) {
          throw new IllegalArgumentException(at + ": bad regular expression '" + line + "'", e);
        }
      });
      read(opener, where, "clause-cues.tsv", (line, at) -> {
        String[] f = fields(line, 2, at);
        clauseCues.computeIfAbsent(f[0].strip(), k -> new ArrayList<>()).add(f[1].strip());
      });
      read(opener, where, "translit-chars.txt", (line, at) -> translit.append(line.strip()));
      read(opener, where, "surnames.txt", (line, at) -> surnames.append(line.strip()));
      read(opener, where, "given-names.txt", (line, at) -> {
        for (String w : line.split("\\s+")) {
          if (!w.isEmpty()) {
            givenNames.add(w.toLowerCase(Locale.ROOT));
          }
        }
      });
      read(opener, where, "org-suffixes.txt", (line, at) -> orgSuffixes.add(line.strip()));
      read(opener, where, "org-generic.txt", (line, at) -> orgGeneric.add(line.strip()));
      read(opener, where, "org-contexts.txt", (line, at) -> {
        String[] f = fields(line, 2, at);
        orgContexts.add(new String[] {f[0].strip(), f[1].strip()});
      });
      read(opener, where, "ner-stoplist.txt", (line, at) -> stoplist.add(line.strip()));
    }

    private void entity(String line, String at) {
      String[] f = fields(line, 4, at);
      EntityType type;
      try {
        type = EntityType.valueOf(f[1].strip());
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(at + ": unknown entity type '" + f[1] + "' (PERSON or ORG)", e);
      }
      List<String> aliases = new ArrayList<>();
      for (String a : f[3].split("\\|")) {
        if (!a.isBlank()) {
          aliases.add(a.strip());
        }
      }
      String id = f[0].strip();
      PackEntity old = entities.get(id);
      if (old != null) {
        Set<String> merged = new LinkedHashSet<>(old.aliases());
        merged.addAll(aliases);
        entities.put(id, new PackEntity(id, old.type(), old.canonical(), List.copyOf(merged)));
      } else {
        entities.put(id, new PackEntity(id, type, f[2].strip(), aliases));
      }
    }

    private static Trigger trigger(String line, String at) {
      String[] f = line.split("\t");
      if (f.length == 2 && f[0].strip().equals("IGNORE")) {
        return new Trigger(null, f[1].strip(), OrgSlot.EITHER, PersonSlot.SUBJECT); // a mask needs no slots
      }
      f = fields(line, 3, at);
      try {
        EventType type = f[0].strip().equals("IGNORE") ? null : EventType.valueOf(f[0].strip());
        PersonSlot person = f.length > 3 ? PersonSlot.valueOf(f[3].strip().toUpperCase(Locale.ROOT)) : PersonSlot.SUBJECT;
        return new Trigger(type, f[1].strip(), OrgSlot.valueOf(f[2].strip().toUpperCase(Locale.ROOT)), person);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(at + ": bad trigger line '" + line + "'", e);
      }
    }

    private static Cue cue(String line, String at) {
      String[] f = fields(line, 2, at);
      try {
        return new Cue(Polarity.parse(f[0]), f[1].strip());
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(at + ": bad polarity line '" + line + "'", e);
      }
    }

    private void pattern(String line, String at) {
      try {
        boilerplate.add(Pattern.compile(line.strip()));
      } catch (PatternSyntaxException e) {
        throw new IllegalArgumentException(at + ": bad regular expression '" + line + "'", e);
      }
    }

    private static String[] fields(String line, int n, String at) {
      String[] f = line.split("\t");
      if (f.length < n) {
        throw new IllegalArgumentException(at + ": expected " + n + " tab-separated fields in '" + line + "'");
      }
      return f;
    }

    private interface LineSink {
      void accept(String line, String at);
    }

    /** Every line of a file, comments included, or null when the file is absent. */
    private static List<String> allLines(Opener opener, String where, String name) {
      InputStream in = opener.open(name);
      if (in == null) {
        return null;
      }
      try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
        return r.lines().toList();
      } catch (IOException | UncheckedIOException e) {
        throw new UncheckedIOException("cannot read " + where + "/" + name,
            e instanceof IOException io ? io : ((UncheckedIOException) e).getCause());
      }
    }

    private static void read(Opener opener, String where, String name, LineSink sink) {
      InputStream in = opener.open(name);
      if (in == null) {
        return;
      }
      try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
        String line;
        int n = 0;
        while ((line = r.readLine()) != null) {
          n++;
          if (line.isBlank() || line.startsWith("#")) {
            continue;
          }
          sink.accept(line, where + "/" + name + ":" + n);
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + where + "/" + name, e);
      }
    }
  }
}
