package org.talentflow.knowledge.view;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.talentflow.knowledge.Contradictions;
import org.talentflow.knowledge.Departures;
import org.talentflow.knowledge.DocumentInfo;
import org.talentflow.knowledge.Knowledge;
import org.talentflow.knowledge.MergedEvent;
import org.talentflow.knowledge.Source;
import org.talentflow.knowledge.Spell;
import org.talentflow.knowledge.Unplaced;
import org.talentflow.model.Claim;
import org.talentflow.model.Entity;
import org.talentflow.model.Evidence;
import org.talentflow.model.PersonnelEvent;
import org.talentflow.model.TimeValue;

/** Builds the view records from knowledge and model values, and writes them as JSON. */
public final class Views {
  private Views() {}

  /** The one mapper for every JSON answer: snake_case fields, nulls written, dates as text. */
  public static final ObjectMapper MAPPER = JsonMapper.builder()
      .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
      .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
      .build();

  /** One line of JSON. */
  public static String json(Object view) {
    try {
      return MAPPER.writeValueAsString(view);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException("cannot write " + view.getClass().getSimpleName() + " as JSON", e);
    }
  }

  /** A pinyin gloss inserted into a name by a web page ("O(shè)penAI", "時(shí)"): such an alias is page junk. */
  private static final Pattern GLOSS = Pattern.compile("\\([a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zü]*\\)");

  /** Aliases without gloss junk (the canonical name is kept whatever it is). */
  public static List<String> aliases(Entity e) {
    return e.aliases().stream().filter(a -> a.equals(e.name()) || !GLOSS.matcher(a).find()).toList();
  }

  public static EntityView entity(Entity e) {
    return e == null ? null : new EntityView(e.id(), e.type().name(), e.name(), aliases(e));
  }

  public static TimeView time(TimeValue t) {
    return t == null ? null : new TimeView(t.value(), t.text(),
        t.granularity() == null ? null : t.granularity().name().toLowerCase(Locale.ROOT));
  }

  public static EvidenceView evidence(Evidence e) {
    return new EvidenceView(e.doc(), e.start(), e.end(), e.text());
  }

  public static EventView event(String doc, PersonnelEvent e) {
    return new EventView(doc, e.type().name(), entity(e.person()), entity(e.org()), entity(e.otherOrg()), e.role(),
        time(e.time()), e.polarity().label(), evidence(e.evidence()), Math.round(e.confidence() * 100) / 100.0);
  }

  public static SourceView source(String supports, Evidence e, Function<String, DocumentInfo> docs) {
    DocumentInfo d = docs.apply(e.doc());
    if (d == null) {
      d = DocumentInfo.unknown(e.doc());
    }
    return new SourceView(supports, e.doc(), d.outlet(), d.title(), d.published(), d.url(), evidence(e));
  }

  public static SourceView source(Departures.SourceRef r) {
    return new SourceView(r.supports(), r.doc(), r.outlet(), r.title(), r.published(), r.url(), evidence(r.evidence()));
  }

  private static List<SourceView> sources(List<Source> sources, Function<String, DocumentInfo> docs) {
    return sources.stream().map(s -> source(null, s.evidence(), docs)).toList();
  }

  public static MergedEventView merged(MergedEvent m, Function<String, DocumentInfo> docs) {
    List<MergedEventView.AlternativeView> alternatives = m.alternatives().stream()
        .map(a -> new MergedEventView.AlternativeView(a.time(), sources(a.sources(), docs))).toList();
    return new MergedEventView(m.type().name(), m.time(), alternatives, m.polarity().label(), entity(m.person()),
        entity(m.org()), m.otherOrgs().stream().map(Views::entity).toList(), m.roles(), sources(m.sources(), docs));
  }

  public static SpellView spell(Knowledge k, Spell s) {
    return new SpellView(entity(s.person()), entity(s.org()), s.start(), s.startType() == null ? null : s.startType().name(),
        s.end(), s.endType() == null ? null : s.endType().name(), s.ending() == null ? null : s.ending().label(),
        s.roles(), s.rolesEnded(), s.onLeaveSince(), k.statusNow(s.person().id(), s.org().id()));
  }

