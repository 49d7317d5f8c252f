package org.talentflow.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What {@code duee --gold} prints: both metrics, overall and per type, over the gold's sentences. */
class DueeScoresTest {
  @TempDir Path dir;

  @Test
  void strictAndRelaxedArePrintedOverallAndPerTypeOverEveryGoldSentence() throws Exception {
    Path in = Files.writeString(dir.resolve("in.jsonl"),
        "{\"id\":\"a\",\"text\":\"前锋王刚宣布辞职。\"}\n{\"id\":\"extra\",\"text\":\"今天天气很好。\"}\n",
        StandardCharsets.UTF_8);
    // a JSON array; sentence b is not in the input: its arguments count as gold, unmatched
    Path gold = Files.writeString(dir.resolve("gold.json"), """
        [{"id":"a","event_list":[{"event_type":"组织关系-辞/离职","trigger":"辞职",
          "arguments":[{"role":"离职者","argument":"前锋王刚"}]}]},
         {"id":"b","event_list":[{"event_type":"组织关系-加盟","trigger":"加盟",
          "arguments":[{"role":"加盟者","argument":"李强"},{"role":"所加盟组织","argument":"上海申花"}]}]}]
        """, StandardCharsets.UTF_8);
    Cli r = Cli.run("duee", "--in", in.toString(), "--out", dir.resolve("out.jsonl").toString(), "--gold",
        gold.toString());
    assertThat(r.exit).as(r.err).isZero();
    assertThat(r.out).contains("(2 gold sentences, 1 of them not in the input):")
        .containsPattern("(?m)^  strict   P \\S+  R \\S+  F1 \\S+  \\(\\d+ predicted, 3 gold arguments")
        .containsPattern("(?m)^  relaxed  P \\S+  R \\S+  F1 \\S+  \\(\\d+ predicted, 3 gold arguments")
        .containsPattern("(?m)^TYPE\\s+STRICT P\\s+R\\s+F1\\s+RELAXED P\\s+R\\s+F1\\s+PREDICTED\\s+GOLD$")
        .containsPattern("(?m)^组织关系-加盟\\s+0\\.000\\s+0\\.000\\s+0\\.000\\s+0\\.000\\s+0\\.000\\s+0\\.000\\s+0\\s+2$")
        .containsPattern("(?m)^组织关系-辞/离职\\s.*\\s1$");
  }

  @Test
  void aPredictionsFileIsScoredWithoutThePipelineAndItsErrorsTabledByCause() throws Exception {
    Path gold = Files.writeString(dir.resolve("gold.jsonl"), """
        {"id":"a","text":"前锋王大刚宣布辞职。","event_list":[{"event_type":"组织关系-辞/离职","trigger":"辞职","arguments":[{"role":"离职者","argument":"王大刚"}]}]}
        {"id":"b","text":"李强加盟申花。","event_list":[{"event_type":"组织关系-加盟","trigger":"加盟","arguments":[{"role":"加盟者","argument":"李强"}]}]}
        """, StandardCharsets.UTF_8);
    Path predicted = Files.writeString(dir.resolve("pred.jsonl"), """
        {"id":"a","event_list":[{"event_type":"组织关系-辞/离职","trigger":"辞职","arguments":[{"role":"离职者","argument":"王大"}]}]}
        {"id":"b","event_list":[]}
        """, StandardCharsets.UTF_8);
    Cli r = Cli.run("duee", "--predicted", predicted.toString(), "--gold", gold.toString(), "--causes");
    assertThat(r.exit).as(r.err).isZero();
    assertThat(r.out).contains("read predictions for 2 sentences", "(2 gold sentences):",
        "  strict   P 0.800  R 0.400  F1 0.533  (1 predicted, 2 gold arguments, matched 0.8)",
        "| name cut or run over | 1 | 1 |", "| trigger known, no event of the type | 1 | 0 |", "| all | 2 | 1 |");
    Cli both = Cli.run("duee", "--predicted", predicted.toString(), "--in", gold.toString(), "--gold", gold.toString());
    assertThat(both.exit).isEqualTo(2);
    assertThat(both.err.strip()).isEqualTo("talentflow: duee: --predicted takes --gold, and neither --in nor --out");
    Cli noGold = Cli.run("duee", "--predicted", predicted.toString(), "--causes");
    assertThat(noGold.exit).isEqualTo(2);
    assertThat(noGold.err.strip()).isEqualTo("talentflow: duee: --causes needs --gold");
  }

  @Test
  void aMissingGoldFileSaysSo() throws Exception {
    Path in = Files.writeString(dir.resolve("in.jsonl"), "{\"id\":\"a\",\"text\":\"王刚辞职。\"}\n",
        StandardCharsets.UTF_8);
    Cli r = Cli.run("duee", "--in", in.toString(), "--out", dir.resolve("o.jsonl").toString(), "--gold",
        dir.resolve("none.json").toString());
    assertThat(r.exit).isEqualTo(3);
    assertThat(r.err.strip()).isEqualTo("talentflow: duee: no such gold file: " + dir.resolve("none.json"));
  }
}
