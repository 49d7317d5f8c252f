package org.talentflow.pattern;

import java.util.List;

/** A lattice for the matcher's tests, over invented text: two people, each before a title, then a verb. */
final class TwoPeople {
  static final Lexicon LEXICON = Lexicon.builder()
      .words("leave", List.of("离任", "卸任"))
      .words("former", List.of("前"))
      .build();

  private TwoPeople() {}

  static Lattice lattice() {
    return lattice(LEXICON);
  }

  /** The same lattice over another lexicon's words. */
  static Lattice lattice(Lexicon lexicon) {
    String text = "甲乙公司前经理丙丁离任,戊己集团总监庚辛卸任";
    Lattice l = new Lattice(text, 0, text.length(), lexicon, List.of(new Token(0, 4, "nt"), new Token(4, 5, "f"),
        new Token(5, 7, "nnt"), new Token(7, 9, "nr"), new Token(9, 11, "v"), new Token(11, 12, "w"),
        new Token(12, 16, "nt"), new Token(16, 18, "nnt"), new Token(18, 20, "nr"), new Token(20, 22, "v")));
    l.add(Annotation.of("ORG", 0, 4, "test", null));
    l.add(Annotation.of("TITLE", 5, 7, "test", null));
    l.add(Annotation.of("PER", 7, 9, "test", null));
    l.add(Annotation.of("ORG", 12, 16, "test", null));
    l.add(Annotation.of("TITLE", 16, 18, "test", null));
    l.add(Annotation.of("PER", 18, 20, "test", null));
    return l;
  }
}
