package org.talentflow.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ClassDataTrainingTest {
  /** The launcher records its class archive from this run: a step whose command line no longer parses would leave
   * that command's classes out without a word, so every step must end with exit code 0, and nothing is printed. */
  @Test
  void everyStepOfTheTrainingRunSucceedsAndPrintsNothing() throws Exception {
    PrintStream out = System.out;
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
    int failed;
    try {
      failed = ClassDataTraining.run();
    } finally {
      System.setOut(out);
    }
    assertThat(failed).isZero();
    assertThat(printed.toString(StandardCharsets.UTF_8)).isEmpty();
  }
}
