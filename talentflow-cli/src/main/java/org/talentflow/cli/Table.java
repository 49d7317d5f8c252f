package org.talentflow.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/** A plain text table whose columns are as wide as their widest cell (Han characters count double). */
final class Table {
  private final List<String[]> rows = new ArrayList<>();
  private final int[] max;

  Table(String... header) {
    rows.add(header);
    max = new int[header.length];
  }

  void add(Object... cells) {
    String[] r = new String[cells.length];
    for (int i = 0; i < cells.length; i++) {
      r[i] = cells[i] == null ? "-" : cells[i].toString().replace('\n', ' ');
      if (i < max.length - 1 && r[i].length() > 48) {
        r[i] = r[i].substring(0, 47) + "…";
      }
    }
    rows.add(r);
  }

  void print(PrintWriter out) {
    for (String[] r : rows) {
      for (int i = 0; i < r.length; i++) {
        max[i] = Math.max(max[i], width(r[i]));
      }
    }
    for (String[] r : rows) {
      StringBuilder sb = new StringBuilder();
      for (int i = 0; i < r.length; i++) {
        sb.append(r[i]);
        if (i < r.length - 1) {
          sb.append(" ".repeat(max[i] - width(r[i]) + 2));
        }
      }
      out.println(sb.toString().stripTrailing());
    }
    out.flush();
  }

  static int width(String s) {
    int w = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      w += (c >= 0x1100 && (c <= 0x115F || (c >= 0x2E80 && c <= 0xA4CF) || (c >= 0xAC00 && c <= 0xD7A3)
          || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60)
          || (c >= 0xFFE0 && c <= 0xFFE6))) ? 2 : 1;
    }
    return w;
  }
}
