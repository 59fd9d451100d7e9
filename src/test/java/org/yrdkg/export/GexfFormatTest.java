package org.yrdkg.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.yrdkg.export.Fixture.*;

import java.io.StringReader;
import java.util.HashMap;
import java.util.Map;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.DirectedPseudograph;
import org.jgrapht.nio.Attribute;
import org.jgrapht.nio.gexf.SimpleGEXFImporter;
import org.junit.jupiter.api.Test;
import org.xml.sax.SAXParseException;

class GexfFormatTest {
  private final GraphFormat gexf = GraphFormats.byName("gexf");

  @Test
  void isGexf13() {
    String xml = text(gexf, graph());

    assertTrue(xml.contains("<gexf xmlns=\"http://gexf.net/1.3\" xmlns:viz=\"http://gexf.net/1.3/viz\""), xml.substring(0, 300));
    assertTrue(xml.contains("version=\"1.3\""));
  }

  @Test
  void isValidAgainstTheGexfSchema() throws Exception {
    Schemas.validate(Schemas.gexf(), Schemas.gexf13AsDraft(text(gexf, graph(ExportSettings.defaults().withProvenance(true)))));
  }

  @Test
  void theSchemaCheckCatchesABrokenFile() {
    String broken = Schemas.gexf13AsDraft(text(gexf, graph())).replace("<attvalue for=\"kind\"", "<attvalue what=\"kind\"");

    assertThrows(SAXParseException.class, () -> Schemas.validate(Schemas.gexf(), broken));
  }

  @Test
  void parsesBackWithTheSameNodesEdgesAndAttributes() throws Exception {
    EntityGraph g = graph();
    Graph<String, DefaultEdge> back = new DirectedPseudograph<>(DefaultEdge.class);
    Map<String, Map<String, String>> attributes = new HashMap<>();
    SimpleGEXFImporter<String, DefaultEdge> importer = new SimpleGEXFImporter<>();
    importer.setVertexFactory(id -> id);
    importer.setSchemaValidation(false); // checked above, against the schema with the viz elements in their namespace
    importer.addVertexAttributeConsumer((p, a) -> attributes.computeIfAbsent(p.getFirst(), k -> new HashMap<>())
        .put(p.getSecond(), value(a)));

    importer.importGraph(back, new StringReader(Schemas.gexf13AsDraft(text(gexf, g))));

    assertEquals(g.nodes().size(), back.vertexSet().size());
    assertEquals(g.edges().size(), back.edgeSet().size());
    assertTrue(back.containsEdge(RUDONG_LNG, RUDONG));
    Map<String, String> lng = attributes.get(RUDONG_LNG);
    assertEquals("如东LNG接收站", lng.get("label"));
    assertEquals("LNGTerminal", lng.get("class"));
    assertEquals("Expansion", lng.get("stage"));
    assertEquals("3", lng.get("degree"));
    assertEquals("320623", attributes.get(RUDONG).get("code"));
  }

  private static String value(Attribute a) {
    return a.getValue();
  }
}
