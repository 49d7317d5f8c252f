package org.talentflow.server;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.talentflow.knowledge.MergedEvent;
import org.talentflow.knowledge.Unplaced;
import org.talentflow.model.Entity;
import org.talentflow.model.EntityType;
import org.talentflow.store.Snapshot;
import org.talentflow.store.Store;
import org.talentflow.store.StoredEvent;

/**
 * What the pages read across the whole store (the merged timeline, spells, rosters, claims, the entity list with
 * mention counts), computed from the store and computed again, on a thread of its own, when the store's change mark
 * moves: a document another process ingested appears without a restart, and no request waits for the computation
 * except the very first one. While documents keep arriving the computation runs at most every
 * {@code max(interval, 4 x its own duration)}, so that it takes no more than a fifth of a core from the requests.
 */
final class KnowledgeCache implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(KnowledgeCache.class);

  /** A name of an entity as search compares it ({@link Store#searchKey}). */
  record Name(String key, String entityId, EntityType type) {}

  /** The knowledge of the store as of one change mark. */
  record State(String mark, Snapshot snapshot, List<StoredEvent> events, List<Entity> entities,
      Map<String, int[]> counts, Map<String, List<MergedEvent>> mergedByEntity,
      Map<String, List<Unplaced>> unplacedByPerson, NameIndex names, Map<String, byte[]> answers) {
    /** Most answers kept per state (organization pages asked again are served from here until the store changes). */
    static final int MAX_ANSWERS = 2000;

    /** The answer to a question about this state, computed once. */
    byte[] answer(String question, java.util.function.Supplier<byte[]> compute) {
      byte[] a = answers.get(question);
      if (a == null) {
        a = compute.get();
        if (answers.size() >= MAX_ANSWERS) {
          answers.clear();
        }
        answers.put(question, a);
      }
      return a;
    }

    List<MergedEvent> mergedOf(String entityId) {
      return mergedByEntity.getOrDefault(entityId, List.of());
    }

    int[] counts(String entityId) {
      return counts.getOrDefault(entityId, new int[2]);
    }
  }

  private final Store store;
  private final long intervalMillis;
  private final ScheduledExecutorService refresher;
  private final Object firstBuild = new Object();
  private volatile State state;
  private volatile long lastBuildNanos;
  private volatile long lastBuiltAt;

  KnowledgeCache(Store store, long intervalMillis) {
    this.store = store;
    this.intervalMillis = intervalMillis;
    this.refresher = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "talentflow-knowledge");
      t.setDaemon(true);
      return t;
    });
    refresher.scheduleWithFixedDelay(() -> refresh(false), intervalMillis, intervalMillis, TimeUnit.MILLISECONDS);
  }

  /** The latest knowledge; the first call computes it. */
  State get() {
    State s = state;
    if (s == null) {
      synchronized (firstBuild) {
        if (state == null) {
          state = build();
        }
        s = state;
      }
    }
    return s;
  }

  /** Computes the knowledge again now if the store changed (after an upload), and waits for it. */
  void refreshNow() {
    try {
      refresher.submit(() -> refresh(true)).get(5, TimeUnit.MINUTES);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (ExecutionException | TimeoutException e) {
      throw new IllegalStateException("cannot compute the store's knowledge again: " + e.getMessage(), e);
    }
  }

  private void refresh(boolean now) {
    try {
      State s = state;
      if (s == null) {
        return; // nobody asked yet: the first request computes it
      }
      long since = System.currentTimeMillis() - lastBuiltAt;
      if (!now && since < Math.max(intervalMillis, 4 * TimeUnit.NANOSECONDS.toMillis(lastBuildNanos))) {
        return;
      }
      if (!store.changeMark().equals(s.mark())) {
        state = build();
      }
    } catch (RuntimeException e) {
      // the pages go on with the knowledge they have; the next round tries again
      LOG.error("cannot compute the store's knowledge again: {}", e.getMessage(), e);
    }
  }

  private State build() {
    long t0 = System.nanoTime();
    String mark = store.changeMark();
    List<StoredEvent> events = store.events();
    Snapshot snapshot = Snapshot.of(store, events.stream().map(StoredEvent::event).toList());
    List<Entity> entities = store.entities();
    Map<String, int[]> counts = store.mentionCounts();
    Map<String, List<Unplaced>> unplaced = new HashMap<>();
    for (Unplaced u : snapshot.knowledge().unplaced()) {
      unplaced.computeIfAbsent(u.event().person().id(), k -> new ArrayList<>()).add(u);
    }
    List<Name> names = new ArrayList<>();
    for (Entity e : entities) {
      java.util.Set<String> keys = new java.util.LinkedHashSet<>();
      keys.add(Store.searchKey(e.name()));
      e.aliases().forEach(a -> keys.add(Store.searchKey(a)));
      keys.forEach(k -> names.add(new Name(k, e.id(), e.type())));
    }
    Map<String, List<MergedEvent>> byEntity = new HashMap<>();
    for (MergedEvent m : snapshot.knowledge().merged()) {
      byEntity.computeIfAbsent(m.person().id(), k -> new ArrayList<>()).add(m);
      if (m.orgId() != null && !m.orgId().equals(m.person().id())) {
        byEntity.computeIfAbsent(m.orgId(), k -> new ArrayList<>()).add(m);
      }
    }
    lastBuildNanos = System.nanoTime() - t0;
    lastBuiltAt = System.currentTimeMillis();
    LOG.debug("knowledge of {} events computed in {} ms", events.size(), lastBuildNanos / 1_000_000);
    return new State(mark, snapshot, events, entities, counts, byEntity, unplaced, new NameIndex(names),
        new java.util.concurrent.ConcurrentHashMap<>());
  }

  @Override
  public void close() {
    refresher.shutdownNow();
  }
}
