package org.yrdkg.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.yrdkg.store.GraphStore;
import org.yrdkg.text.CharNormaliser;
import org.yrdkg.text.SourceReader;
import org.yrdkg.vocab.Yrd;

class GraphBuildTest {
  @TempDir Path tmp;

  @Test
  void twoBuildsGiveByteIdenticalSortedNQuadsWithoutBlankNodes() {
    String first = RdfFiles.sortedNQuads(SeedGraph.graphs());
    String second = RdfFiles.sortedNQuads(GraphStore.build(Path.of("seeds"), Iris.standard(), s -> { }));

    assertEquals(first, second);
    assertFalse(first.contains("_:"), "blank node in the output");
  }

  @Test
  void seedGraphConformsToTheShapes() {
    assertEquals(List.of(), Validation.violations(SeedGraph.union().getGraph()));
  }

  @Test
  void theSectorSchemeHasNoCycles() {
    // A copy's misreading (能源 for 新能源 in one sentence of a garbled copy) once rewrote the copy's every
    // "X skos:broader 能源", leaving 新能源 broader than itself.
    String cycle = "PREFIX skos: <http://www.w3.org/2004/02/skos/core#> ASK { ?s skos:broader+ ?s }";
    assertFalse(org.apache.jena.query.QueryExecutionFactory.create(cycle, SeedGraph.union()).execAsk());
  }

