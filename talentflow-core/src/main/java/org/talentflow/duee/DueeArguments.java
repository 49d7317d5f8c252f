package org.talentflow.duee;

import java.util.List;
import org.talentflow.frame.Frame;
import org.talentflow.pattern.Annotation;
import org.talentflow.pattern.Lattice;
import org.talentflow.text.MappedText;

/**
 * The person and organization arguments of a DuEE event as DuEE writes them: a person with the words that describe
 * it, two bare names joined by 和 as one argument, the one who dismisses, an unnamed subject opening the sentence, the
 * organization that announces; in the original text.
 */
final class DueeArguments {
  private DueeArguments() {}

  /**
   * Where DuEE starts a person argument: with the words before the name that describe it, back to the start of the
   * clause ("北京时间5月3日消息,效力于星海队的22岁巴西前锋卡洛斯" is 效力于…卡洛斯). Going left, nouns, numbers
   * and modifiers are taken; past a 的, a whole relative clause is; a time, a verb outside a relative clause or a
   * preposition stops it. A quoted modifier is taken whole ("“只拿钱不干活”的干部"), and so is the opening quote of
   * a person phrase quoted whole ("“老赖局长”", with {@link #quotedEnd}).
   */
  static int extent(Lattice l, Annotation person) {
    int start = person.start();
    int clause = l.clauseStartOf(start);
    boolean relative = false;
    int p = start;
    while (p > clause) {
      org.talentflow.pattern.Token t = l.tokenCovering(p - 1);
      if (t == null || t.start() < clause) {
        break;
      }
      if (!l.annotations("TIME").isEmpty() && DueeTimes.timeAt(l, t.start(), p)) {
        break;
      }
      String pos = t.pos();
      String word = l.substring(t.start(), t.end());
      if (word.equals("“") && l.substring(p, person.end()).indexOf('”') < 0) {
        if (quotedEnd(l, t.start(), person.end()) > person.end()) {
          start = t.start(); // the person phrase quoted whole: "“老赖局长”"
        }
        break; // else the quote opens a quoted headline, not the person's own quoted description
      }
      if (word.equals("”")) {
        int open = l.substring(clause, t.start()).lastIndexOf('“');
        if (open < 0) {
          break;
        }
        p = clause + open; // a quoted modifier, one piece: "“只拿钱不干活”的干部"
        start = p;
        continue;
      }
      if (!relative && p == start && (word.equals("前") || word.equals("原")) && !nominalBefore(l, t.start(), clause)) {
        p = t.start(); // the former mark is part of the description: "签下前星海大学中锋郑浩" (not "赛季 前", a time)
        start = p;
        continue;
      }
      if (l.lexicon().hasWordClass("hearsay") && l.lexicon().words("hearsay").contains(word)) {
        break; // a headline's word before the one it is about describes no one: "别怪帕克斯离开月光队"
      }
      if (word.equals("的")) {
        relative = true;
      } else if (!relative && !(pos.startsWith("n") || pos.equals("m") || pos.startsWith("q") || pos.equals("mq")
          || pos.equals("vn") // a verbal noun inside the phrase: "学区教导主任"
          || pos.equals("a") || pos.equals("b") || pos.equals("j") || pos.equals("ag") || pos.equals("ng")
          || pos.equals("x") || pos.equals("k") || pos.startsWith("w") && "@\"“”".contains(word)
          || pos.startsWith("r") && (word.startsWith("该") || word.startsWith("某")))) { // 该县一名干部, 某高校
        break;
      } else if (relative && (pos.equals("w") || pos.startsWith("c") || word.equals("据") || word.equals("由"))) {
        break;
      }
      p = t.start();
      if (!relative || pos.startsWith("n") || pos.equals("m") || pos.startsWith("q")) {
        start = p;
      }
    }
    return start;
  }

