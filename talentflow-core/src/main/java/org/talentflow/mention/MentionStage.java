package org.talentflow.mention;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.talentflow.event.TimeMention;
import org.talentflow.model.EntityType;
import org.talentflow.pattern.Lattice;
import org.talentflow.text.Sentence;

/**
 * The mention stage of one language: names found everywhere in a document, and lattices (tokens and annotations) of
 * the sentences that may tell an event. Implementations are thread-safe once built.
 */
public interface MentionStage {
  /**
   * A lattice over [from, to) of the text holding the names and times already found inside it, each name annotated as
   * the language's grammar names its kinds.
   */
  static Lattice seeded(String text, int from, int to, org.talentflow.pattern.Lexicon lexicon,
      List<org.talentflow.pattern.Token> tokens, List<Mention> found,
      java.util.function.Function<Mention, org.talentflow.pattern.Annotation> asAnnotation, List<TimeMention> times) {
    Lattice l = new Lattice(text, from, to, lexicon, tokens);
    for (Mention m : found) {
      if (m.start() >= from && m.end() <= to) {
        l.add(asAnnotation.apply(m));
      }
    }
    for (TimeMention t : times) {
      if (t.start() >= from && t.end() <= to) {
        l.add(org.talentflow.pattern.Annotation.of("TIME", t.start(), t.end(), "time", t.value()));
      }
    }
    return l;
  }

  /** The lattices and the names found, before names overlapping one another are settled. */
  record Found(String text, List<Lattice> lattices, List<Mention> names, List<int[]> links) {}

  /** A document's mentions: the lattices and the names found in it, settled, for resolution. */
  record Result(List<Lattice> lattices, Mentions mentions, Map<String, Integer> index) {
    public Result(List<Lattice> lattices, Mentions mentions) {
      this(lattices, mentions, indexOf(mentions));
    }

    private static Map<String, Integer> indexOf(Mentions mentions) {
      Map<String, Integer> index = new HashMap<>();
      List<Mention> names = mentions.names();
      for (int i = 0; i < names.size(); i++) {
        Mention m = names.get(i);
        index.put(m.type() + ":" + m.start() + ":" + m.end(), i);
      }
      return Map.copyOf(index);
    }

    /** The index into {@code mentions().names()} of the name with this span and type, or -1. */
    public int indexOf(int start, int end, EntityType type) {
      return index.getOrDefault(type + ":" + start + ":" + end, -1);
    }
  }

  Found find(String text, List<Sentence> sentences, List<TimeMention> times);

  /**
   * The document's mentions: the names found, plus names the frames showed (an organization written with no suffix,
   * known as one because someone joins it), settled by rank where they overlap.
   */
  default Result assemble(Found found, List<Mention> fromFrames) {
    List<Mention> all = new ArrayList<>(found.names());
    all.addAll(fromFrames);
    return new Result(found.lattices(), assemble(all, found.links()));
  }

  /** Where a source ranks when two names overlap: the pack first, the segmenter last. */
  private static int rank(String source) {
    return switch (source) {
      case "pack" -> 0;
      case "gloss" -> 1;
      case "rule" -> 2;
      case "latin", "acronym" -> 3;
      case "echo" -> 4;
      case "ner" -> 5;
      case "frame" -> 6;
      default -> 7;
    };
  }

  /** The names sorted by start, overlaps settled by rank then length, links kept between the survivors. */
  static Mentions assemble(List<Mention> found, List<int[]> links) {
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < found.size(); i++) {
      order.add(i);
    }
    order.sort(Comparator.<Integer>comparingInt(i -> rank(found.get(i).source()))
        .thenComparingInt(i -> -found.get(i).length()).thenComparingInt(i -> found.get(i).start()));
    List<Integer> kept = new ArrayList<>();
    int length = 0;
    for (Mention m : found) {
      length = Math.max(length, m.end());
    }
    boolean[] taken = new boolean[length];
    for (int i : order) {
      Mention m = found.get(i);
      if (!anyTaken(taken, m.start(), m.end())) {
        kept.add(i);
        java.util.Arrays.fill(taken, m.start(), m.end(), true);
      }
    }
    kept.sort(Comparator.comparingInt(i -> found.get(i).start()));
    Map<Integer, Integer> newIndex = new HashMap<>();
    List<Mention> names = new ArrayList<>();
    for (int i : kept) {
      newIndex.put(i, names.size());
      names.add(found.get(i));
    }
    List<Mentions.Link> out = new ArrayList<>();
    for (int[] l : links) {
      Integer a = newIndex.get(l[0]);
      Integer b = newIndex.get(l[1]);
      if (a != null && b != null) {
        out.add(new Mentions.Link(a, b));
      }
    }
    return new Mentions(names, out, List.of());
  }

  /** Whether any character of [s, e) is taken by a mention found before (the mention finders' shared test). */
  static boolean anyTaken(boolean[] taken, int s, int e) {
    for (int i = s; i < e; i++) {
      if (taken[i]) {
        return true;
      }
    }
    return false;
  }
}
