package org.talentflow.mention;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import org.talentflow.event.TimeMention;
import org.talentflow.model.EntityType;
import org.talentflow.pack.Grammar;
import org.talentflow.pack.KnowledgePack;
import org.talentflow.pattern.Annotation;
import org.talentflow.pattern.Lattice;
import org.talentflow.pattern.Token;
import org.talentflow.text.ScriptConverter;
import org.talentflow.text.Sentence;
import org.talentflow.token.OpenNlpTokenizer;

/**
 * The mention stage for an English document. Names come from mechanism, not from a name model: the pack's names, then
 * for each sentence ({@link EnglishSentences}) that holds a trigger word (and the first sentences, which say what the
 * article is about) a lattice of OpenNLP tokens on which the rules of mentions-en.txt find capitalized names, titles,
 * organizations by their suffixes, people by their titles, appositions and given names. Every name a lattice found is
 * then found wherever else the document writes it, and a person's family name alone ("Muilenburg") as a part of that
 * name ({@link NameEchoes}).
 * Thread-safe once built; the OpenNLP models are read when the first English document comes.
 */
public final class EnglishMentions implements MentionStage {
  /** A sentence longer than this is analyzed in windows of this size: time stays linear in the text. */
  static final int WINDOW = 1500;
  /** How many sentences at the start of a document are analyzed whether or not they hold a trigger. */
  static final int LEAD = 3;

  private final Grammar grammar;
  private final Supplier<OpenNlpTokenizer> tokenizer;
  private final PackNames packNames;
  private final MentionRules titleRules;
  private final MentionRules rules;
  private final Dictionary<Boolean> triggers;
  private final EnglishSentences splitter;

  /**
   * @param tokenizer the tokenizer, asked for when the first English document comes (it reads its models then)
   * @param triggerClasses the lexicon classes whose words make a sentence worth a lattice
   */
  public EnglishMentions(KnowledgePack pack, ScriptConverter converter, Grammar grammar,
      Supplier<OpenNlpTokenizer> tokenizer, List<String> triggerClasses) {
    Objects.requireNonNull(pack, "pack");
    this.grammar = Objects.requireNonNull(grammar, "grammar");
    this.tokenizer = memoized(Objects.requireNonNull(tokenizer, "tokenizer"));
    this.packNames = new PackNames(pack, converter);
    List<org.talentflow.pattern.Rule> titles = new ArrayList<>();
    List<org.talentflow.pattern.Rule> others = new ArrayList<>();
    for (org.talentflow.pattern.Rule r : grammar.mentionRules()) {
      (r.head().equals("TITLE") && others.isEmpty() ? titles : others).add(r);
    }
    this.titleRules = new MentionRules(titles);
    this.rules = new MentionRules(others);
    List<String> words = new ArrayList<>();
    for (String cls : triggerClasses) {
      words.addAll(grammar.lexicon().words(cls));
    }
    this.triggers = Dictionary.of(words, w -> true);
    this.splitter = new EnglishSentences(grammar.lexicon());
  }

  private static <T> Supplier<T> memoized(Supplier<T> s) {
    return new Supplier<>() {
      private volatile T value;

      @Override
      public T get() {
        T v = value;
        if (v == null) {
          synchronized (this) {
            v = value;
            if (v == null) {
              v = Objects.requireNonNull(s.get(), "tokenizer");
              value = v;
            }
          }
        }
        return v;
      }
    };
  }

  @Override
  public Found find(String text, List<Sentence> sentences, List<TimeMention> times) {
    List<Mention> found = new ArrayList<>(packNames.find(text, 0, text.length()));
    List<Lattice> lattices = new ArrayList<>();
    List<Lattice> headlines = new ArrayList<>();
    List<Sentence> refined = splitter.refine(text, sentences, tokenizer);
    for (int k = 0; k < refined.size(); k++) {
      Sentence s = refined.get(k);
      for (int from = s.start(); from < s.end(); from += WINDOW) {
        int to = Math.min(s.end(), from + WINDOW);
        if (k < LEAD || !grammar.lexicon().find(triggers, text, from, to).isEmpty()) {
          (EnglishSentences.headline(text, s) ? headlines : lattices).add(lattice(text, from, to, found, times));
        }
      }
    }
    // a headline telescopes the story ("Barra leaves Google" for "he'll be leaving Google in a few weeks"): its
    // frames come after the body's, so that the body tells a fact first and the headline only completes it
    lattices.addAll(headlines);
    List<Mention> echoes = NameEchoes.echoes(text, found, mentionsOf(text, lattices));
    for (Lattice l : lattices) {
      boolean added = false;
      for (Mention m : echoes) {
        if (m.start() >= l.from() && m.end() <= l.to() && l.covering(m.start(), kind(m)).isEmpty()) {
          added |= l.add(annotation(m));
        }
      }
      if (added) {
        titleRules.apply(l);
        rules.apply(l);
      }
    }
    java.util.Set<String> people = settle(text, lattices, found);
    found.addAll(mentionsOf(text, lattices));
    for (Mention m : echoes) {
      if (m.type() == EntityType.PERSON || !people.contains(m.text())) {
        found.add(m);
      }
    }
    return new Found(text, lattices, found, NameEchoes.partLinks(found));
  }

