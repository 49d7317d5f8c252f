package org.talentflow.spark;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.talentflow.model.EntityType;
import org.talentflow.resolve.EntityIds;
import org.talentflow.resolve.SoundKey;

/**
 * Blocking keys for cross-document resolution: two entities that {@link
 * org.talentflow.resolve.CrossDocumentResolver} could ever join share a key, whatever the order they come in. The
 * keys mirror the resolver's four rules, so a change there needs one here (the Spark-against-ingest tests catch a
 * miss):
 *
 * <ul>
 *   <li>{@code A|TYPE|key}: the comparison key of every form (name and aliases). A query only uses a form that is a
 *       full name or Han of three characters or more: a key is <em>queried</em> when some entity has such a form.
 *   <li>{@code G|given|variant}: a Latin given name with each string left of its family name after deleting up to two
 *       letters (two names at most two edits apart share one). Queried when the family name has six letters or
 *       more. A known entity gives every given name it has with every family name it has, since the resolver keeps
 *       them apart (the given name of one alias, the family name of the first).
 *   <li>{@code S|}, {@code R|}, {@code D|}: sound keys. A person known only in Han script (the query) is compared by
 *       sound with the family names of Latin-script people; {@link SoundKey#sameAmongMany} accepts the same key, one
 *       without a final r, one without its first consonant, one without r's, or (five sounds or more) a few edits;
 *       each gives a key both sides write.
 * </ul>
 *
 * <p>Keys that no entity queries are dropped before grouping: they never join anything. A merged entity can put a
 * given name of one component beside a family name of another; {@link Resolution} checks for that after the replay.
 */
final class ResolutionKeys {
  /** As CrossDocumentResolver's: a Latin name token. */
  private static final Pattern LATIN_TOKEN = Pattern.compile("(?:Mc|Mac|Le|Di|Da|De|O['‘’]|D['‘’])?[A-Z][a-z]+");

  /** One blocking key of an entity; {@code query} when the entity can look others up by it. */
  record Key(String key, boolean query) {}

  private final SoundKey sound;
  private final Predicate<String> transliterated;

  ResolutionKeys(SoundKey sound, Predicate<String> transliterated) {
    this.sound = sound;
    this.transliterated = transliterated;
  }

  /** The keys of an entity with this name and these aliases, each once (queried wins). */
  List<Key> of(EntityType type, String name, List<String> aliases) {
    Set<String> forms = new LinkedHashSet<>();
    forms.add(name);
    forms.addAll(aliases);
    Map<String, Boolean> keys = new java.util.LinkedHashMap<>();
    List<String> givens = new ArrayList<>();
    List<String> families = new ArrayList<>();
    for (String a : forms) {
      String k = type == EntityType.ORG ? EntityIds.orgKey(a) : EntityIds.key(a);
      put(keys, "A|" + type + "|" + k, isFullName(a) || (isHan(a) && a.length() >= 3));
      if (type != EntityType.PERSON) {
        continue;
      }
      List<String> t = tokens(a);
      if (t.size() >= 2) {
        String given = t.get(0);
        String family = t.get(t.size() - 1);
        givens.add(given);
        families.add(family);
        if (family.length() >= 6) {
          for (String v : deletions(family, 2)) {
            put(keys, "G|" + given + "|" + v, true);
          }
        }
        for (String s : latinSoundKeys(SoundKey.latin(family))) {
          put(keys, s, false);
        }
      }
      String family = a.contains("·") ? a.substring(a.lastIndexOf('·') + 1) : a;
      if (sound != null && isHan(family) && family.length() >= 2 && transliterated.test(family)) {
        for (String s : hanSoundKeys(sound.han(family))) {
          put(keys, s, true);
        }
      }
    }
    for (String k : knownGivenNameKeys(givens, families)) {
      put(keys, k, false);
    }
    List<Key> out = new ArrayList<>();
    keys.forEach((k, q) -> out.add(new Key(k, q)));
    return out;
  }

