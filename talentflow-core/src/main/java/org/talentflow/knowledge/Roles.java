package org.talentflow.knowledge;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.talentflow.model.EventType;

/**
 * What the knowledge layer needs to know about role titles: whether a role is interim, and which post it is (an
 * interim CEO, 临时首席执行官 and a CEO hold the same post). Titles are compared on their post, so that an interim
 * holder's role ends when the next holder of the post starts.
 */
final class Roles {
  private Roles() {}

  private static final Pattern INTERIM = Pattern.compile(
      "^(临时|臨時|代理|暂代|暫代|代|署理|interim |acting )", Pattern.CASE_INSENSITIVE);

  /** Spellings of the same post, by the name they are compared under. */
  private static final Map<String, String> POSTS = Map.ofEntries(
      Map.entry("首席执行官", "ceo"), Map.entry("首席執行官", "ceo"), Map.entry("总裁兼首席执行官", "ceo"),
      Map.entry("chief executive", "ceo"), Map.entry("chief executive officer", "ceo"), Map.entry("执行长", "ceo"),
      Map.entry("首席技术官", "cto"), Map.entry("首席技術官", "cto"), Map.entry("chief technology officer", "cto"),
      Map.entry("首席财务官", "cfo"), Map.entry("首席財務官", "cfo"), Map.entry("chief financial officer", "cfo"),
      Map.entry("首席运营官", "coo"), Map.entry("首席運營官", "coo"), Map.entry("chief operating officer", "coo"),
      Map.entry("首席科学家", "chief scientist"), Map.entry("首席科學家", "chief scientist"),
      Map.entry("董事长", "chair"), Map.entry("董事長", "chair"), Map.entry("董事会主席", "chair"),
      Map.entry("董事會主席", "chair"), Map.entry("chairman", "chair"), Map.entry("总裁", "president"),
      Map.entry("總裁", "president"));

  static boolean interim(String role) {
    return role != null && INTERIM.matcher(role.strip()).find();
  }

  /** The post a title names, interim or not: "临时CEO" and "首席执行官" are both "ceo". */
  static String post(String role) {
    if (role == null) {
      return null;
    }
    String r = INTERIM.matcher(role.strip()).replaceFirst("").strip().toLowerCase(Locale.ROOT);
    return POSTS.getOrDefault(r, r);
  }

  /** "联合创始人、首席科学家" and "A兼B" are two roles each. */
  static List<String> split(String role) {
    List<String> out = new ArrayList<>();
    if (role == null) {
      return out;
    }
    for (String part : role.split("[、兼,，/]")) {
      if (!part.isBlank()) {
        out.add(part.strip());
      }
    }
    return out;
  }

  /**
   * An interim post read into someone else's event: when the document that gives a dismissal or departure an interim
   * role ("临时首席执行官") also says another person was appointed to that interim post at that organization, the
   * role is the appointee's, and is dropped from the other event.
   */
  static List<MergedEvent> withoutBorrowedInterimRoles(List<MergedEvent> events) {
    Set<String> appointed = new HashSet<>(); // doc|org|person|post of interim appointments
    for (MergedEvent e : events) {
      if (e.type() == EventType.APPOINTED && e.org() != null) {
        for (Source s : e.sources()) {
          for (String r : split(s.role())) {
            if (interim(r)) {
              appointed.add(s.doc() + "|" + e.org().id() + "|" + e.person().id() + "|" + post(r));
            }
          }
        }
      }
    }
    if (appointed.isEmpty()) {
      return events;
    }
    List<MergedEvent> out = new ArrayList<>(events.size());
    for (MergedEvent e : events) {
      if (e.type() == EventType.APPOINTED || e.org() == null) {
        out.add(e);
        continue;
      }
      List<String> keep = new ArrayList<>();
      for (String role : e.roles()) {
        boolean borrowed = interim(role) && e.sources().stream().filter(s -> role.equals(s.role())).allMatch(s ->
            appointed.stream().anyMatch(a -> a.startsWith(s.doc() + "|" + e.org().id() + "|")
                && !a.contains("|" + e.person().id() + "|") && a.endsWith("|" + post(role))));
        if (!borrowed) {
          keep.add(role);
        }
      }
      out.add(keep.size() == e.roles().size() ? e : new MergedEvent(e.type(), e.person(), e.org(), e.otherOrgs(), keep,
          e.time(), e.alternatives(), e.polarity(), e.sources()));
    }
    return out;
  }
}
