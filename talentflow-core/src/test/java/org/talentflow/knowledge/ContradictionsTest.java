package org.talentflow.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.talentflow.knowledge.Graphs.ACME;
import static org.talentflow.knowledge.Graphs.ANN;
import static org.talentflow.knowledge.Graphs.BOB;
import static org.talentflow.knowledge.Graphs.CY;
import static org.talentflow.knowledge.Graphs.event;
import static org.talentflow.model.EventType.FOUNDED;
import static org.talentflow.model.EventType.LEFT;
import static org.talentflow.model.EventType.ON_LEAVE;
import static org.talentflow.model.EventType.REINSTATED;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.talentflow.model.Claim;
import org.talentflow.model.Evidence;
import org.talentflow.model.Polarity;

class ContradictionsTest {
  private static Claim claim(String doc, String subject, String quantity, String value) {
    return new Claim(subject, quantity, value, "2024-09", new Evidence(doc, 0, 1, "x"));
  }

  @Test
  void aDenialOvertakenByLaterNews() {
    Knowledge k = new Knowledge(List.of(event("a", REINSTATED, ANN, ACME, null, "2023-11", Polarity.NEGATED),
        event("b", REINSTATED, ANN, ACME, "2023-11-22")), LocalDate.of(2024, 1, 1));
    List<Contradictions.Contradiction> c = Contradictions.find(k, List.of(),
        Map.of("a", LocalDate.of(2023, 11, 19), "b", LocalDate.of(2023, 11, 25)));
    assertThat(c).singleElement().satisfies(x -> {
      assertThat(x.kind()).isEqualTo(Contradictions.Kind.POLARITY);
      assertThat(x.note()).contains("overtaken");
      assertThat(x.sides()).hasSize(2);
    });
  }

  @Test
  void differentDatesAndDifferentValues() {
    Knowledge k = new Knowledge(List.of(event("a", LEFT, ANN, ACME, "2024-09-25"), event("b", LEFT, ANN, ACME, "2024-09-26")),
        LocalDate.of(2024, 10, 1));
    List<Contradictions.Contradiction> c = Contradictions.find(k, List.of(claim("a", "X", "release year", "2021"),
        claim("b", "X", "release year", "2022"), claim("c", "X", "release year", "2022")), Map.of());
    assertThat(c).extracting(Contradictions.Contradiction::kind)
        .containsExactly(Contradictions.Kind.TIME, Contradictions.Kind.VALUE);
    assertThat(c.get(1).sides()).extracting(Contradictions.Side::says).containsExactly("2021 (as of 2024-09)",
        "2022 (as of 2024-09)");
  }

  @Test
  void aStatedCountAgainstTheGraphIsExplained() {
    Knowledge k = new Knowledge(List.of(event("a", FOUNDED, ANN, ACME, null), event("a", FOUNDED, BOB, ACME, null),
        event("a", FOUNDED, CY, ACME, null), event("a", ON_LEAVE, CY, ACME, "2024-08")), LocalDate.of(2024, 10, 1));
    List<Contradictions.Contradiction> c = Contradictions.find(k,
        List.of(claim("d", "Acme", "联合创始人 remaining", "2"), claim("e", "Acme", "联合创始人 remaining", "3")), Map.of());
    assertThat(c).filteredOn(x -> x.kind() == Contradictions.Kind.COUNT).extracting(Contradictions.Contradiction::note)
        .containsExactly("the stated count leaves out those on leave", "the stated count includes those on leave");
    assertThat(c).filteredOn(x -> x.kind() == Contradictions.Kind.COUNT).first()
        .satisfies(x -> assertThat(x.sides().get(1).says()).contains("2 still working normally", "+ 1 on leave (Cy Wu) = 3"));
  }
}
