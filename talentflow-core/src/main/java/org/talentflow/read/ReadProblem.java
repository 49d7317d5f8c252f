package org.talentflow.read;

import java.util.Objects;

/** Something wrong with one input (a file, or one line of a JSON-lines file); the batch goes on past it. */
public record ReadProblem(String source, String message) {
  public ReadProblem {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(message, "message");
  }

  @Override
  public String toString() {
    return source + ": " + message;
  }
}
