package org.yrdkg.export;

import java.util.List;
import org.apache.jena.query.Dataset;

/**
 * The graph to export: nodes sorted by IRI, edges sorted by source, property and target (so that
 * the same graph always gives the same file), and the RDF behind them — the statements about the
 * nodes, kept in the named graphs they come from — for the RDF formats.
 */
public record EntityGraph(List<GraphNode> nodes, List<GraphEdge> edges, Dataset rdf) {

  public EntityGraph {
    nodes = List.copyOf(nodes);
    edges = List.copyOf(edges);
  }

  /**
   * Reads the entity graph out of a dataset whose default graph or named graphs hold the knowledge
   * graph; the class hierarchy comes from the dataset together with the shipped ontology. Throws
   * {@link org.yrdkg.text.InputException} for a query that is not a valid CONSTRUCT and for an
   * {@code around} IRI that is not a node of the graph.
   */
  public static EntityGraph of(Dataset dataset, ExportSettings settings) {
    return dataset.calculateRead(() -> new EntityGraphReader(dataset).read(settings));
  }

  public GraphNode node(String iri) {
    return nodes.stream().filter(n -> n.iri().equals(iri)).findFirst().orElse(null);
  }
}