  /** Whether a word that names something ends right before {@code at} in its clause (前 after it is "before"). */
  private static boolean nominalBefore(Lattice l, int at, int clause) {
    org.talentflow.pattern.Token t = at > clause ? l.tokenCovering(at - 1) : null;
    return t != null && t.start() >= clause && (t.pos().startsWith("n") || t.pos().startsWith("m")
        || t.pos().startsWith("q") || t.pos().startsWith("t") || t.pos().startsWith("r"));
  }

  /** The end of a person phrase with its closing quote when the phrase from start is quoted whole ("“老赖局长”"). */
  static int quotedEnd(Lattice l, int start, int end) {
    return end < l.to() && l.substring(start, start + 1).equals("“") && l.substring(end, end + 1).equals("”")
        && l.substring(start + 1, end).indexOf('”') < 0 ? end + 1 : end;
  }

  /**
   * The end of a person phrase with the bracket right after it, when the bracket closes within its clause: DuEE
   * writes a person with its gloss or age ("张伟(David Zhang)", "李娜(35岁)"). Else the end as it is.
   */
  static int glossEnd(Lattice l, int end) {
    if (end >= l.to() || l.text().charAt(end) != '(') {
      return end;
    }
    for (int p = end + 1; p < Math.min(l.to(), end + 30); p++) {
      char c = l.text().charAt(p);
      if (c == ')') {
        return p > end + 1 ? p + 1 : end;
      }
      if ("(,;。:!?".indexOf(c) >= 0) {
        break;
      }
    }
    return end;
  }

  /**
   * Who dismisses: the frame's agent, else its organization; else, when the verb is active (the person after it:
   * "星海科技发布公告,宣布辞退副总裁张三"), the subject that opens the trigger's clause or the nearest earlier clause
   * of the sentence: an organization, a noun phrase or a person, after a time at most. A clause that cites a source
   * (据…报道) has no subject of the sentence.
   */
  static String dismisser(MappedText text, Frame f) {
    if (f.agent() != null || f.org() != null) {
      return original(text, f.agent() != null ? f.agent() : f.org());
    }
    Lattice l = f.lattice();
    if (f.person().start() < f.triggerEnd()) {
      return null; // "张三被免职": nobody is said to act
    }
    Annotation subject = openingSubject(l, f.triggerStart(), List.of("ORG", "NP", "PERSON"));
    return subject == null ? null : phrase(text, l, subject);
  }

  /**
   * Whom a pronoun with no named antecedent stands for, as DuEE writes it: the person or noun phrase that opens an
   * earlier clause of the sentence ("保安值夜班饮酒,物业随即将其辞退": 保安); else nobody (DuEE writes no pronoun).
   */
  static String pronounsPerson(MappedText text, Frame f, Lattice before) {
    Lattice l = f.lattice();
    int clause = l.clauseStartOf(f.person().start());
    if (clause <= l.from() || onlyTimes(l, l.from(), clause)) { // "当月下旬,她随即被停职": after a time, still first
      return before == null ? null : lastPerson(text, before);
    }
    Annotation subject = openingSubject(l, clause - 1, List.of("NP", "PERSON"));
    if (subject == null || subject.kind().equals("NP")
        && l.annotations("ORG").stream().anyMatch(o -> o.start() == subject.start() && o.end() == subject.end())) {
      return null; // "星海科技发布公告,他已辞职": an organization is no one's antecedent
    }
    return phrase(text, l, subject);
  }

  /** Whether [from, to) holds times, white space and commas only. */
  private static boolean onlyTimes(Lattice l, int from, int to) {
    int p = from;
    while (p < to) {
      Annotation time = DueeTimes.timeStartingAt(l, p);
      if (time != null) {
        p = time.end();
      } else if (Character.isWhitespace(l.text().charAt(p)) || l.text().charAt(p) == ',') {
        p++;
      } else {
        return false;
      }
    }
    return true;
  }

