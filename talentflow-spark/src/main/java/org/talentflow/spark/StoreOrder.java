package org.talentflow.spark;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.talentflow.model.Entity;
import org.talentflow.model.EntityType;
import org.talentflow.resolve.CrossDocumentResolver;

/**
 * Cross-document resolution as a fresh store does it during one {@code ingest}: documents in reading order, in each
 * the entities in the order the store meets them (the document's entities, then the events' people and
 * organizations not among them, each local id once); an entity whose id is stored keeps it, another is joined by the
 * {@link CrossDocumentResolver} to an entity stored before or stored as new; either way its aliases become known.
 * This mirrors {@code JdbcStore.ensureEntity}: a change there needs one here (the Spark-against-ingest tests and
 * {@code StoreOrderTest} catch a miss). Fed the entities of one component in that order, it gives the ids a whole
 * ingest gives them.
 */
final class StoreOrder {
  /** An entity as stored: its type, the name it was stored under, and every alias it was given. */
  record Stored(String id, EntityType type, String name, Set<String> aliases) {}

  private final CrossDocumentResolver resolver;
  private final Map<String, Stored> stored = new LinkedHashMap<>();

  StoreOrder(CrossDocumentResolver resolver) {
    this.resolver = resolver;
  }

  /** The stored id the next entity met gets. */
  String add(String localId, EntityType type, String name, List<String> aliases) {
    String id = localId;
    if (!stored.containsKey(localId)) {
      String joined = resolver.match(new Entity(localId, type, name, aliases));
      if (joined != null) {
        id = joined;
      } else {
        stored.put(localId, new Stored(localId, type, name, new LinkedHashSet<>()));
      }
    }
    Set<String> all = new LinkedHashSet<>(aliases);
    all.add(name);
    resolver.know(id, type, List.copyOf(all));
    Stored s = stored.get(id);
    if (s == null) {
      throw new IllegalStateException("the resolver joined " + localId + " to " + id + ", which was never stored");
    }
    s.aliases().addAll(all);
    return id;
  }

  /** The entities stored so far, in the order they were stored. */
  List<Stored> stored() {
    return new ArrayList<>(stored.values());
  }
}
