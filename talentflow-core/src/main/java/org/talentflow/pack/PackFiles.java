package org.talentflow.pack;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
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
import org.talentflow.pack.KnowledgePack.ClaimPattern;
import org.talentflow.pack.KnowledgePack.Cue;
import org.talentflow.pack.KnowledgePack.OrgSlot;
import org.talentflow.pack.KnowledgePack.PackEntity;
import org.talentflow.pack.KnowledgePack.PersonSlot;
import org.talentflow.pack.KnowledgePack.Trigger;

/**
 * The pack's data files as they are read, one folder after another (the shipped pack, then a user's): each file's
 * line format (tab-separated fields, regular expressions, word lists; '#' starts a comment), checked line by line with
 * the file and line number in the message, into mutable lists from which {@link KnowledgePack} takes its immutable
 * copies. A file a folder does not hold is skipped; an entity whose id is read again adds its aliases.
 */
final class PackFiles {
  /** Opens one of the pack's files by name, or gives null when the folder does not hold it. */
  @FunctionalInterface
  interface Opener {
    InputStream open(String name);
  }

  final Map<String, PackEntity> entities = new LinkedHashMap<>();
  final List<String> roles = new ArrayList<>();
  final List<Trigger> triggers = new ArrayList<>();
  final List<Cue> cues = new ArrayList<>();
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

  /** Every pack file {@code opener} finds; {@code where} names the folder in messages ("builtin pack"). */
  void readAll(Opener opener, String where) {
    for (String lang : KnowledgePack.LANGUAGES) {
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
    for (String file : KnowledgePack.RULE_FILES) {
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
