package org.talentflow;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.talentflow.claim.ClaimExtractor;
import org.talentflow.event.EventExtractor;
import org.talentflow.event.TimeMention;
import org.talentflow.event.TimeNormalizer;
import org.talentflow.mention.HanlpNameRecognizer;
import org.talentflow.mention.Mention;
import org.talentflow.mention.MentionFinder;
import org.talentflow.mention.Mentions;
import org.talentflow.mention.NameRecognizer;
import org.talentflow.model.AnalyzedDocument;
import org.talentflow.model.Claim;
import org.talentflow.model.Entity;
import org.talentflow.model.MentionRef;
import org.talentflow.model.PersonnelEvent;
import org.talentflow.model.SourceDocument;
import org.talentflow.model.Withdrawal;
import org.talentflow.event.WithdrawalFinder;
import org.talentflow.pack.KnowledgePack;
import org.talentflow.resolve.DocumentResolver;
import org.talentflow.text.Cleaner;
import org.talentflow.text.HanlpScriptConverter;
import org.talentflow.text.MappedText;
import org.talentflow.text.Normalizer;
import org.talentflow.text.ScriptConverter;
import org.talentflow.text.Sentence;
import org.talentflow.text.SentenceSplitter;

/**
 * The talentflow pipeline for one document, in one direction:
 * clean -> normalize -> sentences -> mentions -> resolve -> times -> events.
 * Every stage is a separate, pure step over immutable values; the expensive resources (knowledge pack, dictionaries,
 * the name recognizer) are built once here and shared. Thread-safe once built.
 */
public final class Pipeline {
  private final Cleaner cleaner;
  private final Normalizer normalizer;
  private final MentionFinder mentionFinder;
  private final DocumentResolver resolver;
  private final TimeNormalizer times;
  private final EventExtractor events;
  private final org.talentflow.event.EnglishEventExtractor englishEvents;
  private final ClaimExtractor claimExtractor;
  private final WithdrawalFinder withdrawals;

  public Pipeline(KnowledgePack pack, ScriptConverter converter, NameRecognizer ner,
      org.talentflow.resolve.SoundKey sound) {
    Objects.requireNonNull(pack, "pack");
    this.cleaner = new Cleaner(pack.boilerplate());
    this.normalizer = new Normalizer(converter);
    this.mentionFinder = new MentionFinder(pack, converter, ner);
    this.resolver = new DocumentResolver(pack, sound);
    this.times = new TimeNormalizer();
    this.events = new EventExtractor(pack, ner::hasProperName);
    this.englishEvents = new org.talentflow.event.EnglishEventExtractor(pack);
    this.claimExtractor = new ClaimExtractor(pack);
    this.withdrawals = new WithdrawalFinder(pack, ner);
  }

  /** The pipeline with HanLP's script conversion and name recognition. */
  public static Pipeline withHanlp(KnowledgePack pack) {
    return new Pipeline(pack, new HanlpScriptConverter(), new HanlpNameRecognizer(),
        new org.talentflow.resolve.SoundKey(new org.talentflow.resolve.HanlpPinyin()));
  }

  public AnalyzedDocument analyze(SourceDocument doc) {
    MappedText cleaned = clean(doc.text());
    MappedText text = normalize(cleaned);
    List<Sentence> sentences = sentences(text);
    Mentions mentions = mentions(text, sentences);
    DocumentResolver.Resolution resolution = resolve(mentions);
    List<TimeMention> timeMentions = times(text, doc);
    List<PersonnelEvent> found = events(doc, text, sentences, mentions, resolution, timeMentions);
    List<MentionRef> refs = mentionRefs(text, mentions, resolution);
    List<Claim> claimList = claims(doc, text, sentences, mentions, resolution, timeMentions);
    List<Withdrawal> left = withdrawals.find(doc.key(), text, sentences, mentions.names(), timeMentions, found);
    return new AnalyzedDocument(doc, withOriginalForms(resolution.entities(), refs), refs, found, claimList, left);
  }

  /** Entities found in normalized text also answer to the forms as written (traditional script, full width). */
  private static List<Entity> withOriginalForms(List<Entity> entities, List<MentionRef> refs) {
    java.util.Map<String, java.util.Set<String>> forms = new java.util.HashMap<>();
    for (MentionRef r : refs) {
      forms.computeIfAbsent(r.entityId(), k -> new java.util.LinkedHashSet<>()).add(r.text());
    }
    List<Entity> out = new ArrayList<>();
    for (Entity e : entities) {
      java.util.Set<String> aliases = new java.util.LinkedHashSet<>(e.aliases());
      aliases.addAll(forms.getOrDefault(e.id(), java.util.Set.of()));
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

  public Mentions mentions(MappedText text, List<Sentence> sentences) {
    return mentionFinder.find(text.text(), sentences);
  }

  public DocumentResolver.Resolution resolve(Mentions mentions) {
    return resolver.resolve(mentions);
  }

  public List<TimeMention> times(MappedText text, SourceDocument doc) {
    return times.find(text.text(), doc.published());
  }

  public List<PersonnelEvent> events(SourceDocument doc, MappedText text, List<Sentence> sentences,
      Mentions mentions, DocumentResolver.Resolution resolution, List<TimeMention> timeMentions) {
    EventExtractor.Input in = new EventExtractor.Input(doc.key(), text, sentences, mentions, resolution.byMention(),
        timeMentions);
    List<PersonnelEvent> out = new ArrayList<>(events.extract(in));
    out.addAll(englishEvents.extract(in));
    return out;
  }

  public List<Claim> claims(SourceDocument doc, MappedText text, List<Sentence> sentences, Mentions mentions,
      DocumentResolver.Resolution resolution, List<TimeMention> timeMentions) {
    List<ClaimExtractor.OrgAt> orgs = new ArrayList<>();
    java.util.Map<String, Integer> counts = new java.util.HashMap<>();
    java.util.Map<String, Entity> byId = new java.util.HashMap<>();
    for (int i = 0; i < mentions.names().size(); i++) {
      Entity e = resolution.byMention().get(i);
      if (e != null && e.type() == org.talentflow.model.EntityType.ORG) {
        Mention m = mentions.names().get(i);
        orgs.add(new ClaimExtractor.OrgAt(m.start(), m.end(), e));
        counts.merge(e.id(), 1, Integer::sum);
        byId.put(e.id(), e);
      }
    }
    Entity main = counts.entrySet().stream().max(java.util.Map.Entry.comparingByValue())
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
