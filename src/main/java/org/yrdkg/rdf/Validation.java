package org.yrdkg.rdf;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.graph.impl.GraphBase;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.util.iterator.ExtendedIterator;

/** Checks a graph against the shapes, with the ontology's class hierarchy alongside (SHACL follows rdfs:subClassOf only in the data). */
public final class Validation {
  private Validation() {}

  /** The violations, one readable line each: focus node, path, message. Empty when the graph conforms. */
  public static List<String> violations(Graph data) {
    ValidationReport report = ShaclValidator.get().validate(Shapes.parse(Ontology.shapes()), new WithOntology(data, Ontology.ontology()));
    List<String> out = new ArrayList<>();
    report.getEntries().forEach(e -> out.add(show(e.focusNode()) + " " + (e.resultPath() == null ? "" : e.resultPath() + " ")
        + "— " + e.message()));
    out.sort(null);
    return out;
  }

  /** Throws {@link ShapeViolations} unless the graph conforms. */
  public static void check(Graph data) {
    List<String> v = violations(data);
    if (!v.isEmpty()) {
      throw new ShapeViolations(v);
    }
  }

  private static String show(Node n) {
    return n.isURI() ? "<" + n.getURI() + ">" : n.toString();
  }

  /**
   * The data and the ontology read as one graph, a triple in both seen once, without copying the data (a copy of the
   * seeds' 200,000 triples cost a third of the validation). Jena's {@code Union} would record every triple of the data
   * to drop duplicates; the ontology is small, so its triples are checked against the data instead.
   */
  private static final class WithOntology extends GraphBase {
    private final Graph data;
    private final Graph ontology;

    WithOntology(Graph data, Graph ontology) {
      this.data = data;
      this.ontology = ontology;
    }

    @Override
    protected ExtendedIterator<Triple> graphBaseFind(Triple match) {
      return data.find(match).andThen(ontology.find(match).filterDrop(data::contains));
    }

    @Override
    protected boolean graphBaseContains(Triple t) {
      return data.contains(t) || ontology.contains(t);
    }

    @Override
    protected int graphBaseSize() {
      return data.size() + (int) ontology.stream().filter(t -> !data.contains(t)).count();
    }
  }
}
