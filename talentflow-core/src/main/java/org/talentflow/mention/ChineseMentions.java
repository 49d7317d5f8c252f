package org.talentflow.mention;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.talentflow.event.TimeMention;
import org.talentflow.model.EntityType;
import org.talentflow.pack.Grammar;
import org.talentflow.pack.KnowledgePack;
import org.talentflow.pattern.Annotation;
import org.talentflow.pattern.Lattice;
import org.talentflow.pattern.Token;
import org.talentflow.text.Sentence;
import org.talentflow.text.ScriptConverter;
import org.talentflow.token.Tokenizer;

/**
 * The mention stage for a document: names found everywhere (the pack's, glosses, Latin names, bylines, and every name found
 * once, found again wherever it is written), and for each sentence that holds a trigger word, a lattice of tokens and
 * annotations built by the segmenter's hints and the pack's mention rules. Thread-safe once built.
 */
public final class ChineseMentions implements MentionStage {
  /** A sentence longer than this is analyzed in windows of this size: time stays linear in the text. */
  static final int WINDOW = 600;
  /** How many sentences at the start of a document are analyzed whether or not they hold a trigger... */
  static final int LEAD = 3;
  /** ... when they are short, as headlines are. */
  static final int LEAD_LENGTH = 80;

  /**
   * The end of the clause after {@code end}, and of the one after that (the object of a verb may follow a comma). A
   * colon ends none: what it introduces, a list of names ("他们分别是:张三和李四"), belongs to the clause before it.
   */
  private static int clauseAfter(String text, int end, int to) {
    int clauses = 0;
    for (int i = end; i < to; i++) {
      char c = text.charAt(i);
      if (c != ':' && Lattice.CLAUSE_BREAKS.indexOf(c) >= 0 && ++clauses == 2) {
        return i + 1;
      }
    }
    return to;
  }

  /**
   * The end of a later clause of the sentence that says from when the change holds (a word of the lexicon's
   * effective class: "张三已辞任董事职务,以便专注家族生意,由2021年3月1日起生效"), else {@code end}: the date stands there.
   */
  private int effectiveClauseEnd(String text, int end, int to) {
    List<Dictionary.Hit<Boolean>> hits = effective.allByStart(text, end, to);
    if (hits.isEmpty()) {
      return end;
    }
    int j = hits.get(0).end();
    while (j < to && (text.charAt(j) == ':' || Lattice.CLAUSE_BREAKS.indexOf(text.charAt(j)) < 0)) {
      j++;
    }
    return Math.min(to, j + 1);
  }

  private final KnowledgePack pack;
  private final Grammar grammar;
  private final Tokenizer tokenizer;
  private final PackNames packNames;
  private final LatinNames latinNames;
  private final Glosses glosses;
  private final Bylines bylines;
  private final TokenNames tokenNames;
  private final MentionRules rules;
  private final Dictionary<Boolean> triggers;
  /** The words that say from when a change holds (the lexicon's effective class: 生效, 起效 …). */
  private final Dictionary<Boolean> effective;

  public ChineseMentions(KnowledgePack pack, ScriptConverter converter, Grammar grammar, Tokenizer tokenizer,
      List<String> triggerClasses) {
    this.pack = Objects.requireNonNull(pack, "pack");
    this.grammar = Objects.requireNonNull(grammar, "grammar");
    this.tokenizer = Objects.requireNonNull(tokenizer, "tokenizer");
    this.packNames = new PackNames(pack, converter);
    this.latinNames = new LatinNames(pack);
    this.glosses = new Glosses(pack, latinNames);
    this.bylines = new Bylines(grammar.lexicon());
    this.tokenNames = new TokenNames(pack, grammar.lexicon(), tokenizer);
    this.rules = new MentionRules(grammar.mentionRules());
    List<String> words = new ArrayList<>();
    for (String cls : triggerClasses) {
      words.addAll(grammar.lexicon().words(cls));
    }
    this.triggers = Dictionary.of(words, w -> true);
    this.effective = Dictionary.of(grammar.lexicon().hasWordClass("effective") ? grammar.lexicon().words("effective")
        : List.of(), w -> true);
  }

