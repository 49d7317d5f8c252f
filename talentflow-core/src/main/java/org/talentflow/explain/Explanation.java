package org.talentflow.explain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.talentflow.Pipeline;
import org.talentflow.frame.Frame;
import org.talentflow.frame.FrameFinder;
import org.talentflow.mention.Mention;
import org.talentflow.model.Entity;
import org.talentflow.model.PersonnelEvent;
import org.talentflow.pattern.Annotation;
import org.talentflow.pattern.Lattice;
import org.talentflow.pattern.Match;
import org.talentflow.pattern.Token;

/**
 * The pipeline's view of one text, as a user reads it: the normalized text; for each sentence that holds a trigger
 * word, its tokens with parts of speech and every annotation with where it came from; the names and the entities
 * they resolved to; every frame filled, with the rule that filled it; the matches that filled none, and why; and the
 * events stored.
 */
public final class Explanation {
  private Explanation() {}

  public static String render(Pipeline.Analysis a) {
    StringBuilder out = new StringBuilder();
    String text = a.text().text();
    out.append("normalized text:\n  ").append(text.replace("\n", "\n  ")).append("\n");
    if (a.source().published() != null) {
      out.append("published: ").append(a.source().published()).append("\n");
    }
    if (a.lattices().isEmpty()) {
      out.append("\nno sentence holds a trigger word of the grammar");
      out.append(a.document().events().isEmpty() ? "" : " (English articles go through the English extractor)");
      out.append("\n");
    }
    for (Lattice l : a.lattices()) {
      out.append("\nsentence [").append(l.from()).append(", ").append(l.to()).append("): ")
          .append(l.substring(l.from(), l.to())).append("\n");
      out.append("  tokens: ");
      for (Token t : l.tokens()) {
        out.append(l.substring(t.start(), t.end())).append('/').append(t.pos()).append(' ');
      }
      out.append("\n  annotations:\n");
      List<Annotation> anns = new ArrayList<>(l.annotations());
      anns.sort(Comparator.comparingInt(Annotation::start).thenComparingInt(x -> -x.length()));
      for (Annotation x : anns) {
        out.append("    ").append(describe(l, x)).append("\n");
      }
    }
    out.append("\nnames and entities:\n");
    List<Mention> names = a.mentions().names();
    for (int i = 0; i < names.size(); i++) {
      Mention m = names.get(i);
      Entity e = a.resolution().byMention().get(i);
      out.append(String.format(Locale.ROOT, "  %-6s %-16s [%d, %d) %-6s -> %s%n", m.type(), m.text(), m.start(),
          m.end(), m.source(), e == null ? "(dropped: a lone part of a name with no full name)" : e.name() + " " + e.id()));
    }
    out.append("\nframes:\n");
    if (a.frames().isEmpty()) {
      out.append("  none\n");
    }
    for (Frame f : a.frames()) {
      out.append("  ").append(f.type()).append(" trigger «").append(f.trigger()).append("» by ")
          .append(f.rule().where()).append("\n");
      out.append("    pattern: ").append(f.rule().pattern().source()).append("\n");
      slot(out, f.lattice(), "person", f.person());
      slot(out, f.lattice(), "org", f.org());
      slot(out, f.lattice(), "other", f.other());
      slot(out, f.lattice(), "role", f.role());
      slot(out, f.lattice(), "time", f.time());
      slot(out, f.lattice(), "agent", f.agent());
      if (f.zeroSubject()) {
        out.append("    (no subject written: the person named last in the paragraph or its heading, if any)\n");
      } else if (f.name() == null) {
        out.append("    (no named person: no event in the graph; DuEE writes the role)\n");
      }
    }
    if (!a.rejected().isEmpty()) {
      out.append("\nmatches that filled no frame:\n");
      for (FrameFinder.Rejected r : a.rejected()) {
        Match m = r.match();
        out.append("  ").append(r.rule().head()).append(" ").append(r.rule().where()).append(" «")
            .append(a.text().text(), m.start(), m.end()).append("»: ").append(r.reason()).append("\n");
      }
    }
    out.append("\nevents:\n");
    if (a.document().events().isEmpty()) {
      out.append("  none\n");
    }
    for (PersonnelEvent e : a.document().events()) {
      out.append("  ").append(e.type()).append(" ").append(e.person().name())
          .append(e.org() == null ? "" : " @ " + e.org().name())
          .append(e.otherOrg() == null ? "" : " (other: " + e.otherOrg().name() + ")")
          .append(e.role() == null ? "" : " role " + e.role())
          .append(e.time() == null ? "" : " time " + e.time().value() + " (" + e.time().text() + ")")
          .append(" ").append(e.polarity().label())
          .append(" «").append(e.evidence().text()).append("»\n");
    }
    return out.toString();
  }

  private static void slot(StringBuilder out, Lattice l, String name, Annotation a) {
    if (a != null) {
      out.append("    ").append(name).append(": ").append(describe(l, a)).append("\n");
    }
  }

  private static String describe(Lattice l, Annotation x) {
    StringBuilder s = new StringBuilder();
    s.append(x.kind()).append(" «").append(l.substring(x.start(), x.end())).append("» [").append(x.start())
        .append(", ").append(x.end()).append(") from ").append(x.source());
    if (x.value() != null) {
      s.append(" = ").append(x.value());
    }
    for (Map.Entry<String, List<Annotation>> p : x.parts().entrySet()) {
      for (Annotation part : p.getValue()) {
        s.append(" ").append(p.getKey()).append("=«").append(l.substring(part.start(), part.end())).append("»");
      }
    }
    return s.toString();
  }
}
