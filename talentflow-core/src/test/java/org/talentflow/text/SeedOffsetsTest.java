package org.talentflow.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.talentflow.Pipeline;
import org.talentflow.model.AnalyzedDocument;
import org.talentflow.model.MentionRef;
import org.talentflow.model.PersonnelEvent;
import org.talentflow.model.SourceDocument;
import org.talentflow.pack.KnowledgePack;
import org.talentflow.read.DocumentReader;

/** On the five real seeds (noisy on purpose): every span found maps back to the exact original characters. */
class SeedOffsetsTest {
  private static Path seeds() {
    String shared = System.getProperty("talentflow.shared", "../shared");
    return Path.of(shared).resolve("corpus/seeds").normalize();
  }

  @Test
  void cleanedAndNormalizedSeedsMapBackCharacterByCharacter() {
    assumeTrue(Files.isDirectory(seeds()), "../shared is not beside the checkout");
    List<SourceDocument> docs = new DocumentReader(DocumentReader.Options.defaults()).readAll(List.of(seeds())).documents();
    assertThat(docs).hasSize(5);
    Cleaner cleaner = new Cleaner(KnowledgePack.builtin().boilerplate());
    Normalizer normalizer = new Normalizer(new HanlpScriptConverter());
    for (SourceDocument d : docs) {
      MappedText t = normalizer.normalize(cleaner.clean(d.text()));
      int previous = -1;
      for (int i = 0; i < t.length(); i++) {
        int s = t.originalStart(i, i + 1);
        assertThat(s).isGreaterThan(previous);
        previous = s;
        char original = d.text().charAt(s);
        char normalized = t.text().charAt(i);
        // a character is kept, converted to simplified script, or narrowed from full width
        if (original != normalized) {
          assertThat(Character.UnicodeScript.of(original) == Character.UnicodeScript.HAN
              || original >= '\uFF01' || Character.isSpaceChar(original)).as("%c -> %c", original, normalized).isTrue();
        }
      }
      assertThat(t.text()).doesNotContain("(chuàng)", "(shè)");
    }
  }

  @Test
  void everyEvidenceAndMentionOfTheSeedsIsTheOriginalTextAtItsSpan() {
    assumeTrue(Files.isDirectory(seeds()), "../shared is not beside the checkout");
    Pipeline pipeline = Pipeline.withHanlp(KnowledgePack.builtin());
    for (SourceDocument d : new DocumentReader(DocumentReader.Options.defaults()).readAll(List.of(seeds())).documents()) {
      AnalyzedDocument a = pipeline.analyze(d);
      assertThat(a.events()).isNotEmpty();
      for (PersonnelEvent e : a.events()) {
        assertThat(d.text().substring(e.evidence().start(), e.evidence().end())).isEqualTo(e.evidence().text());
      }
      for (MentionRef m : a.mentions()) {
        assertThat(d.text().substring(m.start(), m.end())).isEqualTo(m.text());
      }
    }
  }
}
