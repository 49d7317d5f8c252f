package org.talentflow.spark;

/**
 * The Spark job's entry point: {@code ./talentflow spark ...} runs it in-process, {@code spark-submit --class
 * org.talentflow.spark.SparkMain talentflow-spark.jar ...} on a cluster. The only place that calls System.exit.
 */
public final class SparkMain {
  private SparkMain() {}

  public static void main(String[] args) {
    System.exit(SparkCommand.commandLine().execute(args));
  }
}
