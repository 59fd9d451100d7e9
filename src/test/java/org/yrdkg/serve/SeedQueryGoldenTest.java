package org.yrdkg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Stream;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.yrdkg.store.GraphStore;

/**
 * Canned queries on the graph built from {@code seeds/} against golden results reviewed by reading
 * the seed documents: {@code golden/seed-queries/NAME.tsv} (SELECT, row for row) or {@code NAME.nt}
 * (CONSTRUCT, as an isomorphic graph) with the query's defaults, or {@code NAME--CASE.tsv|nt} with the
 * parameters of {@code NAME--CASE.params}. The planners' questions answered end to end, from the text to
 * the API. Every canned query has at least one case.
 */
class SeedQueryGoldenTest {
  static final Path GOLDEN = Path.of("src/test/resources/golden/seed-queries");
  static CannedQueryRunner runner;

  @BeforeAll
  static void build() {
    runner = new CannedQueryRunner(ServedDataset.of(GraphStore.inMemory(Path.of("seeds"), s -> { })), Duration.ofSeconds(60));
  }

  @TestFactory
  Stream<DynamicTest> reviewedSeedResults() throws Exception {
    CannedQueries queries = CannedQueries.load(Path.of("queries"));
    try (Stream<Path> files = Files.list(GOLDEN)) {
      return files.filter(SeedQueryGoldenTest::isGolden).sorted().toList().stream().map(f -> {
        String file = f.getFileName().toString();
        String base = file.substring(0, file.lastIndexOf('.'));
        boolean graph = file.endsWith(".nt");
        return DynamicTest.dynamicTest(base, () -> {
          ByteArrayOutputStream out = new ByteArrayOutputStream();
          CannedQuery q = queries.get(queryName(base)).orElseThrow(() -> new AssertionError("no query for " + file));
          runner.run(q, params(GOLDEN.resolve(base + ".params"))).write(out, graph ? ResultFormat.NTRIPLES : ResultFormat.TSV);
          if (graph) {
            Model expected = RDFParser.source(f).lang(Lang.NTRIPLES).toModel();
            Model actual = RDFParser.fromString(out.toString(StandardCharsets.UTF_8), Lang.NTRIPLES).toModel();
            assertTrue(expected.isIsomorphicWith(actual), "differs from " + f + ":\n" + out.toString(StandardCharsets.UTF_8));
          } else {
            assertEquals(Files.readString(f, StandardCharsets.UTF_8), out.toString(StandardCharsets.UTF_8));
          }
        });
      });
    }
  }

  @Test
  void everyCannedQueryHasASeedCase() throws Exception {
    Set<String> covered;
    try (Stream<Path> files = Files.list(GOLDEN)) {
      covered = files.filter(SeedQueryGoldenTest::isGolden)
          .map(f -> queryName(f.getFileName().toString().replaceAll("\\.(tsv|nt)$", ""))).collect(Collectors.toSet());
    }
    List<String> missing = CannedQueries.load(Path.of("queries")).all().stream().map(CannedQuery::name)
        .filter(n -> !covered.contains(n)).sorted().toList();
    assertEquals(List.of(), missing, "canned queries without a reviewed result on the seed graph");
  }

  /**
   * Given the outline, stated in several copies of which one has misread characters, when the query asks
   * what it gives Shanghai, then every row shows a sentence of one copy that holds the task's own
   * words — never another copy's misreading (the least text of all copies was once shown).
   */
  @Test
  void documentAsksOfRegionShowsASentenceHoldingTheTasksWords() {
    CannedQuery q = CannedQueries.load(Path.of("queries")).get("document-asks-of-region").orElseThrow();
    var rows = runner.run(q, Map.of("region", "https://w3id.org/yrdkg/id/region/310000", "limit", "10000")).resultSet();
    int n = 0;
    List<String> wrong = new java.util.ArrayList<>();
    while (rows.hasNext()) {
      var row = rows.next();
      n++;
      String label = row.getLiteral("taskLabel").getLexicalForm();
      String sentence = row.getLiteral("sentence").getLexicalForm();
      for (String part : label.split("，")) {
        if (!sentence.contains(part)) {
          wrong.add(label + " | " + sentence);
        }
      }
    }
    assertTrue(n > 500, "the outline asks hundreds of things of Shanghai's government, got " + n);
    assertEquals(List.of(), wrong);
  }

  private static boolean isGolden(Path f) {
    String n = f.getFileName().toString();
    return n.endsWith(".tsv") || n.endsWith(".nt");
  }

  private static String queryName(String base) {
    return base.contains("--") ? base.substring(0, base.indexOf("--")) : base;
  }

  /** Parameters of a golden case, {@code name=value} a line; none when the file is absent (the query's defaults). */
  private static Map<String, String> params(Path file) throws java.io.IOException {
    Map<String, String> out = new java.util.TreeMap<>();
    if (Files.exists(file)) {
      for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
        if (line.contains("=") && !line.startsWith("#")) {
          out.put(line.substring(0, line.indexOf('=')).strip(), line.substring(line.indexOf('=') + 1).strip());
        }
      }
    }
    return out;
  }
}
