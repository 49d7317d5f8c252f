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
 */
public final class CrossDocumentResolver {
  private static final Pattern LATIN_TOKEN = Pattern.compile("(?:Mc|Mac|Le|Di|Da|De|O['‘’]|D['‘’])?[A-Z][a-z]+");

  private final SoundKey sound;
  private final java.util.function.Predicate<String> transliterated;
  private final Map<String, Set<String>> byAlias = new HashMap<>();
  private final Map<String, Set<String>> byGivenName = new HashMap<>();
  private final Map<String, String> surnameOf = new HashMap<>();
  private final Map<String, EntityType> typeOf = new HashMap<>();

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
        surnameOf.putIfAbsent(id, t.get(t.size() - 1));
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
      String key = sound.han(family);
      surnameOf.forEach((id, surname) -> {
        if (typeOf.get(id) == EntityType.PERSON && SoundKey.sameAmongMany(key, SoundKey.latin(surname))) {
          alike.add(id);
        }
      });
    }
    return alike.size() == 1 ? alike.iterator().next() : null;
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
