package org.yrdkg.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.yrdkg.export.Fixture.*;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.yrdkg.text.InputException;

class EntityGraphTest {

  @Test
  void entitiesOfTheTopClassesAreNodesAndProvenanceIsNot() {
    EntityGraph g = graph();

    assertEquals(22, g.nodes().size(), iris(g).toString());
    Set<String> kinds = g.nodes().stream().map(n -> n.kind().label()).collect(Collectors.toCollection(TreeSet::new));
    assertEquals(Set.of("Actor", "PolicyDocument", "Project", "Region", "Sector", "Target", "Task"), kinds);
    assertTrue(iris(g).stream().noneMatch(i -> i.contains("/mention/") || i.contains("/text/") || i.contains("/file/")));
  }

  @Test
  void nodesCarryClassLabelsCodeStageAndDegree() {
    EntityGraph g = graph();

    GraphNode lng = g.node(RUDONG_LNG);
    assertEquals(EntityKind.PROJECT, lng.kind());
    assertEquals("LNGTerminal", lng.type());
    assertEquals("如东LNG接收站", lng.zh());
    assertEquals("Rudong LNG terminal", lng.en());
    assertEquals("rú dōng LNG jiē shōu zhàn", lng.pinyin());
    assertEquals("Expansion", lng.stage());
    assertEquals(3, lng.degree()); // locatedIn, inSector, and the task's mentions
    GraphNode county = g.node(RUDONG);
    assertEquals("CountyLevelDivision", county.type());
    assertEquals("320623", county.code());
    assertNull(county.stage());
    assertNull(g.node(BEILUN_LNG).en());
    assertEquals("宁波北仑LNG接收站", g.node(BEILUN_LNG).label());
  }

  @Test
  void nodesCarryTheirProvinces() {
    EntityGraph g = graph();

    assertEquals("江苏省", g.node(JIANGSU).province()); // a province is its own
    assertEquals("江苏省", g.node(RUDONG).province()); // a county: the province it lies within
    assertEquals("江苏省", g.node(RUDONG_LNG).province()); // a project: through the region it is located in
    assertEquals("江苏省", g.node(ACTOR).province()); // an actor: through the region it governs
    assertNull(g.node(ENERGY).province()); // linked to no region
  }

  @Test
  void edgesAreTheRelationsLabelledWithTheirProperty() {
    EntityGraph g = graph();

    assertTrue(has(g, RUDONG_LNG, "locatedIn", RUDONG));
    assertTrue(has(g, HUTONG, "connects", NANTONG));
    assertTrue(has(g, GAS, "broader", ENERGY));
    assertTrue(has(g, TASK, "leadActor", ACTOR));
    assertTrue(has(g, TASK, "mentions", TARGET));
    assertTrue(has(g, TARGET, "scope", JIANGSU));
    assertTrue(g.edges().stream().noneMatch(e -> e.label().equals("type") || e.label().equals("stage")));
  }

  @Test
  void nodesAndEdgesAreSortedAndNumbered() {
    EntityGraph g = graph();

    List<String> iris = iris(g);
    assertEquals(iris.stream().sorted().toList(), iris);
    List<String> keys = g.edges().stream().map(e -> e.source() + " " + e.property() + " " + e.target()).toList();
    assertEquals(keys.stream().sorted().toList(), keys);
    for (int i = 0; i < g.edges().size(); i++) {
      assertEquals("e" + i, g.edges().get(i).id());
    }
  }

  @Test
  void tasksCanBeLeftOut() {
    EntityGraph g = graph(ExportSettings.defaults().withTasks(false));

    assertEquals(21, g.nodes().size());
    assertNull(g.node(TASK));
    assertTrue(g.edges().stream().noneMatch(e -> e.source().equals(TASK) || e.target().equals(TASK)));
    assertEquals(2, g.node(RUDONG_LNG).degree());
  }

  @Test
  void provenanceIsAddedOnRequest() {
    EntityGraph g = graph(ExportSettings.defaults().withProvenance(true));

    List<String> provenance = g.nodes().stream().filter(n -> n.kind().isProvenance()).map(GraphNode::type).sorted().toList();
    assertEquals(List.of("Mention", "Mention", "Mention", "Paragraph", "Sentence", "Sentence"), provenance);
    String sentence = ID + "text/001_bf7f4692ddf9924a/s140";
    assertTrue(has(g, RUDONG_LNG, "statedIn", sentence));
    assertTrue(has(g, sentence, "partOf", ID + "text/001_bf7f4692ddf9924a/p12"));
    assertTrue(has(g, ID + "mention/001_bf7f4692ddf9924a-2040-2042-5e6f7a8b", "assertsObject", RUDONG));
    assertEquals("如东", g.node(ID + "mention/001_bf7f4692ddf9924a-2040-2042-5e6f7a8b").label());
    assertTrue(g.node(sentence).label().endsWith("…"), g.node(sentence).label());
    assertNull(g.node(ID + "file/001_bf7f4692ddf9924a.txt"));
  }

