package org.yrdkg.resolve;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.yrdkg.extract.Mention;
import org.yrdkg.text.Corpus;
import org.yrdkg.text.Heading;
import org.yrdkg.text.InputException;
import org.yrdkg.text.Paragraph;
import org.yrdkg.text.SourceReader;
import org.yrdkg.text.StructuredDocument;
import org.yrdkg.vocab.Yrd;

/**
 * Scores the tasks, the explicit actor–role–task triples and the targets of a knowledge base against the gold files
 * of {@code tasks/} and {@code targets/} under a gold directory (formats in their READMEs): precision, recall and F1
 * per kind, with the misses and the false hits, as {@link Evaluation} does for entities. Inferred (default)
 * assignments are not scored: the gold records only what the sentences state.
 */
public final class TaskEvaluation {
  public static final List<String> KINDS = List.of("task", "actor-role", "target");

  /** A gold file's header (its selection) and its lines. */
  private record GoldFile(String name, String doc, String section, List<String> items, List<String[]> lines) {}

  /** A target of the knowledge base, its values as strings ("" when absent). */
  private record FoundTarget(String indicator, String value, String unit, String comparator, String year, String scope,
      String baseline) {}

  private TaskEvaluation() {}

  /** Whether {@code goldDir} holds task or target gold files. */
  public static boolean present(Path goldDir) {
    return !files(goldDir.resolve("tasks")).isEmpty() || !files(goldDir.resolve("targets")).isEmpty();
  }

  /** The scores, one per kind of {@link #KINDS}. */
  public static List<Evaluation.Score> score(KnowledgeBase kb, Corpus corpus, Path goldDir) {
    Map<String, Counts> scores = new LinkedHashMap<>();
    KINDS.forEach(k -> scores.put(k, new Counts()));
    Index index = new Index(kb);
    for (Path f : files(goldDir.resolve("tasks"))) {
      scoreTasks(read(f), corpus, index, scores.get("task"), scores.get("actor-role"));
    }
    for (Path f : files(goldDir.resolve("targets"))) {
      scoreTargets(read(f), corpus, index, scores.get("target"));
    }
    return scores.entrySet().stream().map(e -> e.getValue().score(e.getKey())).toList();
  }

  private static void scoreTasks(GoldFile gold, Corpus corpus, Index index, Counts tasks, Counts pairs) {
    StructuredDocument doc = document(corpus, gold);
    Set<Integer> paragraphs = paragraphs(doc, gold);
    String label = gold.name() + ": ";
    Map<String, String> found = new LinkedHashMap<>(); // task text → entity id
    for (Entity e : index.inScope("task/", gold.doc(), paragraphs)) {
      found.putIfAbsent(surface(e, gold.doc(), paragraphs), e.id());
    }
    Set<String> goldTexts = new LinkedHashSet<>();
    Set<String> goldPairs = new LinkedHashSet<>();
    for (String[] line : gold.lines()) {
      goldTexts.add(line[0]);
      if (line.length > 2 && !line[2].isBlank()) {
        Arrays.stream(line[2].split(";")).forEach(p -> goldPairs.add(line[0] + " | " + p.strip()));
      }
    }
    Set<String> foundPairs = new LinkedHashSet<>();
    found.forEach((text, id) -> index.explicitPairs(id).forEach(p -> foundPairs.add(text + " | " + p)));
    tasks.compare(goldTexts, found.keySet(), label);
    pairs.compare(goldPairs, foundPairs, label);
  }

  private static void scoreTargets(GoldFile gold, Corpus corpus, Index index, Counts counts) {
    StructuredDocument doc = document(corpus, gold);
    Set<Integer> paragraphs = paragraphs(doc, gold);
    String label = gold.name() + ": ";
    List<FoundTarget> found = new ArrayList<>(index.inScope("target/", gold.doc(), paragraphs).stream()
        .map(index::target).toList());
    for (String[] line : gold.lines()) {
      String[] c = Arrays.copyOf(line, 8);
      for (int i = 0; i < c.length; i++) {
        c[i] = c[i] == null ? "" : c[i].strip();
      }
      List<String> names = new ArrayList<>(List.of(c[0]));
      if (!c[7].isEmpty()) {
        names.addAll(List.of(c[7].split("\\|")));
      }
      String want = describe(c[0], c[1], c[2], c[3], c[4], c[5], c[6]);
      FoundTarget hit = found.stream().filter(t -> t.value().equals(c[1]) && t.unit().equals(c[2])
          && t.year().equals(c[4]) && sameIndicator(t.indicator(), names)).findFirst().orElse(null);
      if (hit == null) {
        counts.miss(label + want);
        continue;
      }
      found.remove(hit);
      if (hit.comparator().equals(c[3]) && hit.scope().equals(c[5]) && hit.baseline().equals(c[6])) {
        counts.right();
      } else {
        counts.miss(label + want);
        counts.falseHit(label + describe(hit));
      }
    }
    found.forEach(t -> counts.falseHit(label + describe(t)));
  }

  private static boolean sameIndicator(String found, List<String> names) {
    String f = found.replaceAll("\\s", "");
    return names.stream().map(n -> n.replaceAll("\\s", "")).anyMatch(n -> f.contains(n) || f.length() >= 2 && n.contains(f));
  }

  private static String describe(FoundTarget t) {
    return describe(t.indicator(), t.value(), t.unit(), t.comparator(), t.year(), t.scope(), t.baseline());
  }

  private static String describe(String indicator, String value, String unit, String comparator, String year,
      String scope, String baseline) {
    return indicator + " " + comparator + " " + value + unit + (year.isEmpty() ? " (no year)" : " (" + year + ")")
        + " @" + scope + ("true".equals(baseline) ? " baseline" : "");
  }

