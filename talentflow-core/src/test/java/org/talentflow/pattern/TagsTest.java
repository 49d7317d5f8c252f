package org.talentflow.pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Numbers of parts of speech, given by threads that analyze documents at once (ingest runs one per core). */
class TagsTest {
  @Test
  void tagsNumberedAtOnceByManyThreadsGetNumbersOfTheirOwn() throws Exception {
    int threads = 8;
    int perThread = 3000;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<List<Integer>>> numbered = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      int thread = t;
      numbered.add(pool.submit(() -> {
        start.await();
        List<Integer> ids = new ArrayList<>();
        for (int i = 0; i < perThread; i++) {
          ids.add(Tags.id("test-tag-" + thread + "-" + i));
        }
        return ids;
      }));
    }
    start.countDown();
    Set<Integer> distinct = new HashSet<>();
    int all = 0;
    for (Future<List<Integer>> f : numbered) {
      for (int id : f.get()) {
        distinct.add(id);
        all++;
      }
    }
    pool.shutdown();
    assertThat(distinct).hasSize(all);
    assertThat(Tags.id("test-tag-0-0")).isEqualTo(Tags.id("test-tag-0-0"));
  }

  /** "/t=,d" in a pattern accepts the tag t itself and tags that start with d, not tg (a morpheme of time). */
  @Test
  void aTagWrittenWithEqualsIsThatTagAlone() {
    Pattern p = Pattern.compile("/t=,d", Lexicon.builder().build());
    assertThat(p.root).isInstanceOfSatisfying(Pattern.Pos.class, pos -> {
      assertThat(pos.accepts(new Token(0, 2, "t"))).isTrue();
      assertThat(pos.accepts(new Token(0, 1, "tg"))).isFalse();
      assertThat(pos.accepts(new Token(0, 1, "dg"))).isTrue();
    });
    Pattern prefix = Pattern.compile("/t", Lexicon.builder().build());
    assertThat(((Pattern.Pos) prefix.root).accepts(new Token(0, 1, "tg"))).isTrue();
    assertThatThrownBy(() -> Pattern.compile("/t=g", Lexicon.builder().build()))
        .hasMessageContaining("only at its end");
  }
}
