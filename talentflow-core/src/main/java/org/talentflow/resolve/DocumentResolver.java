package org.talentflow.resolve;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.talentflow.mention.Mention;
import org.talentflow.mention.Mentions;
import org.talentflow.model.Entity;
import org.talentflow.model.EntityType;
import org.talentflow.pack.KnowledgePack;

/**
 * Groups one document's mentions into entities: mentions of the same pack entity, the two sides of a gloss, the
 * same name written with or without spaces ("Sam Altman" / "SamAltman"), and a lone family or given name that
 * matches exactly one full name of the document ("Sutskever", "穆拉蒂", "Mira"), and a foreign name cut short ("马斯"
 * for "马斯克"). Lone names that match nothing are dropped rather than guessed.
 */
public final class DocumentResolver {
  private static final Pattern LATIN_TOKEN = Pattern.compile("(?:Mc|Mac|Le|Di|Da|De|O['‘’]|D['‘’])?[A-Z][a-z]+|[A-Z]");

  private final Map<String, KnowledgePack.PackEntity> packById = new HashMap<>();
  private final KnowledgePack pack;
  private final SoundKey sound;
  private final CutNames cutNames;
  /** Sound keys of the pack's people by family name (the last token of the Latin canonical name). */
  private final Map<String, String> packSurnameKeys = new HashMap<>();

  /** @param sound sound keys for transliteration variants, or null to match spellings only */
  public DocumentResolver(KnowledgePack pack, SoundKey sound) {
    this.pack = Objects.requireNonNull(pack, "pack");
    this.sound = sound;
    this.cutNames = new CutNames(pack);
    for (KnowledgePack.PackEntity e : pack.entities()) {
      packById.put(e.id(), e);
      List<String> tokens = latinTokens(e.canonical());
      if (e.type() == EntityType.PERSON && tokens.size() >= 2) {
        packSurnameKeys.put(e.id(), SoundKey.latin(tokens.get(tokens.size() - 1)));
      }
    }
  }

  /** Entities, and for each mention (same order as {@code mentions.names()}) its entity, or null when dropped. */
  public record Resolution(List<Entity> entities, List<Entity> byMention) {}

  public Resolution resolve(Mentions mentions) {
    List<Mention> names = mentions.names();
    int n = names.size();
    UnionFind uf = new UnionFind(n);
    // the Han side of a gloss is keyed by its Latin side: two glosses "史密斯(John Smith)" and "史密斯(Jane Smith)"
    // are two people even though their Han sides read alike
    Map<Integer, String> glossKey = new HashMap<>();
    for (Mentions.Link l : mentions.links()) {
      String latin = isLatin(names.get(l.a()).text()) ? names.get(l.a()).text() : names.get(l.b()).text();
      glossKey.put(l.a(), "gloss:" + EntityIds.key(latin));
      glossKey.put(l.b(), "gloss:" + EntityIds.key(latin));
    }
    Map<String, Integer> firstByKey = new HashMap<>();
    for (int i = 0; i < n; i++) {
      Mention m = names.get(i);
      if (m.packId() != null && m.type() == EntityType.ORG) {
        // a pack organization also answers to its names written without the legal form: SafeSuperintelligenceInc
        Integer other = firstByKey.putIfAbsent(m.type() + ":" + EntityIds.orgKey(m.text()), i);
        if (other != null) {
          uf.union(other, i);
        }
      }
      String key = m.packId() != null ? "pack:" + m.packId()
          : glossKey.getOrDefault(i, m.type() + ":" + (m.type() == EntityType.ORG ? EntityIds.orgKey(m.text())
              : EntityIds.key(m.text())));
      if (isPartial(m)) {
        continue;
      }
      Integer first = firstByKey.putIfAbsent(key, i);
      if (first != null) {
        uf.union(first, i);
      }
    }
    for (Mentions.Link l : mentions.links()) {
      uf.union(l.a(), l.b());
    }
    // a pack mention's key and the plain key of the same text must meet (gloss "Mira Murati" + pack "Murati")
    Map<Integer, List<Integer>> groups = uf.groups();
    Set<Integer> ambiguous = linkPartials(names, uf, groups);
    linkOrganizationFirstWords(names, uf);
    cutNames.link(names, uf);
    groups = uf.groups();
    Map<Integer, String> soundPack = sound == null ? Map.of() : linkBySound(names, uf, groups);
    groups = uf.groups();

    List<Entity> entities = new ArrayList<>();
    Entity[] byMention = new Entity[n];
    for (List<Integer> members : groups.values()) {
      if (members.stream().allMatch(i -> isPartial(names.get(i)) || ambiguous.contains(i))) {
        // a lone "Altman" or "Mira" with no full name in the document, or a "史密斯" that two full names end in:
        // not guessed here
        continue;
      }
      Entity e = entity(names, members, soundPack.get(uf.find(members.get(0))));
      entities.add(e);
      for (int i : members) {
        byMention[i] = e;
      }
    }
    return new Resolution(entities, java.util.Arrays.asList(byMention));
  }