  /**
   * The person a pronoun opening a sentence stands for: the last one named in the sentence before, as DuEE writes it
   * ("星海队昨天裁掉了后卫张三。去年他与星海队签过一纸合约": 后卫张三). Null when none is named there.
   */
  private static String lastPerson(MappedText text, Lattice l) {
    Annotation last = null;
    for (Annotation p : l.annotations("PERSON")) {
      if (p.part("name") != null && (last == null || p.end() > last.end()
          || p.end() == last.end() && p.start() < last.start())) {
        last = p;
      }
    }
    return last == null ? null : phrase(text, l, last);
  }

  /** A person as DuEE writes it, with its description; anything else as it is. */
  static String phrase(MappedText text, Lattice l, Annotation a) {
    return a.kind().equals("PERSON") ? original(text, extent(l, a), a.end()) : original(text, a);
  }

  /**
   * The subject that opens the nearest clause of the sentence starting before a position, after a time at most: the
   * longest annotation of the given kinds there that ends before the position. A clause that cites a source (据…报道)
   * has none.
   */
  static Annotation openingSubject(Lattice l, int before, List<String> kinds) {
    Annotation subject = null;
    for (int c = l.from(); c <= before; c = l.clauseEndOf(c) + 1) {
      int p = c;
      while (p < before && (Character.isWhitespace(l.text().charAt(p)) || DueeTimes.timeStartingAt(l, p) != null)) {
        p = Character.isWhitespace(l.text().charAt(p)) ? p + 1 : DueeTimes.timeStartingAt(l, p).end();
      }
      if (p < before && l.text().charAt(p) != '据') {
        Annotation opening = null;
        for (String kind : kinds) {
          for (Annotation a : l.annotations(kind)) {
            if (a.start() == p && a.end() <= before && (opening == null || a.end() > opening.end())) {
              opening = a;
            }
          }
        }
        if (opening != null) {
          subject = opening;
        }
      }
      if (l.clauseEndOf(c) >= l.to()) {
        break;
      }
    }
    return subject;
  }

  /**
   * The list a person stands in when it is names alone joined by a conjunction word (张三和李四, 张三及李四): DuEE writes
   * such a pair as one argument. Members described each by their own words (主播A和主播B) or listed with 、 stay apart;
   * anything else is the person itself.
   */
  static Annotation pairedNames(Lattice l, Annotation person) {
    for (Annotation people : l.annotations("PEOPLE")) {
      List<Annotation> members = people.partsOf("member");
      if (members.size() < 2 || members.stream().noneMatch(m -> m.start() == person.start() && m.end() == person.end())) {
        continue;
      }
      boolean bare = true;
      for (int i = 0; i < members.size() && bare; i++) {
        Annotation m = members.get(i);
        Annotation name = m.kind().equals("PER") ? m : m.part("name");
        bare = name != null && name.start() == m.start() && name.end() == m.end()
            && (i == 0 || l.lexicon().hasWordClass("pair-conj")
                && l.lexicon().words("pair-conj").contains(l.substring(members.get(i - 1).end(), m.start())));
      }
      if (bare) {
        return people;
      }
    }
    return person;
  }

  /**
   * The noun phrase a named person's title belongs to where it opens the clause and the tagger knows no name in it,
   * as in a headline ("星海金融CEO张三辞职": 星海金融), or null.
   */
  static Annotation postsPhrase(Lattice l, Annotation person) {
    Annotation role = person.part("role");
    if (role == null || person.part("name") == null) {
      return null; // "女大学生辞职": no post, no one named
    }
    for (Annotation post : l.annotations("POST")) {
      Annotation owner = post.part("org");
      if (owner != null && owner.kind().equals("NP") && post.part("role") != null
          && post.part("role").start() == role.start() && post.part("role").end() == role.end()
          && l.clauseStartOf(owner.start()) == owner.start() && owner.end() == role.start() && owner.length() >= 2) {
        return owner;
      }
    }
    return null;
  }

