package org.talentflow.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.talentflow.model.Entity;
import org.talentflow.model.EntityType;
import org.talentflow.pack.KnowledgePack;

class CrossDocumentResolverTest {
  private CrossDocumentResolver resolver;

  @BeforeEach
  void known() {
    resolver = new CrossDocumentResolver(new SoundKey(new HanlpPinyin()), KnowledgePack.builtin()::isTransliteration);
    resolver.know("P-sch", EntityType.PERSON, List.of("John Schulman", "约翰·舒尔曼"));
    resolver.know("P-sut", EntityType.PERSON, List.of("Ilya Sutskever", "苏茨克维尔"));
    resolver.know("P-musk", EntityType.PERSON, List.of("Elon Musk", "马斯克"));
    resolver.know("P-toner", EntityType.PERSON, List.of("Helen Toner"));
    resolver.know("O-ms", EntityType.ORG, List.of("Microsoft", "微软公司"));
  }

  private static Entity person(String... aliases) {
    return new Entity("new", EntityType.PERSON, aliases[0], List.of(aliases));
  }

  @Test
  void aSharedFullNameAliasJoins() {
    assertThat(resolver.match(person("约翰·舒尔曼"))).isEqualTo("P-sch");
    assertThat(resolver.match(new Entity("n", EntityType.ORG, "微软公司", List.of("微软公司")))).isEqualTo("O-ms");
  }

  @Test
  void aUniqueThreeCharacterHanAliasJoins() {
    assertThat(resolver.match(person("马斯克"))).isEqualTo("P-musk");
  }

  @Test
  void aLatinTypoOfTheFamilyNameJoinsWhenTheGivenNameAgrees() {
    assertThat(resolver.match(person("Ilya Sustkever"))).isEqualTo("P-sut");
    assertThat(resolver.match(person("Anna Sustkever"))).isNull();
  }

  @Test
  void aTransliteratedNameJoinsTheOneLatinNameItSoundsLike() {
    assertThat(resolver.match(person("舒尔曼"))).isEqualTo("P-sch");
    assertThat(resolver.match(person("蘇茨克沃"))).isNull(); // traditional script is normalized before resolution
    assertThat(resolver.match(person("苏茨克沃"))).isEqualTo("P-sut");
    // one sound apart inside a short name is another person: 西格尔 "skr" is no Sutskever "skvr"
    assertThat(resolver.match(person("内德·西格尔"))).isNull();
  }

  @Test
  void aChineseNameIsNeverMatchedBySound() {
    assertThat(resolver.match(person("谭寅亮"))).isNull(); // sounds like "Toner" but is no transliteration
  }

  @Test
  void twoCharacterAliasesNeverJoinAlone() {
    resolver.know("P-x", EntityType.PERSON, List.of("张伟"));
    assertThat(resolver.match(person("张伟"))).isNull();
  }

  @Test
  void theSoundIndexFindsExactlyWhatComparingWithEveryKnownPersonFinds() {
    java.util.Random random = new java.util.Random(14);
    CrossDocumentResolver r = new CrossDocumentResolver(null, x -> true);
    java.util.Map<String, String> surnames = new java.util.LinkedHashMap<>();
    String letters = "bcdfgklmnprstvwzhaeiou";
    for (int i = 0; i < 3000; i++) {
      StringBuilder sb = new StringBuilder().append(Character.toUpperCase(letters.charAt(random.nextInt(17))));
      for (int k = 1 + random.nextInt(11); k > 0; k--) {
        sb.append(letters.charAt(random.nextInt(letters.length())));
      }
      surnames.put("P-" + i, sb.toString());
      r.know("P-" + i, EntityType.PERSON, List.of("Anna " + sb));
    }
    java.util.Map<String, String> latinKeys = new java.util.LinkedHashMap<>();
    surnames.forEach((id, surname) -> latinKeys.put(id, SoundKey.latin(surname)));
    String consonants = "kprstvnm";
    for (int q = 0; q < 3000; q++) {
      StringBuilder key = new StringBuilder();
      for (int k = 1 + random.nextInt(9); k > 0; k--) {
        key.append(consonants.charAt(random.nextInt(consonants.length())));
      }
      String a = q % 3 == 0 ? latinKeys.get("P-" + random.nextInt(3000)) : key.toString();
      java.util.Set<String> everyone = new java.util.LinkedHashSet<>();
      latinKeys.forEach((id, latin) -> {
        if (SoundKey.sameAmongMany(a, latin)) {
          everyone.add(id);
        }
      });
      assertThat(r.soundAlike(a)).as(a).isEqualTo(everyone);
    }
  }
}
