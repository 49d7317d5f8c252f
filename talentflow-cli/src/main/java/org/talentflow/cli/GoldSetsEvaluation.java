package org.talentflow.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.talentflow.Pipeline;
import org.talentflow.eval.CauseTally;
import org.talentflow.eval.EventCauses;
import org.talentflow.eval.EventGold;
import org.talentflow.eval.EventScore;
import org.talentflow.eval.EventScorer;
import org.talentflow.eval.Evaluation;
import org.talentflow.eval.GoldSet;
import org.talentflow.model.Entity;
import org.talentflow.model.EntityType;
import org.talentflow.model.EventType;
import org.talentflow.model.PersonnelEvent;
import org.talentflow.model.SourceDocument;
import org.talentflow.read.DocumentReader;
import org.talentflow.read.ReadProblem;
import org.talentflow.store.Ingestion;
import org.talentflow.store.Store;
import org.talentflow.store.StoredEvent;

/**
 * {@code eval} on gold tables in the layout of ../shared/corpus/real-dev (gold_xx.tsv beside docs_xx.jsonl): each
 * set's documents are ingested into a temporary store of their own (as ../shared/tools/measure-real does), or read
 * from the store the user names; events are scored per set and over all sets.
 */
final class GoldSetsEvaluation {
  private final PrintWriter out;
  private final PrintWriter err;
  private final String storeUrl;
  private final Supplier<Pipeline> pipeline;
  private final EventScorer scorer;
  private Pipeline built;
  private boolean someInputFailed;
  /** Whether the misses and extras are told by cause (--causes): only then are the persons of each document read. */
  private boolean tellCauses;
  /** Names and aliases of the persons of each stored document read, for {@link EventCauses}. */
  private final Map<String, Set<String>> personsByDoc = new HashMap<>();

  /**
   * @param storeUrl the store to read, or null to ingest each set's documents into a temporary store
   * @param pipeline builds the pipeline for temporary stores (called once, when first needed)
   */
  GoldSetsEvaluation(PrintWriter out, PrintWriter err, String storeUrl, Supplier<Pipeline> pipeline,
      EventScorer scorer) {
    this.out = out;
    this.err = err;
    this.storeUrl = storeUrl;
    this.pipeline = pipeline;
    this.scorer = scorer;
  }

  /**
   * A scored set: its gold, how many documents it was scored on, the score and its misses and extras by cause (null
   * without --causes).
   */
  private record Scored(GoldSet set, int documents, EventScore score, CauseTally causes) {}

  /** Scores the sets and prints the result (with {@code causes}, the table of causes too); returns the exit code. */
  int run(String label, List<GoldSet> sets, boolean verbose, boolean json, boolean causes) {
    tellCauses = causes;
    List<Scored> scored = new ArrayList<>();
    for (GoldSet set : sets) {
      Scored s = score(set);
      if (s != null) {
        scored.add(s);
      }
    }
    if (scored.isEmpty()) {
      return TalentflowCommand.FAILURE;
    }
    EventScore all = scored.stream().map(Scored::score).reduce(EventScore::plus).orElseThrow();
    if (json) {
      printJson(label, scored, all, causes);
    } else {
      printText(label, scored, all, verbose);
      if (causes) {
        printCauses(scored);
      }
    }
    out.flush();
    return someInputFailed || scored.size() < sets.size() ? TalentflowCommand.PARTIAL_FAILURE : 0;
  }

  private Scored score(GoldSet set) {
    EventGold gold;
    try {
      gold = EventGold.load(set.gold());
    } catch (IOException | UncheckedIOException e) {
      err.println("talentflow: eval: " + e.getMessage());
      return null;
    }
    gold.problems().forEach(p -> err.println("talentflow: " + p));
    someInputFailed |= !gold.problems().isEmpty();
    boolean haveDocs = Files.isRegularFile(set.docs());
    if (storeUrl == null && !haveDocs) {
      err.println("talentflow: eval: " + set.gold() + ": no " + set.docs().getFileName()
          + " beside it to ingest; ingest its documents and give --db");
      return null;
    }
    Set<String> keys = new HashSet<>();
    List<PersonnelEvent> events = storeUrl == null ? ingestAndRead(set, keys) : readStore(set, gold, haveDocs, keys);
    if (events == null) {
      return null;
    }
    EventScore score = scorer.score(gold.rows(), events);
    return new Scored(set, keys.size(), score,
        tellCauses ? new EventCauses(scorer).of(score, gold.rows(), this::personsOf) : null);
  }

