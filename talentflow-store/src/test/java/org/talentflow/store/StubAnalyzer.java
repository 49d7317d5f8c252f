package org.talentflow.store;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.talentflow.model.AnalyzedDocument;
import org.talentflow.model.Entity;
import org.talentflow.model.EntityType;
import org.talentflow.model.EventType;
import org.talentflow.model.Evidence;
import org.talentflow.model.MentionRef;
import org.talentflow.model.PersonnelEvent;
import org.talentflow.model.Polarity;
import org.talentflow.model.SourceDocument;
import org.talentflow.resolve.EntityIds;

/**
 * A fast stand-in for the pipeline in store tests: "测试人物N离开测试公司M" gives that person, that organization and
 * a LEFT event; a text with OOM, STACK, BUG or LOOP throws an OutOfMemoryError, a StackOverflowError, a runtime
 * exception, or never returns (not even when interrupted).
 */
final class StubAnalyzer implements Ingestion.Analyzer {
  private static final Pattern LEFT = Pattern.compile("(测试人物\\d+)离开(测试公司\\d+)");
  static volatile long spins;

  @Override
  public AnalyzedDocument analyze(SourceDocument doc) {
    String t = doc.text();
    if (t.contains("OOM")) {
      throw new OutOfMemoryError("Java heap space");
    }
    if (t.contains("STACK")) {
      throw new StackOverflowError();
    }
    if (t.contains("BUG")) {
      throw new IllegalStateException("a bug in a stage");
    }
    if (t.contains("LOOP")) {
      while (true) {
        spins++; // ignores interrupts, as a runaway regular expression does
      }
    }
    List<Entity> entities = new ArrayList<>();
    List<MentionRef> mentions = new ArrayList<>();
    List<PersonnelEvent> events = new ArrayList<>();
    Matcher m = LEFT.matcher(t);
    while (m.find()) {
      Entity p = new Entity(EntityIds.of(EntityType.PERSON, m.group(1)), EntityType.PERSON, m.group(1),
          List.of(m.group(1)));
      Entity o = new Entity(EntityIds.of(EntityType.ORG, m.group(2)), EntityType.ORG, m.group(2), List.of(m.group(2)));
      entities.add(p);
      entities.add(o);
      mentions.add(new MentionRef(p.id(), m.start(1), m.end(1), m.group(1), "stub"));
      mentions.add(new MentionRef(o.id(), m.start(2), m.end(2), m.group(2), "stub"));
      events.add(new PersonnelEvent(EventType.LEFT, p, o, null, null, null, Polarity.ASSERTED,
          new Evidence(doc.key(), m.start(), m.end(), m.group()), 0.9));
    }
    return new AnalyzedDocument(doc, entities.stream().distinct().toList(), mentions, events);
  }

  /** JSON lines of {@code n} documents from {@code first}: people and organizations recur across documents. */
  static String records(int first, int n) {
    StringBuilder sb = new StringBuilder();
    for (int i = first; i < first + n; i++) {
      sb.append("{\"id\":\"d").append(i).append("\",\"published\":\"2024-01-02\",\"text\":\"测试人物").append(i % 97)
          .append("离开测试公司").append(i % 13).append("。第").append(i).append("篇。\"}\n");
    }
    return sb.toString();
  }
}
