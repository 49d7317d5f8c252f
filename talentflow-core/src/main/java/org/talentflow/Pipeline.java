package org.talentflow;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.talentflow.claim.ClaimExtractor;
import org.talentflow.event.TimeMention;
import org.talentflow.event.TimeNormalizer;
import org.talentflow.event.WithdrawalFinder;
import org.talentflow.frame.EventBuilder;
import org.talentflow.frame.Frame;
import org.talentflow.frame.FrameFinder;
import org.talentflow.frame.PolarityCues;
import org.talentflow.frame.SameFact;
import org.talentflow.frame.NewsDay;
import org.talentflow.frame.ParagraphLinks;
import org.talentflow.mention.ChineseMentions;
import org.talentflow.mention.EnglishMentions;
import org.talentflow.mention.MentionStage;
import org.talentflow.mention.HanlpNameRecognizer;
import org.talentflow.mention.Mention;
import org.talentflow.mention.Mentions;
import org.talentflow.mention.NameRecognizer;
import org.talentflow.model.AnalyzedDocument;
import org.talentflow.model.Claim;
import org.talentflow.model.Entity;
import org.talentflow.model.EntityType;
import org.talentflow.model.MentionRef;
import org.talentflow.model.PersonnelEvent;
import org.talentflow.model.SourceDocument;
import org.talentflow.model.Withdrawal;
import org.talentflow.pack.Grammar;
import org.talentflow.pack.KnowledgePack;
import org.talentflow.pattern.Lattice;
import org.talentflow.resolve.DocumentResolver;
import org.talentflow.resolve.HanlpPinyin;
import org.talentflow.resolve.SoundKey;
import org.talentflow.text.Cleaner;
import org.talentflow.text.HanlpScriptConverter;
import org.talentflow.text.MappedText;
import org.talentflow.text.Normalizer;
import org.talentflow.text.ScriptConverter;
import org.talentflow.text.Sentence;
import org.talentflow.text.SentenceSplitter;
import org.talentflow.token.HanlpTokenizer;
import org.talentflow.token.OpenNlpTokenizer;
import org.talentflow.token.Tokenizer;

/**
 * The talentflow pipeline for one document, in one direction:
 * clean -> normalize -> sentences -> times -> tokens and mentions (lattices) -> resolve -> frames -> events.
 * Every stage is a separate step over immutable values (a lattice is built and read inside one analysis); the
 * expensive resources (knowledge pack, grammar, dictionaries, the segmenter) are built once here and shared.
 * Thread-safe once built.
 */
public final class Pipeline {
  /** The trigger classes of the grammar: a sentence holding none of their words is not tokenized. */
  static final List<String> TRIGGER_CLASSES = List.of("leave", "leave-from", "resign-post", "resign-letter", "join",
      "join-after", "sign", "found", "founder", "dismiss", "dismissed", "remove", "removed", "suspend", "on-leave",
      "reinstate", "appoint", "take-office", "succeed", "replace");

  private final Cleaner cleaner;
  private final Normalizer normalizer;
  private final Grammar grammar;
  /** What the pipeline knows of one language: its grammar, mention stage, frames, polarity cues, notice verbs. */
  private record Language(Grammar grammar, MentionStage mentions, FrameFinder frames, PolarityCues polarity,
      org.talentflow.mention.Dictionary<Boolean> notices, Set<String> headCoach) {
    static Language of(Grammar grammar, MentionStage mentions) {
      return new Language(grammar, mentions, new FrameFinder(grammar.frames()), new PolarityCues(grammar.lexicon()),
          org.talentflow.mention.Dictionary.of(grammar.lexicon().words("notice-verb"), w -> true),
          grammar.lexicon().words("head-coach"));
    }
  }

  private final Language chinese;
  private final Language english;
  private final DocumentResolver resolver;
  private final TimeNormalizer times;
  private final ClaimExtractor claimExtractor;
  private final WithdrawalFinder withdrawals;

  public Pipeline(KnowledgePack pack, ScriptConverter converter, NameRecognizer ner, SoundKey sound,
      Tokenizer tokenizer) {
    Objects.requireNonNull(pack, "pack");
    this.cleaner = new Cleaner(pack.boilerplate());
    this.normalizer = new Normalizer(converter);
    this.grammar = Grammar.chinese(pack, converter);
    this.chinese = Language.of(grammar, new ChineseMentions(pack, converter, grammar, tokenizer, TRIGGER_CLASSES));
    this.english = englishLanguage(pack, converter);
    this.resolver = new DocumentResolver(pack, sound);
    this.times = new TimeNormalizer();
    this.claimExtractor = new ClaimExtractor(pack);
    this.withdrawals = new WithdrawalFinder(pack, ner);
  }

