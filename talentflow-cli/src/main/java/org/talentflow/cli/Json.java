package org.talentflow.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import org.talentflow.knowledge.view.Views;

/** JSON output: the shared view records of {@link Views}, one object per line. */
final class Json {
  /** The mapper every JSON line is written with (the same as the web API's). */
  static final ObjectMapper MAPPER = Views.MAPPER;

  private Json() {}

  static void line(PrintWriter out, Object view) {
    out.println(Views.json(view));
  }
}
