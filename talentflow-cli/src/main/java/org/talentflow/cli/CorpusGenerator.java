package org.talentflow.cli;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.talentflow.Pipeline;
import org.talentflow.model.AnalyzedDocument;
import org.talentflow.model.Entity;
import org.talentflow.model.EntityType;
import org.talentflow.model.SourceDocument;

/**
 * Articles made from the project's samples for load tests: document {@code i} is sample {@code i mod n} with every
 * name of its people replaced by a made-up name (in the script the name was written in), and, in four documents of
 * five, every name of its organizations replaced by one of a few hundred made-up organizations, so that a large
 * store has many people, organizations with tens of documents each, and the samples' sentence shapes. The names a
 * sample holds are the ones the pipeline finds in it. Deterministic: the same {@code i} always gives the same
 * document.
 */
final class CorpusGenerator {
  private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾萧田董袁潘蒋蔡余杜叶程";
  private static final String GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰涛明超秀霞平刚桂英华玉萍红娥玲飞鹏辉宇浩凯健俊帆欣怡思雨晨阳博文";
  private static final String[] FIRST = {"Alex", "Maria", "David", "Linda", "James", "Sofia", "Daniel", "Grace", "Peter",
      "Nora", "Victor", "Helen", "Samuel", "Irene", "Lucas", "Emma", "Oliver", "Clara", "Henry", "Alice"};
  private static final String[] LAST = {"Walker", "Moreno", "Fischer", "Okafor", "Lindqvist", "Tanaka", "Brennan",
      "Costa", "Novak", "Haddad", "Keller", "Sato", "Romero", "Fairbanks", "Ivanova", "Mendes", "Larsen", "Quinn",
      "Adeyemi", "Kowalski"};
  private static final String ORG_HEAD = "华信恒远腾达启明星海云帆鼎盛瑞丰天衡博远嘉禾安泰宏图";
  private static final String[] ORG_TAIL = {"科技", "集团", "资本", "传媒", "智能", "汽车", "医药", "电子"};
  private static final String[] ORG_EN = {"Northwind", "Bluefield", "Crestline", "Ironbridge", "Lakeshore", "Redwood",
      "Silverpine", "Stonegate", "Westbrook", "Brightwater"};
  /** How many made-up organizations the documents share. */
  static final int ORGANIZATIONS = 400;

  private record Sample(SourceDocument doc, List<Entity> people, List<Entity> orgs) {}

  private final List<Sample> samples = new ArrayList<>();

  /** @param sources the sample articles; each is analyzed once to find its names */
  CorpusGenerator(List<SourceDocument> sources, Pipeline pipeline) {
    if (sources.isEmpty()) {
      throw new IllegalArgumentException("no sample documents to make a corpus from");
    }
    for (SourceDocument d : sources) {
      AnalyzedDocument a = pipeline.analyze(d);
      samples.add(new Sample(d, a.entities().stream().filter(e -> e.type() == EntityType.PERSON).toList(),
          a.entities().stream().filter(e -> e.type() == EntityType.ORG).toList()));
    }
  }

  /** Document {@code i} of the corpus. */
  SourceDocument document(int i) {
    Sample s = samples.get(i % samples.size());
    Map<String, String> names = new LinkedHashMap<>();
    for (Entity p : s.people()) {
      long seed = mix(i, p.id().hashCode());
      for (String alias : p.aliases()) {
        names.putIfAbsent(alias, latin(alias) ? latinPerson(seed, alias) : chinesePerson(seed, alias));
      }
    }
    if (i % 5 != 0) {
      for (Entity o : s.orgs()) {
        int org = (int) Math.floorMod(mix(i / samples.size(), o.id().hashCode()), ORGANIZATIONS);
        for (String alias : o.aliases()) {
          names.putIfAbsent(alias, latin(alias) ? latinOrg(org) : chineseOrg(org));
        }
      }
    }
    String text = s.doc().text();
    List<String> longestFirst = new ArrayList<>(names.keySet());
    longestFirst.sort(Comparator.comparingInt(String::length).reversed());
    for (String alias : longestFirst) {
      if (alias.length() >= 2) {
        text = text.replace(alias, names.get(alias));
      }
    }
    text = text + "\n\n(load-test document " + i + ")\n";
    LocalDate published = LocalDate.of(2015, 1, 1).plusDays(Math.floorMod(i * 37L, 3650));
    String key = String.format(Locale.ROOT, "gen-%06d", i);
    return new SourceDocument(key, key + ".txt", "https://load.example/" + key, s.doc().title(), published, text);
  }

  private static boolean latin(String s) {
    return s.codePoints().anyMatch(c -> c < 0x2E80 && Character.isLetter(c));
  }

  private static long mix(long a, long b) {
    long x = a * 0x9E3779B97F4A7C15L ^ b * 0xC2B2AE3D27D4EB4FL;
    x ^= x >>> 31;
    x *= 0x94D049BB133111EBL;
    return x ^ x >>> 29;
  }

  private static char pick(String chars, long seed, int shift) {
    return chars.charAt((int) Math.floorMod(seed >>> shift, (long) chars.length()));
  }

  /** A Chinese name as long as the alias: a surname alone stays a surname, a full name a full name. */
  private static String chinesePerson(long seed, String alias) {
    String surname = String.valueOf(pick(SURNAMES, seed, 0));
    int len = alias.codePointCount(0, alias.length());
    if (len <= 1) {
      return surname;
    }
    return len == 2 ? surname + pick(GIVEN, seed, 8) : surname + pick(GIVEN, seed, 8) + pick(GIVEN, seed, 16);
  }

  /** A Latin name: a one-word alias (a family name) gets the family name, a longer one both. */
  private static String latinPerson(long seed, String alias) {
    String last = LAST[(int) Math.floorMod(seed >>> 24, (long) LAST.length)];
    return alias.strip().contains(" ") ? FIRST[(int) Math.floorMod(seed >>> 32, (long) FIRST.length)] + " " + last
        : last;
  }

  private static String chineseOrg(int org) {
    return "" + ORG_HEAD.charAt(org % ORG_HEAD.length()) + ORG_HEAD.charAt(org / ORG_HEAD.length() % ORG_HEAD.length())
        + ORG_TAIL[org % ORG_TAIL.length] + (org >= ORG_HEAD.length() * ORG_HEAD.length() ? "控股" : "") + "公司";
  }

  private static String latinOrg(int org) {
    return ORG_EN[org % ORG_EN.length] + " " + (char) ('A' + org / ORG_EN.length % 26) + (org / 260 == 0 ? "" : "X")
        + " Labs";
  }
}