  @Override
  public Found find(String text, List<Sentence> sentences, List<TimeMention> times) {
    List<Mention> found = new ArrayList<>();
    List<int[]> links = new ArrayList<>();
    found.addAll(packNames.find(text, 0, text.length()));
    glosses.find(text, found, links);
    boolean[] taken = new boolean[text.length()];
    mark(taken, found);
    found.addAll(latinNames.find(text, 0, text.length(), taken));
    List<Mention> byline = bylines.find(text, taken);
    mark(taken, byline);
    found.addAll(byline);

    List<Span> spans = new ArrayList<>();
    for (int k = 0; k < sentences.size(); k++) {
      Sentence s = sentences.get(k);
      for (int from = s.start(); from < s.end(); from += WINDOW) {
        int to = Math.min(s.end(), from + WINDOW);
        List<Dictionary.Hit<Boolean>> hits = triggers.all(text, from, to);
        if (!hits.isEmpty()) {
          // a sentence is read up to the end of the clause after its last trigger: its objects stand there
          int end = effectiveClauseEnd(text, clauseAfter(text, hits.get(hits.size() - 1).end(), to), to);
          spans.add(new Span(from, end, hits));
        } else if (k < LEAD && to - from <= LEAD_LENGTH) {
          // a short lead line (a headline) is read whole: it names the organization the article is about
          spans.add(new Span(from, to, hits));
        }
      }
    }
    // the segmenter reads every span first, one after the other: its dictionaries stay in the processor's caches
    List<List<Token>> tokens = new ArrayList<>(spans.size());
    for (Span span : spans) {
      tokens.add(tokenizer.tokens(text, span.from(), span.to()));
    }
    dropPackNamesAcrossPersons(found, tokens);
    List<Lattice> lattices = new ArrayList<>();
    for (int i = 0; i < spans.size(); i++) {
      lattices.add(lattice(text, spans.get(i), tokens.get(i), found, times));
    }
    // every name a lattice found is a name wherever else it is written: "胡文进" after a title in one sentence, alone
    // in the next
    List<Mention> fromLattices = new ArrayList<>();
    for (Lattice l : lattices) {
      for (Annotation a : l.annotations()) {
        Mention m = mentionOf(text, a);
        if (m != null) {
          fromLattices.add(m);
        }
      }
    }
    List<Mention> echoes = echoes(text, found, fromLattices);
    for (Lattice l : lattices) {
      boolean added = false;
      for (Mention m : echoes) {
        if (m.start() >= l.from() && m.end() <= l.to()) {
          added |= l.add(annotation(m));
        }
      }
      if (added) {
        rules.apply(l);
      }
    }
    found.addAll(fromLattices);
    found.addAll(echoes);
    return new Found(text, lattices, found, links);
  }

  /**
   * A span of a sentence to analyze, with the trigger words of the window it was cut from (by end, then start): those
   * that end inside the span are its own.
   */
  private record Span(int from, int to, List<Dictionary.Hit<Boolean>> triggers) {}

  private Lattice lattice(String text, Span span, List<Token> segmented, List<Mention> found,
      List<TimeMention> times) {
    List<int[]> words = new ArrayList<>();
    for (Dictionary.Hit<Boolean> h : span.triggers()) {
      if (h.end() <= span.to()) {
        words.add(new int[] {h.start(), h.end()});
      }
    }
    List<Token> tokens = TokenRepairs.repair(text, segmented, grammar.lexicon(), words,
        c -> pack.isTranslitChar((char) c));
    Lattice l = MentionStage.seeded(text, span.from(), span.to(), grammar.lexicon(), tokens, found,
        ChineseMentions::annotation, times);
    tokenNames.annotate(l);
    rules.apply(l);
    if (settle(l)) {
      rules.apply(l);
    }
    return l;
  }

  /**
   * A name the segmenter took for a person's that lies inside an organization a rule found ("金开利" in
   * "金开利(831052)") is part of that organization: it and the person phrases built on it are removed.
   */
  private static boolean settle(Lattice l) {
    List<Annotation> drop = new ArrayList<>();
    for (Annotation org : l.annotations("ORG")) {
      if (org.source().equals("hanlp") || "anaphor".equals(org.value())) {
        continue;
      }
      for (Annotation per : l.annotations("PER")) {
        if (per.source().equals("hanlp") && org.contains(per.start(), per.end())) {
          drop.add(per);
        }
      }
    }
    if (drop.isEmpty()) {
      return false;
    }
    for (String kind : List.of("PERSON", "PEOPLE", "ASSIGN", "PER")) {
      for (Annotation a : l.annotations(kind)) {
        for (Annotation per : drop) {
          if (a == per || a.overlaps(per.start(), per.end()) && !kind.equals("PER")) {
            l.remove(a);
            break;
          }
        }
      }
    }
    return true;
  }

