package org.talentflow.frame;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.talentflow.model.EventType;
import org.talentflow.pattern.Annotation;
import org.talentflow.pattern.Lattice;
import org.talentflow.pattern.Token;
import org.talentflow.pattern.Match;
import org.talentflow.pattern.Matcher;
import org.talentflow.pattern.Rule;

/**
 * Fills frames in a lattice with the pack's frame rules. Every rule is tried; where triggers overlap the longest
 * wins ("暂时离队" over "离队"), then for each trigger the first rule (in file order) that matched, and among its
 * matches the one whose person stands nearest the trigger. A trigger
 * inside a stative phrase ("曾任", "现任": a post held, no change) fills no frame. Everything tried and not taken is
 * kept with the reason, for {@code explain}. Thread-safe.
 */
public final class FrameFinder {
  private final List<Rule> rules;

  public FrameFinder(List<Rule> rules) {
    this.rules = List.copyOf(rules);
    for (Rule r : rules) {
      try {
        EventType.valueOf(r.head());
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(r.where() + ": unknown event type " + r.head(), e);
      }
      List<String> slots = r.pattern().slots();
      if (!slots.contains("t")
          || !(slots.contains("person") || slots.contains("assign") || r.flag("topic"))) {
        throw new IllegalArgumentException(r.where()
            + ": a frame captures its trigger (t=) and its person (person= or assign=, or says topic)");
      }
    }
  }

  public List<Rule> rules() {
    return rules;
  }

  /** A match that filled no frame, and why. */
  public record Rejected(Rule rule, Match match, String reason) {}

  public record Result(List<Frame> frames, List<Rejected> rejected) {}

  /** A rule's match for a trigger; {@code zero} when its person is unwritten (a topic rule's zero subject). */
  private record Candidate(int rank, Rule rule, Match match, Match.Capture trigger, int distance, boolean zero) {}

  /** Whether two persons of matches are both written and do not overlap. */
  private static boolean apart(Match.Capture a, Match.Capture b) {
    return a != null && b != null && (a.end() <= b.start() || b.end() <= a.start());
  }

