package org.yrdkg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphMemFactory;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.shared.AddDeniedException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class PackedGraphTest {
  private static final String EX = "http://example.org/";
  private static Graph first;
  private static Graph second;
  private static Graph dense;
  private static QuadFile.Content packed;

  @BeforeAll
  static void writeAndRead() throws IOException {
    first = GraphMemFactory.createDefaultGraph();
    second = GraphMemFactory.createDefaultGraph();
    Node a = iri("a");
    Node b = iri("b");
    Node label = iri("label");
    Node near = iri("near");
    Node blank = NodeFactory.createBlankNode("x1");
    add(first, a, label, NodeFactory.createLiteralLang("如东县", "zh"));
    add(first, a, label, NodeFactory.createLiteralLang("Rudong", "en"));
    add(first, a, near, b);
    add(first, b, near, a);
    add(first, b, iri("year"), NodeFactory.createLiteralDT("2025", XSDDatatype.XSDgYear));
    add(first, blank, near, a);
    add(second, a, near, b); // in both graphs: once in the union
    add(second, b, label, NodeFactory.createLiteralString("b"));
    add(second, near, label, NodeFactory.createLiteralString("near"));
    // a graph with more triples than the file has terms, whose leading terms are found by offsets (the two above,
    // and any small graph among many, by binary search alone)
    dense = GraphMemFactory.createDefaultGraph();
    for (int s = 0; s < 6; s++) {
      for (int p = 0; p < 3; p++) {
        for (int o = 0; o < 4; o++) {
          if ((s + p + o) % 3 != 0) {
            add(dense, iri("s" + s), iri("p" + p), o == 3 ? NodeFactory.createLiteralString("o" + s) : iri("s" + o));
          }
        }
      }
    }
    Map<String, Graph> graphs = new LinkedHashMap<>();
    graphs.put(EX + "g1", first);
    graphs.put(EX + "g2", second);
    graphs.put(EX + "g3", dense);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    QuadFile.write(graphs, out);
    packed = QuadFile.read(ByteBuffer.wrap(out.toByteArray()));
  }

  @Test
  void everyPatternFindsWhatAHashIndexedGraphFinds() {
    Graph union = GraphMemFactory.createDefaultGraph();
    first.find().forEachRemaining(union::add);
    second.find().forEachRemaining(union::add);
    dense.find().forEachRemaining(union::add);
    Map<Graph, Graph> pairs = Map.of(first, packed.graphs().get(EX + "g1"), second, packed.graphs().get(EX + "g2"),
        dense, packed.graphs().get(EX + "g3"), union, packed.union());
    for (var pair : pairs.entrySet()) {
      Graph expected = pair.getKey();
      Graph actual = pair.getValue();
      assertEquals(expected.size(), actual.size());
      for (Triple pattern : patterns(union)) {
        assertEquals(set(expected.find(pattern).toList()), set(actual.find(pattern).toList()), pattern::toString);
        assertEquals(expected.contains(pattern), actual.contains(pattern), pattern::toString);
      }
    }
  }

  @Test
  void termsAreComparedAsTermsAndUnknownTermsMatchNothing() {
    Graph g = packed.graphs().get(EX + "g1");
    assertTrue(g.contains(iri("b"), iri("year"), NodeFactory.createLiteralDT("2025", XSDDatatype.XSDgYear)));
    assertFalse(g.contains(iri("b"), iri("year"), NodeFactory.createLiteralString("2025")));
    assertFalse(g.contains(iri("a"), iri("label"), NodeFactory.createLiteralLang("如东县", "en")));
    assertFalse(g.find(iri("nowhere"), Node.ANY, Node.ANY).hasNext());
  }

  @Test
  void itIsReadOnly() {
    Graph g = packed.union();
    assertThrows(AddDeniedException.class, () -> g.add(iri("c"), iri("near"), iri("a")));
    assertFalse(g.getCapabilities().addAllowed());
  }

  /** Every pattern of terms of {@code g}, each position either a term or ANY, and one with an unknown term. */
  private static List<Triple> patterns(Graph g) {
    Set<Node> terms = new HashSet<>();
    g.find().forEachRemaining(t -> {
      terms.add(t.getSubject());
      terms.add(t.getPredicate());
      terms.add(t.getObject());
    });
    List<Node> choices = new ArrayList<>(terms);
    choices.add(Node.ANY);
    choices.add(iri("unknown"));
    List<Triple> out = new ArrayList<>();
    for (Node s : choices) {
      for (Node p : choices) {
        for (Node o : choices) {
          out.add(Triple.createMatch(s, p, o));
        }
      }
    }
    return out;
  }

  private static Set<Triple> set(List<Triple> triples) {
    Set<Triple> out = new HashSet<>(triples);
    assertEquals(triples.size(), out.size(), "no triple found twice");
    return out;
  }

  private static void add(Graph g, Node s, Node p, Node o) {
    g.add(Triple.create(s, p, o));
  }

  private static Node iri(String local) {
    return NodeFactory.createURI(EX + local);
  }
}
