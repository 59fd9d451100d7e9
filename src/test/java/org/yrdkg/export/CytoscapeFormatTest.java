package org.yrdkg.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.yrdkg.export.Fixture.*;

import java.util.HashMap;
import java.util.Map;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.junit.jupiter.api.Test;

class CytoscapeFormatTest {
  private final GraphFormat cytoscape = GraphFormats.byName("cytoscape");

  @Test
  void parsesBackAsCytoscapeElements() {
    EntityGraph g = graph();

    JsonObject root = JSON.parse(text(cytoscape, g));

    JsonObject elements = root.get("elements").getAsObject();
    JsonArray nodes = elements.get("nodes").getAsArray();
    JsonArray edges = elements.get("edges").getAsArray();
    assertEquals(g.nodes().size(), nodes.size());
    assertEquals(g.edges().size(), edges.size());
    Map<String, JsonObject> byId = new HashMap<>();
    for (JsonValue n : nodes) {
      JsonObject data = n.getAsObject().get("data").getAsObject();
      byId.put(data.get("id").getAsString().value(), data);
    }
    JsonObject lng = byId.get(RUDONG_LNG);
    assertEquals("如东LNG接收站", lng.get("label").getAsString().value());
    assertEquals("LNGTerminal", lng.get("class").getAsString().value());
    assertEquals("Rudong LNG terminal", lng.get("en").getAsString().value());
    assertEquals(3, lng.get("degree").getAsNumber().value().intValue());
    assertEquals("#F28E2B", lng.get("color").getAsString().value());
    assertEquals("320623", byId.get(RUDONG).get("code").getAsString().value());
    for (JsonValue e : edges) {
      JsonObject data = e.getAsObject().get("data").getAsObject();
      for (String key : new String[] {"id", "source", "target", "label"}) {
        assertTrue(data.hasKey(key), data.toString());
      }
      assertTrue(byId.containsKey(data.get("source").getAsString().value()));
      assertTrue(byId.containsKey(data.get("target").getAsString().value()));
    }
    JsonObject first = edges.get(0).getAsObject().get("data").getAsObject();
    assertEquals(g.edges().get(0).label(), first.get("label").getAsString().value());
  }

  @Test
  void nodesCarryTheirKindAsClasses() {
    JsonObject root = JSON.parse(text(cytoscape, graph(ExportSettings.defaults().withAround(HUTONG, 0))));

    JsonObject node = root.get("elements").getAsObject().get("nodes").getAsArray().get(0).getAsObject();
    assertEquals("Project", node.get("classes").getAsString().value());
  }
}
