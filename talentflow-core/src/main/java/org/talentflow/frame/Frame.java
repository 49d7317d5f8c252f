package org.talentflow.frame;

import java.util.Objects;
import org.talentflow.model.EventType;
import org.talentflow.pattern.Annotation;
import org.talentflow.pattern.Lattice;
import org.talentflow.pattern.Match;
import org.talentflow.pattern.Rule;

/**
 * A frame filled by a rule in one sentence: the event type and what fills each slot. {@code person} is a PERSON
 * annotation (a named person, or for DuEE an unnamed role); the other slots may be null. The trigger is the span the
 * rule captured as {@code t}.
 */
public record Frame(EventType type, Rule rule, Match match, Lattice lattice, int triggerStart, int triggerEnd,
    Annotation person, Annotation org, Annotation other, Annotation role, Annotation time, Annotation agent) {
  public Frame {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(person, "person");
  }

  /** The name of the person, or null for an unnamed role. */
  public Annotation name() {
    return person.kind().equals("PER") ? person : person.part("name");
  }

  /** The value of a PRON that stands for a subject left unwritten (a topic rule's clause with no person in it). */
  public static final String ZERO = "zero";

  /** Whether the person is a pronoun whose antecedent lies before this sentence. */
  public boolean pronoun() {
    return person.kind().equals("PRON");
  }

  /** Whether the person is unwritten: the person the paragraph is about, when there is one. */
  public boolean zeroSubject() {
    return ZERO.equals(person.value());
  }

  /** The title the person has in this event: the rule's role slot, else the one written before the name. */
  public Annotation roleOrOwn() {
    return role != null ? role : person.part("role");
  }

  /** The organization in this event: the rule's org slot, else the person's employer written before the name. */
  public Annotation orgOrOwn() {
    return org != null ? org : person.part("org");
  }

  public String trigger() {
    return lattice.substring(triggerStart, triggerEnd);
  }
}
