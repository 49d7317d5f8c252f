package org.talentflow.cli;

import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * Names the Spark job in this jar's help. The job itself lives in talentflow-spark, with Spark's jars, which this
 * jar does not carry: the ./talentflow launcher runs it (`./talentflow spark --help`), spark-submit runs it on a
 * cluster.
 */
@Command(name = "spark",
    description = {"Runs ingest's pipeline as an Apache Spark job over corpora past one machine; see "
        + "./talentflow spark --help (the launcher puts Spark on the class path) and the README for spark-submit."})
final class SparkCommand implements Callable<Integer> {
  @CommandLine.Unmatched List<String> args;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().getErr().println("talentflow: the spark command needs Spark's jars: run it as ./talentflow spark "
        + "(in-process) or with spark-submit and talentflow-spark/target/talentflow-spark.jar (see the README)");
    return TalentflowCommand.FAILURE;
  }
}
