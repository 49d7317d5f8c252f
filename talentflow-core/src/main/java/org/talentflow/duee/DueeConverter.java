package org.talentflow.duee;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.talentflow.model.AnalyzedDocument;
import org.talentflow.model.PersonnelEvent;
import org.talentflow.model.Polarity;
import org.talentflow.model.Surface;
import org.talentflow.model.Withdrawal;

/**
 * talentflow events as DuEE 1.0 predictions for the organization-relation types: 组织关系-辞/离职 (时间, 离职者,
 * 原所属组织), 组织关系-加盟 (时间, 加盟者, 所加盟组织), 组织关系-解雇 (时间, 解雇方, 被解雇人员), 组织关系-停职 (时间, 所属组织,
 * 停职人员), 组织关系-退出 (时间, 退出方, 原所属组织). One DuEE event per trigger; people coordinated under one trigger
 * are several arguments of it; a country or organization leaving (a {@link Withdrawal}) is a 退出 too. Negated
 * events are not predicted; arguments are the surface strings as written.
 */
public final class DueeConverter {
  private DueeConverter() {}

  public static List<DueeEvent> convert(AnalyzedDocument doc) {
    String text = doc.document().text();
    Map<String, Builder> byTrigger = new LinkedHashMap<>();
    for (PersonnelEvent e : doc.events()) {
      Surface s = e.surface();
      if (s == null || e.polarity() == Polarity.NEGATED || s.triggerStart() < 0) {
        continue;
      }
      String type = type(e, s);
      if (type == null) {
        continue;
      }
      Builder b = byTrigger.computeIfAbsent(type + "@" + s.triggerStart(),
          k -> new Builder(type, text.substring(s.triggerStart(), s.triggerEnd())));
      String person = span(text, s.personStart(), s.personEnd());
      String org = span(text, s.orgStart(), s.orgEnd());
      String time = span(text, s.timeStart(), s.timeEnd());
      switch (type) {
        case "组织关系-辞/离职" -> b.add("离职者", person).add("原所属组织", org).add("时间", time);
        case "组织关系-退出" -> b.add("退出方", person).add("原所属组织", org).add("时间", time);
        case "组织关系-加盟" -> b.add("加盟者", person).add("所加盟组织", org).add("时间", time);
        case "组织关系-解雇" -> b.add("被解雇人员", person)
            .add("解雇方", span(text, s.agentStart(), s.agentEnd()))
            .add("时间", time);
        case "组织关系-停职" -> b.add("停职人员", person).add("所属组织", org).add("时间", time);
        default -> throw new IllegalStateException("unmapped DuEE type " + type);
      }
    }
    for (Withdrawal w : doc.withdrawals()) {
      Surface s = w.surface();
      if (w.polarity() == Polarity.NEGATED) {
        continue;
      }
      byTrigger.computeIfAbsent("组织关系-退出@" + s.triggerStart(),
              k -> new Builder("组织关系-退出", text.substring(s.triggerStart(), s.triggerEnd())))
          .add("退出方", span(text, s.personStart(), s.personEnd()))
          .add("原所属组织", span(text, s.orgStart(), s.orgEnd()))
          .add("时间", span(text, s.timeStart(), s.timeEnd()));
    }
    List<DueeEvent> out = new ArrayList<>();
    byTrigger.values().forEach(b -> out.add(b.build()));
    return out;
  }

  private static String type(PersonnelEvent e, Surface s) {
    return switch (e.type()) {
      case LEFT -> "退出".equals(s.trigger()) ? "组织关系-退出" : "组织关系-辞/离职";
      case JOINED -> "组织关系-加盟";
      case DISMISSED -> "组织关系-解雇";
      case SUSPENDED -> "组织关系-停职";
      default -> null;
    };
  }

  private static String span(String text, int start, int end) {
    return start < 0 || end <= start ? null : text.substring(start, end);
  }

  private static final class Builder {
    private final String type;
    private final String trigger;
    private final Set<DueeEvent.Argument> args = new LinkedHashSet<>();

    Builder(String type, String trigger) {
      this.type = type;
      this.trigger = trigger;
    }

    Builder add(String role, String value) {
      if (value != null && !value.isBlank()) {
        args.add(new DueeEvent.Argument(role, value));
      }
      return this;
    }

    DueeEvent build() {
      return new DueeEvent(type, trigger, new ArrayList<>(args));
    }
  }
}
