package org.yrdkg.rdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;

/** The ontology and the shapes, as shipped inside the jar (copied from {@code ontology/} at build time). */
public final class Ontology {
  public static final String ONTOLOGY_RESOURCE = "/ontology/yrdkg.ttl";
  public static final String SHAPES_RESOURCE = "/ontology/shapes.ttl";
  private static Graph ontology;
  private static Graph shapes;

  private Ontology() {}

  public static synchronized Graph ontology() {
    if (ontology == null) {
      ontology = load(ONTOLOGY_RESOURCE);
    }
    return ontology;
  }

  public static synchronized Graph shapes() {
    if (shapes == null) {
      shapes = load(SHAPES_RESOURCE);
    }
    return shapes;
  }

  private static Graph load(String resource) {
    try (InputStream in = Ontology.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      Graph g = GraphFactory.createDefaultGraph();
      RDFParser.source(in).lang(Lang.TURTLE).parse(g);
      return g;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
