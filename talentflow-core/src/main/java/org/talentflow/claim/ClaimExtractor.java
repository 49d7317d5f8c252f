package org.talentflow.claim;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.talentflow.event.TimeMention;
import org.talentflow.model.Claim;
import org.talentflow.model.Entity;
import org.talentflow.model.EntityType;
import org.talentflow.model.Evidence;
import org.talentflow.pack.KnowledgePack;
import org.talentflow.text.MappedText;
import org.talentflow.text.Sentence;

/**
 * Numeric and date claims from the patterns in the pack's claim-patterns.tsv: "N位X中仅剩M位" (a total and what
 * remains, about the organization named in the sentence or the article's main one) and product releases dated by
 * the time in their clause. Every claim keeps its evidence in the original text.
 */
public final class ClaimExtractor {
  /** A time word a counted noun may end in ("员工现在"): not part of the noun. */
  private static final Pattern TIME_WORD_AT_END = Pattern.compile("(现在|如今|目前|当前)$");
  /** Latin letters a counted noun may begin with ("OpenAI员工"): the subject, already known. */
  private static final Pattern LATIN_AT_START = Pattern.compile("^[A-Za-z]+");

  private final List<KnowledgePack.ClaimPattern> rules;
  /** Per rule, the words one of which each of its matches holds (none: the rule runs in every sentence). */
  private final List<List<String>> required = new ArrayList<>();

  public ClaimExtractor(KnowledgePack pack) {
    this.rules = pack.claimPatterns();
    rules.forEach(r -> required.add(RequiredWords.of(r.pattern())));
  }

  /** Where the organizations of the text are: {start, end} in normalized text, with the entity. */
  public record OrgAt(int start, int end, Entity org) {}

  public List<Claim> extract(String doc, MappedText text, List<Sentence> sentences, List<OrgAt> orgs, Entity mainOrg,
      List<TimeMention> times, LocalDate published) {
    String t = text.text();
    List<Claim> out = new ArrayList<>();
    String asOfPub = published == null ? null : YearMonth.from(published).toString();
    List<Matcher> matchers = new ArrayList<>(rules.size()); // one per rule, set to each sentence in turn
    List<int[]> wordsAt = new ArrayList<>(rules.size());
    for (int r = 0; r < rules.size(); r++) {
      matchers.add(rules.get(r).pattern().matcher(t));
      wordsAt.add(required.get(r).isEmpty() ? null : RequiredWords.positions(t, required.get(r)));
    }
    for (Sentence s : sentences) {
      for (int r = 0; r < rules.size(); r++) {
        KnowledgePack.ClaimPattern rule = rules.get(r);
        if (wordsAt.get(r) != null && !RequiredWords.anyIn(wordsAt.get(r), s.start(), s.end())) {
          continue; // no word the rule needs stands in this sentence
        }
        Matcher m = matchers.get(r).region(s.start(), s.end());
        while (m.find()) {
          Evidence ev = evidence(doc, text, m.start(), m.end());
          if (rule.kind().equals("remaining")) {
            Entity subject = orgBefore(orgs, s.start(), m.start());
            if (subject == null) {
              subject = mainOrg;
            }
            if (subject == null) {
              continue;
            }
            String noun = TIME_WORD_AT_END.matcher(m.group("noun")).replaceAll("");
            out.add(new Claim(subject.name(), noun + " total", String.valueOf(number(m.group("total"))), asOfPub, ev));
            out.add(new Claim(subject.name(), noun + " remaining", String.valueOf(number(m.group("value"))), asOfPub, ev));
          } else if (rule.kind().equals("count")) {
            Entity subject = orgBefore(orgs, s.start(), m.start());
            if (subject == null) {
              subject = mainOrg;
            }
            if (subject == null) {
              continue;
            }
            String noun = LATIN_AT_START.matcher(m.group("noun")).replaceAll("");
            out.add(new Claim(subject.name(), noun + " " + m.group("verb"), hedge(m.group("hedge")) + m.group("value"),
                asOfPub, ev));
          } else if (rule.kind().equals("headcount")) {
            Entity subject = orgBefore(orgs, s.start(), m.start());
            if (subject == null) {
              subject = mainOrg;
            }
            if (subject == null) {
              continue;
            }
            if (m.pattern().pattern().contains("?<v1>")) {
              out.add(new Claim(subject.name(), "headcount", m.group("v1"), timeIn(times, m.start("t1"), m.end("t1"), asOfPub), ev));
              out.add(new Claim(subject.name(), "headcount", m.group("v2"), timeIn(times, m.start("t2"), m.end("t2"), asOfPub), ev));
            } else {
              // "至2017年初他们已拥有45名员工": as of the time its clause names, else of publication
              TimeMention when = timeInClause(t, times, s, m.start());
              String asOf = when != null && when.end() <= m.start() && when.value().resolved()
                  ? when.value().value().substring(0, Math.min(7, when.value().value().length())) : asOfPub;
              out.add(new Claim(subject.name(), "headcount", hedge(m.group("hedge")) + m.group("value"), asOf, ev));
            }
          } else if (rule.kind().equals("release")) {
            TimeMention when = timeInClause(t, times, s, m.start());
            if (when != null && when.value().resolved()) {
              String year = when.value().value().substring(0, 4);
              out.add(new Claim(m.group("product"), "release year", year, null, evidence(doc, text,
                  Math.min(when.start(), m.start()), Math.max(when.end(), m.end()))));
            }
          }
        }
      }
    }
    return out;
  }

  /** The month of the time expression inside [from, to), or the fallback ("目前": as of publication). */
  private static String timeIn(List<TimeMention> times, int from, int to, String fallback) {
    for (TimeMention tm : times) {
      if (tm.start() >= from && tm.end() <= to && tm.value().resolved()) {
        String v = tm.value().value();
        return v.length() > 7 ? v.substring(0, 7) : v;
      }
    }
    return fallback;
  }

  private static Entity orgBefore(List<OrgAt> orgs, int from, int to) {
    Entity last = null;
    for (OrgAt o : orgs) {
      if (o.start() >= from && o.end() <= to && o.org().type() == EntityType.ORG) {
        last = o.org();
      }
    }
    return last;
  }

  private static TimeMention timeInClause(String t, List<TimeMention> times, Sentence s, int at) {
    TimeMention best = null;
    for (TimeMention tm : times) {
      if (tm.start() >= s.start() && tm.end() <= s.end() && Math.abs(tm.start() - at) <= 30) {
        String between = tm.end() <= at ? t.substring(tm.end(), at) : t.substring(at, tm.start());
        if (between.indexOf('。') < 0 && (best == null || Math.abs(tm.start() - at) < Math.abs(best.start() - at))) {
          best = tm;
        }
      }
    }
    return best;
  }

  private static Evidence evidence(String doc, MappedText text, int start, int end) {
    int s = text.originalStart(start, end);
    int e = text.originalEnd(start, end);
    return new Evidence(doc, s, e, text.original().substring(s, e));
  }

  /** The gold's convention for hedged numbers: >= for 至少, ~ for 约/近, > for 超过, < for 不到. */
  static String hedge(String word) {
    if (word == null) {
      return "";
    }
    return switch (word) {
      case "至少", "最少" -> ">=";
      case "近", "约", "大约" -> "~";
      case "超过", "超", "逾" -> ">";
      case "不到" -> "<";
      default -> "";
    };
  }

  static int number(String s) {
    return ClaimNumbers.parse(s);
  }
}
