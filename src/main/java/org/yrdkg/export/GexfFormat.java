package org.yrdkg.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/**
 * GEXF 1.3 (gexf.net), Gephi's own format: declared node and edge attributes with their types, an
 * {@code attvalue} per present value, and {@code viz:color} by kind and {@code viz:size} by degree,
 * so the graph opens coloured and sized. Node ids are the IRIs.
 */
final class GexfFormat implements GraphFormat {
  static final String NS = "http://gexf.net/1.3";
  static final String VIZ = "http://gexf.net/1.3/viz";
  private static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";
  /** Attributes that GEXF carries in its own way (id, label, viz:color, viz:size) and so are not declared. */
  private static final List<NodeAttribute> BUILT_IN =
      List.of(NodeAttribute.IRI, NodeAttribute.LABEL, NodeAttribute.COLOR, NodeAttribute.SIZE);

  @Override
  public String name() {
    return "gexf";
  }

  @Override
  public String mediaType() {
    return "application/gexf+xml";
  }

  @Override
  public String fileExtension() {
    return "gexf";
  }

  @Override
  public void write(EntityGraph graph, OutputStream out) throws IOException {
    try (XmlOut xml = new XmlOut(out)) {
      xml.bind("", NS).bind("viz", VIZ).bind("xsi", XSI);
      xml.start(NS, "gexf").namespace("", NS).namespace("viz", VIZ).namespace("xsi", XSI)
          .attribute("xsi", XSI, "schemaLocation", NS + " http://gexf.net/1.3/gexf.xsd").attribute("version", "1.3");
      xml.start(NS, "meta");
      xml.textElement(NS, "creator", "yrdkg");
      xml.textElement(NS, "description", "Entities of the Yangtze River Delta integration plans and the relations between them");
      xml.end();
      xml.start(NS, "graph").attribute("defaultedgetype", "directed").attribute("mode", "static");
      xml.start(NS, "attributes").attribute("class", "node").attribute("mode", "static");
      for (NodeAttribute a : NodeAttribute.values()) {
        if (!BUILT_IN.contains(a)) {
          xml.empty(NS, "attribute").attribute("id", a.key()).attribute("title", a.key()).attribute("type", a.type().gexf());
        }
      }
      xml.end();
      xml.start(NS, "attributes").attribute("class", "edge").attribute("mode", "static");
      xml.empty(NS, "attribute").attribute("id", "property").attribute("title", "property").attribute("type", "string");
      xml.end();
      xml.start(NS, "nodes").attribute("count", graph.nodes().size());
      for (GraphNode n : graph.nodes()) {
        xml.start(NS, "node").attribute("id", n.iri()).attribute("label", n.label());
        xml.start(NS, "attvalues");
        for (NodeAttribute a : NodeAttribute.values()) {
          Object v = a.of(n);
          if (v != null && !BUILT_IN.contains(a)) {
            xml.empty(NS, "attvalue").attribute("for", a.key()).attribute("value", v);
          }
        }
        xml.end();
        int[] rgb = n.rgb();
        xml.empty(VIZ, "color").attribute("r", rgb[0]).attribute("g", rgb[1]).attribute("b", rgb[2]);
        xml.empty(VIZ, "size").attribute("value", n.size());
        xml.end();
      }
      xml.end();
      xml.start(NS, "edges").attribute("count", graph.edges().size());
      for (GraphEdge e : graph.edges()) {
        xml.start(NS, "edge").attribute("id", e.id()).attribute("source", e.source()).attribute("target", e.target())
            .attribute("label", e.label());
        xml.start(NS, "attvalues");
        xml.empty(NS, "attvalue").attribute("for", "property").attribute("value", e.property());
        xml.end();
        xml.end();
      }
      xml.end();
      xml.end().end();
    }
  }

  @Override
  public String toString() {
    return name();
  }
}
