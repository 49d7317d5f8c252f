package org.talentflow.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.talentflow.model.SourceDocument;

/**
 * Documents made from the sample corpus for the scaling benchmark: document i is sample i mod n with one paragraph
 * added about a person leaving one organization for another. The people and organizations are drawn from pools
 * that grow with the corpus (a person every other document, an organization every tenth), so that the store's
 * entities grow as a real corpus's do and names recur across documents for cross-document resolution to join.
 */
final class SyntheticCorpus {
  private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁";
  private static final String GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰涛明超秀霞平刚桂英华玉萍红娥玲芬燕彬鹏辉宇浩凯健俊帆";
  private static final String ORG_WORDS = "星海云图天启远航博瑞恒通华信安泰鼎盛卓越凌云启明精诚汇智万象";
  private static final String[] TITLES = {"首席技术官", "首席财务官", "副总裁", "首席执行官", "总经理"};
  private static final ObjectMapper JSON = new ObjectMapper();

  private SyntheticCorpus() {}

  /** Writes {@code n} documents as JSON lines to {@code file}. */
  static void write(List<SourceDocument> samples, int n, Path file) throws IOException {
    if (samples.isEmpty()) {
      throw new IllegalArgumentException("no sample documents to build a corpus from");
    }
    int people = Math.max(10, n / 2);
    int orgs = Math.max(5, n / 10);
    LocalDate day = LocalDate.of(2020, 1, 1);
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (int i = 0; i < n; i++) {
        SourceDocument s = samples.get(i % samples.size());
        LocalDate published = day.plusDays(i % 1500);
        String person = person(mix(i) % people);
        String from = org(mix(i + 7) % orgs);
        String to = org(mix(i + 13) % orgs);
        String paragraph = published.getMonthValue() + "月" + published.getDayOfMonth() + "日," + from + "宣布,"
            + TITLES[i % TITLES.length] + person + "已离职,将加入" + to + "。";
        ObjectNode r = JSON.createObjectNode();
        r.put("id", "syn-" + i);
        r.put("published", published.toString());
        r.put("title", s.title() == null ? "" : s.title());
        r.put("text", s.text() + "\n\n" + paragraph);
        w.write(JSON.writeValueAsString(r));
        w.write('\n');
      }
    }
  }

  private static int mix(int i) {
    int h = i * 0x9E3779B1;
    return (h ^ (h >>> 15)) & 0x7fffffff;
  }

  private static String person(int k) {
    int s = k % SURNAMES.length();
    int a = (k / SURNAMES.length()) % GIVEN.length();
    int b = (k / SURNAMES.length() / GIVEN.length()) % GIVEN.length();
    return "" + SURNAMES.charAt(s) + GIVEN.charAt(a) + (k < SURNAMES.length() * GIVEN.length() ? "" : GIVEN.charAt(b));
  }

  private static String org(int k) {
    int words = ORG_WORDS.length() / 2;
    String a = ORG_WORDS.substring((k % words) * 2, (k % words) * 2 + 2);
    String b = ORG_WORDS.substring(((k / words) % words) * 2, ((k / words) % words) * 2 + 2);
    int round = k / (words * words);
    return a + b + (round == 0 ? "" : String.valueOf(round)) + "科技";
  }
}
