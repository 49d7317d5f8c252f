package org.talentflow.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The hand-written reading of a day gives what LocalDate.parse gives, and null where it throws. */
class TimeValueTest {
  @Test
  void aDayIsReadAsTheParserReadsIt() {
    for (String s : List.of("2023-05-01", "2024-02-29", "0001-01-01", "2023-02-29", "2023-13-01", "2023-00-10",
        "2023-1-01", "2023/05/01", "2023-05-0x", "２０２３-05-01", "20230501xx", "-2023-05-0")) {
      assertThat(TimeValue.day(s)).as(s).isEqualTo(parsed(s));
    }
  }

  private static LocalDate parsed(String s) {
    try {
      return LocalDate.parse(s);
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