  /** The names of the persons of the stored documents that are gold document {@code goldDoc}. */
  private Set<String> personsOf(String goldDoc) {
    Set<String> out = new HashSet<>();
    personsByDoc.forEach((key, names) -> {
      if (EventScorer.sameDocument(key, goldDoc)) {
        out.addAll(names);
      }
    });
    return out;
  }

  private void readPersons(Store db, Set<String> keys) {
    if (!tellCauses) {
      return;
    }
    for (String key : keys) {
      Set<String> names = personsByDoc.computeIfAbsent(key, k -> new HashSet<>());
      for (Entity e : db.entitiesOf(List.of(key))) {
        if (e.type() == EntityType.PERSON) {
          names.add(e.name());
          names.addAll(e.aliases());
        }
      }
    }
  }

  private void printCauses(List<Scored> scored) {
    out.printf(Locale.ROOT, "%nEvents missed and extra by cause (the first cause that holds; wrong times and "
        + "polarities of matched events in the missed column):%n");
    out.print(CauseTally.markdown(scored.stream().map(s -> s.set().name()).toList(),
        scored.stream().map(Scored::causes).toList()));
  }

  /** The events of the set's documents in the user's store; {@code keys} receives the documents found. */
  private List<PersonnelEvent> readStore(GoldSet set, EventGold gold, boolean haveDocs, Set<String> keys) {
    Set<String> wanted = new HashSet<>();
    if (haveDocs) {
      DocumentReader.Collected c = new DocumentReader(DocumentReader.Options.defaults()).readAll(List.of(set.docs()));
      c.documents().stream().map(SourceDocument::key).forEach(wanted::add);
    }
    Set<String> goldDocs = new HashSet<>();
    gold.rows().forEach(r -> goldDocs.add(r.doc()));
    List<PersonnelEvent> events = new ArrayList<>();
    try (Store db = Store.open(storeUrl)) {
      db.documents().forEach(d -> {
        if (wanted.contains(d.key()) || goldDocs.stream().anyMatch(g -> EventScorer.sameDocument(d.key(), g))) {
          keys.add(d.key());
        }
      });
      for (StoredEvent se : db.events()) {
        if (keys.contains(se.docKey())) {
          events.add(se.event());
        }
      }
      readPersons(db, keys);
    }
    if (keys.isEmpty()) {
      err.println("talentflow: eval: the store " + storeUrl + " holds none of the documents of " + set.gold()
          + "; ingest " + (haveDocs ? set.docs() : "them") + " first");
      return null;
    }
    return events;
  }

  /** Ingests the set's documents into a temporary store and returns its events; the store is deleted after. */
  private List<PersonnelEvent> ingestAndRead(GoldSet set, Set<String> keys) {
    Path dir;
    try {
      dir = Files.createTempDirectory("talentflow-eval-");
    } catch (IOException e) {
      err.println("talentflow: eval: cannot create a temporary store: " + e.getMessage());
      return null;
    }
    try {
      if (built == null) {
        built = pipeline.get();
      }
      try (Store db = Store.open(dir.resolve("eval.db").toString())) {
        Ingestion.Result r = new Ingestion(db, built, new DocumentReader(DocumentReader.Options.defaults()))
            .run(List.of(set.docs()), new Ingestion.Listener() {
              @Override
              public void problem(ReadProblem problem) {
                err.println("talentflow: " + problem.source() + ": " + problem.message());
              }
            });
        someInputFailed |= !r.problems().isEmpty();
        db.documents().forEach(d -> keys.add(d.key()));
        readPersons(db, keys);
        return db.events().stream().map(StoredEvent::event).toList();
      }
    } finally {
      delete(dir);
    }
  }