  public Result find(Lattice l) {
    List<Rejected> rejected = new ArrayList<>();
    List<int[]> stative = l.wordSpans("stative");
    List<int[]> verbNouns = l.lexicon().hasWordClass("verb-noun") ? l.wordSpans("verb-noun") : List.of();
    List<int[]> until = l.lexicon().hasWordClass("until") ? l.wordSpans("until") : List.of();
    // a counter is a word of its own, not the end of a name (张三任)
    List<int[]> counters = l.lexicon().hasWordClass("counter")
        ? l.wordSpans("counter").stream().filter(w -> l.boundary(w[0])).toList() : List.of();
    List<Candidate> candidates = new ArrayList<>();
    for (int i = 0; i < rules.size(); i++) {
      Rule r = rules.get(i);
      // a trigger that qualifies the noun after it (转会费) is no trigger: the search goes on past it, to a later one
      // in the same reach ("以500万元的转会费转会至星海队": 转会至); a start with no other match keeps the reason
      List<Match> qualifying = new ArrayList<>();
      List<Match> found = Matcher.findAll(r.pattern(), l, m -> {
        Match.Capture t = m.first("t");
        if (t != null && startsAt(verbNouns, t.end())) {
          qualifying.add(m);
          return false;
        }
        return true;
      });
      Set<Integer> told = new HashSet<>();
      found.forEach(m -> told.add(m.start()));
      for (Match m : qualifying) {
        if (told.add(m.start())) { // the first refused match of a start that found none
          rejected.add(new Rejected(r, m, "the verb qualifies the noun after it (转会新闻, 离职潮), no event"));
        }
      }
      for (Match m : found) {
        Match.Capture t = m.first("t");
        Match.Capture p = m.first("person") != null ? m.first("person") : m.first("assign");
        if (p == null && r.flag("topic") && t != null) {
          Annotation topic = Subjects.topicOrZero(l, t);
          p = topic == null ? null : new Match.Capture("person", topic.start(), topic.end(), topic);
        }
        if (t == null || p == null || p.annotation() == null) {
          rejected.add(new Rejected(r, m, t == null ? "no trigger" : "no person"));
          continue;
        }
        if (insideAside(l, p.annotation())) {
          rejected.add(new Rejected(r, m, "the person stands in an adverbial of circumstance (在…的帮助下)"));
          continue;
        }
        if (stative(l, stative, t.start(), t.end())) {
          rejected.add(new Rejected(r, m, "a post held, no change (stative phrase)"));
          continue;
        }
        if (endsAt(until, t.start())) {
          rejected.add(new Rejected(r, m, "the time until the change is counted (距退休还有两年), no event"));
          continue;
        }
        if (t.end() - t.start() == 1 && endsAt(counters, t.start())) {
          rejected.add(new Rejected(r, m, "a counter of holders (前两任董事长, 第三任), no verb"));
          continue;
        }
        if (insidePosts(l, t.start(), t.end())) {
          rejected.add(new Rejected(r, m, "a word joining two titles (主席兼首席执行官), no verb"));
          continue;
        }
        if (heldBefore(l, t.start())) {
          rejected.add(new Rejected(r, m, "a post held before, undated (曾, 此前 ...)"));
          continue;
        }
        int distance = p.end() <= t.start() ? t.start() - p.end() : Math.max(0, p.start() - t.end());
        candidates.add(new Candidate(i, r, m, t, distance, Frame.ZERO.equals(p.annotation().value())));
      }
    }
    // where triggers overlap, the longer word is the one written ("暂时离队" is leave, not 离队; "辞职报告" a
    // notice): longest trigger first, then a written person before an unwritten one, then the rule's place in the
    // file, then the nearest person
    candidates.sort(Comparator.<Candidate>comparingInt(c -> -(c.trigger().end() - c.trigger().start()))
        .thenComparing(Candidate::zero)
        .thenComparingInt(Candidate::rank).thenComparingInt(Candidate::distance)
        .thenComparingInt(c -> -(c.match().end() - c.match().start())));
    List<Candidate> chosen = new ArrayList<>();
    for (Candidate c : candidates) {
      Candidate winner = null;
      for (Candidate o : chosen) {
        boolean overlap = o.trigger().start() < c.trigger().end() && c.trigger().start() < o.trigger().end();
        // a rule marked "also" tells a second event of another type at the same trigger ("A接替B": A appointed, B
        // left), or one of the same type for another person than a plain rule's ("named A chief executive and B
        // finance chief"); otherwise one trigger tells one event
        boolean both = (o.rule().flag("also") || c.rule().flag("also")) && (!o.rule().head().equals(c.rule().head())
            || c.rule().flag("also") && !o.rule().flag("also")
                && apart(o.match().first("person"), c.match().first("person")));
        if (overlap && !both) {
          winner = o;
          break;
        }
      }
      if (winner == null) {
        chosen.add(c);
      } else {
        rejected.add(new Rejected(c.rule(), c.match(), winner.rule() == c.rule()
            ? "a nearer person for the same trigger" : "an earlier rule took the trigger (" + winner.rule().where() + ")"));
      }
    }
    chosen.sort(Comparator.comparingInt(c -> c.trigger().start()));
    List<Frame> frames = new ArrayList<>();
    for (Candidate c : chosen) {
      Match m = c.match();
      List<Annotation[]> pairs = new ArrayList<>();
      if (m.has("assign")) {
        for (Match.Capture a : m.all("assign")) {
          if (a.annotation() != null) {
            pairs.addAll(pairs(expand(a.annotation().partsOf("person"), "member"),
                expand(a.annotation().partsOf("post"), "member")));
          }
        }
      } else {
        List<Annotation> people = new ArrayList<>();
        for (Match.Capture p : m.all("person")) {
          if (p.annotation() != null) {
            people.add(p.annotation());
          }
        }
        if (people.isEmpty() && c.rule().flag("topic")) {
          Annotation topic = Subjects.topicOrZero(l, c.trigger());
          if (topic != null) {
            people.add(topic);
          }
        }
        List<Annotation> posts = new ArrayList<>();
        for (Match.Capture p : m.all("post")) {
          if (p.annotation() != null) {
            posts.add(p.annotation());
          }
        }
        pairs.addAll(pairs(expand(people, "member"), expand(posts, "member")));
      }
      for (Annotation[] pair : pairs) {
        Annotation person = Subjects.antecedent(l, pair[0]);
        frames.add(frame(l, c, person, pair[1]));
      }
    }
    return new Result(frames, rejected);
  }

  /** Lists (PEOPLE, POSTS) replaced by their members; a PEOPLE's title goes to members that are bare names. */
  private static List<Annotation> expand(List<Annotation> annotations, String memberSlot) {
    List<Annotation> out = new ArrayList<>();
    for (Annotation a : annotations) {
      List<Annotation> members = a.partsOf(memberSlot);
      if (members.isEmpty()) {
        out.add(a);
        continue;
      }
      Annotation role = a.part("role");
      for (Annotation x : members) {
        if (role != null && x.kind().equals("PER")) {
          out.add(new Annotation("PERSON", x.start(), x.end(), x.source(),
              java.util.Map.of("name", List.of(x), "role", List.of(role)), null));
        } else {
          out.add(x);
        }
      }
    }
    return out;
  }

  /** Every person with every post; with no post, every person alone (post null). */
  private static List<Annotation[]> pairs(List<Annotation> people, List<Annotation> posts) {
    List<Annotation[]> out = new ArrayList<>();
    for (Annotation p : people) {
      if (posts.isEmpty()) {
        out.add(new Annotation[] {p, null});
      }
      for (Annotation post : posts) {
        out.add(new Annotation[] {p, post});
      }
    }
    return out;
  }


