package org.talentflow.frame;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.talentflow.mention.Dictionary;
import org.talentflow.mention.Mention;
import org.talentflow.mention.MentionStage;
import org.talentflow.model.Entity;
import org.talentflow.model.EntityType;
import org.talentflow.pattern.Annotation;
import org.talentflow.pattern.Lattice;

/**
 * The entities a frame's annotations stand for, in one document: a name's resolved entity, "他" as the person named
 * last, "公司" and the like as the organization named last (outside the description of the one who moves), and for
 * an event that names no organization the one its context is about (the one that announces it, else the organization
 * the document names most often).
 */
final class FrameEntities {
  /** How far before a sentence the organizations of its context are looked for, in characters. */
  private static final int CONTEXT = 300;

  /** The longest line read as a heading over the paragraph after it (a name and a word: "●张三简历"). */
  private static final int HEADING = 20;

  private final String text;
  private final MentionStage.Result mentions;
  private final List<Entity> byMention;
  private final Dictionary<Boolean> notices;
  private final Entity topic;

  /**
   * @param byMention the entity of each name of {@code mentions}, by index (null for one resolution dropped)
   * @param notices the verbs an organization announces news with (宣布, 公告): the one that announces is what an
   *     event that names no organization is about
   */
  FrameEntities(String text, MentionStage.Result mentions, List<Entity> byMention, Dictionary<Boolean> notices) {
    this.text = text;
    this.mentions = mentions;
    this.byMention = byMention;
    this.notices = notices;
    this.topic = topic();
  }

  /** The organization the document names most often (the first named, on a tie), or null. */
  private Entity topic() {
    Map<String, Integer> counts = new HashMap<>();
    Entity first = null;
    int best = 0;
    Entity top = null;
    List<Mention> names = mentions.mentions().names();
    for (int i = 0; i < names.size(); i++) {
      Entity e = byMention.get(i);
      if (e == null || e.type() != EntityType.ORG || names.get(i).source().equals("acronym")) {
        continue;
      }
      int c = counts.merge(e.id(), 1, Integer::sum);
      if (first == null) {
        first = e;
      }
      if (c > best) {
        best = c;
        top = e;
      }
    }
    if (top != null && first != null && counts.get(first.id()) == best) {
      return first;
    }
    return top;
  }

  /** The entity of a name annotation: the mention with its span, else one of its type overlapping it. */
  Entity entity(Annotation a, EntityType type) {
    int i = mentions.indexOf(a.start(), a.end(), type);
    if (i >= 0) {
      return byMention.get(i);
    }
    List<Mention> names = mentions.mentions().names();
    for (int k = 0; k < names.size(); k++) {
      Mention m = names.get(k);
      if (m.type() == type && m.start() < a.end() && a.start() < m.end() && byMention.get(k) != null) {
        return byMention.get(k);
      }
    }
    return null;
  }

  /** An organization annotation's entity: its name part, or for "公司" and the like the organization named last. */
  Entity organization(Annotation a, Annotation person) {
    if (a == null || !(a.kind().equals("ORG") || a.kind().equals("NP"))) {
      return null;
    }
    boolean anaphor = "anaphor".equals(a.value());
    if (anaphor || a.kind().equals("NP") && a.end() < text.length() && text.charAt(a.end()) == '“') {
      Entity named = nameRightAfter(a.end());
      if (named != null) {
        return named; // "人工智能公司Acme", "退出组合“晨星”": the noun heads the name that follows it, no anaphor
      }
    }
    if (anaphor) {
      if (indefinite(a)) {
        return null; // "成立了一家机器人初创企业": a new organization, not one named before
      }
      // "该院" is the last one named before it, outside the description of the one who moves ("前谷歌大脑研究员张三
      // 加入该院": not 谷歌大脑)
      Entity before = lastOrgBefore(a.start(), person);
      return before != null ? before : topic;
    }
    Annotation name = a.part("name") != null ? a.part("name") : a;
    return entity(name, EntityType.ORG);
  }

  /**
   * Who the unwritten subject of a sentence starting at {@code at} is: the person named last before the sentence in
   * its paragraph, or on the heading line right above the paragraph ("张三简历"), else nobody.
   */
  Entity paragraphSubject(int at) {
    int paragraph = text.lastIndexOf('\n', at - 1) + 1;
    int heading = paragraph > 0 ? text.lastIndexOf('\n', paragraph - 2) + 1 : paragraph;
    return lastPersonBetween(paragraph - heading <= HEADING ? heading : paragraph, at);
  }

  /** The person named last before a position: whom "他" stands for. */
  Entity lastPersonBefore(int at) {
    return lastPersonBetween(0, at);
  }

  /** The person named last in [from, at), or null. */
  private Entity lastPersonBetween(int from, int at) {
    List<Mention> names = mentions.mentions().names();
    for (int k = names.size() - 1; k >= 0 && names.get(k).start() >= from; k--) {
      Mention m = names.get(k);
      if (m.end() <= at && m.type() == EntityType.PERSON && byMention.get(k) != null) {
        return byMention.get(k);
      }
    }
    return null;
  }

  /** The organization whose name starts at a position, spaces and an opening quotation mark skipped, or null. */
  private Entity nameRightAfter(int at) {
    int k = nameIndexRightAfter(at);
    return k < 0 ? null : byMention.get(k);
  }