  /**
   * The keys by which an entity with these Latin given and family names is found by the given-name rule: each given
   * name with each family name's deletion variants (a family name of four letters or fewer is never two edits from
   * one of six).
   */
  static Set<String> knownGivenNameKeys(List<String> givens, List<String> families) {
    Set<String> out = new LinkedHashSet<>();
    for (String f : new LinkedHashSet<>(families)) {
      if (f.length() < 4) {
        continue;
      }
      Set<String> variants = deletions(f, 2);
      for (String g : new LinkedHashSet<>(givens)) {
        for (String v : variants) {
          out.add("G|" + g + "|" + v);
        }
      }
    }
    return out;
  }

  /** Latin given and family names of a list of aliases, in order: [givens, families]. */
  static List<List<String>> givenAndFamilyNames(List<String> aliases) {
    List<String> givens = new ArrayList<>();
    List<String> families = new ArrayList<>();
    for (String a : aliases) {
      List<String> t = tokens(a);
      if (t.size() >= 2) {
        givens.add(t.get(0));
        families.add(t.get(t.size() - 1));
      }
    }
    return List.of(givens, families);
  }

  private static void put(Map<String, Boolean> keys, String key, boolean query) {
    keys.merge(key, query, Boolean::logicalOr);
  }

  /** A Latin family name's sound key: what a Han transliteration may be compared with. */
  static Set<String> latinSoundKeys(String l) {
    Set<String> out = new LinkedHashSet<>();
    out.add("S|" + l);
    if (l.length() >= 4 && l.endsWith("r")) {
      out.add("S|" + l.substring(0, l.length() - 1)); // a final r left out
    }
    if (l.length() >= 5) {
      out.add("S|" + l.substring(1)); // a first consonant left out
      String stripped = l.charAt(0) + l.substring(1).replace("r", "");
      if (stripped.length() >= 3) {
        out.add("R|" + stripped);
      }
      for (String v : deletions(l.substring(1), Math.max(1, l.length() / 4))) {
        out.add("D|" + l.charAt(0) + "|" + v);
      }
    }
    return out;
  }

  /** A Han transliteration's sound key, as a query. */
  static Set<String> hanSoundKeys(String h) {
    Set<String> out = new LinkedHashSet<>();
    out.add("S|" + h);
    if (h.length() >= 5) {
      out.add("S|" + h.substring(1));
      String stripped = h.charAt(0) + h.substring(1).replace("r", "");
      if (stripped.length() >= 3) {
        out.add("R|" + stripped);
      }
      // a Latin key at most max(1, L/4) edits away is at most a third of this one's length longer
      for (String v : deletions(h.substring(1), Math.max(1, h.length() / 3))) {
        out.add("D|" + h.charAt(0) + "|" + v);
      }
    }
    return out;
  }

  /** Every string left after deleting at most {@code k} characters (two strings k edits apart share one). */
  static Set<String> deletions(String s, int k) {
    Set<String> out = new HashSet<>();
    out.add(s);
    Set<String> frontier = Set.of(s);
    for (int round = 0; round < k; round++) {
      Set<String> next = new HashSet<>();
      for (String f : frontier) {
        for (int i = 0; i < f.length(); i++) {
          next.add(f.substring(0, i) + f.substring(i + 1));
        }
      }
      next.removeAll(out);
      out.addAll(next);
      frontier = next;
    }
    return out;
  }

  /** As CrossDocumentResolver's. */
  static boolean isFullName(String alias) {
    return alias.contains(" ") || alias.contains("·") || alias.length() >= 4;
  }

  private static boolean isHan(String s) {
    return !s.isEmpty() && s.chars().allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
  }

  /** As CrossDocumentResolver's: the Latin name tokens of an ASCII name, else none. */
  static List<String> tokens(String name) {
    List<String> out = new ArrayList<>();
    if (!name.chars().allMatch(c -> c < 128 || c == '‘' || c == '’')) {
      return out;
    }
    Matcher m = LATIN_TOKEN.matcher(name);
    while (m.find()) {
      out.add(m.group());
    }
    return out;
  }
}
