package org.talentflow.mention;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.talentflow.model.EntityType;
import org.talentflow.pack.KnowledgePack;
import org.talentflow.text.ScriptConverter;

/**
 * The names of the knowledge pack's people and organizations, in any script the pack lists, found in normalized text
 * leftmost-longest. A transliterated name may be written one ending longer than the pack lists it (苏茨克维 in
 * 苏茨克维尔). Built once per pack; thread-safe.
 */
public final class PackNames {
  /** Characters that end transliterated names (-r, -s, -d, -t, -k, -f, -m, -n): 苏茨克维尔. */
  private static final String NAME_ENDINGS = "尔斯德特克夫姆恩森顿";

  private final KnowledgePack pack;
  private final Dictionary<List<KnowledgePack.PackEntity>> aliases;

  public PackNames(KnowledgePack pack, ScriptConverter converter) {
    this.pack = pack;
    Map<String, List<KnowledgePack.PackEntity>> byAlias = new HashMap<>();
    for (KnowledgePack.PackEntity e : pack.entities()) {
      Set<String> forms = new LinkedHashSet<>();
      forms.add(e.canonical());
      forms.addAll(e.aliases());
      for (String form : forms) {
        List<KnowledgePack.PackEntity> list = byAlias.computeIfAbsent(converter.toSimplified(form), k -> new ArrayList<>());
        if (!list.contains(e)) {
          list.add(e);
        }
      }
    }
    this.aliases = new Dictionary<>(byAlias);
  }

  /** Every pack name in text[from, to), leftmost-longest. */
  public List<Mention> find(String text, int from, int to) {
    List<Mention> out = new ArrayList<>();
    for (Dictionary.Hit<List<KnowledgePack.PackEntity>> h : aliases.longest(text, from, to)) {
      KnowledgePack.PackEntity e = h.value().get(0); // an alias two pack entities share: the first listed
      int end = h.end();
      if (e.type() == EntityType.PERSON && pack.isTransliteration(text.substring(h.start(), end))
          && end < to && NAME_ENDINGS.indexOf(text.charAt(end)) >= 0) {
        end++;
      }
      out.add(new Mention(e.type(), h.start(), end, text.substring(h.start(), end), "pack", e.id()));
    }
    return out;
  }
}