  /**
   * Where the name an organization's noun heads ends ("新公司Acme": after Acme), or -1 when no name follows it: the
   * evidence of an event whose organization is that name shows it.
   */
  int namedEnd(Annotation a) {
    if (a == null || !(a.kind().equals("ORG") || a.kind().equals("NP"))) {
      return -1;
    }
    int k = nameIndexRightAfter(a.end());
    return k < 0 ? -1 : mentions.mentions().names().get(k).end();
  }

  /** The index of the organization's name that starts right after {@code at} (spaces, an opening quote), or -1. */
  private int nameIndexRightAfter(int at) {
    while (at < text.length() && (text.charAt(at) == ' ' || text.charAt(at) == '“')) {
      at++;
    }
    List<Mention> names = mentions.mentions().names();
    for (int k = 0; k < names.size(); k++) {
      Mention m = names.get(k);
      if (m.start() == at && m.type() == EntityType.ORG && byMention.get(k) != null) {
        return k;
      }
    }
    return -1;
  }

  /**
   * Whether an organization annotation is an unnamed new one ("加入了一家公司"): an anaphoric noun after "一家" with no
   * name after it. The event's organization is then unknown, not one the context suggests.
   */
  boolean unnamed(Annotation a) {
    return a != null && "anaphor".equals(a.value()) && nameRightAfter(a.end()) == null && indefinite(a);
  }

  /** Whether "一家", "一个" or "一所" stands shortly before an anaphoric noun, in its clause. */
  private boolean indefinite(Annotation a) {
    return indefinite(text, a.start());
  }

  /** Whether "一家", "一个" or "一所" stands shortly before {@code at}, in its clause. */
  static boolean indefinite(String text, int at) {
    int from = Math.max(0, at - 10);
    for (int i = at - 1; i >= from; i--) {
      if (Lattice.CLAUSE_BREAKS.indexOf(text.charAt(i)) >= 0) {
        return false;
      }
      if (text.charAt(i) == '一' && i + 1 < at && "家个所间".indexOf(text.charAt(i + 1)) >= 0) {
        return true;
      }
    }
    return false;
  }

  /** The organization named last before a position, outside a person's description (when one is given). */
  private Entity lastOrgBefore(int at, Annotation person) {
    List<Mention> names = mentions.mentions().names();
    int last = -1;
    for (int k = names.size() - 1; k >= 0 && last < 0; k--) {
      if (names.get(k).end() <= at && anaphorTarget(k, person)) {
        last = k;
      }
    }
    if (last < 0) {
      return null;
    }
    // the first one of that sentence, its subject: "Acme吸引着Beta的员工。该公司…" is Acme; or the one of that
    // sentence that announces the news, when another opens it in an adverbial ("在Beta之前,Acme宣布…,转任…")
    int sentence = sentenceStart(names.get(last).start());
    int first = last;
    int announcer = -1;
    for (int k = last; k >= 0 && names.get(k).start() >= sentence; k--) {
      if (anaphorTarget(k, person)) {
        first = k;
        if (announces(text, names.get(k).end())) {
          announcer = k;
        }
      }
    }
    return byMention.get(announcer >= 0 ? announcer : first);
  }

  private boolean anaphorTarget(int k, Annotation person) {
    Mention m = mentions.mentions().names().get(k);
    return m.type() == EntityType.ORG && byMention.get(k) != null && !m.source().equals("acronym")
        && (person == null || !person.contains(m.start(), m.end()));
  }

  private int sentenceStart(int at) {
    int i = at;
    while (i > 0 && "。!?\n".indexOf(text.charAt(i - 1)) < 0) {
      i--;
    }
    return i;
  }

  /**
   * The organization an event that names none is about, looked for back from it to the start of its paragraph: the
   * last one that announces news ("星海队宣布…", "星海科技发布公告:"), outside the person's own description; else
   * the organization the document is about. (The nearest organization named in the sentence was tried as a middle
   * step and lost on both the seeds and real-dev: it is as often a school, a product or a former employer.)
   */
  Entity context(int at, Annotation person) {
    int from = Math.max(0, at - CONTEXT);
    int para = text.lastIndexOf('\n', at - 1);
    if (para >= from) {
      from = para + 1;
    }
    List<Mention> names = mentions.mentions().names();
    for (int k = names.size() - 1; k >= 0; k--) {
      Mention m = names.get(k);
      Entity e = byMention.get(k);
      if (m.end() > at || m.type() != EntityType.ORG || e == null || person.contains(m.start(), m.end())
          || m.source().equals("acronym")) {
        continue;
      }
      if (m.start() < from) {
        break;
      }
      if (announces(text, m.end())) {
        return e;
      }
    }
    return topic;
  }

  /** Whether a verb of announcing follows a name closely, in its clause ("星海队刚刚在官网宣布"). */
  private boolean announces(String t, int end) {
    int to = Math.min(t.length(), end + 12);
    for (int i = end; i < to; i++) {
      if (Lattice.CLAUSE_BREAKS.indexOf(t.charAt(i)) >= 0 && t.charAt(i) != ':') {
        to = i;
        break;
      }
    }
    return !notices.all(t, end, to).isEmpty();
  }
}