  private static boolean isLatin(String s) {
    return s.chars().allMatch(c -> c < 128 || c == '‘' || c == '’');
  }

  /** A lone given name or family name, which needs a full name to belong to. */
  private static boolean isPartial(Mention m) {
    return m.packId() == null
        && (m.source().equals("given") || m.source().equals("surname") || m.source().equals("part"));
  }

  /** Links a partial name to the one full name it is part of; returns the names that are part of several. */
  private Set<Integer> linkPartials(List<Mention> names, UnionFind uf, Map<Integer, List<Integer>> groups) {
    Set<Integer> ambiguous = new java.util.HashSet<>();
    // the family and given names each full-name group answers to
    Map<String, Set<Integer>> owners = new HashMap<>();
    for (Map.Entry<Integer, List<Integer>> g : groups.entrySet()) {
      for (int i : g.getValue()) {
        Mention m = names.get(i);
        if (m.type() != EntityType.PERSON || isPartial(m)) {
          continue;
        }
        for (String part : parts(m.text())) {
          owners.computeIfAbsent(part, k -> new LinkedHashSet<>()).add(g.getKey());
        }
      }
    }
    for (int i = 0; i < names.size(); i++) {
      Mention m = names.get(i);
      if (m.type() != EntityType.PERSON) {
        continue;
      }
      Set<Integer> candidates = owners.get(m.text());
      if (m.packId() != null && candidates != null) {
        // a pack family name ("苏茨克维") joins a full name of the document only if that group has no pack id yet
        candidates = new LinkedHashSet<>(candidates);
        candidates.removeIf(root -> hasPackId(names, uf, root));
      }
      if (candidates == null) {
        continue;
      }
      Set<Integer> others = new LinkedHashSet<>();
      for (int root : candidates) {
        if (uf.find(root) != uf.find(i)) {
          others.add(uf.find(root));
        }
      }
      if (others.size() == 1 && !conflict(names, uf, others.iterator().next(), i)) {
        uf.union(others.iterator().next(), i);
      } else if (others.size() > 1) {
        ambiguous.add(i);
      }
    }
    return ambiguous;
  }

  /**
   * An organization written as the first word of a longer organization's name in the document is that organization
   * ("takes over at Bayern" with "Bayern Munich appointed…"), when only one such name begins with the word and the
   * two are not different organizations of the pack.
   */
  private static void linkOrganizationFirstWords(List<Mention> names, UnionFind uf) {
    Map<String, Set<Integer>> byFirstWord = new HashMap<>();
    for (int i = 0; i < names.size(); i++) {
      List<String> tokens = latinTokens(names.get(i).text());
      if (names.get(i).type() == EntityType.ORG && tokens.size() >= 2) {
        byFirstWord.computeIfAbsent(tokens.get(0), k -> new LinkedHashSet<>()).add(uf.find(i));
      }
    }
    for (int i = 0; i < names.size(); i++) {
      Mention m = names.get(i);
      List<String> tokens = latinTokens(m.text());
      Set<Integer> owners = m.type() == EntityType.ORG && tokens.size() == 1 ? byFirstWord.get(tokens.get(0)) : null;
      if (owners != null && owners.size() == 1 && !(m.packId() != null && hasPackId(names, uf, owners.iterator().next()))) {
        uf.union(owners.iterator().next(), i);
      }
    }
  }

