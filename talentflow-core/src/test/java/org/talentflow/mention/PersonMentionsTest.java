package org.talentflow.mention;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.talentflow.Pipeline;
import org.talentflow.model.Entity;
import org.talentflow.model.EntityType;
import org.talentflow.model.SourceDocument;
import org.talentflow.pack.KnowledgePack;

/** The people a document names, on sentences written for these tests, without the pack's entity list. */
class PersonMentionsTest {
  private static final Pipeline NO_PACK = Pipeline.withHanlp(KnowledgePack.builtin().withoutEntities());

  private static List<String> persons(String text) {
    return NO_PACK.analyze(new SourceDocument("t", "t", null, null, LocalDate.of(2024, 1, 1), text)).entities()
        .stream().filter(e -> e.type() == EntityType.PERSON).map(Entity::name).toList();
  }

  /** The segmenter reads 都还 and 时才 as names: their family names are everyday words and no title anchors them. */
  @Test
  void aTwoCharacterGuessWhoseFamilyNameIsAFunctionWordNeedsATitle() {
    assertThat(persons("员工们直到开会时才得知此事。同事们都还在公司等消息。张伟随后离职。"))
        .containsExactly("张伟");
    assertThat(persons("星海科技研究员向明已离职。")).containsExactly("向明");
  }

  /** Nor a post of the name's own after it: "免去何平的总经理职务" (的 and a title). */
  @Test
  void aTwoCharacterNameWithAFunctionWordFamilyNameBeforeItsOwnPost() {
    assertThat(persons("董事会决定免去何平的总经理职务。")).containsExactly("何平");
  }

  @Test
  void theSecondOfTwoTransliteratedNamesJoinedBeforeAPersonnelVerbIsAName() {
    assertThat(persons("莫里斯和乔丹加盟星海队。")).contains("莫里斯", "乔丹");
    // 与 also says with whom one signs: what follows it is no second person
    assertThat(persons("莫里斯与贝克传媒签约。")).doesNotContain("贝克");
  }

  /** "迪/nz 特/ag · 霍沃思/nr": the part before the dot, left in characters of other tags, opens the name. */
  @Test
  void aTransliteratedNameCutBeforeItsDotIsOneName() {
    assertThat(persons("迪特·霍沃思将于本月的年会结束后卸任星海汽车董事长。")).containsExactly("迪特·霍沃思");
  }

  /** "李/ng 鑫/nz 官/n 宣/nz": 官宣 (announces) follows the name and is no part of it; CMO is a title. */
  @Test
  void aNameAfterATitleEndsBeforeAWordOfAnnouncing() {
    assertThat(persons("星海汽车CMO李鑫官宣辞职。")).containsExactly("李鑫");
    assertThat(persons("星海汽车CFO张磊官宣离职。")).containsExactly("张磊");
  }

  @Test
  void aGivenNameThatIsAWordOfTimeIsNoName() {
    assertThat(persons("该团队致力于未来机器人技术的研发。工程师张伟离职。")).containsExactly("张伟");
  }

  /** "基/ng 金主/nr 任/p": the segmenter's name across 基金 and 主任 is none. */
  @Test
  void aTwoCharacterGuessAcrossTwoCommonWordsIsNoName() {
    assertThat(persons("星海研究基金主任李明宣布离职。")).containsExactly("李明");
  }

  /** "于本周/nr": a preposition and a time the segmenter took for a name (于 is a family name) is none. */
  @Test
  void aTimeInsideAWordIsNoName() {
    assertThat(persons("假期结束后,孟薇已于本周重返工作岗位。")).containsExactly("孟薇");
  }

  /** "免去 赵国/ns 强/a 的…职务": the name after a verb of removal, before 的 and the post, whatever its tags. */
  @Test
  void theNameWhosePostIsRemovedIsFoundWhateverItsTags() {
    assertThat(persons("星海市政府决定:免去赵国强的星海市交通局局长职务。")).containsExactly("赵国强");
  }
}