  /**
   * The noun phrase opening the sentence (after a time at most) that announces what follows, with a word of the
   * lexicon's notice-verb class or a headline's colon right after it, when it ends before a position: the
   * organization whose change it tells though the tagger knows no name in it ("星海资本宣布CFO张三辞职",
   * "月光置业:张三辞任董事长"), or null.
   */
  static Annotation announcer(Lattice l, int before) {
    String text = l.text();
    int p = l.from();
    while (p < before && (Character.isWhitespace(text.charAt(p)) || DueeTimes.timeStartingAt(l, p) != null)) {
      p = Character.isWhitespace(text.charAt(p)) ? p + 1 : DueeTimes.timeStartingAt(l, p).end();
    }
    Annotation opening = null;
    for (Annotation a : l.annotations("NP")) {
      if (a.start() == p && a.end() <= before && a.length() >= 2 && (opening == null || a.end() > opening.end())) {
        opening = a;
      }
    }
    if (opening == null || opening.end() >= text.length()) {
      return null;
    }
    int e = opening.end();
    boolean announces = text.charAt(e) == ':' || text.charAt(e) == '\uff1a'
        || l.lexicon().hasWordClass("notice-verb")
        && l.lexicon().words("notice-verb").stream().anyMatch(w -> text.startsWith(w, e));
    return announces ? opening : null;
  }

  /**
   * The organization a noun phrase standing for unnamed people opens with, before the words that describe them
   * ("星海航空两名机长": 星海航空), or null.
   */
  static Annotation orgOpening(Lattice l, Annotation person) {
    if (!person.kind().equals("NP")) {
      return null;
    }
    Annotation best = null;
    for (Annotation o : l.annotations("ORG")) {
      if (o.start() == person.start() && o.end() < person.end() && !"anaphor".equals(o.value())
          && (best == null || o.end() > best.end())) {
        best = o;
      }
    }
    return best;
  }

  /** The nearest organization named before a position in its sentence, or null. */
  static Annotation orgBefore(Lattice l, int at) {
    return orgBefore(l, at, at, at);
  }

  /**
   * The nearest organization named before a position in its sentence, outside [from, to), or null. An outlet cited
   * as the source (a clause opening with 据: "据星海日报报道") is no party.
   */
  static Annotation orgBefore(Lattice l, int at, int from, int to) {
    Annotation best = null;
    for (Annotation o : l.annotations("ORG")) {
      if (o.end() <= at && !"anaphor".equals(o.value()) && (o.end() <= from || o.start() >= to)
          && l.text().charAt(l.clauseStartOf(o.start())) != '据' && !aliasInBrackets(l, o)
          && (best == null || o.end() > best.end() || o.end() == best.end() && o.start() < best.start())) {
        best = o; // the nearest; of names nested in one another, the outermost (星海科技(00767.HK), not HK)
      }
    }
    return best;
  }

  /**
   * Whether an organization stands inside the bracket right after another organization's name: its short form, glossed
   * with a stock code ("宁川云图网络科技有限公司(300123 宁川网络)"); the full name before it is the one written.
   */
  private static boolean aliasInBrackets(Lattice l, Annotation o) {
    String text = l.text();
    int open = text.lastIndexOf('(', o.start());
    if (open < 0 || open < l.clauseStartOf(o.start()) || text.indexOf(')', open) < o.end()
        || text.substring(open + 1, o.start()).indexOf(')') >= 0) {
      return false;
    }
    for (Annotation outer : l.annotations("ORG")) {
      if (outer.end() == open && !"anaphor".equals(outer.value())) {
        return true;
      }
    }
    return false;
  }

  static String original(MappedText text, Annotation a) {
    return a == null ? null : original(text, a.start(), a.end());
  }

  static String original(MappedText text, int s, int e) {
    int os = text.originalStart(s, e);
    int oe = text.originalEnd(s, e);
    return text.original().substring(os, oe);
  }
}