  /** Two groups that each have a complete Latin name, and not the same one, are two people. */
  private static boolean conflict(List<Mention> names, UnionFind uf, int a, int b) {
    String la = fullLatin(names, uf, a);
    String lb = fullLatin(names, uf, b);
    return la != null && lb != null && !la.equals(lb);
  }

  private static String fullLatin(List<Mention> names, UnionFind uf, int member) {
    for (int k = 0; k < names.size(); k++) {
      if (uf.find(k) == uf.find(member) && latinTokens(names.get(k).text()).size() >= 2) {
        return EntityIds.key(names.get(k).text());
      }
    }
    return null;
  }

  private static boolean hasPackId(List<Mention> names, UnionFind uf, int root) {
    for (int k = 0; k < names.size(); k++) {
      if (names.get(k).packId() != null && uf.find(k) == uf.find(root)) {
        return true;
      }
    }
    return false;
  }

  /** The first and last parts of a full name: Latin tokens, or the sides of "·" in a Han name. */
  static List<String> parts(String name) {
    List<String> out = new ArrayList<>();
    if (name.indexOf('·') >= 0) {
      String[] p = name.split("·");
      if (p.length >= 2) {
        out.add(p[0]);
        out.add(p[p.length - 1]);
      }
      return out;
    }
    List<String> tokens = new ArrayList<>();
    Matcher t = LATIN_TOKEN.matcher(name);
    while (t.find()) {
      tokens.add(t.group());
    }
    if (tokens.size() >= 2) {
      out.add(tokens.get(0));
      out.add(tokens.get(tokens.size() - 1));
    }
    return out;
  }

  /**
   * A Han-only person (no Latin form, no pack id) joins the one Latin-named person of the document whose family name
   * sounds alike (蘇茨克沃 and Sutskever); failing that, the one pack person who does. Returns root -> pack id.
   */
  private Map<Integer, String> linkBySound(List<Mention> names, UnionFind uf, Map<Integer, List<Integer>> groups) {
    Map<Integer, String> latinKeys = new HashMap<>();
    for (Map.Entry<Integer, List<Integer>> g : groups.entrySet()) {
      String latin = null;
      for (int i : g.getValue()) {
        Mention m = names.get(i);
        List<String> tokens = latinTokens(m.text());
        if (m.type() == EntityType.PERSON && tokens.size() >= 2 && tokens.get(tokens.size() - 1).length() >= 2) {
          latin = tokens.get(tokens.size() - 1);
        }
      }
      if (latin != null) {
        latinKeys.put(g.getKey(), SoundKey.latin(latin));
      }
    }
    Map<Integer, String> soundPack = new HashMap<>();
    for (Map.Entry<Integer, List<Integer>> g : groups.entrySet()) {
      List<Integer> members = g.getValue();
      Mention first = names.get(members.get(0));
      if (first.type() != EntityType.PERSON || latinKeys.containsKey(g.getKey())
          || members.stream().anyMatch(i -> names.get(i).packId() != null || isPartial(names.get(i)))) {
        continue;
      }
      Set<String> keys = new LinkedHashSet<>();
      for (int i : members) {
        String t = names.get(i).text();
        String family = t.contains("·") ? t.substring(t.lastIndexOf('·') + 1) : t;
        if (family.length() >= 2 && pack.isTransliteration(family)) {
          keys.add(sound.han(family));
        }
      }
      Set<Integer> inDoc = new LinkedHashSet<>();
      latinKeys.forEach((root, lk) -> {
        if (keys.stream().anyMatch(k -> SoundKey.alike(k, lk))) {
          inDoc.add(root);
        }
      });
      if (inDoc.size() == 1) {
        if (!conflict(names, uf, inDoc.iterator().next(), g.getKey())) {
          uf.union(inDoc.iterator().next(), g.getKey());
        }
        continue;
      }
      if (inDoc.isEmpty()) {
        // the pack is large: only names with enough consonants to tell apart are matched against it
        List<String> inPack = new ArrayList<>();
        packSurnameKeys.forEach((id, pk) -> {
          if (keys.stream().anyMatch(k -> k.length() >= 4 && SoundKey.sameAmongMany(k, pk))) {
            inPack.add(id);
          }
        });
        if (inPack.size() == 1) {
          soundPack.put(g.getKey(), inPack.get(0));
        }
      }
    }
    Map<Integer, String> byRoot = new HashMap<>();
    soundPack.forEach((root, id) -> byRoot.put(uf.find(root), id));
    return byRoot;
  }

