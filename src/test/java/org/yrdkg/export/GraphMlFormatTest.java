package org.yrdkg.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.yrdkg.export.Fixture.*;

import java.io.StringReader;
import java.util.HashMap;
import java.util.Map;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.DirectedPseudograph;
import org.jgrapht.nio.graphml.GraphMLImporter;
import org.junit.jupiter.api.Test;

class GraphMlFormatTest {
  private final GraphFormat graphml = GraphFormats.byName("graphml");

  @Test
  void isValidAgainstTheGraphMlSchema() throws Exception {
    Schemas.validate(Schemas.graphml(), text(graphml, graph(ExportSettings.defaults().withProvenance(true))));
  }

  @Test
  void declaresTypedKeys() {
    String xml = text(graphml, graph());

    assertTrue(xml.contains("<key id=\"n_degree\" for=\"node\" attr.name=\"degree\" attr.type=\"int\"/>"), xml);
    assertTrue(xml.contains("<key id=\"n_size\" for=\"node\" attr.name=\"size\" attr.type=\"double\"/>"));
    assertTrue(xml.contains("<key id=\"n_zh\" for=\"node\" attr.name=\"zh\" attr.type=\"string\"/>"));
    assertTrue(xml.contains("<key id=\"e_label\" for=\"edge\" attr.name=\"label\" attr.type=\"string\"/>"));
  }

  @Test
  void parsesBackWithTheSameNodesEdgesAndAttributes() {
    EntityGraph g = graph();
    Graph<String, DefaultEdge> back = new DirectedPseudograph<>(DefaultEdge.class);
    Map<String, Map<String, String>> nodes = new HashMap<>();
    Map<DefaultEdge, Map<String, String>> edges = new HashMap<>();
    GraphMLImporter<String, DefaultEdge> importer = new GraphMLImporter<>();
    importer.setVertexFactory(id -> id);
    importer.addVertexAttributeConsumer((p, a) -> nodes.computeIfAbsent(p.getFirst(), k -> new HashMap<>())
        .put(p.getSecond(), a.getValue()));
    importer.addEdgeAttributeConsumer((p, a) -> edges.computeIfAbsent(p.getFirst(), k -> new HashMap<>())
        .put(p.getSecond(), a.getValue()));

    importer.importGraph(back, new StringReader(text(graphml, g)));

    assertEquals(g.nodes().size(), back.vertexSet().size());
    assertEquals(g.edges().size(), back.edgeSet().size());
    Map<String, String> byIri = new HashMap<>();
    nodes.forEach((id, attributes) -> byIri.put(attributes.get("iri"), id));
    Map<String, String> lng = nodes.get(byIri.get(RUDONG_LNG));
    assertEquals("LNGTerminal", lng.get("class"));
    assertEquals("如东LNG接收站", lng.get("zh"));
    assertEquals("rú dōng LNG jiē shōu zhàn", lng.get("pinyin"));
    assertEquals("3", lng.get("degree"));
    assertEquals("320623", nodes.get(byIri.get(RUDONG)).get("code"));
    DefaultEdge located = back.getEdge(byIri.get(RUDONG_LNG), byIri.get(RUDONG));
    assertEquals("locatedIn", edges.get(located).get("label"));
    assertEquals("https://w3id.org/yrdkg/ontology#locatedIn", edges.get(located).get("property"));
  }
}
