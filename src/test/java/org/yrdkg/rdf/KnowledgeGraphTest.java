package org.yrdkg.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.junit.jupiter.api.Test;
import org.yrdkg.extract.Mention;
import org.yrdkg.resolve.Entity;
import org.yrdkg.resolve.KnowledgeBase;
import org.yrdkg.resolve.Relation;
import org.yrdkg.text.Corpus;
import org.yrdkg.text.Paragraph;
import org.yrdkg.text.SourceReader;
import org.yrdkg.text.StructuredDocument;
import org.yrdkg.vocab.Yrd;

/** Writing a hand-made knowledge base over the seed corpus: provenance, graphs, IRIs. */
class KnowledgeGraphTest {
  private static final Corpus CORPUS = Corpus.load(Path.of("seeds"), n -> { });

  /** Every occurrence of {@code surface} in the body of {@code file}, as mentions. */
  private static List<Mention> mentions(String file, String surface) {
    List<Mention> out = new ArrayList<>();
    StructuredDocument doc = CORPUS.document(file);
    for (Paragraph p : doc.paragraphs()) {
      for (int i = p.text().text().indexOf(surface); i >= 0; i = p.text().text().indexOf(surface, i + 1)) {
        out.add(new Mention(file, p.index(), i, i + surface.length(), surface));
      }
    }
    return out;
  }

  private static Map<String, Model> build() {
    List<Mention> line = new ArrayList<>(mentions("001_bf7f4692ddf9924a.txt", "浙沪联络线"));
    line.addAll(mentions("002_1c4db03652775c40.txt", "浙沪联络线"));
    Entity pipeline = new Entity("project/浙沪联络线", Yrd.Pipeline, "浙沪联络线", null, null,
        new TreeSet<>(List.of("沪浙联络线")), line);
    Entity shanghai = new Entity("region/31", Yrd.ProvinceLevelDivision, "上海市", "31", "Shanghai",
        new TreeSet<>(List.of("上海", "沪")), List.of());
    Relation connects = new Relation("project/浙沪联络线", Yrd.connects, "region/31", null, line);
    KnowledgeBase kb = new KnowledgeBase(List.of(shanghai, pipeline), List.of(connects));
    return GraphBuilder.graphs(CORPUS, kb, Iris.standard(), "2019-12-01");
  }

  @Test
  void everyMentionSpanInTheRawFileIsItsSurfaceInEveryFileThatStatesIt() {
    Model union = ModelFactory.createDefaultModel();
    build().values().forEach(union::add);
    String q = """
        PREFIX yrd: <https://w3id.org/yrdkg/ontology#>
        PREFIX oa: <http://www.w3.org/ns/oa#>
        SELECT ?name ?exact ?start ?end ?sentence WHERE {
          <https://w3id.org/yrdkg/id/project/zhe-hu-lian-luo-xian> yrd:mention ?m .
          ?m oa:exact ?exact ; oa:start ?start ; oa:end ?end ; yrd:inSentence ?s ; yrd:inFile ?f .
          ?s yrd:text ?sentence . ?f yrd:fileName ?name }""";
    List<String> files = new ArrayList<>();
    try (QueryExecution qe = QueryExecution.create(q, union)) {
      var rs = qe.execSelect();
      while (rs.hasNext()) {
        QuerySolution row = rs.next();
        String name = row.getLiteral("name").getString();
        String raw = SourceReader.read(Path.of("seeds", name)).raw();
        int from = raw.offsetByCodePoints(0, row.getLiteral("start").getInt());
        int to = raw.offsetByCodePoints(0, row.getLiteral("end").getInt());
        assertEquals("浙沪联络线", raw.substring(from, to).replaceAll("\\s", ""));
        assertTrue(row.getLiteral("sentence").getString().contains("浙沪联络线"));
        files.add(name);
      }
    }
    assertTrue(files.contains("001_bf7f4692ddf9924a.txt") && files.contains("002_1c4db03652775c40.txt"), files.toString());
  }

  @Test
  void whatAFileSaysIsInItsOwnGraphAndReferenceFactsInTheReferenceGraph() {
    Map<String, Model> graphs = build();
    Model copy = graphs.get(Iris.standard().graph("002_1c4db03652775c40.txt").getURI());
    Model reference = graphs.get(Iris.standard().referenceGraph().getURI());
    var pipeline = copy.createResource("https://w3id.org/yrdkg/id/project/zhe-hu-lian-luo-xian");
    var shanghai = copy.createResource("https://w3id.org/yrdkg/id/region/310000");

    assertTrue(copy.contains(pipeline, Yrd.connects, shanghai));
    assertTrue(copy.contains(pipeline, org.apache.jena.vocabulary.SKOS.altLabel, "沪浙联络线", "zh"));
    assertTrue(reference.contains(shanghai, org.apache.jena.vocabulary.RDFS.label, "Shanghai", "en"));
    assertTrue(copy.listStatements(null, Yrd.asserts, Yrd.connects).hasNext(), "relation mention missing");
  }

  @Test
  void collidingSlugsGetDistinctStableIris() {
    Entity a = new Entity("project/沪苏湖", Yrd.Railway, "沪苏湖", null, null, new TreeSet<>(), List.of());
    Entity b = new Entity("project/呼苏湖", Yrd.Railway, "呼苏湖", null, null, new TreeSet<>(), List.of());

    var iris = KnowledgeGraph.entityIris(Iris.standard(), List.of(a, b));
    var again = KnowledgeGraph.entityIris(Iris.standard(), List.of(b, a));

    assertNotEquals(iris.get(a.id()), iris.get(b.id()));
    assertEquals(iris, again);
  }

  @Test
  void handMadeGraphConforms() {
    Model union = ModelFactory.createDefaultModel();
    build().values().forEach(union::add);

    assertEquals(List.of(), Validation.violations(union.getGraph()));
    assertEquals(List.of(), Validation.violations(build().values().stream().map(Model::getGraph).toList()));
  }

  @Test
  void namedGraphsAreValidatedAsTheirUnion() {
    // Given the graphs, and in one of them a project said to connect a file, which another graph types
    Map<String, Model> graphs = build();
    Model union = ModelFactory.createDefaultModel();
    graphs.values().forEach(union::add);
    var project = union.listSubjectsWithProperty(org.yrdkg.vocab.Yrd.connects).next();
    var file = union.listObjectsOfProperty(org.yrdkg.vocab.Yrd.inFile).next().asResource();
    Model first = graphs.values().stream().filter(m -> !m.contains(file, org.apache.jena.vocabulary.RDF.type))
        .findFirst().orElseThrow();
    first.add(project, org.yrdkg.vocab.Yrd.connects, file);
    union.add(project, org.yrdkg.vocab.Yrd.connects, file);
    // When they are validated one by one into one graph; Then the defect is found, as in their union
    List<String> v = Validation.violations(graphs.values().stream().map(Model::getGraph).toList());
    assertEquals(1, v.size(), v.toString());
    assertEquals(Validation.violations(union.getGraph()), v);
  }
}