  private static List<String> latinTokens(String name) {
    List<String> tokens = new ArrayList<>();
    if (!name.chars().allMatch(c -> c < 128)) {
      return tokens;
    }
    Matcher t = LATIN_TOKEN.matcher(name);
    while (t.find()) {
      tokens.add(t.group());
    }
    return tokens;
  }

  private Entity entity(List<Mention> names, List<Integer> members, String soundPackId) {
    Set<String> aliases = new LinkedHashSet<>();
    String packId = null;
    EntityType type = names.get(members.get(0)).type();
    for (int i : members) {
      Mention m = names.get(i);
      aliases.add(m.text());
      if (packId == null && m.packId() != null) {
        packId = m.packId();
      }
    }
    if (packId == null) {
      packId = soundPackId;
    }
    if (packId != null) {
      KnowledgePack.PackEntity p = packById.get(packId);
      return new Entity(packId, p.type(), p.canonical(), new ArrayList<>(aliases));
    }
    String canonical = canonical(aliases, type);
    return new Entity(EntityIds.of(type, canonical), type, canonical, new ArrayList<>(aliases));
  }

  /**
   * The best name among the aliases: the longest complete Latin name (every part two letters or more; a person's
   * name run together spaced: "SamAltman" becomes "Sam Altman"; an organization's written run together stays so,
   * "PayLoop", unless the text also spells it with spaces), else the longest alias.
   */
  static String canonical(Set<String> aliases, EntityType type) {
    String best = null;
    for (String a : aliases) {
      List<String> tokens = new ArrayList<>();
      Matcher t = LATIN_TOKEN.matcher(a);
      while (t.find()) {
        tokens.add(t.group());
      }
      boolean complete = tokens.size() >= 2 && tokens.stream().allMatch(x -> x.length() >= 2)
          && a.chars().allMatch(c -> c < 128);
      if (complete) {
        String spaced = type == EntityType.PERSON && !a.contains(" ") ? String.join(" ", tokens) : a;
        if (best == null || spaced.length() > best.length()) {
          best = spaced;
        }
      }
    }
    if (best != null) {
      return best;
    }
    String longest = "";
    for (String a : aliases) {
      if (a.length() > longest.length()) {
        longest = a;
      }
    }
    return longest;
  }

  /** Disjoint sets over mention indices. */
  static final class UnionFind {
    private final int[] parent;

    UnionFind(int n) {
      parent = new int[n];
      for (int i = 0; i < n; i++) {
        parent[i] = i;
      }
    }

    int find(int x) {
      while (parent[x] != x) {
        parent[x] = parent[parent[x]];
        x = parent[x];
      }
      return x;
    }

    void union(int a, int b) {
      int ra = find(a);
      int rb = find(b);
      if (ra != rb) {
        parent[Math.max(ra, rb)] = Math.min(ra, rb);
      }
    }

    Map<Integer, List<Integer>> groups() {
      Map<Integer, List<Integer>> out = new LinkedHashMap<>();
      for (int i = 0; i < parent.length; i++) {
        out.computeIfAbsent(find(i), k -> new ArrayList<>()).add(i);
      }
      return out;
    }
  }
}
