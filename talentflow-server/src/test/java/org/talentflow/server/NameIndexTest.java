package org.talentflow.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.NotEmpty;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;
import org.talentflow.model.EntityType;

class NameIndexTest {
  private static KnowledgeCache.Name name(String key, String id) {
    return new KnowledgeCache.Name(key, id, EntityType.PERSON);
  }

  @Test
  void findsTheNamesHoldingTheKeyInTheirOrder() {
    NameIndex index = new NameIndex(List.of(name("林晓舟", "p1"), name("星海科技", "o1"), name("晓舟", "p1"),
        name("dana wirth", "p2"), name("wirthmann", "p3")));
    assertThat(index.containing("晓舟")).extracting(KnowledgeCache.Name::key).containsExactly("林晓舟", "晓舟");
    assertThat(index.containing("wirth")).extracting(KnowledgeCache.Name::entityId).containsExactly("p2", "p3");
    assertThat(index.containing("海洋")).isEmpty();
    assertThat(index.containing("")).hasSize(5);
  }

  /** The index finds exactly what comparing the key with every name finds, in the same order. */
  @Property(tries = 200)
  void findsWhatAComparisonWithEveryNameFinds(
      @ForAll @Size(max = 40) List<@StringLength(min = 1, max = 6) @CharRange(from = 'a', to = 'e') String> keys,
      @ForAll @NotEmpty @StringLength(max = 3) @CharRange(from = 'a', to = 'e') String query) {
    List<KnowledgeCache.Name> names = new ArrayList<>();
    for (int i = 0; i < keys.size(); i++) {
      names.add(name(keys.get(i), "e" + i));
    }
    List<KnowledgeCache.Name> expected = names.stream().filter(n -> n.key().contains(query)).toList();
    assertThat(new NameIndex(names).containing(query)).containsExactlyElementsOf(expected);
  }
}
