package org.yrdkg.rdf;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.graph.GraphMemFactory;
import org.apache.jena.graph.GraphUtil;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.yrdkg.resolve.KnowledgeBase;
import org.yrdkg.text.Corpus;
import org.yrdkg.text.StructuredDocument;
import org.yrdkg.vocab.Yrd;

/**
 * Turns a corpus and its knowledge base into a dataset: one named graph per source file (what the
 * file says), a reference graph (facts from reference data), the VoID description and the
 * ontology, each in its own named graph; the default graph is their union.
 */
public final class GraphBuilder {
  private GraphBuilder() {}

  /** The named graphs, by graph IRI, sorted. */
  public static Map<String, Model> graphs(Corpus corpus, KnowledgeBase kb, Iris iris, String created) {
    Map<String, Model> graphs = new TreeMap<>();
    StructureGraph structure = new StructureGraph(iris, corpus);
    for (StructuredDocument doc : corpus.documents()) {
      structure.write(doc, graph(graphs, iris.graph(doc.name())));
    }
    new KnowledgeGraph(iris, corpus, structure, kb).write(kb, g -> graph(graphs, g));
    // only counted, never queried: Jena's same-term hash graph takes the copy at a fraction of the cost of the
    // default model's indexes, and counts triples the way the served union (also same-term) holds them
    Model union = ModelFactory.createModelForGraph(GraphMemFactory.createDefaultGraph());
    graphs.values().forEach(m -> GraphUtil.addInto(union.getGraph(), m.getGraph()));
    List<String> files = corpus.documents().stream().map(StructuredDocument::name).toList();
    graphs.put(iris.voidGraph().getURI(), DatasetDescription.describe(iris, union, files, created));
    return graphs;
  }

  /** The dataset to query: the named graphs, the ontology graph, and their union as the default graph. */
  public static Dataset dataset(Map<String, Model> graphs) {
    Dataset ds = DatasetFactory.createTxnMem();
    ds.executeWrite(() -> {
      graphs.forEach(ds::addNamedModel);
      ds.addNamedModel(Yrd.ONTOLOGY_IRI, ModelFactory.createModelForGraph(Ontology.ontology()));
      Model union = ds.getDefaultModel();
      ds.listModelNames().forEachRemaining(name -> union.add(ds.getNamedModel(name)));
    });
    return ds;
  }

  private static Model graph(Map<String, Model> graphs, Resource name) {
    return graphs.computeIfAbsent(name.getURI(), k -> ModelFactory.createDefaultModel());
  }
}
