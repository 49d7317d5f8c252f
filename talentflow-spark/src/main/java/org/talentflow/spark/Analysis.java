package org.talentflow.spark;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.talentflow.Pipeline;
import org.talentflow.model.AnalyzedDocument;
import org.talentflow.model.Claim;
import org.talentflow.model.Entity;
import org.talentflow.model.MentionRef;
import org.talentflow.model.PersonnelEvent;
import org.talentflow.model.SourceDocument;
import org.talentflow.model.TimeValue;

/** The pipeline over a partition of documents, and what of its output the store keeps. */
final class Analysis {
  private Analysis() {}

  /**
   * Analyses each document with this JVM's pipeline, keeping each item's key; a document the pipeline fails on
   * becomes a problem.
   */
  static Iterator<scala.Tuple2<String, Item>> analyzeKeyed(Iterator<scala.Tuple2<String, Item>> items, PackChoice pack) {
    Pipeline pipeline = PipelineHolder.pipeline(pack);
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return items.hasNext();
      }

      @Override
      public scala.Tuple2<String, Item> next() {
        scala.Tuple2<String, Item> t = items.next();
        return new scala.Tuple2<>(t._1(), analyze(pipeline, t._2()));
      }
    };
  }

  static Item analyze(Pipeline pipeline, Item item) {
    if (!(item instanceof Item.Doc doc)) {
      return item;
    }
    try {
      return analyzed(doc, pipeline.analyze(source(doc)));
    } catch (RuntimeException | StackOverflowError e) {
      // as ingest reports a document it could not analyse
      return new Item.Problem(doc.file(), doc.split(), doc.line(), doc.source(), "not analyzed: " + describe(e, doc));
    }
  }

  /** What went wrong, as ingest words it. */
  static String describe(Throwable t, Item.Doc doc) {
    if (t instanceof StackOverflowError) {
      return String.format(java.util.Locale.ROOT, "too deeply nested for the analysis (stack overflow, %d characters)",
          doc.text().length());
    }
    String m = t.getMessage();
    String name = t.getClass().getSimpleName();
    return m == null || m.isBlank() ? name : name + ": " + m;
  }

  static SourceDocument source(Item.Doc d) {
    return new SourceDocument(d.key(), d.source(), d.url(), d.title(),
        d.published() == null ? null : LocalDate.parse(d.published()), d.text());
  }

  static Item.Analyzed analyzed(Item.Doc doc, AnalyzedDocument a) {
    List<Item.Mention> mentions = new ArrayList<>();
    for (MentionRef m : a.mentions()) {
      mentions.add(new Item.Mention(m.entityId(), m.start(), m.end(), m.text(), m.source()));
    }
    List<Item.Event> events = new ArrayList<>();
    for (PersonnelEvent e : a.events()) {
      TimeValue t = e.time();
      events.add(new Item.Event(e.type().name(), e.person().id(), idOf(e.org()), idOf(e.otherOrg()), e.role(),
          t == null ? null : t.value(), t == null || t.granularity() == null ? null : t.granularity().name(),
          t == null ? null : t.text(), e.polarity().label(), e.evidence().start(), e.evidence().end(),
          e.evidence().text(), e.confidence()));
    }
    List<Item.Claim> claims = new ArrayList<>();
    for (Claim c : a.claims()) {
      claims.add(new Item.Claim(c.subject(), c.quantity(), c.value(), c.asOf(), c.evidence().start(),
          c.evidence().end(), c.evidence().text()));
    }
    return new Item.Analyzed(doc, sha256(doc.text()), occurrences(a), List.copyOf(mentions), List.copyOf(events),
        List.copyOf(claims));
  }

  /**
   * The entities of a document in the order the store meets them: the document's entities, then each event's
   * person, organization and other organization; each local id once, as first met.
   */
  static List<Item.Occurrence> occurrences(AnalyzedDocument a) {
    Map<String, Item.Occurrence> byId = new LinkedHashMap<>();
    for (Entity e : a.entities()) {
      byId.putIfAbsent(e.id(), occurrence(e, true));
    }
    for (PersonnelEvent ev : a.events()) {
      for (Entity e : new Entity[] {ev.person(), ev.org(), ev.otherOrg()}) {
        if (e != null) {
          byId.putIfAbsent(e.id(), occurrence(e, false));
        }
      }
    }
    return List.copyOf(byId.values());
  }

  private static Item.Occurrence occurrence(Entity e, boolean listed) {
    return new Item.Occurrence(e.id(), e.type(), e.name(), List.copyOf(e.aliases()), listed);
  }

  private static String idOf(Entity e) {
    return e == null ? null : e.id();
  }

  /** The store's document hash: SHA-256 of the text as UTF-8, in hex. */
  static String sha256(String text) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 missing from this JVM", e);
    }
  }
}
