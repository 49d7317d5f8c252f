package org.talentflow.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.talentflow.model.EntityType;

/**
 * A gold folder in the format of ../shared/corpus/gold: docs.tsv (doc, file, published), entities.tsv (id, type,
 * canonical, mentions separated by " | "), events.tsv (doc, type, person, org, other_org, role, time, polarity,
 * evidence). Person and organization fields of events hold canonical names.
 */
public record Gold(Map<String, String> fileByDoc, List<GoldEntity> entities, List<GoldEvent> events) {
  public record GoldEntity(String id, EntityType type, String canonical, List<String> mentions) {}

  public record GoldEvent(String doc, String type, String person, String org, String otherOrg, String role,
      String time, String polarity, String evidence) {}

  public static Gold load(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      throw new IOException("gold folder not found: " + dir);
    }
    Map<String, String> files = new LinkedHashMap<>();
    for (String[] f : rows(dir.resolve("docs.tsv"), 2)) {
      files.put(f[0], f[1]);
    }
    List<GoldEntity> entities = new ArrayList<>();
    for (String[] f : rows(dir.resolve("entities.tsv"), 4)) {
      EntityType type = f[1].equals("PERSON") ? EntityType.PERSON : f[1].equals("ORG") ? EntityType.ORG : null;
      if (type == null) {
        continue;
      }
      List<String> mentions = new ArrayList<>();
      for (String m : f[3].split(" \\| ")) {
        if (!m.isBlank()) {
          mentions.add(m.strip());
        }
      }
      entities.add(new GoldEntity(f[0], type, f[2], mentions));
    }
    List<GoldEvent> events = new ArrayList<>();
    for (String[] f : rows(dir.resolve("events.tsv"), 8)) {
      events.add(new GoldEvent(f[0], f[1], f[2], f[3], f[4], f[5], f[6], f[7], f.length > 8 ? f[8] : ""));
    }
    return new Gold(files, entities, events);
  }

  /** Data rows (header skipped), each padded to at least {@code min} fields. */
  private static List<String[]> rows(Path file, int min) throws IOException {
    if (!Files.isRegularFile(file)) {
      throw new IOException("gold file missing: " + file);
    }
    List<String[]> out = new ArrayList<>();
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    for (int i = 1; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank()) {
        continue;
      }
      String[] f = line.split("\t", -1);
      if (f.length < min) {
        String[] padded = new String[min];
        for (int k = 0; k < min; k++) {
          padded[k] = k < f.length ? f[k] : "";
        }
        f = padded;
      }
      out.add(f);
    }
    return out;
  }
}
