package org.yrdkg.rdf;

import java.nio.file.Path;
import java.util.Map;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.yrdkg.store.GraphStore;

/** The graph built from the seeds, once per test run. */
final class SeedGraph {
  private static Map<String, Model> graphs;

  private SeedGraph() {}

  static synchronized Map<String, Model> graphs() {
    if (graphs == null) {
      graphs = GraphStore.build(Path.of("seeds"), Iris.standard(), step -> { });
    }
    return graphs;
  }

  static Model union() {
    Model union = ModelFactory.createDefaultModel();
    graphs().values().forEach(union::add);
    return union;
  }
}
