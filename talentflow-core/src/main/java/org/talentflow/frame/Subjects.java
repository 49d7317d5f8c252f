package org.talentflow.frame;

import java.util.List;
import java.util.regex.Pattern;
import org.talentflow.pattern.Annotation;
import org.talentflow.pattern.Lattice;
import org.talentflow.pattern.Match;
import org.talentflow.pattern.Token;

/**
 * Who a frame is about when its rule captures no name: a pronoun's antecedent in the sentence, the person an earlier
 * clause opens with (a topic rule: "张三辞去总裁职务,调任星海集团总裁"), or an unwritten subject the event builder
 * reads as the paragraph's person (a sentence that opens with its verb: "2003年3月任交通部部长").
 */
final class Subjects {
  /** The longest clause read as a résumé's attribute of its person (男, 汉族, 中共党员). */
  private static final int ATTRIBUTE = 6;
  /** A person's age told before the name ("现年58岁的", "年仅四十岁的"). */
  private static final Pattern AGE = Pattern.compile("(现年|年仅|时年|年近|年逾|今年)?[0-9零一二三四五六七八九十两百]+多?周?岁的");
  /** The most characters between an organization and its word of announcing (也通过官方网站). */
  private static final int ANNOUNCED_GAP = 8;

  private Subjects() {}

  /**
   * The subject of a topic rule's clause: the person that opens an earlier clause of the sentence; else, when no
   * clause before it in the sentence has a subject either, a zero subject (a PRON over the trigger, value
   * {@link Frame#ZERO}) that the event builder reads as the person the paragraph is about ("1953年生,历任……。
   * 2003年3月任星海部部长", under a heading "张三简历"); else null.
   */
  static Annotation topicOrZero(Lattice l, Match.Capture trigger) {
    Annotation topic = topicPerson(l, trigger.start());
    if (topic != null || !subjectlessBefore(l, l.clauseStartOf(trigger.start()))) {
      return topic; // a clause after one whose subject is no name ("这八位离职后,创立了……") has that subject
    }
    return Annotation.of("PRON", trigger.start(), trigger.end(), "topic", Frame.ZERO);
  }

  /**
   * The subject a clause without one takes: the named person that opens the nearest earlier clause of the sentence
   * (after a time or an adverb at most).
   */
  private static Annotation topicPerson(Lattice l, int before) {
    Annotation best = null;
    for (Annotation a : l.annotations("PERSON")) {
      if (a.start() >= l.clauseStartOf(before)) {
        break;
      }
      int gap = a.start() - l.clauseStartOf(a.start());
      if (a.part("name") != null && (gap <= 12 && opensClause(l, a) || gap <= RELATIVE && relative(l, a))) {
        best = a;
      }
    }
    return best;
  }

  /** The longest relative clause before a name that opens its clause ("此前担任星海汽车总裁的"). */
  private static final int RELATIVE = 24;

  /** Where the mark of a former post (前, 原) that starts at p ends, or -1. */
  private static int formerEnd(Lattice l, int p) {
    for (int[] w : l.wordSpans("former")) {
      if (w[0] == p) {
        return w[1];
      }
    }
    return -1;
  }

  /** The most characters between the 的 that ends a relative clause and the person's title ("的前自动驾驶部总经理"). */
  private static final int AFTER_RELATIVE = 10;

  /**
   * Whether what stands between the start of its clause and the person is a relative clause about the person: it
   * ends in 的, right before the person or before the mark of the person's former post, and holds no name or
   * pronoun ("此前担任星海汽车总裁的高远于2022年加入…,出任…": 高远 is the subject; "去年从星海离职的前研发部总监李四,已加入…":
   * 李四 is).
   */
  private static boolean relative(Lattice l, Annotation a) {
    int clause = l.clauseStartOf(a.start());
    int de = l.text().lastIndexOf('的', a.start() - 1);
    // a post held ("星海汽车总裁", a PERSON without a name) is no one
    return de > clause && (de == a.start() - 1 || a.start() - de - 1 <= AFTER_RELATIVE && formerEnd(l, de + 1) > 0)
        && !holds(l, clause, a.start(), List.of("PER", "PRON"));
  }

  /**
   * Whether only a time, punctuation or white space stands between the start of its clause and the annotation, or the
   * person's age ("现年58岁的张三,…,去年转任…"), the annotation is what an organization announces ("星海队宣布张三将不再
   * 担任主帅,转任顾问": 张三 is the subject), or its post opens the clause.
   */
  private static boolean opensClause(Lattice l, Annotation a) {
    int clause = l.clauseStartOf(a.start());
    return onlyTimeBetween(l, clause, a.start()) || aged(l, clause, a.start()) || announced(l, clause, a.start())
        || employed(l, clause, a);
  }

  /** Whether [from, to) is only a person's age, after times at most ("现年58岁的", "年仅四十岁的"). */
  private static boolean aged(Lattice l, int from, int to) {
    int p = afterTimes(l, from, to);
    return p < to && AGE.matcher(l.text().substring(p, to)).matches();
  }

