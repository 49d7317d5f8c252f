package org.talentflow.pattern;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * The annotations of one lattice (names, titles, times, phrases made by mention rules) as they come and go: in the
 * order added, by start and by end (longest first at each position), where each kind starts, and where names lie.
 * Positions given are offsets into the whole text; the lattice checks that an annotation lies inside it. Not
 * thread-safe.
 */
final class AnnotationIndex {
  /** Kinds whose inside no word of the lexicon may start or end in: a trigger is never part of a name. */
  static final Set<String> NAME_KINDS = Set.of("PER", "ORG", "PLACE");

  private final int from;
  private final List<Annotation> annotations = new ArrayList<>();
  private final List<List<Annotation>> startingAt;
  private final List<List<Annotation>> endingAt;
  private final KindStarts kindStarts;
  /** Where names lie, strictly inside; null until asked for, and again once a name is removed. */
  private BitSet insideNames;

  /** An empty index for a lattice that covers [from, to). */
  AnnotationIndex(int from, int to, Lexicon lexicon) {
    this.from = from;
    this.kindStarts = new KindStarts(lexicon);
    int n = to - from;
    this.startingAt = new ArrayList<>(Collections.nCopies(n + 1, List.of()));
    this.endingAt = new ArrayList<>(Collections.nCopies(n + 1, List.of()));
  }

  /** Adds an annotation unless one of the same kind and span is there already: returns whether it was added. */
  boolean add(Annotation a) {
    for (Annotation b : startingAt.get(a.start() - from)) {
      if (b.end() == a.end() && b.kind().equals(a.kind())) {
        return false;
      }
    }
    annotations.add(a);
    if (insideNames != null && NAME_KINDS.contains(a.kind())) {
      insideNames.set(a.start() + 1 - from, a.end() - from); // kept up to date: rules add between pattern runs
    }
    addTo(startingAt, a.start() - from, a);
    addTo(endingAt, a.end() - from, a);
    kindStarts.added(a.kind(), a.start() - from);
    return true;
  }

  private static void addTo(List<List<Annotation>> index, int i, Annotation a) {
    List<Annotation> l = index.get(i);
    if (l.isEmpty()) {
      l = new ArrayList<>(2);
      index.set(i, l);
    }
    l.add(a);
    if (l.size() > 1) {
      l.sort(Comparator.comparingInt(x -> -x.length())); // longest first: what a pattern tries first
    }
  }

  /** Removes an annotation, if it is there. */
  void remove(Annotation a) {
    if (!annotations.remove(a)) {
      return;
    }
    insideNames = null;
    List<Annotation> here = startingAt.get(a.start() - from);
    here.remove(a);
    endingAt.get(a.end() - from).remove(a);
    kindStarts.removed(a.kind(), a.start() - from, here);
  }

  /** Every annotation, in the order added. */
  List<Annotation> all() {
    return Collections.unmodifiableList(annotations);
  }

  /** The annotations of a kind, by start. */
  List<Annotation> ofKind(String kind) {
    List<Annotation> out = new ArrayList<>();
    for (Annotation a : annotations) {
      if (a.kind().equals(kind)) {
        out.add(a);
      }
    }
    out.sort(Comparator.comparingInt(Annotation::start));
    return out;
  }

  /** Annotations of a kind covering position p (p inside [start, end)). */
  List<Annotation> covering(int p, String kind) {
    List<Annotation> out = new ArrayList<>();
    for (Annotation a : annotations) {
      if (a.start() <= p && p < a.end() && a.kind().equals(kind)) {
        out.add(a);
      }
    }
    return out;
  }

  /** The annotations that start at p, longest first. */
  List<Annotation> startingAt(int p) {
    return startingAt.get(p - from);
  }

  /** The annotations that end at p, longest first. */
  List<Annotation> endingAt(int p) {
    return endingAt.get(p - from);
  }

  /** Where the annotations of each kind start, kept as they come and go. */
  KindStarts kindStarts() {
    return kindStarts;
  }

  /** Whether p lies strictly inside a name (PER, ORG, PLACE). */
  boolean insideName(int p) {
    if (insideNames == null) {
      insideNames = new BitSet();
      for (Annotation a : annotations) {
        if (NAME_KINDS.contains(a.kind())) {
          insideNames.set(a.start() + 1 - from, a.end() - from);
        }
      }
    }
    return insideNames.get(p - from);
  }
}
