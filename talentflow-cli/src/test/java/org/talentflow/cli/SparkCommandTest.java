package org.talentflow.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** This jar names the Spark job in its help, and points to the launcher or spark-submit when asked to run it. */
class SparkCommandTest {
  @Test
  void helpNamesTheSparkJob() {
    assertThat(Cli.run("--help").out).containsPattern("(?m)^\\s+spark\\s+Runs ingest's pipeline as an Apache Spark job");
  }

  @Test
  void runningItFromThisJarSaysWhereItRunsInOneLineAndExits3() {
    Cli r = Cli.run("spark", "samples", "--out", "/tmp/never-written");
    assertThat(r.exit).isEqualTo(3);
    assertThat(r.err.strip()).startsWith("talentflow: the spark command needs Spark's jars").doesNotContain("\n");
  }
}