  /**
   * Whether the person's post opens the clause, the employer before the title ("青松资本合伙人赵一鸣离开…": the POST
   * 青松资本合伙人 starts the clause and ends inside the person named by its title), after the mark of a former post
   * at most.
   */
  private static boolean employed(Lattice l, int clause, Annotation person) {
    int p = afterTimes(l, clause, person.start());
    int former = formerEnd(l, p);
    if (former > 0) {
      p = former; // a post held before ("前星海科技副总裁张三离职创业,成立了…")
    }
    for (Annotation post : l.annotations("POST")) {
      if (post.start() == p && post.end() > person.start() && post.end() <= person.end()) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether [from, to) is an organization, a few words that name no one (an adverb, how: 也通过官方网站), and a word of
   * the class notice-verb (宣布, 官宣).
   */
  private static boolean announced(Lattice l, int from, int to) {
    int p = afterTimes(l, from, to);
    Annotation org = null;
    for (Annotation o : l.annotations("ORG")) {
      if (o.start() == p && (org == null || o.end() > org.end())) {
        org = o;
      }
    }
    if (org == null) {
      return false;
    }
    for (int[] w : l.wordSpans("notice-verb")) {
      if (w[1] == to && w[0] >= org.end() && w[0] - org.end() <= ANNOUNCED_GAP && !namesSomeone(l, org.end(), w[0])) {
        return true;
      }
    }
    return false;
  }

  /** Whether a person stands in [from, to): a name, a person phrase or a pronoun. */
  private static boolean namesSomeone(Lattice l, int from, int to) {
    return holds(l, from, to, List.of("PER", "PERSON", "PRON"));
  }

  /** Whether an annotation of one of the kinds overlaps [from, to). */
  private static boolean holds(Lattice l, int from, int to, List<String> kinds) {
    for (String kind : kinds) {
      for (Annotation a : l.annotations(kind)) {
        if (a.start() < to && a.end() > from) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Whether every clause of the sentence before a clause start has no subject either: it opens with a verb, after a
   * time at most ("1953年生,历任……,2003年3月任"), or is only a time.
   */
  private static boolean subjectlessBefore(Lattice l, int clause) {
    for (int c = l.from(); c < clause; c = l.clauseEndOf(c) + 1) {
      int end = l.clauseEndOf(c);
      int p = afterTimes(l, c, end);
      Token first = l.tokenCovering(p);
      while (first != null && first.pos().equals("d") && first.end() < end) {
        first = l.tokenCovering(first.end()); // 先后任: an adverb before the verb
      }
      if (p < end && (first == null || !first.pos().startsWith("v")) && !attribute(l, p, end)
          && !postsOnly(l, p, end)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether a clause is a short attribute of the paragraph's person, as a résumé lists them ("男", "汉族",
   * "江苏江宁人", "中共党员"): a few characters that name no one, neither a person nor an organization.
   */
  private static boolean attribute(Lattice l, int from, int to) {
    if (to - from > ATTRIBUTE) {
      return false;
    }
    for (String kind : List.of("PER", "PRON", "ORG")) {
      for (Annotation a : l.annotations(kind)) {
        if (a.start() < to && a.end() > from) {
          return false;
        }
      }
    }
    return true;
  }

  /** Whether a clause is only posts, the rest of a list a verb before it opened ("先后任A局局长,B局局长、党委书记"). */
  private static boolean postsOnly(Lattice l, int from, int to) {
    for (String kind : List.of("POSTS", "POST")) {
      for (Annotation a : l.annotations(kind)) {
        if (a.start() == from && a.end() >= to) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean onlyTimeBetween(Lattice l, int from, int to) {
    return afterTimes(l, from, to) >= to;
  }

  /**
   * The position after the times, white space, opening prepositions (据, 在, 于, 从, 自) and opening quotation marks (a
   * quoted announcement: 宣布:“张三将不再担任…”) at {@code from}.
   */
  private static int afterTimes(Lattice l, int from, int to) {
    int p = from;
    while (p < to) {
      Annotation time = null;
      for (Annotation t : l.annotations("TIME")) {
        if (t.start() == p) {
          time = t;
        }
      }
      if (time != null) {
        p = time.end();
      } else if (Character.isWhitespace(l.text().charAt(p)) || "据在于从自,“「『‘\"".indexOf(l.text().charAt(p)) >= 0) {
        p++;
      } else {
        return p;
      }
    }
    return p;
  }


  /** A pronoun's person: the nearest named person before it in the sentence; else the pronoun itself. */
  static Annotation antecedent(Lattice l, Annotation a) {
    if (!a.kind().equals("PRON") || Frame.ZERO.equals(a.value())) {
      return a;
    }
    Annotation best = null;
    for (Annotation p : l.annotations("PERSON")) {
      if (p.end() <= a.start() && p.part("name") != null) {
        best = p;
      }
    }
    return best != null ? best : a;
  }
}