  static Annotation annotation(Mention m) {
    return Annotation.of(m.type() == EntityType.PERSON ? "PER" : "ORG", m.start(), m.end(), m.source(), m.packId());
  }

  /** The name an annotation stands for, if it is one: a PER, or an ORG that is not an anaphor (its name part). */
  private static Mention mentionOf(String text, Annotation a) {
    if (a.kind().equals("PER") && !isFound(a)) {
      return new Mention(EntityType.PERSON, a.start(), a.end(), text.substring(a.start(), a.end()), ruleSource(a),
          null);
    }
    if (a.kind().equals("ORG") && !"anaphor".equals(a.value()) && !isFound(a)) {
      Annotation name = a.part("name") != null ? a.part("name") : a;
      return new Mention(EntityType.ORG, name.start(), name.end(), text.substring(name.start(), name.end()),
          ruleSource(a), null);
    }
    return null;
  }

  /**
   * An organization's pack name that begins inside a word the segmenter read as a person's name and runs past its
   * end joins the end of the name to the word after it: the segmenter, which saw the whole clause, is right
   * (任命孟庆华/nr 为/p ...: no 华为 there). A person's pack name is kept: the segmenter often glues the word before a
   * transliterated name to its first character (金主马/nr 斯克).
   */
  private static void dropPackNamesAcrossPersons(List<Mention> found, List<List<Token>> spans) {
    List<Token> persons = new ArrayList<>();
    for (List<Token> tokens : spans) {
      for (Token t : tokens) {
        if (t.pos().startsWith("nr")) {
          persons.add(t);
        }
      }
    }
    if (!persons.isEmpty()) {
      found.removeIf(m -> m.type() == EntityType.ORG && m.source().equals("pack") && persons.stream()
          .anyMatch(t -> m.start() > t.start() && m.start() < t.end() && m.end() > t.end()));
    }
  }

  /** Annotations that came from the document-wide finders are already mentions. */
  private static boolean isFound(Annotation a) {
    return switch (a.source()) {
      case "pack", "gloss", "latin", "acronym", "given", "surname", "part", "echo" -> true;
      default -> false;
    };
  }

  private static String ruleSource(Annotation a) {
    return a.source().equals("hanlp") ? "ner" : "rule";
  }

  /** Every other place where a name found in a lattice is written, outside the names already found. */
  private static List<Mention> echoes(String text, List<Mention> found, List<Mention> fromLattices) {
    Map<String, Mention> byText = new HashMap<>();
    for (Mention m : fromLattices) {
      if (m.length() >= 2) {
        byText.putIfAbsent(m.text(), m);
      }
    }
    if (byText.isEmpty()) {
      return List.of();
    }
    // a name found whole also covers the shorter guesses of the segmenter elsewhere ("涂传" where it cut "涂传岚")
    boolean[] taken = new boolean[text.length()];
    mark(taken, found);
    List<Mention> out = new ArrayList<>();
    for (Dictionary.Hit<Mention> h : new Dictionary<>(byText).longest(text)) {
      if (!MentionStage.anyTaken(taken, h.start(), h.end()) && !sameAsFound(fromLattices, h.start(), h.end())) {
        Mention m = h.value();
        out.add(new Mention(m.type(), h.start(), h.end(), m.text(), "echo", null));
      }
    }
    return out;
  }

  private static boolean sameAsFound(List<Mention> ms, int s, int e) {
    for (Mention m : ms) {
      if (m.start() == s && m.end() == e) {
        return true;
      }
    }
    return false;
  }

  private static void mark(boolean[] taken, List<Mention> ms) {
    for (Mention m : ms) {
      java.util.Arrays.fill(taken, m.start(), m.end(), true);
    }
  }


}