  @Test
  void brokenSeedGraphIsReported() {
    Model broken = SeedGraph.union();
    broken.removeAll(null, org.apache.jena.vocabulary.RDFS.label, null);
    broken.removeAll(null, Yrd.fileName, null);

    List<String> violations = Validation.violations(broken.getGraph());

    assertTrue(violations.stream().anyMatch(v -> v.contains("/document/")), violations.toString());
    assertTrue(violations.stream().anyMatch(v -> v.contains("/file/")), violations.toString());
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"graph.nq", "graph.trig", "graph.jsonld"})
  void datasetFormatsRoundTrip(String name) {
    Path out = tmp.resolve(name);

    RdfFiles.write(SeedGraph.graphs(), out);
    Dataset back = RDFDataMgr.loadDataset(out.toString());

    for (Map.Entry<String, Model> g : SeedGraph.graphs().entrySet()) {
      assertTrue(back.getNamedModel(g.getKey()).isIsomorphicWith(g.getValue()), "graph " + g.getKey() + " differs");
    }
    assertEquals(SeedGraph.graphs().size(), (int) iteratorCount(back));
  }

  @Test
  void turtleHoldsTheUnion() {
    Path out = tmp.resolve("graph.ttl");

    RdfFiles.write(SeedGraph.graphs(), out);

    assertTrue(RDFDataMgr.loadModel(out.toString()).isIsomorphicWith(SeedGraph.union()));
  }

  @Test
  void everySentenceSpanInTheRawFileReadsAsItsText() throws Exception {
    Model m = SeedGraph.union();
    String q = """
        PREFIX yrd: <https://w3id.org/yrdkg/ontology#>
        PREFIX oa: <http://www.w3.org/ns/oa#>
        SELECT ?name ?text ?start ?end WHERE {
          ?s a yrd:Sentence ; yrd:text ?text ; oa:start ?start ; oa:end ?end ; yrd:inFile ?f .
          ?f yrd:fileName ?name }""";
    int checked = 0;
    try (QueryExecution qe = QueryExecution.create(q, m)) {
      var rs = qe.execSelect();
      while (rs.hasNext()) {
        QuerySolution row = rs.next();
        String raw = SourceReader.read(Path.of("seeds", row.getLiteral("name").getString())).raw();
        int from = raw.offsetByCodePoints(0, row.getLiteral("start").getInt());
        int to = raw.offsetByCodePoints(0, row.getLiteral("end").getInt());
        String span = raw.substring(from, to);
        String text = row.getLiteral("text").getString();
        // the raw span may carry layout noise inside it; its first and last characters are the sentence's
        assertEquals(text.charAt(0), CharNormaliser.normalise(span).charAt(0));
        assertEquals(text.charAt(text.length() - 1), CharNormaliser.normalise(span).charAt(CharNormaliser.normalise(span).length() - 1));
        checked++;
      }
    }
    assertTrue(checked > 1500, "only " + checked + " sentences");
  }

  @Test
  void copiesAreLinkedToTheFullestVersionWithTheirVariants() {
    Model m = SeedGraph.union();
    var copy = m.createResource(Iris.standard().file("004_5a8fcb8d5e57ee11.txt").getURI());
    var full = m.createResource(Iris.standard().file("001_bf7f4692ddf9924a.txt").getURI());

    assertTrue(m.contains(copy, Yrd.copyOf, full));
    assertTrue(m.contains(copy, Yrd.manifestationOf, m.getProperty(full, Yrd.manifestationOf).getObject()));
    boolean variant = m.listObjectsOfProperty(copy, Yrd.variant).toList().stream()
        .map(v -> v.asResource())
        .anyMatch(v -> v.hasProperty(Yrd.variantText, "龙") && v.hasProperty(Yrd.fullText, "长"));
    assertTrue(variant, "variant 龙 → 长 missing");
  }

  @Test
  void aTaskHasTheLeadSentenceOfItsParagraphAsTheme() {
    String q = """
        PREFIX yrd: <https://w3id.org/yrdkg/ontology#>
        PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
        SELECT ?theme WHERE { ?t a yrd:Task ; rdfs:label "加快建设浙沪联络线"@zh ; yrd:theme/yrd:text ?theme }""";
    try (QueryExecution qe = QueryExecution.create(q, SeedGraph.union())) {
      assertEquals("统筹建设油气基础设施。", qe.execSelect().next().getLiteral("theme").getString());
    }
  }

  @Test
  void implementationPlanImplementsTheOutline() {
    Model m = SeedGraph.union();

    long n = m.listStatements(null, Yrd.implements_, (org.apache.jena.rdf.model.RDFNode) null).toList().size();

    assertEquals(1, n);
  }

  @Test
  void voidCountsSentencesAndTriples() {
    Model description = SeedGraph.graphs().get(Iris.standard().voidGraph().getURI());
    Model union = ModelFactory.createDefaultModel();
    SeedGraph.graphs().forEach((k, v) -> {
      if (!k.equals(Iris.standard().voidGraph().getURI())) {
        union.add(v);
      }
    });
    long sentences = union.listSubjectsWithProperty(RDF.type, Yrd.Sentence).toList().size();

    String q = "PREFIX void: <http://rdfs.org/ns/void#> SELECT ?n ?t WHERE { ?d void:triples ?t ; void:classPartition ?p . "
        + "?p void:class <" + Yrd.Sentence.getURI() + "> ; void:entities ?n }";
    try (QueryExecution qe = QueryExecution.create(q, description)) {
      QuerySolution row = qe.execSelect().next();
      assertEquals(sentences, row.getLiteral("n").getLong());
      assertEquals(union.size(), row.getLiteral("t").getLong());
    }
  }

  /**
   * Builds of one store at once each write a store of their own beside it and swap it in: the store is then one of
   * theirs, whole, and nothing is left beside it. What a build that ended abruptly left there goes too.
   */
  @Test
  void storesWrittenAtOnceLeaveOneWholeStoreAndNothingBesideIt() throws Exception {
    Path store = tmp.resolve("store");
    Path gone = Files.createDirectories(tmp.resolve("store.new-999999999-1").resolve("Data-0001"));
    Map<String, Model> graphs = Map.of("https://example.org/g", ModelFactory.createDefaultModel()
        .add(ResourceFactory.createResource("https://example.org/s"), RDFS.label, "长三角"));
    ExecutorService pool = Executors.newFixedThreadPool(4);
    List<Future<?>> writes = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      writes.add(pool.submit(() -> GraphStore.writeStore(graphs, store)));
    }
    int done = 0;
    for (Future<?> w : writes) {
      try {
        w.get();
        done++;
      } catch (ExecutionException e) {
        // one that lost the race says so, and its store is not left behind
        assertTrue(e.getCause().getMessage().contains("another build put its store there"), e.getCause().getMessage());
      }
    }
    pool.shutdown();

    assertTrue(done >= 1, "at least one store was swapped in");
    assertFalse(Files.exists(gone.getParent()), "the leftover of a process that is gone is removed");
    assertEquals(List.of("store"), besideStore(), "nothing left beside the store");
    Dataset ds = GraphStore.open(store);
    assertTrue(ds.calculateRead(() -> ds.getNamedModel("https://example.org/g").contains(null, RDFS.label, "长三角")));
    org.apache.jena.tdb2.sys.TDBInternal.expel(ds.asDatasetGraph());
  }

  private List<String> besideStore() throws IOException {
    try (Stream<Path> files = Files.list(tmp)) {
      return files.map(f -> f.getFileName().toString()).filter(f -> f.startsWith("store")).sorted().toList();
    }
  }

  @Test
  void storeIsSwappedInWholeAndReopens() throws Exception {
    Path store = tmp.resolve("store");
    GraphStore.writeStore(SeedGraph.graphs(), store);
    GraphStore.writeStore(SeedGraph.graphs(), store);

    Dataset ds = GraphStore.open(store);
    long n = ds.calculateRead(() -> {
      try (QueryExecution qe = QueryExecution.dataset(ds)
          .query("SELECT (COUNT(*) AS ?n) { ?s a <" + Yrd.Sentence.getURI() + "> }").build()) {
        return qe.execSelect().next().getLiteral("n").getLong();
      }
    });

    assertTrue(n > 1500, n + " sentences in the union default graph");
    assertEquals(List.of("store"), besideStore(), "nothing left beside the store");
    org.apache.jena.tdb2.sys.TDBInternal.expel(ds.asDatasetGraph());
  }

  private static long iteratorCount(Dataset ds) {
    long n = 0;
    for (var it = ds.listNames(); it.hasNext(); it.next()) {
      n++;
    }
    return n;
  }
}
