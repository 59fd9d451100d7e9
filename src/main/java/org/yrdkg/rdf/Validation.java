package org.yrdkg.rdf;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;

/** Checks a graph against the shapes, with the ontology's class hierarchy alongside (SHACL follows rdfs:subClassOf only in the data). */
public final class Validation {
  private Validation() {}

  /** The violations, one readable line each: focus node, path, message. Empty when the graph conforms. */
  public static List<String> violations(Graph data) {
    return violations(List.of(data));
  }

  /** As {@link #violations(Graph)} for the union of {@code graphs}, read straight into the graph validated. */
  public static List<String> violations(Collection<Graph> graphs) {
    // A graph of its own, not a view: the shapes read the values of one property of one node
    // over and over (see PredicateTables).
    Graph union = new PredicateTables();
    graphs.forEach(g -> g.find().forEachRemaining(union::add));
    Ontology.ontology().find().forEachRemaining(union::add);
    ValidationReport report = ShaclValidator.get().validate(Shapes.parse(Ontology.shapes()), union);
    List<String> out = new ArrayList<>();
    report.getEntries().forEach(e -> out.add(show(e.focusNode()) + " " + (e.resultPath() == null ? "" : e.resultPath() + " ")
        + "— " + e.message()));
    out.sort(null);
    return out;
  }

  /** Throws {@link ShapeViolations} unless the graph conforms. */
  public static void check(Graph data) {
    check(List.of(data));
  }

  /** Throws {@link ShapeViolations} unless the union of {@code graphs} conforms. */
  public static void check(Collection<Graph> graphs) {
    List<String> v = violations(graphs);
    if (!v.isEmpty()) {
      throw new ShapeViolations(v);
    }
  }

  private static String show(Node n) {
    return n.isURI() ? "<" + n.getURI() + ">" : n.toString();
  }
}
