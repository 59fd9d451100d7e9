package org.yrdkg.serve;

import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.datatypes.xsd.XSDDatatype;

/** A VoID description computed from the data: size, endpoints, URI space, vocabulary and one partition per class. */
final class VoidDescription {
  static final String VOID = "http://rdfs.org/ns/void#";

  private VoidDescription() {}

  /** Call inside a read transaction; {@code server} is this server's scheme, host and port. */
  static Model compute(ServedDataset data, String base, String server) {
    Model m = ModelFactory.createDefaultModel();
    m.setNsPrefix("void", VOID);
    m.setNsPrefix("dcterms", DCTerms.NS);
    m.setNsPrefix("xsd", XSDDatatype.XSD + "#");
    Resource ds = m.createResource(base + "void#dataset");
    ds.addProperty(RDF.type, m.createResource(VOID + "Dataset"));
    ds.addProperty(DCTerms.title, m.createLiteral("长三角一体化规划知识图谱", "zh"));
    ds.addProperty(DCTerms.title, m.createLiteral("Knowledge graph of the Yangtze River Delta integration plans", "en"));
    ds.addProperty(p(m, "sparqlEndpoint"), m.createResource(server + YrdkgServer.DATASET + "/sparql"));
    ds.addProperty(p(m, "dataDump"), m.createResource(server + "/dump"));
    ds.addProperty(p(m, "uriSpace"), base);
    ds.addProperty(p(m, "vocabulary"), m.createResource(org.yrdkg.vocab.Yrd.NS));
    DatasetFigures f = DatasetFigures.of(data);
    ds.addLiteral(p(m, "triples"), m.createTypedLiteral(String.valueOf(f.triples()), XSDDatatype.XSDinteger));
    String q = "SELECT ?c (COUNT(DISTINCT ?x) AS ?n) WHERE { ?x a ?c } GROUP BY ?c ORDER BY ?c";
    try (QueryExecution qe = QueryExecution.create().query(q).dataset(data.dataset()).build()) {
      qe.execSelect().forEachRemaining((QuerySolution row) -> {
        Resource part = m.createResource();
        ds.addProperty(p(m, "classPartition"), part);
        part.addProperty(p(m, "class"), row.getResource("c"));
        part.addLiteral(p(m, "entities"), m.createTypedLiteral(row.getLiteral("n").getLexicalForm(), XSDDatatype.XSDinteger));
      });
    }
    return m;
  }

  private static Property p(Model m, String local) {
    return m.createProperty(VOID, local);
  }
}
