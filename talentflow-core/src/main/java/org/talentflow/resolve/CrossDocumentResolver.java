package org.talentflow.resolve;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.talentflow.model.Entity;
import org.talentflow.model.EntityType;

/**
 * Decides which already known entity (from earlier documents) a document's entity is, by: a shared full-name
 * alias (two Latin words, a "·" name, or four characters or more); a Han alias of three characters or more that
 * exactly one known entity has (马斯克); the same Latin given name with a family name at most two edits away (a typo:
 * "Ilya Sustkever"); or, for a person known only in Han script, the one known person whose Latin family name sounds
 * alike (舒尔曼 and Schulman). Not thread-safe: one per store.
 *
 * <p>Every look-up costs the same however many entities are known: the sound comparison goes through indexes of the
 * known family names' sound keys (by key, by key without its first sound, by key without r's, and by every key with
 * one or two sounds left out) that yield every candidate the comparison could accept, which is then applied to them
 * alone, so that the answer is the one a comparison with every known person would give.
 */
public final class CrossDocumentResolver {
  private static final Pattern LATIN_TOKEN = Pattern.compile("(?:Mc|Mac|Le|Di|Da|De|O['‘’]|D['‘’])?[A-Z][a-z]+");

  private final SoundKey sound;
  private final java.util.function.Predicate<String> transliterated;
  private final Map<String, Set<String>> byAlias = new HashMap<>();
  private final Map<String, Set<String>> byGivenName = new HashMap<>();
  private final Map<String, String> surnameOf = new HashMap<>();
  private final Map<String, EntityType> typeOf = new HashMap<>();
  /** The sound key of each person's Latin family name, and indexes of those keys (see the class comment). */
  private final Map<String, String> latinKeyOf = new HashMap<>();
  private final Map<String, Set<String>> idsByKey = new HashMap<>();
  private final Map<String, Set<String>> idsByKeyTail = new HashMap<>();
  private final Map<String, Set<String>> idsByKeyWithoutR = new HashMap<>();
  private final Map<String, Set<String>> keysByDeletion = new HashMap<>();

  /**
   * @param sound sound keys, or null to join by spelling only
   * @param transliterated whether a Han name is a transliteration (only those are compared by sound: 谭寅亮 is a
   *     Chinese name, not a spelling of Toner)
   */
  public CrossDocumentResolver(SoundKey sound, java.util.function.Predicate<String> transliterated) {
    this.sound = sound;
    this.transliterated = transliterated;
  }

  /** Records an entity (or more aliases of it) as known under {@code id}. */
  public void know(String id, EntityType type, List<String> aliases) {
    typeOf.put(id, type);
    for (String a : aliases) {
      byAlias.computeIfAbsent(type + ":" + key(type, a), k -> new LinkedHashSet<>()).add(id);
      List<String> t = tokens(a);
      if (type == EntityType.PERSON && t.size() >= 2) {
        byGivenName.computeIfAbsent(t.get(0), k -> new LinkedHashSet<>()).add(id);
        if (surnameOf.putIfAbsent(id, t.get(t.size() - 1)) == null) {
          indexSound(id, SoundKey.latin(t.get(t.size() - 1)));
        }
      }
    }
  }

  /** The id of the known entity {@code e} is, or null when it is new. */
  public String match(Entity e) {
    Set<String> forms = new LinkedHashSet<>();
    forms.add(e.name());
    forms.addAll(e.aliases());
    for (String a : forms) {
      Set<String> ids = byAlias.getOrDefault(e.type() + ":" + key(e.type(), a), Set.of());
      if (!ids.isEmpty() && isFullName(a)) {
        return ids.iterator().next();
      }
    }
    for (String a : forms) {
      Set<String> ids = byAlias.getOrDefault(e.type() + ":" + key(e.type(), a), Set.of());
      if (ids.size() == 1 && isHan(a) && a.length() >= 3) {
        return ids.iterator().next();
      }
    }
    if (e.type() != EntityType.PERSON) {
      return null;
    }
    boolean hasLatin = false;
    for (String a : forms) {
      List<String> t = tokens(a);
      if (t.size() < 2) {
        continue;
      }
      hasLatin = true;
      String surname = t.get(t.size() - 1);
      Set<String> candidates = new LinkedHashSet<>();
      for (String id : byGivenName.getOrDefault(t.get(0), Set.of())) {
        String known = surnameOf.get(id);
        if (known != null && surname.length() >= 6 && SoundKey.distance(known, surname) <= 2) {
          candidates.add(id);
        }
      }
      if (candidates.size() == 1) {
        return candidates.iterator().next();
      }
    }
    if (hasLatin || sound == null) {
      return null;
    }
    Set<String> alike = new LinkedHashSet<>();
    for (String a : forms) {
      String family = a.contains("·") ? a.substring(a.lastIndexOf('·') + 1) : a;
      if (!isHan(family) || family.length() < 2 || !transliterated.test(family)) {
        continue;
      }
      alike.addAll(soundAlike(sound.han(family)));
    }
    return alike.size() == 1 ? alike.iterator().next() : null;
  }

