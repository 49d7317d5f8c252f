package org.talentflow.model;

import java.util.List;
import java.util.Objects;

/** A person or organization with a stable id, a canonical name and every alias seen. */
public record Entity(String id, EntityType type, String name, List<String> aliases) {
  public Entity {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(name, "name");
    aliases = List.copyOf(aliases);
  }
}
