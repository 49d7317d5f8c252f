package org.talentflow.knowledge;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.talentflow.model.Entity;
import org.talentflow.model.EntityType;
import org.talentflow.model.PersonnelEvent;

/**
 * Near-duplicate organizations merged by rule: two organizations whose names differ only by a generic word for a
 * company or a lab ("Thinking Machines" and "Thinking Machines Lab", "Acme" and "Acme Inc.", 字节跳动 and 字节跳动公司)
 * are one. The one named in more events gives the id and the name; the aliases are joined.
 */
final class Organizations {
  private Organizations() {}

  private static final Pattern LATIN_TAIL = Pattern.compile(
      "[\\s,]+(labs?|laboratory|laboratories|inc|incorporated|corp|corporation|co|company|ltd|limited|llc|gmbh|plc|"
          + "group|holdings|technologies|technology)\\.?$");
  private static final Pattern HAN_TAIL = Pattern.compile(
      "(有限责任公司|股份有限公司|有限公司|公司|集团|集團|实验室|實驗室|科技)$");
  private static final Pattern NOT_NAME = Pattern.compile("[\\s\\p{Punct}·・,，。()（）]+");

  /** Events with near-duplicate organizations replaced by one entity each. */
  static List<PersonnelEvent> merge(List<PersonnelEvent> events) {
    Map<String, Entity> orgs = new LinkedHashMap<>();
    Map<String, Integer> uses = new HashMap<>();
    for (PersonnelEvent e : events) {
      for (Entity o : new Entity[] {e.org(), e.otherOrg()}) {
        if (o != null) {
          orgs.putIfAbsent(o.id(), o);
          uses.merge(o.id(), 1, Integer::sum);
        }
      }
    }
    Map<String, List<Entity>> byCore = new LinkedHashMap<>();
    for (Entity o : orgs.values()) {
      Set<String> cores = new LinkedHashSet<>();
      cores.add(core(o.name()));
      o.aliases().forEach(a -> cores.add(core(a)));
      for (String c : cores) {
        if (c.length() >= 2) {
          List<Entity> same = byCore.computeIfAbsent(c, k -> new ArrayList<>());
          if (!same.contains(o)) {
            same.add(o);
          }
        }
      }
    }
    Map<String, String> into = new HashMap<>();
    for (List<Entity> same : byCore.values()) {
      if (same.size() < 2) {
        continue;
      }
      Entity keep = same.get(0);
      for (Entity o : same) {
        int a = uses.getOrDefault(o.id(), 0);
        int b = uses.getOrDefault(keep.id(), 0);
        if (a > b || (a == b && o.name().length() > keep.name().length())) {
          keep = o;
        }
      }
      for (Entity o : same) {
        if (!o.id().equals(keep.id())) {
          into.put(o.id(), root(keep.id(), into));
        }
      }
    }
    if (into.isEmpty()) {
      return events;
    }
    Map<String, Entity> merged = new HashMap<>();
    for (Entity o : orgs.values()) {
      String target = root(o.id(), into);
      Entity t = orgs.get(target);
      Set<String> aliases = new LinkedHashSet<>(merged.containsKey(target) ? merged.get(target).aliases() : t.aliases());
      aliases.add(o.name());
      aliases.addAll(o.aliases());
      merged.put(target, new Entity(t.id(), EntityType.ORG, t.name(), new ArrayList<>(aliases)));
    }
    List<PersonnelEvent> out = new ArrayList<>(events.size());
    for (PersonnelEvent e : events) {
      out.add(new PersonnelEvent(e.type(), e.person(), replace(e.org(), into, merged), replace(e.otherOrg(), into, merged),
          e.role(), e.time(), e.polarity(), e.evidence(), e.confidence(), e.surface()));
    }
    return out;
  }

  private static String root(String id, Map<String, String> into) {
    String r = id;
    for (int i = 0; i < 16 && into.containsKey(r); i++) {
      r = into.get(r);
    }
    return r;
  }

  private static Entity replace(Entity o, Map<String, String> into, Map<String, Entity> merged) {
    return o == null ? null : merged.getOrDefault(root(o.id(), into), o);
  }

  /** The name without spacing, punctuation, case and a generic tail: "Thinking Machines Lab" is "thinkingmachines". */
  static String core(String name) {
    String lower = name.strip().toLowerCase(Locale.ROOT);
    String cut = HAN_TAIL.matcher(LATIN_TAIL.matcher(lower).replaceFirst("")).replaceFirst("");
    String n = NOT_NAME.matcher(cut).replaceAll("");
    return n.length() >= 2 ? n : NOT_NAME.matcher(lower).replaceAll("");
  }
}