  /** The known persons whose Latin family name sounds like the Han key (by {@link SoundKey#sameAmongMany}). */
  Set<String> soundAlike(String hanKey) {
    Set<String> out = new LinkedHashSet<>();
    for (String id : soundCandidates(hanKey)) {
      if (typeOf.get(id) == EntityType.PERSON && SoundKey.sameAmongMany(hanKey, latinKeyOf.get(id))) {
        out.add(id);
      }
    }
    return out;
  }

  private void indexSound(String id, String key) {
    latinKeyOf.put(id, key);
    idsByKey.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(id);
    if (!key.isEmpty()) {
      idsByKeyTail.computeIfAbsent(key.substring(1), k -> new LinkedHashSet<>()).add(id);
      idsByKeyWithoutR.computeIfAbsent(withoutR(key), k -> new LinkedHashSet<>()).add(id);
    }
    if (key.length() >= 5) {
      for (String v : deletions(key, Math.max(1, key.length() / 4))) {
        keysByDeletion.computeIfAbsent(v, k -> new LinkedHashSet<>()).add(key);
      }
    }
  }

  /**
   * Every known person whose family name's key {@link SoundKey#sameAmongMany} could accept for the Han key {@code a}
   * (and maybe more): the same key, the key with a final r, the key without or with one more first sound (a dropped
   * initial consonant), the same key without r's, and, for keys of five sounds or more, every key within the edit
   * distance {@link SoundKey#alike} allows: such a key and {@code a} have a common form with at most that many sounds
   * left out of each (a key that long is at most a third longer than {@code a}, so a third of {@code a} suffices).
   */
  private Set<String> soundCandidates(String a) {
    Set<String> ids = new LinkedHashSet<>();
    ids.addAll(idsByKey.getOrDefault(a, Set.of()));
    ids.addAll(idsByKey.getOrDefault(a + "r", Set.of()));
    if (!a.isEmpty()) {
      ids.addAll(idsByKey.getOrDefault(a.substring(1), Set.of()));
      ids.addAll(idsByKeyWithoutR.getOrDefault(withoutR(a), Set.of()));
    }
    ids.addAll(idsByKeyTail.getOrDefault(a, Set.of()));
    if (a.length() >= 5) {
      for (String v : deletions(a, Math.max(1, a.length() / 3))) {
        for (String key : keysByDeletion.getOrDefault(v, Set.of())) {
          ids.addAll(idsByKey.getOrDefault(key, Set.of()));
        }
      }
    }
    return ids;
  }

  private static String withoutR(String key) {
    return key.charAt(0) + key.substring(1).replace("r", "");
  }

  /** {@code s} and every string made from it by leaving out up to {@code max} characters. */
  static Set<String> deletions(String s, int max) {
    Set<String> out = new java.util.HashSet<>();
    out.add(s);
    Set<String> level = Set.of(s);
    for (int d = 0; d < max; d++) {
      Set<String> next = new java.util.HashSet<>();
      for (String x : level) {
        for (int i = 0; i < x.length(); i++) {
          next.add(x.substring(0, i) + x.substring(i + 1));
        }
      }
      out.addAll(next);
      level = next;
    }
    return out;
  }

  private static String key(EntityType type, String alias) {
    return type == EntityType.ORG ? EntityIds.orgKey(alias) : EntityIds.key(alias);
  }

  static boolean isFullName(String alias) {
    return alias.contains(" ") || alias.contains("·") || alias.length() >= 4;
  }

  private static boolean isHan(String s) {
    return !s.isEmpty() && s.chars().allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
  }

  private static List<String> tokens(String name) {
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