  /** The trigger classes of the English grammar: a sentence holding none of their words gets no lattice. */
  static final List<String> ENGLISH_TRIGGER_CLASSES = List.of("leave", "leave-from", "resign-post", "departure",
      "join", "join-from", "hire", "found", "founder", "dismiss", "dismissal", "appoint", "take-office", "take-over",
      "succeed", "succeeded-by", "replace-with", "suspend", "on-leave", "reinstate", "since-post", "new-job", "remain",
      "ask", "part-ways", "last-day", "appointment");

  /** English: its grammar (lexicon-en.tsv, mentions-en.txt, frames-en.txt) and its mention stage. */
  private static Language englishLanguage(KnowledgePack pack, ScriptConverter converter) {
    Grammar g = Grammar.english(pack);
    return Language.of(g, englishStage(pack, converter, g));
  }

  /** The English mention stage: OpenNLP's tokens (its models read when the first English document comes). */
  private static MentionStage englishStage(KnowledgePack pack, ScriptConverter converter, Grammar grammar) {
    return new EnglishMentions(pack, converter, grammar, OpenNlpTokenizer::new, ENGLISH_TRIGGER_CLASSES);
  }

  /** The pipeline with HanLP's script conversion, segmenter and name recognition. */
  public static Pipeline withHanlp(KnowledgePack pack) {
    return new Pipeline(pack, new HanlpScriptConverter(), new HanlpNameRecognizer(), new SoundKey(new HanlpPinyin()),
        new HanlpTokenizer());
  }

  public Grammar grammar() {
    return grammar;
  }

  /**
   * Everything the pipeline saw in one document, for {@code explain} and the DuEE writer: the normalized text, the
   * lattices of the sentences that hold a trigger, the names and their entities, the frames filled and the ones
   * rejected, and the document as stored.
   */
  public record Analysis(SourceDocument source, MappedText text, List<Sentence> sentences, List<TimeMention> times,
      List<Lattice> lattices, Mentions mentions, DocumentResolver.Resolution resolution, List<Frame> frames,
      List<FrameFinder.Rejected> rejected, AnalyzedDocument document) {}

  public AnalyzedDocument analyze(SourceDocument doc) {
    return analyzeFully(doc).document();
  }

  public Analysis analyzeFully(SourceDocument doc) {
    MappedText text = normalize(clean(doc.text()));
    List<Sentence> sentences = sentences(text);
    List<TimeMention> timeMentions = times(text, doc);
    boolean inEnglish = isEnglish(text.text());
    Language lang = inEnglish ? english : chinese;
    MentionStage.Found lattices = lang.mentions().find(text.text(), sentences, timeMentions);
    List<Frame> filled = new ArrayList<>();
    List<FrameFinder.Rejected> rejected = new ArrayList<>();
    for (Lattice l : lattices.lattices()) {
      FrameFinder.Result r = lang.frames().find(l);
      filled.addAll(r.frames());
      rejected.addAll(r.rejected());
    }
    MentionStage.Result found = lang.mentions().assemble(lattices, FrameFinder.organizations(filled));
    DocumentResolver.Resolution resolution = resolve(found.mentions());
    EventBuilder builder = new EventBuilder(doc.key(), text, found, resolution.byMention(), lang.polarity(),
        lang.notices(), timeMentions, doc.published());
    List<PersonnelEvent> events = new ArrayList<>();
    for (Frame f : filled) {
      PersonnelEvent e = builder.build(f);
      if (e != null) {
        events.add(e);
      }
    }
    events = NewsDay.date(SameFact.merge(ParagraphLinks.link(events, text.original()), lang.headCoach()), timeMentions,
        doc.published(), builder::recalls);
    AnalyzedDocument analyzed = assemble(doc, text, sentences, found.mentions(), resolution, timeMentions, events);
    return new Analysis(doc, text, sentences, timeMentions, found.lattices(), found.mentions(), resolution, filled,
        rejected, analyzed);
  }