  private void delete(Path dir) {
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    } catch (IOException e) {
      err.println("talentflow: eval: could not delete the temporary store " + dir + ": " + e.getMessage());
    }
  }

  private String storeName() {
    return storeUrl == null ? "temporary (each set's documents ingested)" : storeUrl;
  }

  private void printText(String label, List<Scored> scored, EventScore all, boolean verbose) {
    out.println("gold: " + label + "   store: " + storeName());
    for (Scored s : scored) {
      out.printf(Locale.ROOT, "%n[%s] %s: %d gold events; documents scored: %d%n", s.set().name(), s.set().gold().getFileName(),
          s.score().events().expected(), s.documents());
      printScores(s.score());
    }
    if (scored.size() > 1) {
      out.printf(Locale.ROOT, "%n[overall] %s%n",
          String.join(" + ", scored.stream().map(s -> s.set().name()).toList()));
      printScores(all);
    }
    if (verbose) {
      for (Scored s : scored) {
        String name = s.set().name();
        section("[" + name + "] events missed", s.score().missed().stream()
            .map(g -> g.describe() + "  «" + g.note() + "»").toList());
        section("[" + name + "] events extra", s.score().extra().stream().map(GoldSetsEvaluation::describe).toList());
        section("[" + name + "] wrong time", s.score().time().wrong());
        section("[" + name + "] wrong polarity", s.score().polarity().wrong());
      }
    }
  }

  private void printScores(EventScore s) {
    out.println("events             " + s.events() + "   key (doc, type, person, org)");
    out.println("time accuracy      " + s.time() + "   on matched events with a gold time");
    out.println("polarity accuracy  " + s.polarity() + "   on matched events");
    out.println("by type            P      R      F1     predicted  gold");
    for (Map.Entry<EventType, Evaluation.Prf> t : s.byType().entrySet()) {
      Evaluation.Prf p = t.getValue();
      out.printf(Locale.ROOT, "  %-16s %.3f  %.3f  %.3f  %9d  %4d%n", t.getKey(), p.precision(), p.recall(), p.f1(),
          p.predicted(), p.expected());
    }
  }

  private static String describe(PersonnelEvent e) {
    return e.evidence().doc() + " " + e.type() + " " + e.person().name() + " @ "
        + (e.org() == null ? "-" : e.org().name()) + "  «" + e.evidence().text() + "» [" + e.evidence().start() + ","
        + e.evidence().end() + ")";
  }

  private void section(String title, List<String> rows) {
    out.printf(Locale.ROOT, "%n## %s (%d)%n", title, rows.size());
    rows.forEach(r -> out.println("  " + r));
  }

  private void printJson(String label, List<Scored> scored, EventScore all, boolean causes) {
    ObjectNode root = Json.MAPPER.createObjectNode();
    root.put("gold", label);
    root.put("store", storeUrl);
    ArrayNode sets = root.putArray("sets");
    for (Scored s : scored) {
      ObjectNode n = scores(sets.addObject().put("name", s.set().name()).put("gold", s.set().gold().toString())
          .put("documents", s.documents()), s.score());
      ArrayNode missed = n.putArray("missed");
      for (EventGold.Row g : s.score().missed()) {
        ObjectNode m = missed.addObject().put("doc", g.doc()).put("type", g.type().name());
        m.putArray("person").addAll(g.persons().stream().map(Json.MAPPER.getNodeFactory()::textNode).toList());
        m.putArray("org").addAll(g.orgs().stream().map(Json.MAPPER.getNodeFactory()::textNode).toList());
        m.put("time", g.time()).put("polarity", g.polarity()).put("note", g.note()).put("line", g.line());
      }
      ArrayNode extra = n.putArray("extra");
      s.score().extra().forEach(e -> extra.add(Json.MAPPER.valueToTree(
          org.talentflow.knowledge.view.Views.event(e.evidence().doc(), e))));
      n.putArray("wrong_time").addAll(s.score().time().wrong().stream().map(Json.MAPPER.getNodeFactory()::textNode)
          .toList());
      n.putArray("wrong_polarity").addAll(s.score().polarity().wrong().stream()
          .map(Json.MAPPER.getNodeFactory()::textNode).toList());
      if (causes) {
        ObjectNode byCause = n.putObject("causes");
        s.causes().rows().forEach(r -> byCause.putObject(r.cause().label()).put("missed", r.missed())
            .put("extra", r.extra()));
      }
    }
    scores(root.putObject("overall"), all);
    out.println(root.toString());
  }

  private static ObjectNode scores(ObjectNode n, EventScore s) {
    prf(n.putObject("events"), s.events());
    ObjectNode types = n.putObject("by_type");
    s.byType().forEach((t, p) -> prf(types.putObject(t.name()), p));
    accuracy(n.putObject("time"), s.time());
    accuracy(n.putObject("polarity"), s.polarity());
    return n;
  }

  static ObjectNode prf(ObjectNode n, Evaluation.Prf p) {
    return n.put("precision", p.precision()).put("recall", p.recall()).put("f1", p.f1())
        .put("predicted", p.predicted()).put("correct", p.correct()).put("gold", p.expected()).put("found", p.found());
  }

  static ObjectNode accuracy(ObjectNode n, Evaluation.Accuracy a) {
    return n.put("accuracy", a.value()).put("correct", a.correct()).put("total", a.total());
  }
}
