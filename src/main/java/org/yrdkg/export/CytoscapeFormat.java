package org.yrdkg.export;

import java.io.IOException;
import java.io.OutputStream;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonNumber;
import org.apache.jena.atlas.json.JsonObject;

/**
 * Cytoscape.js JSON, which Cytoscape desktop also opens ({@code .cyjs}):
 * {@code {"elements": {"nodes": [{"data": {…}, "classes": kind}], "edges": [{"data": {…}}]}}}. A
 * node's {@code data.id} is its IRI; an edge's {@code data} has {@code id}, {@code source},
 * {@code target}, {@code label} and {@code property}. Written with Jena's JSON library.
 */
final class CytoscapeFormat implements GraphFormat {

  @Override
  public String name() {
    return "cytoscape";
  }

  @Override
  public String mediaType() {
    return "application/json";
  }

  @Override
  public String fileExtension() {
    return "cyjs";
  }

  @Override
  public void write(EntityGraph graph, OutputStream out) throws IOException {
    JsonArray nodes = new JsonArray();
    for (GraphNode n : graph.nodes()) {
      JsonObject data = new JsonObject();
      data.put("id", n.iri());
      for (NodeAttribute a : NodeAttribute.values()) {
        Object v = a.of(n);
        if (v instanceof Integer i) {
          data.put(a.key(), i);
        } else if (v instanceof Double d) {
          data.put(a.key(), JsonNumber.value(d));
        } else if (v != null) {
          data.put(a.key(), v.toString());
        }
      }
      JsonObject node = new JsonObject();
      node.put("data", data);
      node.put("classes", n.kind().label());
      nodes.add(node);
    }
    JsonArray edges = new JsonArray();
    for (GraphEdge e : graph.edges()) {
      JsonObject data = new JsonObject();
      data.put("id", e.id());
      data.put("source", e.source());
      data.put("target", e.target());
      data.put("label", e.label());
      data.put("property", e.property());
      JsonObject edge = new JsonObject();
      edge.put("data", data);
      edges.add(edge);
    }
    JsonObject elements = new JsonObject();
    elements.put("nodes", nodes);
    elements.put("edges", edges);
    JsonObject root = new JsonObject();
    root.put("elements", elements);
    JSON.write(out, root);
    out.write('\n');
    out.flush();
  }

  @Override
  public String toString() {
    return name();
  }
}