  /**
   * The organizations frames name by their place alone: a noun phrase a person joins, leaves or is signed by
   * ("加盟火箭", "退出德云社"), or the employer written with the person's title ("the chief executive of Globex, Ed
   * Marsh"), is an organization though no suffix or list says so.
   */
  public static List<org.talentflow.mention.Mention> organizations(List<Frame> frames) {
    List<org.talentflow.mention.Mention> out = new ArrayList<>();
    for (Frame f : frames) {
      for (Annotation a : new Annotation[] {f.org(), f.other(), f.agent(), f.person().part("org")}) {
        if (a != null && a.kind().equals("NP")) {
          Annotation name = a.part("name") != null ? a.part("name") : a; // "Marlow-based Estoria": Estoria
          out.add(new org.talentflow.mention.Mention(org.talentflow.model.EntityType.ORG, name.start(), name.end(),
              f.lattice().substring(name.start(), name.end()), "frame", null));
        }
      }
    }
    return out;
  }

  /** Whether one of the words begins at {@code p} (a @verb-noun right after the trigger: "转会新闻", no transfer). */
  private static boolean insideAside(Lattice l, Annotation person) {
    for (Annotation a : l.annotations("ASIDE")) {
      if (a.contains(person.start(), person.end())) {
        return true;
      }
    }
    return false;
  }

  private static boolean endsAt(List<int[]> words, int p) {
    for (int[] w : words) {
      if (w[1] == p) {
        return true;
      }
    }
    return false;
  }

  private static boolean startsAt(List<int[]> words, int p) {
    for (int[] w : words) {
      if (w[0] == p) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the trigger's clause says "held before" (曾, 此前曾) of the trigger itself (no other verb between them:
   * in "曾承诺推动他复职" 曾 tells of the promise) and gives no time for it. A lexicon without such words (English)
   * never says it.
   */
  private static boolean heldBefore(Lattice l, int trigger) {
    if (!l.lexicon().hasWordClass("stative-adverb")) {
      return false;
    }
    int clause = l.clauseStartOf(trigger);
    boolean held = false;
    for (int[] w : l.wordSpans("stative-adverb")) {
      // (nor of a relative clause closed before it: "由曾任总裁的张三接任")
      if (w[0] >= clause && w[1] <= trigger && !verbBetween(l, w[1], trigger)
          && l.substring(w[1], trigger).indexOf('的') < 0) {
        held = true;
      }
    }
    if (!held) {
      return false;
    }
    for (Annotation t : l.annotations("TIME")) {
      if (t.start() >= clause && t.end() <= l.clauseEndOf(trigger)) {
        return false;
      }
    }
    return true;
  }

  private static boolean insidePosts(Lattice l, int s, int e) {
    for (Annotation t : l.annotations("TITLE")) {
      if (t.start() <= s && t.end() == e) {
        return false; // a title that is a trigger too (联合创始人) tells its event wherever it stands
      }
    }
    for (Annotation a : l.annotations("POSTS")) {
      if (a.start() < s && a.end() > e) {
        return true;
      }
    }
    return false;
  }

  private static boolean verbBetween(Lattice l, int from, int to) {
    for (Token t : l.tokens()) {
      if (t.start() >= from && t.end() <= to && t.pos().startsWith("v") && !t.pos().equals("vshi")) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a stative phrase holds the trigger [s, e), or overlaps it from a word's start: 时任 in 同时任命 (同时 is
   * a word) says nothing of 任命.
   */
  private static boolean stative(Lattice l, List<int[]> spans, int s, int e) {
    for (int[] x : spans) {
      if (x[0] <= s && e <= x[1] || x[0] < e && s < x[1] && l.boundary(x[0])) {
        return true;
      }
    }
    return false;
  }

  private static Frame frame(Lattice l, Candidate c, Annotation person, Annotation post) {
    Match m = c.match();
    Annotation org = unnamedHead(l, post != null && post.part("org") != null ? post.part("org") : slot(m, "org"));
    Annotation role = post != null && post.part("role") != null ? post.part("role")
        : post != null && post.kind().equals("TITLE") ? post : slot(m, "role");
    return new Frame(EventType.valueOf(c.rule().head()), c.rule(), m, l, c.trigger().start(), c.trigger().end(),
        person, org, slot(m, "other"), role, slot(m, "time"), slot(m, "agent"));
  }

  /**
   * A noun phrase after "一家" ending in a noun that stands for organizations ("加盟一家金融科技公司": the anaphoric
   * 公司) names no organization: its head stands for it, so that the event's organization is an unnamed one, neither
   * the phrase made a name nor one the context suggests.
   */
  private static Annotation unnamedHead(Lattice l, Annotation org) {
    if (org == null || !org.kind().equals("NP") || !FrameEntities.indefinite(l.text(), org.start())) {
      return org;
    }
    for (Annotation a : l.annotations("ORG")) {
      if ("anaphor".equals(a.value()) && a.end() == org.end() && a.start() > org.start()) {
        return a;
      }
    }
    return org;
  }

  private static Annotation slot(Match m, String name) {
    Match.Capture c = m.first(name);
    return c == null ? null : c.annotation();
  }

  @Override
  public String toString() {
    return "FrameFinder" + Objects.toString(rules.size());
  }
}
