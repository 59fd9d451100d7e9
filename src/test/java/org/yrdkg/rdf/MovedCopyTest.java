package org.yrdkg.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.junit.jupiter.api.Test;
import org.yrdkg.resolve.KnowledgeBase;
import org.yrdkg.resolve.Resolver;
import org.yrdkg.text.Corpus;

/** A copy that moves passages of its fullest version about still gives a graph that conforms to the shapes. */
class MovedCopyTest {

  @Test
  void aTaskOfAMovedPassageKeepsItsAssignments() {
    // Given a copy whose passages the alignment does not place, one stating a task of the fullest version
    Corpus corpus = Corpus.load(Path.of("src/test/resources/corpus/moved-copy"), n -> { });
    assertTrue(corpus.alignment("copy.txt") != null, "copy.txt is found to be a copy of full.txt");
    // When the graph is built
    KnowledgeBase kb = Resolver.resolve(corpus);
    Map<String, Model> graphs = GraphBuilder.graphs(corpus, kb, Iris.standard(), "2019-12-01");
    Model union = ModelFactory.createDefaultModel();
    graphs.values().forEach(union::add);
    // Then every assignment has its task, actor and role: no violation
    assertEquals(List.of(), Validation.violations(union.getGraph()));
  }
}
