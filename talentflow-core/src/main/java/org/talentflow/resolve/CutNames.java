package org.talentflow.resolve;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.talentflow.mention.Mention;
import org.talentflow.model.EntityType;
import org.talentflow.pack.KnowledgePack;

/**
 * A foreign name cut short by the segmenter or by the page: a transliteration that begins a longer transliterated
 * name of the same document, or the family name of one ("马斯" where the document names "马斯克" or "埃隆·马斯克"), and
 * begins no other, is that person.
 */
final class CutNames {
  private final KnowledgePack pack;

  CutNames(KnowledgePack pack) {
    this.pack = pack;
  }

  void link(List<Mention> names, DocumentResolver.UnionFind uf) {
    for (int i = 0; i < names.size(); i++) {
      Mention cut = names.get(i);
      String s = cut.text();
      if (cut.type() != EntityType.PERSON || s.length() < 2 || s.indexOf('·') >= 0 || !pack.isTransliteration(s)) {
        continue;
      }
      Set<Integer> longer = new LinkedHashSet<>();
      for (int k = 0; k < names.size(); k++) {
        Mention m = names.get(k);
        if (m.type() == EntityType.PERSON && uf.find(k) != uf.find(i) && begins(s, m.text())) {
          longer.add(uf.find(k));
        }
      }
      if (longer.size() == 1) {
        uf.union(longer.iterator().next(), i);
      }
    }
  }

  private boolean begins(String cut, String name) {
    String family = name.substring(name.lastIndexOf('·') + 1);
    return family.length() > cut.length() && family.startsWith(cut) && pack.isTransliteration(family);
  }
}
