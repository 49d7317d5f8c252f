package org.talentflow.cli;

import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/** CSV with a header row, UTF-8; with {@code excel} a byte-order mark first, so that Excel reads Chinese right. */
final class Csv {
  private Csv() {}

  static void write(OutputStream os, List<String> columns, List<Map<String, Object>> rows, boolean excel)
      throws IOException {
    write(new OutputStreamWriter(os, StandardCharsets.UTF_8), columns, rows, excel);
  }

  static void write(Writer w, List<String> columns, List<Map<String, Object>> rows, boolean excel) throws IOException {
    CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true);
    columns.forEach(schema::addColumn);
    if (excel) {
      w.write('\uFEFF');
    }
    new CsvMapper().writer(schema.build()).without(com.fasterxml.jackson.core.JsonGenerator.Feature.AUTO_CLOSE_TARGET)
        .writeValues(w).writeAll(rows).flush();
    w.flush();
  }
}
