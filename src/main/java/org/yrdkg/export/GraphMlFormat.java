package org.yrdkg.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.HashMap;
import java.util.Map;

/**
 * GraphML (graphml.graphdrawing.org), as yEd, Gephi, Cytoscape and NetworkX read it: one typed
 * {@code <key>} per {@link NodeAttribute} and per edge attribute, a directed graph, nodes
 * {@code n0, n1, …} (GraphML ids are NMTOKENs, which an IRI is not; the IRI is the {@code iri} key)
 * and edges labelled with their property's local name.
 */
final class GraphMlFormat implements GraphFormat {
  static final String NS = "http://graphml.graphdrawing.org/xmlns";
  private static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";

  @Override
  public String name() {
    return "graphml";
  }

  @Override
  public String mediaType() {
    return "application/graphml+xml";
  }

  @Override
  public String fileExtension() {
    return "graphml";
  }

  @Override
  public void write(EntityGraph graph, OutputStream out) throws IOException {
    try (XmlOut xml = new XmlOut(out)) {
      xml.bind("", NS).bind("xsi", XSI);
      xml.start(NS, "graphml").namespace("", NS).namespace("xsi", XSI)
          .attribute("xsi", XSI, "schemaLocation", NS + " http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd");
      for (NodeAttribute a : NodeAttribute.values()) {
        key(xml, "n_" + a.key(), "node", a.key(), a.type().graphml());
      }
      key(xml, "e_label", "edge", "label", "string");
      key(xml, "e_property", "edge", "property", "string");
      xml.start(NS, "graph").attribute("id", "yrdkg").attribute("edgedefault", "directed");
      Map<String, String> ids = new HashMap<>();
      for (GraphNode n : graph.nodes()) {
        String id = "n" + ids.size();
        ids.put(n.iri(), id);
        xml.start(NS, "node").attribute("id", id);
        for (NodeAttribute a : NodeAttribute.values()) {
          Object v = a.of(n);
          if (v != null) {
            data(xml, "n_" + a.key(), v);
          }
        }
        xml.end();
      }
      for (GraphEdge e : graph.edges()) {
        xml.start(NS, "edge").attribute("id", e.id()).attribute("source", ids.get(e.source()))
            .attribute("target", ids.get(e.target()));
        data(xml, "e_label", e.label());
        data(xml, "e_property", e.property());
        xml.end();
      }
      xml.end().end();
    }
  }

  private static void key(XmlOut xml, String id, String domain, String name, String type) throws IOException {
    xml.empty(NS, "key").attribute("id", id).attribute("for", domain).attribute("attr.name", name)
        .attribute("attr.type", type);
  }

  private static void data(XmlOut xml, String key, Object value) throws IOException {
    xml.textElement(NS, "data", String.valueOf(value), "key", key);
  }

  @Override
  public String toString() {
    return name();
  }
}
