package org.talentflow.spark;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;
import org.talentflow.model.Entity;
import org.talentflow.model.PersonnelEvent;

/**
 * The JSON lines of the command line's {@code events --json}, {@code entities --json} and {@code docs --json}, field
 * for field (design.md's contract; the shapes of talentflow-cli's Json), so that the job's output reads as the
 * store's does.
 */
final class ContractJson {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private ContractJson() {}

  static ObjectNode entity(Entity e) {
    ObjectNode n = MAPPER.createObjectNode();
    n.put("id", e.id());
    n.put("name", e.name());
    n.putArray("aliases").addAll(e.aliases().stream().map(MAPPER.getNodeFactory()::textNode).toList());
    return n;
  }

  /** {"doc","type","person","org","other_org","role","time","polarity","evidence","confidence"} */
  static String event(String doc, PersonnelEvent e) {
    ObjectNode n = MAPPER.createObjectNode();
    n.put("doc", doc);
    n.put("type", e.type().name());
    n.set("person", entity(e.person()));
    n.set("org", e.org() == null ? null : entity(e.org()));
    n.set("other_org", e.otherOrg() == null ? null : entity(e.otherOrg()));
    n.put("role", e.role());
    if (e.time() == null) {
      n.putNull("time");
    } else {
      ObjectNode t = n.putObject("time");
      t.put("value", e.time().value());
      t.put("text", e.time().text());
      t.put("granularity", e.time().granularity() == null ? null
          : e.time().granularity().name().toLowerCase(Locale.ROOT));
    }
    n.put("polarity", e.polarity().label());
    ObjectNode ev = n.putObject("evidence");
    ev.put("doc", e.evidence().doc());
    ev.put("start", e.evidence().start());
    ev.put("end", e.evidence().end());
    ev.put("text", e.evidence().text());
    n.put("confidence", Math.round(e.confidence() * 100) / 100.0);
    return write(n);
  }

  /** As {@code entities --json}: the entity with its type, mentions and documents (latest versions). */
  static String entity(Entity e, long mentions, long documents) {
    return write(entity(e).put("type", e.type().name()).put("mentions", mentions).put("documents", documents));
  }

  /** As {@code docs --json}. */
  static String document(String key, int version, String hash, String title, String published, String source,
      String url, int chars, long events, String ingestedAt) {
    ObjectNode n = MAPPER.createObjectNode();
    n.put("doc", key);
    n.put("version", version);
    n.put("hash", hash);
    n.put("title", title);
    n.put("published", published);
    n.put("source", source);
    n.put("url", url);
    n.put("chars", chars);
    n.put("events", events);
    n.put("ingested_at", ingestedAt);
    return write(n);
  }

  private static String write(ObjectNode n) {
    try {
      return MAPPER.writeValueAsString(n);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write JSON", e);
    }
  }
}