  @Test
  void aroundAnEntityDepthOneIsItsNeighbours() {
    EntityGraph g = graph(ExportSettings.defaults().withAround(RUDONG_LNG, 1));

    assertEquals(new TreeSet<>(List.of(RUDONG_LNG, RUDONG, GAS, TASK)), new TreeSet<>(iris(g)));
    assertEquals(4, g.edges().size()); // the induced subgraph: the task's inSector edge is in too
  }

  @Test
  void aroundAnEntityDepthTwoReachesTheirNeighbours() {
    EntityGraph g = graph(ExportSettings.defaults().withAround(RUDONG_LNG, 2));

    assertEquals(new TreeSet<>(List.of(RUDONG_LNG, RUDONG, GAS, TASK, NANTONG, JIANGSU, ENERGY, QIDONG_LNG, BEILUN_LNG,
        TARGET, ACTOR)), new TreeSet<>(iris(g)));
  }

  @Test
  void aroundDepthZeroIsTheEntityAlone() {
    EntityGraph g = graph(ExportSettings.defaults().withAround(HUTONG, 0));

    assertEquals(List.of(HUTONG), iris(g));
    assertEquals(0, g.node(HUTONG).degree());
  }

  @Test
  void aroundAnIriThatIsNoEntityIsRefused() {
    InputException e = assertThrows(InputException.class,
        () -> graph(ExportSettings.defaults().withAround(ID + "project/nowhere", 1)));
    assertTrue(e.getMessage().contains("project/nowhere"), e.getMessage());
    assertThrows(InputException.class, () -> graph(ExportSettings.defaults().withTasks(false).withAround(TASK, 1)));
  }

  @Test
  void constructQueryResultIsTheSubgraph() {
    String q = """
        PREFIX yrd: <https://w3id.org/yrdkg/ontology#>
        CONSTRUCT { ?p yrd:locatedIn ?r } WHERE { ?p a yrd:LNGTerminal ; yrd:locatedIn ?r }
        """;
    EntityGraph g = graph(ExportSettings.defaults().withConstruct(q));

    assertEquals(6, g.nodes().size(), iris(g).toString());
    assertEquals(3, g.edges().size());
    assertTrue(g.edges().stream().allMatch(e -> e.label().equals("locatedIn")));
    assertEquals("Expansion", g.node(RUDONG_LNG).stage());
    assertEquals(1, g.node(RUDONG_LNG).degree());
  }

  @Test
  void queriesThatAreNotConstructOrNotSparqlAreRefused() {
    InputException select = assertThrows(InputException.class,
        () -> graph(ExportSettings.defaults().withConstruct("SELECT * { ?s ?p ?o }")));
    assertTrue(select.getMessage().contains("not a CONSTRUCT query"), select.getMessage());
    InputException broken = assertThrows(InputException.class,
        () -> graph(ExportSettings.defaults().withConstruct("CONSTRUCT { ?s ?p ?o } WHERE {")));
    assertTrue(broken.getMessage().startsWith("not a valid SPARQL query"), broken.getMessage());
    assertEquals(1, broken.getMessage().lines().count());
  }

  @Test
  void rdfHoldsTheNodesStatementsInTheirGraphsAndNoLinksToLeftOutNodes() {
    EntityGraph g = graph(ExportSettings.defaults().withAround(RUDONG_LNG, 1));

    var union = g.rdf().getUnionModel();
    var lng = union.createResource(RUDONG_LNG);
    var yrd = "https://w3id.org/yrdkg/ontology#";
    assertTrue(union.contains(lng, union.createProperty(yrd, "locatedIn"), union.createResource(RUDONG)));
    assertTrue(union.contains(lng, union.createProperty(yrd, "stage"), union.createResource(yrd + "Expansion")));
    assertTrue(g.rdf().containsNamedModel(ID + "file/001_bf7f4692ddf9924a.txt"));
    assertTrue(g.rdf().containsNamedModel(ID + "graph/reference"));
    assertTrue(!union.contains(null, union.createProperty(yrd, "mention"), (org.apache.jena.rdf.model.RDFNode) null));
    assertTrue(!union.contains(union.createResource(RUDONG), union.createProperty(yrd, "within"),
        (org.apache.jena.rdf.model.RDFNode) null));
  }

  private static List<String> iris(EntityGraph g) {
    return g.nodes().stream().map(GraphNode::iri).toList();
  }

  private static boolean has(EntityGraph g, String source, String label, String target) {
    return g.edges().stream().anyMatch(e -> e.source().equals(source) && e.label().equals(label) && e.target().equals(target));
  }
}