  // The paragraphs a gold file selects: under a heading with its section label ("*": all), limited to its items.
  private static StructuredDocument document(Corpus corpus, GoldFile gold) {
    if (!corpus.contains(gold.doc())) {
      throw new InputException(gold.name() + ": '# doc: " + gold.doc() + "' names no document among the seeds");
    }
    return corpus.document(gold.doc());
  }

  private static Set<Integer> paragraphs(StructuredDocument doc, GoldFile gold) {
    Set<Integer> out = new HashSet<>();
    for (Paragraph p : doc.paragraphs()) {
      boolean inSection = gold.section().equals("*")
          || doc.path(p).stream().map(Heading::label).anyMatch(gold.section()::equals);
      if (inSection && (gold.items().isEmpty() || gold.items().contains(p.number()))) {
        out.add(p.index());
      }
    }
    return out;
  }

  private static String surface(Entity e, String file, Set<Integer> paragraphs) {
    return e.mentions().stream().filter(m -> m.file().equals(file) && paragraphs.contains(m.paragraph()))
        .map(Mention::surface).findFirst().orElse(e.name());
  }

  private static List<Path> files(Path dir) {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(p -> p.toString().endsWith(".tsv")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read gold set " + dir, e);
    }
  }

  private static GoldFile read(Path f) {
    Map<String, String> header = new HashMap<>();
    List<String[]> lines = new ArrayList<>();
    for (String line : SourceReader.readUtf8(f).lines().toList()) {
      int colon = line.indexOf(": ");
      if (line.startsWith("# ") && colon > 0 && colon < 12) {
        header.put(line.substring(2, colon), line.substring(colon + 2).strip());
      } else if (!line.isBlank() && !line.startsWith("#")) {
        lines.add(line.split("\t", -1));
      }
    }
    if (header.get("doc") == null || header.get("section") == null) {
      throw new IllegalArgumentException(f.getFileName() + ": gold file without '# doc:' or '# section:' header");
    }
    String items = header.getOrDefault("items", "");
    return new GoldFile(f.getFileName().toString(), header.get("doc"), header.get("section"),
        items.isBlank() ? List.of() : List.of(items.split(" ")), lines);
  }

  /** Counts and lists of one kind. */
  private static final class Counts {
    private int tp;
    private int fp;
    private int fn;
    private final List<String> misses = new ArrayList<>();
    private final List<String> falseHits = new ArrayList<>();

    void right() {
      tp++;
    }

    void miss(String what) {
      fn++;
      misses.add(what);
    }

    void falseHit(String what) {
      fp++;
      falseHits.add(what);
    }

    void compare(Set<String> gold, Set<String> found, String label) {
      gold.forEach(g -> {
        if (found.contains(g)) {
          right();
        } else {
          miss(label + g);
        }
      });
      found.stream().filter(f -> !gold.contains(f)).forEach(f -> falseHit(label + f));
    }

    Evaluation.Score score(String kind) {
      return new Evaluation.Score(kind, tp, fp, fn, List.copyOf(misses), List.copyOf(falseHits));
    }
  }

  /** The knowledge base's tasks, targets and assignments, looked up by subject. */
  private static final class Index {
    private final List<Entity> entities;
    private final Map<String, List<Relation>> bySubject = new HashMap<>();

    Index(KnowledgeBase kb) {
      entities = kb.entities();
      for (Relation r : kb.relations()) {
        bySubject.computeIfAbsent(r.subject(), k -> new ArrayList<>()).add(r);
      }
    }

    List<Entity> inScope(String prefix, String file, Set<Integer> paragraphs) {
      return entities.stream().filter(e -> e.id().startsWith(prefix) && e.mentions().stream()
          .anyMatch(m -> m.file().equals(file) && paragraphs.contains(m.paragraph()))).toList();
    }

    // "actor name/Lead" for each assignment of the task the text states (not inferred)
    List<String> explicitPairs(String task) {
      List<String> out = new ArrayList<>();
      for (Relation r : relations(task, Yrd.assignment)) {
        if (r.object() == null || "true".equals(value(r.object(), Yrd.inferred))) {
          continue;
        }
        String actor = relations(r.object(), Yrd.assignedActor).stream().map(Relation::object).findFirst().orElse("");
        String role = value(r.object(), Yrd.role).replace("Role", "");
        String pair = actor.substring(actor.indexOf('/') + 1) + "/" + role;
        if (!out.contains(pair)) {
          out.add(pair);
        }
      }
      return out;
    }

    FoundTarget target(Entity e) {
      String scope = relations(e.id(), Yrd.scope).stream().map(Relation::object).findFirst().orElse("");
      return new FoundTarget(value(e.id(), Yrd.indicator), value(e.id(), Yrd.valueText), value(e.id(), Yrd.unit),
          value(e.id(), Yrd.comparator), value(e.id(), Yrd.year), scope.substring(scope.indexOf('/') + 1),
          value(e.id(), Yrd.baseline));
    }

    private List<Relation> relations(String subject, Property p) {
      return bySubject.getOrDefault(subject, List.of()).stream().filter(r -> r.property().equals(p)).toList();
    }

    // A value as plain text: a literal's lexical form, a resource's local name; "" when absent.
    private String value(String subject, Property p) {
      return relations(subject, p).stream().map(Relation::value).filter(v -> v != null).findFirst()
          .map(TaskEvaluation::text).orElse("");
    }
  }

  private static String text(RDFNode v) {
    return v.isLiteral() ? v.asLiteral().getLexicalForm() : v.asResource().getLocalName();
  }
}