  public static UnplacedView unplaced(Unplaced u, Function<String, DocumentInfo> docs) {
    return new UnplacedView(merged(u.event(), docs), u.reason());
  }

  public static PersonView person(Knowledge k, Entity p, Function<String, DocumentInfo> docs) {
    List<MergedEvent> mine = k.merged().stream().filter(e -> e.person().id().equals(p.id())).toList();
    return new PersonView(entity(p), Knowledge.orderForDisplay(mine).stream().map(m -> merged(m, docs)).toList(),
        k.spellsOf(p.id()).stream().map(s -> spell(k, s)).toList(),
        k.unplaced().stream().filter(u -> u.event().person().id().equals(p.id())).map(u -> unplaced(u, docs)).toList());
  }

  public static RosterView roster(Entity org, String at, String asOf, List<Knowledge.RosterEntry> entries,
      List<String> eventDates) {
    return new RosterView(entity(org), at, asOf, entries.stream().map(r -> new RosterView.Member(entity(r.person()),
        r.roles(), r.since(), r.status(), r.certain())).toList(), eventDates);
  }

  private static List<MoveView> moves(List<Knowledge.Move> moves) {
    return moves.stream().map(m -> new MoveView(entity(m.person()), m.time(), m.how())).toList();
  }

  private static List<FlowsView.FlowView> flowList(List<Knowledge.Flow> flows) {
    return flows.stream().map(f -> new FlowsView.FlowView(entity(f.other()), f.moves().size(), moves(f.moves()))).toList();
  }

  public static FlowsView flows(Entity org, Integer year, Knowledge.Flows f) {
    return new FlowsView(entity(org), year, flowList(f.destinations()), flowList(f.origins()),
        moves(f.unknownDestination()), flowList(f.reversed()));
  }

  public static StatsView stats(Entity org, String asOf, boolean quarters, Knowledge.Stats s) {
    Map<String, List<MoveView>> periods = new LinkedHashMap<>();
    s.departuresByPeriod().forEach((p, m) -> periods.put(p, moves(m)));
    return new StatsView(entity(org), asOf, quarters ? "quarter" : "year", periods,
        s.cofounders().stream().map(c -> new StatsView.CofounderView(entity(c.person()), c.status())).toList(),
        s.foundedByAlumni().stream().map(v -> new StatsView.VentureView(entity(v.venture()), entity(v.founder()),
            v.time())).toList());
  }

  public static DeparturesView departures(Departures.Table t) {
    List<DeparturesView.RowView> rows = new ArrayList<>();
    for (Departures.Row r : t.rows()) {
      rows.add(new DeparturesView.RowView(entity(r.person()), r.roles(), r.date(), r.precision(), r.otherDates(),
          r.how(), r.status(), r.backOn(), r.destinations().stream().map(d -> new DeparturesView.DestinationView(
              entity(d.org()), d.stated(), d.reversed(), d.via())).toList(), r.destinationText(),
          r.sources().stream().map(Views::source).toList()));
    }
    List<DeparturesView.UnplacedRowView> unplaced = t.unplaced().stream().map(u -> new DeparturesView.UnplacedRowView(
        entity(u.person()), u.type(), u.date(), u.reason(), u.sources().stream().map(Views::source).toList())).toList();
    return new DeparturesView(entity(t.org()), t.from(), t.to(), t.asOf(), rows.size(), rows, unplaced);
  }

  public static ContradictionView contradiction(Contradictions.Contradiction c, Function<String, DocumentInfo> docs) {
    return new ContradictionView(c.kind().name().toLowerCase(Locale.ROOT), c.about(), c.note(),
        c.sides().stream().map(s -> new ContradictionView.SideView(s.says(),
            s.evidence().stream().map(e -> source(null, e, docs)).toList())).toList());
  }

  public static ClaimView claim(Claim c, Function<String, DocumentInfo> docs) {
    return new ClaimView(c.subject(), c.quantity(), c.value(), c.asOf(), source(null, c.evidence(), docs));
  }
}
