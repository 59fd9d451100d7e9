package org.yrdkg.rdf;

import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.VOID;

/**
 * The dataset description: VoID (triple counts, per-class entity counts, per-property triple
 * counts, sources) and DCAT (licence, creation date, dump distribution). Blank-node free, so the
 * output stays deterministic.
 */
final class DatasetDescription {
  static final String LICENSE = "https://creativecommons.org/licenses/by/4.0/";

  private DatasetDescription() {}

  static Model describe(Iris iris, Model union, Iterable<String> files, String created) {
    Model m = ModelFactory.createDefaultModel();
    Resource ds = iris.dataset();
    String root = iris.base().endsWith("id/") ? iris.base().substring(0, iris.base().length() - 3) : iris.base();
    m.add(ds, RDF.type, VOID.Dataset);
    m.add(ds, RDF.type, DCAT.Dataset);
    m.add(ds, DCTerms.title, ResourceFactory.createLangLiteral("长三角一体化规划知识图谱", "zh"));
    m.add(ds, DCTerms.title, ResourceFactory.createLangLiteral("Knowledge graph of the Yangtze River Delta integration plans", "en"));
    m.add(ds, DCTerms.license, ResourceFactory.createResource(LICENSE));
    m.add(ds, DCTerms.created, ResourceFactory.createTypedLiteral(created, XSDDatatype.XSDdate));
    m.add(ds, VOID.uriSpace, Literals.string(iris.base()));
    m.add(ds, VOID.vocabulary, ResourceFactory.createResource(org.yrdkg.vocab.Yrd.NS));
    m.add(ds, VOID.triples, Literals.integer(union.size()));
    m.add(ds, VOID.dataDump, ResourceFactory.createResource(root + "dump"));
    Resource dump = ResourceFactory.createResource(root + "dump#distribution");
    m.add(ds, DCAT.distribution, dump);
    m.add(dump, RDF.type, DCAT.Distribution);
    m.add(dump, DCAT.downloadURL, ResourceFactory.createResource(root + "dump"));
    m.add(dump, DCAT.mediaType, ResourceFactory.createResource("https://www.iana.org/assignments/media-types/application/n-quads"));
    for (String file : files) {
      m.add(ds, DCTerms.source, iris.file(file));
    }
    Map<String, Long> classes = new TreeMap<>();
    Map<String, Long> properties = new TreeMap<>();
    union.getGraph().find().forEachRemaining(t -> count(t, classes, properties));
    classes.forEach((c, n) -> {
      Resource part = ResourceFactory.createResource(iris.base() + "void#class-" + localName(c));
      m.add(ds, VOID.classPartition, part);
      m.add(part, VOID._class, ResourceFactory.createResource(c));
      m.add(part, VOID.entities, Literals.integer(n));
    });
    properties.forEach((p, n) -> {
      Resource part = ResourceFactory.createResource(iris.base() + "void#property-" + localName(p));
      m.add(ds, VOID.propertyPartition, part);
      m.add(part, VOID.property, ResourceFactory.createResource(p));
      m.add(part, VOID.triples, Literals.integer(n));
    });
    m.add(ds, RDFS.comment, ResourceFactory.createLangLiteral(
        "One named graph per source file; the default graph is their union.", "en"));
    return m;
  }

  private static void count(Triple t, Map<String, Long> classes, Map<String, Long> properties) {
    properties.merge(t.getPredicate().getURI(), 1L, Long::sum);
    Node o = t.getObject();
    if (t.getPredicate().equals(RDF.type.asNode()) && o.isURI()) {
      classes.merge(o.getURI(), 1L, Long::sum);
    }
  }

  /** Prefix and local name, made safe for an IRI fragment: "yrdkg-ontology-Railway". */
  private static String localName(String iri) {
    String slug = iri.replaceFirst("^https?://", "").replaceAll("[^A-Za-z0-9]+", "-");
    return slug.replaceAll("^-+|-+$", "");
  }
}
