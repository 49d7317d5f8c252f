package org.talentflow.mention;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.talentflow.model.EntityType;

/**
 * Names found once, found again: every other place where an English document writes a name its lattices found, a
 * person's family or given name written alone ("Porter", "Jane" after "Jane Porter"), and which person's name is a
 * part of which longer one, for resolution to join them.
 */
final class NameEchoes {
  private NameEchoes() {}

  /**
   * A person's name that ends or begins a longer name of the document, and only one, names the same person: "De
   * Ferrari" and "Francesco De Ferrari", "Villas-Boas" and "Andre Villas-Boas" (resolution compares single words).
   */
  static List<int[]> partLinks(List<Mention> names) {
    Map<String, Integer> firstOf = new HashMap<>();
    for (int i = 0; i < names.size(); i++) {
      if (names.get(i).type() == EntityType.PERSON) {
        firstOf.putIfAbsent(names.get(i).text(), i);
      }
    }
    List<int[]> links = new ArrayList<>();
    for (int i = 0; i < names.size(); i++) {
      Mention m = names.get(i);
      if (m.type() != EntityType.PERSON || m.packId() != null) {
        continue;
      }
      String owner = null;
      int owners = 0;
      for (String full : firstOf.keySet()) {
        if (full.length() > m.text().length() && (full.endsWith(" " + m.text()) || full.startsWith(m.text() + " "))) {
          owner = full;
          owners++;
        }
      }
      if (owners == 1) {
        links.add(new int[] {i, firstOf.get(owner)});
      }
    }
    return links;
  }

  /**
   * Every other place where a name found in a lattice is written, outside the names already found; and a person's
   * family or given name written alone, as a part of the full name ("Porter" or "Jane" after "Jane Porter"), which
   * resolution joins to the full name when the document has only one such.
   */
  static List<Mention> echoes(String text, List<Mention> found, List<Mention> fromLattices) {
    Map<String, Mention> byText = new HashMap<>();
    for (Mention m : fromLattices) {
      byText.putIfAbsent(m.text(), m);
    }
    List<Mention> people = new ArrayList<>(fromLattices);
    for (Mention m : found) {
      if (m.source().equals("pack")) {
        people.add(m);
      }
    }
    for (Mention m : people) {
      for (String part : new String[] {familyName(m), givenName(m)}) {
        if (part != null) {
          byText.putIfAbsent(part, new Mention(EntityType.PERSON, m.start(), m.end(), part, "part", null));
        }
      }
    }
    if (byText.isEmpty()) {
      return List.of();
    }
    boolean[] taken = new boolean[text.length()];
    for (Mention m : found) {
      Arrays.fill(taken, m.start(), m.end(), true);
    }
    for (Mention m : fromLattices) {
      Arrays.fill(taken, m.start(), m.end(), true);
    }
    List<Mention> out = new ArrayList<>();
    for (Dictionary.Hit<Mention> h : new Dictionary<>(byText).longest(text)) {
      if (MentionStage.anyTaken(taken, h.start(), h.end())) {
        continue;
      }
      Mention m = h.value();
      String source = m.source().equals("part") ? "part" : "echo";
      out.add(new Mention(m.type(), h.start(), h.end(), m.text(), source, null));
    }
    return out;
  }

  /** The last word of a person's name of two words or more, if it is a capitalized word of two letters or more. */
  private static String familyName(Mention m) {
    if (m.type() != EntityType.PERSON) {
      return null;
    }
    String t = m.text().strip();
    int space = t.lastIndexOf(' ');
    if (space < 0) {
      return null;
    }
    String last = t.substring(space + 1);
    if (last.length() < 2 || !Character.isUpperCase(last.charAt(0)) || last.endsWith(".")
        || last.chars().anyMatch(c -> !Character.isLetter(c) && c != '-' && c != '\'')) {
      return null;
    }
    return last;
  }

  /** The first word of a person's name of two words or more, if it is a capitalized word of three letters or more. */
  private static String givenName(Mention m) {
    if (m.type() != EntityType.PERSON) {
      return null;
    }
    String t = m.text().strip();
    int space = t.indexOf(' ');
    if (space < 3) {
      return null;
    }
    String first = t.substring(0, space);
    if (!Character.isUpperCase(first.charAt(0)) || first.chars().anyMatch(c -> !Character.isLetter(c) && c != '-')) {
      return null;
    }
    return first;
  }

}
