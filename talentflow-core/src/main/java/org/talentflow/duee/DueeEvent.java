package org.talentflow.duee;

import java.util.List;

/** A DuEE 1.0 event: its type, trigger and arguments, each argument written exactly as in the sentence. */
public record DueeEvent(String eventType, String trigger, List<Argument> arguments) {
  public DueeEvent {
    arguments = List.copyOf(arguments);
  }

  public record Argument(String role, String argument) {}
}
