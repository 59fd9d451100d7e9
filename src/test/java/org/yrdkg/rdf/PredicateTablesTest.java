package org.yrdkg.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphMemFactory;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;

/** The per-predicate graph answers every pattern as Jena's own in-memory graph does. */
class PredicateTablesTest {
  private static final String ID = "https://w3id.org/yrdkg/id/";
  private static final String YRD = "https://w3id.org/yrdkg/ontology#";

  private static Node iri(String s) {
    return NodeFactory.createURI(s);
  }

  /** A hub named in many sentences, a few entities pointing at it, a class hierarchy. */
  private static List<Triple> triples() {
    Node hub = iri(ID + "region/310000");
    List<Triple> out = new ArrayList<>();
    out.add(Triple.create(hub, RDF.type.asNode(), iri(YRD + "ProvinceLevelDivision")));
    out.add(Triple.create(hub, RDFS.label.asNode(), NodeFactory.createLiteralLang("上海市", "zh")));
    out.add(Triple.create(iri(YRD + "ProvinceLevelDivision"), RDFS.subClassOf.asNode(), iri(YRD + "Region")));
    for (int i = 0; i < 50; i++) {
      Node mention = iri(ID + "mention/m" + i);
      out.add(Triple.create(hub, iri(YRD + "mention"), mention));
      out.add(Triple.create(mention, RDF.type.asNode(), iri(YRD + "Mention")));
      out.add(Triple.create(mention, iri("http://www.w3.org/ns/oa#start"), NodeFactory.createLiteralString(String.valueOf(i))));
    }
    for (int i = 0; i < 5; i++) {
      Node task = iri(ID + "task/t" + i);
      out.add(Triple.create(task, RDF.type.asNode(), iri(YRD + "Task")));
      out.add(Triple.create(task, iri(YRD + "mentions"), hub));
    }
    return out;
  }

  @Test
  void everyPatternFindsWhatTheInMemoryGraphFinds() {
    Graph expected = GraphMemFactory.createDefaultGraph();
    Graph tables = new PredicateTables();
    for (Triple t : triples()) {
      expected.add(t);
      tables.add(t);
    }
    Set<Node> subjects = new HashSet<>(List.of(Node.ANY));
    Set<Node> predicates = new HashSet<>(List.of(Node.ANY, iri(YRD + "absent")));
    Set<Node> objects = new HashSet<>(List.of(Node.ANY));
    expected.find().forEachRemaining(t -> {
      subjects.add(t.getSubject());
      predicates.add(t.getPredicate());
      objects.add(t.getObject());
    });
    int patterns = 0;
    for (Node s : subjects) {
      for (Node p : predicates) {
        for (Node o : objects) {
          Set<Triple> want = expected.find(s, p, o).toSet();
          assertEquals(want, tables.find(s, p, o).toSet(), s + " " + p + " " + o);
          assertEquals(!want.isEmpty(), tables.contains(s, p, o), s + " " + p + " " + o);
          patterns++;
        }
      }
    }
    assertTrue(patterns > 1000, "patterns tried: " + patterns);
  }

  @Test
  void sizeCountsEachTripleOnce() {
    Graph tables = new PredicateTables();
    List<Triple> all = triples();
    all.forEach(tables::add);
    all.forEach(tables::add);

    assertEquals(new HashSet<>(all).size(), tables.size());
    assertFalse(tables.isEmpty());
    assertTrue(new PredicateTables().isEmpty());
  }
}
