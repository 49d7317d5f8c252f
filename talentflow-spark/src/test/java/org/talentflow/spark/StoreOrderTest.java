package org.talentflow.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.talentflow.model.AnalyzedDocument;
import org.talentflow.model.Entity;
import org.talentflow.model.EntityType;
import org.talentflow.model.EventType;
import org.talentflow.model.Evidence;
import org.talentflow.model.MentionRef;
import org.talentflow.model.PersonnelEvent;
import org.talentflow.model.Polarity;
import org.talentflow.model.SourceDocument;
import org.talentflow.pack.KnowledgePack;
import org.talentflow.resolve.CrossDocumentResolver;
import org.talentflow.resolve.EntityIds;
import org.talentflow.resolve.HanlpPinyin;
import org.talentflow.resolve.SoundKey;
import org.talentflow.store.Store;
import org.talentflow.store.StoredEvent;
import org.talentflow.store.StoredMention;

/**
 * StoreOrder gives every entity of a document the id a fresh store gives it when the same documents are added in
 * the same order: checked against the real store (SQLite) on random documents drawn from a vocabulary of names that
 * the resolver's rules join and keep apart (shared full names, Han names, typos, transliterations by sound).
 */
class StoreOrderTest {
  static KnowledgePack pack;
  static SoundKey sound;

  @TempDir Path dir;

  @BeforeAll
  static void load() {
    pack = KnowledgePack.builtin();
    sound = new SoundKey(new HanlpPinyin());
  }

  static CrossDocumentResolver resolver() {
    return new CrossDocumentResolver(sound, pack::isTransliteration);
  }

  @Test
  void idsEqualThoseOfAFreshStoreFedTheSameDocumentsInTheSameOrder() {
    for (int seed = 1; seed <= 5; seed++) {
      Random random = new Random(seed);
      List<AnalyzedDocument> docs = new ArrayList<>();
      for (int d = 0; d < 40; d++) {
        docs.add(Vocabulary.document("d" + d, random));
      }
      Map<String, String> expected = new LinkedHashMap<>(); // "doc|local id" -> stored id, from the store
      try (Store store = Store.open(dir.resolve("s" + seed + ".db").toString())) {
        for (AnalyzedDocument doc : docs) {
          store.add(doc);
        }
        for (AnalyzedDocument doc : docs) {
          List<StoredMention> mentions = store.mentionsIn(doc.document().key());
          for (int i = 0; i < doc.mentions().size(); i++) {
            expected.put(doc.document().key() + "|" + doc.mentions().get(i).entityId(), mentions.get(i).entityId());
          }
        }
        for (StoredEvent e : store.events()) {
          AnalyzedDocument doc = docs.stream().filter(x -> x.document().key().equals(e.docKey())).findFirst().orElseThrow();
          expected.put(e.docKey() + "|" + doc.events().get(0).person().id(), e.event().person().id());
        }
      }
      StoreOrder order = new StoreOrder(resolver());
      Map<String, String> actual = new LinkedHashMap<>();
      for (AnalyzedDocument doc : docs) {
        for (Item.Occurrence o : Analysis.occurrences(doc)) {
          actual.put(doc.document().key() + "|" + o.localId(), order.add(o.localId(), o.type(), o.name(), o.aliases()));
        }
      }
      actual.keySet().retainAll(expected.keySet());
      assertThat(actual).as("seed " + seed).isEqualTo(expected);
      assertThat(new java.util.HashSet<>(expected.values())).as("the documents join some entities").hasSizeLessThan(expected.size() * 3 / 4);
    }
  }

  /** Random documents over names chosen to exercise every rule of the resolver. */
  static final class Vocabulary {
    static final String[][] PEOPLE = {
        {"Sam Altman", "奥特曼", "山姆·奥特曼"}, {"Samuel Altmann"}, {"阿尔特曼"}, {"Sam Altmam"},
        {"Ilya Sutskever", "苏茨克维"}, {"Ilya Sustkever"}, {"伊尔亚·苏茨克沃"}, {"苏茨克沃"},
        {"John Schulman"}, {"舒尔曼"}, {"约翰·舒尔曼", "舒尔曼"}, {"Greg Brockman", "布罗克曼"}, {"格雷格·布罗克曼"},
        {"Mira Murati"}, {"米拉·穆拉蒂", "Mira Murati"}, {"穆拉蒂"}, {"Elon Musk", "马斯克"}, {"马斯克"},
        {"Mark Zuckerberg"}, {"扎克伯格"}, {"Mark Zukerberg"}, {"张勇", "Daniel Zhang"}, {"张勇"}, {"蔡崇信"},
        {"Joe Tsai", "蔡崇信"}, {"Lu Qi", "陆奇"}, {"陆奇"}, {"Wojciech Zaremba"}, {"Woj Kowalski", "沃伊切赫·扎伦巴"},
        {"Wojciech Zarembaa", "沃伊切赫·扎伦巴"}, {"Woj Zarembba"}};
    static final String[][] ORGS = {
        {"OpenAI"}, {"OpenAI Inc."}, {"Alibaba Group", "阿里巴巴"}, {"阿里巴巴集团"}, {"阿里巴巴"}, {"Baidu", "百度"},
        {"百度"}, {"Apple Inc"}, {"Apple"}, {"Inter Miami CF", "国际迈阿密"}, {"国际迈阿密"}};

    static AnalyzedDocument document(String key, Random random) {
      String text = key + " " + random.nextLong();
      SourceDocument source = new SourceDocument(key, key + ".txt", null, null, null, text);
      List<Entity> entities = new ArrayList<>();
      List<MentionRef> mentions = new ArrayList<>();
      int n = 1 + random.nextInt(4);
      for (int i = 0; i < n; i++) {
        boolean person = random.nextInt(4) > 0;
        String[] names = person ? PEOPLE[random.nextInt(PEOPLE.length)] : ORGS[random.nextInt(ORGS.length)];
        EntityType type = person ? EntityType.PERSON : EntityType.ORG;
        String id = random.nextInt(5) == 0 ? "K-" + (person ? "P-" : "O-") + EntityIds.key(names[0])
            : EntityIds.of(type, names[0]);
        if (entities.stream().anyMatch(e -> e.id().equals(id))) {
          continue;
        }
        entities.add(new Entity(id, type, names[0], List.of(names)));
        mentions.add(new MentionRef(id, 0, 1, text.substring(0, 1), "test"));
      }
      List<PersonnelEvent> events = new ArrayList<>();
      if (random.nextBoolean()) {
        // an event whose person is not among the document's entities: the store meets it after them
        String[] names = PEOPLE[random.nextInt(PEOPLE.length)];
        Entity p = new Entity(EntityIds.of(EntityType.PERSON, names[0]) + "-e", EntityType.PERSON, names[0], List.of(names));
        events.add(new PersonnelEvent(EventType.LEFT, p, null, null, null, null, Polarity.ASSERTED,
            new Evidence(key, 0, 1, text.substring(0, 1)), 0.9));
      }
      return new AnalyzedDocument(source, entities, mentions, events);
    }
  }
}
