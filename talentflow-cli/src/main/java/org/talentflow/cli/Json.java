package org.talentflow.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.talentflow.model.Entity;
import org.talentflow.model.PersonnelEvent;

/** The JSON shapes of design.md's contract. */
final class Json {
  static final ObjectMapper MAPPER = new ObjectMapper();

  private Json() {}

  static ObjectNode entity(Entity e) {
    ObjectNode n = MAPPER.createObjectNode();
    n.put("id", e.id());
    n.put("name", e.name());
    n.putArray("aliases").addAll(e.aliases().stream().map(MAPPER.getNodeFactory()::textNode).toList());
    return n;
  }

  /** {"doc","type","person","org","other_org","role","time","polarity","evidence","confidence"} */
  static ObjectNode event(String doc, PersonnelEvent e) {
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
      t.put("granularity", e.time().granularity() == null ? null : e.time().granularity().name().toLowerCase(java.util.Locale.ROOT));
    }
    n.put("polarity", e.polarity().label());
    ObjectNode ev = n.putObject("evidence");
    ev.put("doc", e.evidence().doc());
    ev.put("start", e.evidence().start());
    ev.put("end", e.evidence().end());
    ev.put("text", e.evidence().text());
    n.put("confidence", Math.round(e.confidence() * 100) / 100.0);
    return n;
  }
}