  private Lattice lattice(String text, int from, int to, List<Mention> found, List<TimeMention> times) {
    List<Token> tokens = tokenizer.get().tokens(text, from, to);
    Lattice l = MentionStage.seeded(text, from, to, grammar.lexicon(), tokens, found, EnglishMentions::annotation,
        times);
    // a phrase that stands for an organization named before ("the company") is an organization whose value says so;
    // not before "of", which names the organization ("the board of Bluesky")
    for (int[] w : l.wordSpans("org-anaphor")) {
      if (l.boundary(w[0]) && l.boundary(w[1]) && !text.startsWith(" of ", w[1])) {
        l.add(Annotation.of("ORG", w[0], w[1], "anaphor", "anaphor"));
      }
    }
    titleRules.apply(l);
    // the words of a title after its first are INNER: no name starts inside a title ("Secretary of State Marco Rubio")
    for (Annotation t : l.annotations("TITLE")) {
      for (Token k : tokens) {
        if (k.start() > t.start() && k.start() < t.end()) {
          l.add(Annotation.of("INNER", k.start(), k.end(), "title", null));
        }
      }
    }
    rules.apply(l);
    return l;
  }

  private static List<Mention> mentionsOf(String text, List<Lattice> lattices) {
    List<Mention> out = new ArrayList<>();
    for (Lattice l : lattices) {
      for (Annotation a : l.annotations()) {
        Mention m = mentionOf(text, a);
        if (m != null) {
          out.add(m);
        }
      }
    }
    return out;
  }

  /**
   * A name the document writes as a person's somewhere is a person's everywhere: an organization a rule made of it
   * ("McChrystal's boss" read as an employer before a title) is removed. Returns the people's names.
   */
  private static java.util.Set<String> settle(String text, List<Lattice> lattices, List<Mention> found) {
    java.util.Set<String> people = new java.util.HashSet<>();
    for (Mention m : found) {
      if (m.type() == EntityType.PERSON) {
        people.add(m.text());
      }
    }
    for (Lattice l : lattices) {
      for (Annotation a : l.annotations("PER")) {
        people.add(text.substring(a.start(), a.end()));
      }
    }
    for (Lattice l : lattices) {
      for (Annotation a : l.annotations("ORG")) {
        if (!isFound(a) && !"anaphor".equals(a.value()) && people.contains(text.substring(a.start(), a.end()))) {
          l.remove(a);
        }
      }
    }
    return people;
  }

  private static String kind(Mention m) {
    return m.type() == EntityType.PERSON ? "PER" : "ORG";
  }

  private static Annotation annotation(Mention m) {
    return Annotation.of(kind(m), m.start(), m.end(), m.source(), m.packId());
  }

  /** The name an annotation stands for, if a rule found it: a PER, or an ORG that is no anaphor (its name part). */
  private static Mention mentionOf(String text, Annotation a) {
    if (isFound(a)) {
      return null;
    }
    if (a.kind().equals("PER")) {
      return new Mention(EntityType.PERSON, a.start(), a.end(), text.substring(a.start(), a.end()), "rule", null);
    }
    if (a.kind().equals("ORG") && !"anaphor".equals(a.value())) {
      Annotation name = a.part("name") != null ? a.part("name") : a;
      return new Mention(EntityType.ORG, name.start(), name.end(), text.substring(name.start(), name.end()), "rule",
          null);
    }
    return null;
  }

  /** Annotations that came from the document-wide finders are already mentions. */
  private static boolean isFound(Annotation a) {
    return switch (a.source()) {
      case "pack", "echo", "part" -> true;
      default -> false;
    };
  }
}
