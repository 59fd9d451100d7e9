package org.yrdkg.serve;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.yrdkg.store.GraphStore;
import org.yrdkg.vocab.Yrd;

/** The test graph: {@code fixture/graph.trig} (one graph per file) plus the ontology in its own graph. */
final class Fixture {
  static final String ID = "https://w3id.org/yrdkg/id/";

  private Fixture() {}

  /** As the builder hands it over: named graphs only, the default graph left empty. */
  static Dataset dataset() {
    Dataset ds = DatasetFactory.createTxnMem();
    ds.executeWrite(() -> {
      RDFDataMgr.read(ds, Fixture.class.getResource("/fixture/graph.trig").toString());
      ds.addNamedModel(Yrd.ONTOLOGY_IRI, RDFDataMgr.loadModel(Path.of("ontology/yrdkg.ttl").toString()));
    });
    return ds;
  }

  static ServedDataset served() {
    return ServedDataset.of(dataset());
  }

  /** The same graphs assembled into a dataset as a build and the graph cache assemble them for {@code serve}. */
  static ServedDataset servedAsBuilt() {
    Dataset ds = dataset();
    Map<String, Model> graphs = new LinkedHashMap<>();
    ds.executeRead(() -> ds.listModelNames().forEachRemaining(name -> graphs.put(name.getURI(),
        ModelFactory.createDefaultModel().add(ds.getNamedModel(name)))));
    return ServedDataset.of(GraphStore.dataset(graphs));
  }
}
