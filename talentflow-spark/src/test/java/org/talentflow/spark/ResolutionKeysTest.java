package org.talentflow.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.talentflow.model.Entity;
import org.talentflow.model.EntityType;
import org.talentflow.resolve.CrossDocumentResolver;

/**
 * The blocking keys are a superset of what the resolver joins: whenever a resolver that knows one entity joins
 * another to it, the two share a key that the joining one queries. Checked on random pairs of names, with typos and
 * transliterations, drawn so that every rule of the resolver fires.
 */
class ResolutionKeysTest {
  private final ResolutionKeys keys = new ResolutionKeys(StoreOrderTest.sound, StoreOrderTest.pack::isTransliteration);

  static {
    StoreOrderTest.load();
  }

  private static final String[] GIVEN = {"Sam", "Samuel", "Ilya", "John", "Mark", "Mira", "Greg", "Woj"};
  private static final String[] FAMILY = {"Altman", "Sutskever", "Schulman", "Zuckerberg", "Murati", "Brockman",
      "Musk", "Lee", "Karpathy", "Zaremba", "Agrawal", "Siegel"};
  private static final String[] HAN = {"奥特曼", "阿尔特曼", "苏茨克维", "苏茨克沃", "舒尔曼", "扎克伯格", "穆拉蒂", "布罗克曼",
      "马斯克", "卡帕西", "扎伦巴", "阿格拉瓦尔", "西格尔", "张勇", "陆奇", "穆斯卡特", "卡纳瓦罗"};
  private static final String[] ORG = {"OpenAI", "OpenAI Inc.", "Open AI", "阿里巴巴", "阿里巴巴集团", "Alibaba Group",
      "Baidu", "百度", "Apple", "Apple Inc"};

  @Test
  void whateverTheResolverJoinsSharesAQueriedKey() {
    Random random = new Random(17);
    int joined = 0;
    Map<String, Boolean> rulesSeen = new HashMap<>();
    for (int i = 0; i < 20000; i++) {
      Entity known = entity(random, "k");
      Entity query = entity(random, "q");
      CrossDocumentResolver r = StoreOrderTest.resolver();
      Set<String> all = new LinkedHashSet<>(known.aliases());
      all.add(known.name());
      r.know(known.id(), known.type(), List.copyOf(all));
      if (!known.id().equals(r.match(query))) {
        continue;
      }
      joined++;
      Set<String> knownKeys = new LinkedHashSet<>();
      for (ResolutionKeys.Key k : keys.of(known.type(), known.name(), known.aliases())) {
        knownKeys.add(k.key());
      }
      List<String> shared = new ArrayList<>();
      for (ResolutionKeys.Key k : keys.of(query.type(), query.name(), query.aliases())) {
        if (k.query() && knownKeys.contains(k.key())) {
          shared.add(k.key());
        }
      }
      assertThat(shared).as("%s joined to %s", query, known).isNotEmpty();
      for (String k : shared) {
        rulesSeen.put(k.substring(0, 1), true);
      }
    }
    assertThat(joined).isGreaterThan(500);
    assertThat(rulesSeen.keySet()).as("every kind of key joined something").contains("A", "G", "S", "D", "R");
  }

  @Test
  void deletionsOfTwoStringsAFewEditsApartMeet() {
    assertThat(ResolutionKeys.deletions("Sutskever", 2)).containsAnyElementsOf(ResolutionKeys.deletions("Sustkever", 2));
    assertThat(ResolutionKeys.deletions("abc", 1)).containsExactlyInAnyOrder("abc", "bc", "ac", "ab");
    assertThat(ResolutionKeys.deletions("Altman", 2)).doesNotContainAnyElementsOf(ResolutionKeys.deletions("Brockman", 2));
  }

  private static Entity entity(Random random, String prefix) {
    if (random.nextInt(5) == 0) {
      String name = ORG[random.nextInt(ORG.length)];
      List<String> aliases = random.nextBoolean() ? List.of(name) : List.of(name, ORG[random.nextInt(ORG.length)]);
      return new Entity(prefix + "-o", EntityType.ORG, name, aliases);
    }
    List<String> aliases = new ArrayList<>();
    int n = 1 + random.nextInt(3);
    for (int j = 0; j < n; j++) {
      switch (random.nextInt(4)) {
        case 0, 1 -> aliases.add(GIVEN[random.nextInt(GIVEN.length)] + " " + typo(FAMILY[random.nextInt(FAMILY.length)], random));
        case 2 -> aliases.add(HAN[random.nextInt(HAN.length)]);
        default -> aliases.add(random.nextBoolean() ? "米拉·" + HAN[random.nextInt(HAN.length)] : FAMILY[random.nextInt(FAMILY.length)]);
      }
    }
    return new Entity(prefix + "-p", EntityType.PERSON, aliases.get(0), aliases);
  }

  /** The name, or with one or two letters changed, dropped or doubled. */
  private static String typo(String name, Random random) {
    String s = name;
    int edits = random.nextInt(3);
    for (int e = 0; e < edits && s.length() > 3; e++) {
      int at = 1 + random.nextInt(s.length() - 1);
      char c = (char) ('a' + random.nextInt(26));
      s = switch (random.nextInt(3)) {
        case 0 -> s.substring(0, at) + c + s.substring(at + 1);
        case 1 -> s.substring(0, at) + s.substring(at + 1);
        default -> s.substring(0, at) + s.charAt(at) + s.substring(at);
      };
    }
    return s;
  }
}
