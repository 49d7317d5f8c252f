package org.talentflow.mention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.talentflow.model.EntityType;

class NameEchoesTest {
  private static Mention person(String text, String name, String source, String packId) {
    int start = text.indexOf(name);
    return new Mention(EntityType.PERSON, start, start + name.length(), name, source, packId);
  }

  @Test
  void aNameFoundOnceIsFoundAgainAndItsFamilyNameAloneIsAPart() {
    String text = "Jane Porter joined Acme. Porter said so. Later Jane Porter left.";
    Mention found = person(text, "Jane Porter", "rule", null);
    List<Mention> echoes = NameEchoes.echoes(text, List.of(), List.of(found));
    assertThat(echoes).extracting(Mention::text, Mention::source, Mention::start)
        .containsExactly(tuple("Porter", "part", text.indexOf("Porter said")),
            tuple("Jane Porter", "echo", text.lastIndexOf("Jane Porter")));
  }

  @Test
  void theNamesAlreadyFoundAreNotEchoedOverAgain() {
    String text = "Ann Lee spoke. Ann Lee left.";
    Mention first = person(text, "Ann Lee", "rule", null);
    int second = text.lastIndexOf("Ann Lee");
    Mention again = new Mention(EntityType.PERSON, second, second + 7, "Ann Lee", "pack", "P-1");
    assertThat(NameEchoes.echoes(text, List.of(again), List.of(first))).isEmpty();
  }

  @Test
  void aShortNameIsLinkedToTheOneLongerNameThatEndsWithIt() {
    String text = "Francesco De Ferrari met De Ferrari.";
    Mention full = person(text, "Francesco De Ferrari", "rule", null);
    int at = text.lastIndexOf("De Ferrari");
    Mention part = new Mention(EntityType.PERSON, at, at + 10, "De Ferrari", "rule", null);
    assertThat(NameEchoes.partLinks(List.of(full, part))).containsExactly(new int[] {1, 0});
  }

  @Test
  void aShortNameThatTwoLongerNamesEndWithIsLinkedToNeither() {
    String text = "Ann Lee, Bo Lee and Lee.";
    Mention ann = person(text, "Ann Lee", "rule", null);
    Mention bo = person(text, "Bo Lee", "rule", null);
    int at = text.lastIndexOf("Lee");
    Mention lee = new Mention(EntityType.PERSON, at, at + 3, "Lee", "rule", null);
    assertThat(NameEchoes.partLinks(List.of(ann, bo, lee))).isEmpty();
  }
}
