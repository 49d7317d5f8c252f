package org.talentflow.eval;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.talentflow.model.Entity;
import org.talentflow.model.PersonnelEvent;
import org.talentflow.text.ScriptConverter;

/**
 * Matches predicted events to a gold events table the way ../shared/tools/score_events.py does. Gold rows are taken
 * in order; each takes the first unused predicted event (in store order) of its document and type whose person has
 * a name or alias equal to one of the row's person alternatives, and, when the row names an organization, whose
 * organization has a form equal to one of the row's, or containing it, or contained in it (both at least two
 * characters: "Toyota" in "Toyota Motor Corp."). Names are compared without case, spaces, dots or name separators
 * ({@code ·}), and in simplified script (the one liberty taken over score_events.py).
 *
 * <p>A predicted event belongs to gold document {@code d} when its document key is {@code d}, ends with {@code /d},
 * or begins with {@code d_} (seed files are named "000_hash.txt" for gold document "000").
 */
public final class EventScorer {
  private final ScriptConverter converter;

  public EventScorer(ScriptConverter converter) {
    this.converter = converter;
  }

  /** Scores {@code predicted}, which should be the events of the gold's documents (all of them, for precision). */
  public EventScore score(List<EventGold.Row> gold, List<PersonnelEvent> predicted) {
    List<Set<String>> persons = new ArrayList<>();
    List<Set<String>> orgs = new ArrayList<>();
    for (PersonnelEvent p : predicted) {
      persons.add(names(p.person()));
      orgs.add(names(p.org()));
    }
    boolean[] used = new boolean[predicted.size()];
    List<EventScore.Match> matched = new ArrayList<>();
    List<EventGold.Row> missed = new ArrayList<>();
    for (EventGold.Row g : gold) {
      Set<String> wantPerson = forms(g.persons());
      Set<String> wantOrg = forms(g.orgs());
      int hit = -1;
      for (int i = 0; i < predicted.size() && hit < 0; i++) {
        PersonnelEvent p = predicted.get(i);
        if (!used[i] && p.type() == g.type() && sameDocument(p.evidence().doc(), g.doc())
            && persons.get(i).stream().anyMatch(wantPerson::contains)
            && (wantOrg.isEmpty() || orgMatch(orgs.get(i), wantOrg))) {
          hit = i;
        }
      }
      if (hit < 0) {
        missed.add(g);
      } else {
        used[hit] = true;
        matched.add(new EventScore.Match(g, predicted.get(hit)));
      }
    }
    List<PersonnelEvent> extra = new ArrayList<>();
    for (int i = 0; i < predicted.size(); i++) {
      if (!used[i]) {
        extra.add(predicted.get(i));
      }
    }
    return new EventScore(matched, missed, extra);
  }

  /** Whether a stored document key names gold document {@code goldDoc} (see the class comment). */
  public static boolean sameDocument(String key, String goldDoc) {
    return key.equals(goldDoc) || key.endsWith("/" + goldDoc) || key.startsWith(goldDoc + "_");
  }

  /** Equal forms, or one containing the other when both have at least two characters. */
  static boolean orgMatch(Set<String> predicted, Set<String> gold) {
    for (String p : predicted) {
      for (String g : gold) {
        if (p.equals(g) || (Math.min(length(p), length(g)) >= 2 && (p.contains(g) || g.contains(p)))) {
          return true;
        }
      }
    }
    return false;
  }

  private Set<String> names(Entity e) {
    Set<String> out = new HashSet<>();
    if (e != null) {
      out.add(form(e.name()));
      e.aliases().forEach(a -> out.add(form(a)));
      out.remove("");
    }
    return out;
  }

  private Set<String> forms(List<String> names) {
    Set<String> out = new HashSet<>();
    names.forEach(n -> out.add(form(n)));
    out.remove("");
    return out;
  }

  /** Simplified script, lower case, without white space, dots and the separators · • ・. */
  String form(String name) {
    String s = converter.toSimplified(name);
    StringBuilder sb = new StringBuilder(s.length());
    s.codePoints()
        .filter(c -> !(Character.isWhitespace(c) || Character.isSpaceChar(c) || c == 0x85 || c == '·' || c == '•'
            || c == '・' || c == '.'))
        .forEach(sb::appendCodePoint);
    return sb.toString().toLowerCase(Locale.ROOT);
  }

  private static int length(String s) {
    return s.codePointCount(0, s.length());
  }
}