  /**
   * An article in English: Latin letters and no Han character, or more than twice as many Latin letters as Han
   * characters and English words in lower case ("Sam Altman说。SamAltman又说。" is Chinese about a person with a Latin
   * name).
   */
  public static boolean isEnglish(String text) {
    int latin = 0;
    int han = 0;
    int lowerWords = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 128 && Character.isLetter(c)) {
        latin++;
        if (c >= 'a' && c <= 'z' && i + 1 < text.length() && (i == 0 || text.charAt(i - 1) == ' ')
            && text.charAt(i + 1) >= 'a' && text.charAt(i + 1) <= 'z') {
          lowerWords++;
        }
      } else if (Character.isIdeographic(c)) {
        han++;
      }
    }
    // with no Chinese character at all, Latin letters are English, also a headline in capitals alone ("Acme CEO Jane
    // Doe Steps Down"); beside Chinese, a few (tickers, brands) are not: English writes words in lower case
    return han == 0 ? latin > 0 : latin > 2 * han && lowerWords > 0;
  }

  private AnalyzedDocument assemble(SourceDocument doc, MappedText text, List<Sentence> sentences, Mentions mentions,
      DocumentResolver.Resolution resolution, List<TimeMention> timeMentions, List<PersonnelEvent> events) {
    List<MentionRef> refs = mentionRefs(text, mentions, resolution);
    List<Claim> claimList = claims(doc, text, sentences, mentions, resolution, timeMentions);
    List<Withdrawal> left = withdrawals.find(doc.key(), text, sentences, mentions.names(), timeMentions, events);
    return new AnalyzedDocument(doc, withOriginalForms(resolution.entities(), refs), refs, events, claimList, left);
  }

  /** Entities found in normalized text also answer to the forms as written (traditional script, full width). */
  private static List<Entity> withOriginalForms(List<Entity> entities, List<MentionRef> refs) {
    Map<String, Set<String>> forms = new HashMap<>();
    for (MentionRef r : refs) {
      forms.computeIfAbsent(r.entityId(), k -> new LinkedHashSet<>()).add(r.text());
    }
    List<Entity> out = new ArrayList<>();
    for (Entity e : entities) {
      Set<String> aliases = new LinkedHashSet<>(e.aliases());
      aliases.addAll(forms.getOrDefault(e.id(), Set.of()));
      out.add(new Entity(e.id(), e.type(), e.name(), new ArrayList<>(aliases)));
    }
    return out;
  }

  // The stages, public so that the benchmark can time each one.

  public MappedText clean(String original) {
    return cleaner.clean(original);
  }

  public MappedText normalize(MappedText cleaned) {
    return normalizer.normalize(cleaned);
  }

  public List<Sentence> sentences(MappedText text) {
    return SentenceSplitter.split(text.text());
  }

  public List<TimeMention> times(MappedText text, SourceDocument doc) {
    return times.find(text.text(), doc.published());
  }

  public MentionStage.Found mentions(MappedText text, List<Sentence> sentences, List<TimeMention> times) {
    Language lang = isEnglish(text.text()) ? english : chinese;
    return lang.mentions().find(text.text(), sentences, times);
  }

  public DocumentResolver.Resolution resolve(Mentions mentions) {
    return resolver.resolve(mentions);
  }

  public List<Claim> claims(SourceDocument doc, MappedText text, List<Sentence> sentences, Mentions mentions,
      DocumentResolver.Resolution resolution, List<TimeMention> timeMentions) {
    List<ClaimExtractor.OrgAt> orgs = new ArrayList<>();
    Map<String, Integer> counts = new HashMap<>();
    Map<String, Entity> byId = new HashMap<>();
    for (int i = 0; i < mentions.names().size(); i++) {
      Entity e = resolution.byMention().get(i);
      if (e != null && e.type() == EntityType.ORG) {
        Mention m = mentions.names().get(i);
        orgs.add(new ClaimExtractor.OrgAt(m.start(), m.end(), e));
        counts.merge(e.id(), 1, Integer::sum);
        byId.put(e.id(), e);
      }
    }
    Entity main = counts.entrySet().stream().max(Map.Entry.comparingByValue())
        .map(x -> byId.get(x.getKey())).orElse(null);
    return claimExtractor.extract(doc.key(), text, sentences, orgs, main, timeMentions, doc.published());
  }

  private static List<MentionRef> mentionRefs(MappedText text, Mentions mentions,
      DocumentResolver.Resolution resolution) {
    List<MentionRef> out = new ArrayList<>();
    List<Mention> names = mentions.names();
    for (int i = 0; i < names.size(); i++) {
      Entity e = resolution.byMention().get(i);
      if (e == null) {
        continue;
      }
      Mention m = names.get(i);
      int s = text.originalStart(m.start(), m.end());
      int end = text.originalEnd(m.start(), m.end());
      out.add(new MentionRef(e.id(), s, end, text.original().substring(s, end), m.source()));
    }
    return out;
  }
}
