package org.yrdkg.serve;

import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.system.Txn;
import org.yrdkg.vocab.Yrd;

/**
 * The figures of a dataset: triples of the union, file graphs, and instances of each top class
 * (counting subclasses) and of sentences and mentions.
 *
 * @param triples distinct triples of the default (union) graph
 * @param graphs named graphs
 * @param instances instances per top class local name, in the design's order
 */
public record DatasetFigures(long triples, long graphs, Map<String, Long> instances) {
  private static final String[] CLASSES = {"Region", "Project", "Sector", "Task", "Actor", "Target", "PolicyDocument",
      "DocumentFile", "Sentence", "Mention"};

  /** Counts the figures of {@code data}. */
  public static DatasetFigures of(ServedDataset data) {
    return Txn.calculateRead(data.graph(), () -> {
      long triples = data.unionGraph().size();
      long graphs = 0;
      for (var it = data.graph().listGraphNodes(); it.hasNext(); it.next()) {
        graphs++;
      }
      Map<String, Long> counts = new LinkedHashMap<>();
      for (String c : CLASSES) {
        counts.put(c, 0L);
      }
      String q = "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "
          + "SELECT ?top (COUNT(DISTINCT ?x) AS ?n) WHERE { VALUES ?top { "
          + String.join(" ", java.util.Arrays.stream(CLASSES).map(c -> "<" + Yrd.NS + c + ">").toList())
          + " } ?c rdfs:subClassOf* ?top . ?x a ?c } GROUP BY ?top";
      try (QueryExecution qe = QueryExecution.create().query(q).dataset(data.dataset()).build()) {
        ResultSet rs = qe.execSelect();
        while (rs.hasNext()) {
          QuerySolution row = rs.next();
          counts.put(row.getResource("top").getLocalName(), row.getLiteral("n").getLong());
        }
      }
      return new DatasetFigures(triples, graphs, counts);
    });
  }

  /** One line for a terminal: {@code 1234 triples in 3 graphs; Region 9, Project 6, …}. */
  public String summary() {
    StringBuilder b = new StringBuilder().append(triples).append(" triples in ").append(graphs).append(" graphs");
    String sep = "; ";
    for (var e : instances.entrySet()) {
      b.append(sep).append(e.getKey()).append(' ').append(e.getValue());
      sep = ", ";
    }
    return b.toString();
  }
}
