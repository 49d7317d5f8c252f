package org.talentflow.pattern;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A typed span of normalized text that patterns can match as one unit: a person name (PER), an organization (ORG),
 * a title (TITLE), a time (TIME), or any kind a mention rule makes. A composite annotation keeps the annotations it
 * was built from by slot name ("a person with employer and title": {@code org}, {@code role}, {@code name}).
 *
 * @param source where it came from: a dictionary ("pack"), the segmenter ("hanlp"), or the name of a mention rule
 * @param value a payload of the producing stage (a pack entity id, a normalized time), or null
 */
public record Annotation(String kind, int start, int end, String source, Map<String, List<Annotation>> parts,
    Object value) {
  public Annotation {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(source, "source");
    if (start < 0 || end <= start) {
      throw new IllegalArgumentException("bad annotation span [" + start + ", " + end + ") of " + kind);
    }
    // in the order given (Map.copyOf iterates in an order that changes from run to run): explain prints the same
    parts = parts.isEmpty() ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(parts));
  }

  public static Annotation of(String kind, int start, int end, String source, Object value) {
    return new Annotation(kind, start, end, source, Map.of(), value);
  }

  /** The first part in a slot, or null. */
  public Annotation part(String slot) {
    List<Annotation> p = parts.get(slot);
    return p == null || p.isEmpty() ? null : p.get(0);
  }

  public List<Annotation> partsOf(String slot) {
    return parts.getOrDefault(slot, List.of());
  }

  public int length() {
    return end - start;
  }

  public boolean overlaps(int s, int e) {
    return start < e && s < end;
  }

  public boolean contains(int s, int e) {
    return start <= s && e <= end;
  }
}
