package org.yrdkg.serve;

import java.util.HashSet;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.yrdkg.vocab.Yrd;

/**
 * The description of one resource as linked data: its own statements, the statements that point
 * to it, and the labels and types of every resource either links to, so a client can show names
 * without a second request. Call inside a read transaction.
 */
final class Describer {
  static final PrefixMapping PREFIXES = PrefixMapping.Factory.create()
      .setNsPrefixes(PrefixMapping.Standard)
      .setNsPrefix("yrd", Yrd.NS)
      .setNsPrefix("skos", "http://www.w3.org/2004/02/skos/core#")
      .setNsPrefix("oa", "http://www.w3.org/ns/oa#")
      .setNsPrefix("org", "http://www.w3.org/ns/org#")
      .lock();

  private Describer() {}

  /** True when the graph says anything about {@code iri} as subject. */
  static boolean known(Graph g, String iri) {
    return g.contains(NodeFactory.createURI(iri), Node.ANY, Node.ANY);
  }

  static Model describe(Graph g, String iri) {
    Node s = NodeFactory.createURI(iri);
    Graph out = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
    Set<Node> linked = new HashSet<>();
    g.find(s, Node.ANY, Node.ANY).forEachRemaining(t -> {
      out.add(t);
      if (t.getObject().isURI() || t.getObject().isBlank()) {
        linked.add(t.getObject());
      }
    });
    g.find(Node.ANY, Node.ANY, s).forEachRemaining(t -> {
      out.add(t);
      linked.add(t.getSubject());
    });
    for (Node n : linked) {
      g.find(n, RDFS.label.asNode(), Node.ANY).forEachRemaining(out::add);
      g.find(n, RDF.type.asNode(), Node.ANY).forEachRemaining(out::add);
    }
    Model m = ModelFactory.createModelForGraph(out);
    m.setNsPrefixes(PREFIXES);
    return m;
  }

  /** The label of {@code n} in {@code lang} (exact tag), or null. */
  static String label(Graph g, Node n, String lang) {
    var it = g.find(n, RDFS.label.asNode(), Node.ANY);
    try {
      while (it.hasNext()) {
        Triple t = it.next();
        if (t.getObject().isLiteral() && t.getObject().getLiteralLanguage().equalsIgnoreCase(lang)) {
          return t.getObject().getLiteralLexicalForm();
        }
      }
    } finally {
      it.close();
    }
    return null;
  }

  /** The best name of {@code n} for a page: Chinese label, English label, local name. */
  static String name(Graph g, Node n) {
    if (!n.isURI()) {
      return n.isLiteral() ? n.getLiteralLexicalForm() : n.toString();
    }
    String zh = label(g, n, "zh");
    if (zh != null) {
      return zh;
    }
    String en = label(g, n, "en");
    if (en != null) {
      return en;
    }
    String qn = PREFIXES.qnameFor(n.getURI());
    return qn != null ? qn : n.getURI();
  }
}
