package org.talentflow.mention;

import java.util.ArrayList;
import java.util.List;
import org.talentflow.pattern.Token;

/**
 * Mends the segmenter's cuts where a title follows: a word that swallowed the "former" mark of the title after it
 * ("万科前/nr 董事长" is 万科 + 前 + 董事长; "保利原/nr 总裁") is split before that mark, and a name that swallowed
 * the preposition after it ("李明为/nr") gives it back. Pure function.
 */
final class TokenRepairs {
  /** One-character marks that make the following title a former one. */
  private static final String FORMER = "前原";
  /** Prepositions and verbs the segmenter glues to the name before them. */
  private static final String GLUED = "为在于被将任";

  private TokenRepairs() {}

  static List<Token> repair(String text, List<Token> tokens) {
    List<Token> out = new ArrayList<>(tokens.size());
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      Token next = i + 1 < tokens.size() ? tokens.get(i + 1) : null;
      int len = t.end() - t.start();
      if (len >= 3 && next != null && next.pos().equals("nnt") && t.pos().startsWith("n")
          && FORMER.indexOf(text.charAt(t.end() - 1)) >= 0) {
        out.add(new Token(t.start(), t.end() - 1, t.pos().equals("nr") ? "nz" : t.pos()));
        out.add(new Token(t.end() - 1, t.end(), "f"));
      } else if (len >= 3 && t.pos().equals("nr") && GLUED.indexOf(text.charAt(t.end() - 1)) >= 0) {
        // "李明为/nr 行长": a name with the preposition after it
        out.add(new Token(t.start(), t.end() - 1, "nr"));
        out.add(new Token(t.end() - 1, t.end(), "p"));
      } else {
        out.add(t);
      }
    }
    return out;
  }
}
