package org.yrdkg.export;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.OA;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.yrdkg.rdf.Ontology;
import org.yrdkg.text.InputException;
import org.yrdkg.vocab.Yrd;

/**
 * Reads an {@link EntityGraph} out of a dataset: picks the nodes (entities of the top classes, then
 * the neighbourhood of one entity, then the provenance of the entities), the statements between
 * them as edges, and the RDF about them. Runs inside the caller's read transaction.
 */
final class EntityGraphReader {
  private static final int PROVENANCE_LABEL_LENGTH = 30;
  private static final Comparator<Resource> BY_IRI = Comparator.comparing(Resource::getURI);

  private final Dataset dataset;
  private final boolean named;
  private final Model data;
  private final EntityClasses classes;
  private final Map<Resource, Kinded> kinds = new HashMap<>();

  /** A resource's kind and most specific class; {@code kind} is null for what is not a node (a class, a stage). */
  private record Kinded(EntityKind kind, Resource type) {}

  EntityGraphReader(Dataset dataset) {
    this.dataset = dataset;
    this.named = dataset.listNames().hasNext();
    this.data = named ? dataset.getUnionModel() : dataset.getDefaultModel();
    this.classes = new EntityClasses(ModelFactory.createUnion(data, ModelFactory.createModelForGraph(Ontology.ontology())));
  }

  EntityGraph read(ExportSettings settings) {
    Model source = settings.construct() == null ? data : construct(settings.construct());
    Set<Resource> entities = new TreeSet<>(BY_IRI);
    for (Resource r : candidates(source, settings.construct() != null)) {
      EntityKind kind = kind(r);
      if (kind != null && !kind.isProvenance() && (settings.tasks() || kind != EntityKind.TASK)) {
        entities.add(r);
      }
    }
    if (settings.around() != null) {
      entities = neighbourhood(entities, source, settings.around(), settings.depth());
    }
    Set<Resource> nodes = new TreeSet<>(BY_IRI);
    nodes.addAll(entities);
    if (settings.provenance()) {
      nodes.addAll(provenance(entities));
    }
    List<Statement> statements = edges(nodes, entities, source);
    Map<Resource, Integer> degree = new HashMap<>();
    for (Statement s : statements) {
      degree.merge(s.getSubject(), 1, Integer::sum);
      degree.merge(s.getResource(), 1, Integer::sum);
    }
    List<GraphNode> graphNodes = nodes.stream().map(n -> node(n, degree.getOrDefault(n, 0))).toList();
    List<GraphEdge> graphEdges = new ArrayList<>();
    for (Statement s : statements) {
      graphEdges.add(new GraphEdge("e" + graphEdges.size(), s.getSubject().getURI(), s.getPredicate().getURI(),
          s.getResource().getURI()));
    }
    return new EntityGraph(graphNodes, graphEdges, rdf(nodes, statements));
  }

  private Model construct(String text) {
    Query query;
    try {
      query = QueryFactory.create(text);
    } catch (QueryParseException e) {
      String message = e.getMessage() == null ? "syntax error" : e.getMessage().lines().findFirst().orElse("");
      throw new InputException("not a valid SPARQL query: " + message);
    }
    if (!query.isConstructType()) {
      throw new InputException("not a CONSTRUCT query (the export needs a graph, not " + query.queryType() + " results)");
    }
    try (QueryExecution exec = QueryExecution.dataset(dataset).query(query).build()) {
      return exec.execConstruct();
    }
  }

  /** Resources that may be entities: typed subjects of the graph, or every resource of a query's result. */
  private List<Resource> candidates(Model source, boolean fromQuery) {
    Set<Resource> found = new HashSet<>();
    if (fromQuery) {
      source.listStatements().forEachRemaining(s -> {
        found.add(s.getSubject());
        if (s.getObject().isResource()) {
          found.add(s.getResource());
        }
      });
    } else {
      found.addAll(data.listSubjectsWithProperty(RDF.type).toList());
    }
    return found.stream().filter(Resource::isURIResource).toList();
  }

  private EntityKind kind(RDFNode node) {
    return node.isURIResource() ? kinded(node.asResource()).kind() : null;
  }

  private Kinded kinded(Resource r) {
    return kinds.computeIfAbsent(r, x -> {
      EntityClasses.Place best = null;
      Resource bestType = null;
      for (RDFNode type : data.listObjectsOfProperty(x, RDF.type).toList()) {
        EntityClasses.Place p = classes.place(type);
        if (p != null && (best == null || p.depth() > best.depth()
            || p.depth() == best.depth() && type.asResource().getURI().compareTo(bestType.getURI()) < 0)) {
          best = p;
          bestType = type.asResource();
        }
      }
      return best == null ? new Kinded(null, null) : new Kinded(best.kind(), bestType);
    });
  }

  /** The entities at most {@code depth} edges from {@code iri}, the edges taken either way. */
  private Set<Resource> neighbourhood(Set<Resource> entities, Model source, String iri, int depth) {
    Resource start = data.createResource(iri);
    if (!entities.contains(start)) {
      throw new InputException(iri + ": not an entity of the exported graph");
    }
    Map<Resource, Set<Resource>> adjacent = new HashMap<>();
    for (Statement s : edges(entities, entities, source)) {
      adjacent.computeIfAbsent(s.getSubject(), k -> new HashSet<>()).add(s.getResource());
      adjacent.computeIfAbsent(s.getResource(), k -> new HashSet<>()).add(s.getSubject());
    }
    Set<Resource> reached = new TreeSet<>(BY_IRI);
    reached.add(start);
    List<Resource> frontier = List.of(start);
    for (int step = 0; step < depth && !frontier.isEmpty(); step++) {
      List<Resource> next = new ArrayList<>();
      for (Resource r : frontier) {
        for (Resource n : adjacent.getOrDefault(r, Set.of())) {
          if (reached.add(n)) {
            next.add(n);
          }
        }
      }
      frontier = next;
    }
    return reached;
  }

  /** The mentions, sentences and paragraphs reached from the entities by following statements forwards. */
  private Set<Resource> provenance(Set<Resource> entities) {
    Set<Resource> found = new HashSet<>();
    Deque<Resource> queue = new ArrayDeque<>(entities);
    while (!queue.isEmpty()) {
      Resource r = queue.poll();
      for (Statement s : data.listStatements(r, null, (RDFNode) null).toList()) {
        if (!s.getPredicate().equals(RDF.type) && kind(s.getObject()) == EntityKind.PROVENANCE
            && found.add(s.getResource())) {
          queue.add(s.getResource());
        }
      }
    }
    return found;
  }

  /**
   * The statements between nodes, sorted by subject, predicate and object. Between two entities they
   * come from {@code source} (a query's result, when there is one); statements that touch provenance
   * always come from the graph.
   */
  private List<Statement> edges(Set<Resource> nodes, Set<Resource> entities, Model source) {
    Map<String, Statement> sorted = new TreeMap<>();
    for (Resource n : nodes) {
      for (Model m : entities.contains(n) && source != data ? List.of(source, data) : List.of(data)) {
        for (Statement s : m.listStatements(n, null, (RDFNode) null).toList()) {
          RDFNode o = s.getObject();
          if (s.getPredicate().equals(RDF.type) || !o.isURIResource() || !nodes.contains(o.asResource())) {
            continue;
          }
          boolean betweenEntities = entities.contains(n) && entities.contains(o.asResource());
          if (m == data && source != data && betweenEntities) {
            continue;
          }
          sorted.put(n.getURI() + ' ' + s.getPredicate().getURI() + ' ' + o.asResource().getURI(), s);
        }
      }
    }
    return List.copyOf(sorted.values());
  }

  private GraphNode node(Resource r, int degree) {
    Kinded k = kinded(r);
    String zh = label(r, "zh");
    String en = label(r, "en");
    String pinyin = label(r, "zh-latn-pinyin");
    String display;
    if (k.kind().isProvenance()) {
      zh = first(r, OA.exact, Yrd.text);
      display = zh == null ? localName(r.getURI()) : clip(zh);
    } else {
      display = zh != null ? zh : en != null ? en : pinyin != null ? pinyin : localName(r.getURI());
    }
    String code = first(r, Yrd.divisionCode);
    Set<String> stages = data.listObjectsOfProperty(r, Yrd.stage).toList().stream().filter(RDFNode::isURIResource)
        .map(s -> localName(s.asResource().getURI())).collect(Collectors.toCollection(TreeSet::new));
    return new GraphNode(r.getURI(), k.kind(), k.type().getLocalName(), display, zh, en, pinyin, code,
        stages.isEmpty() ? null : String.join(",", stages), province(r, k), degree);
  }

  /**
   * The province-level divisions of a node, by name: a province itself; the provinces a region lies
   * within; for anything else, the provinces of the regions it links to. Sorted by IRI, so stable.
   */
  private String province(Resource r, Kinded k) {
    Set<Resource> provinces = new TreeSet<>(BY_IRI);
    if (k.kind() == EntityKind.REGION) {
      provinces.addAll(provincesOf(r));
    } else if (!k.kind().isProvenance()) {
      for (RDFNode o : data.listObjectsOfProperty(r, null).toList()) {
        if (o.isURIResource() && kind(o) == EntityKind.REGION) {
          provinces.addAll(provincesOf(o.asResource()));
        }
      }
    }
    if (provinces.isEmpty()) {
      return null;
    }
    return provinces.stream().map(p -> {
      String zh = label(p, "zh");
      return zh != null ? zh : localName(p.getURI());
    }).collect(Collectors.joining(","));
  }

  private Set<Resource> provincesOf(Resource region) {
    Set<Resource> out = new HashSet<>();
    if (data.contains(region, RDF.type, Yrd.ProvinceLevelDivision)) {
      out.add(region);
    }
    for (RDFNode up : data.listObjectsOfProperty(region, Yrd.within).toList()) {
      if (up.isURIResource() && data.contains(up.asResource(), RDF.type, Yrd.ProvinceLevelDivision)) {
        out.add(up.asResource());
      }
    }
    return out;
  }

  /** The smallest label with exactly this language tag (compared case-insensitively), for a stable choice. */
  private String label(Resource r, String lang) {
    return data.listObjectsOfProperty(r, RDFS.label).toList().stream().filter(RDFNode::isLiteral)
        .map(RDFNode::asLiteral).filter(l -> l.getLanguage().toLowerCase(Locale.ROOT).equals(lang))
        .map(Literal::getLexicalForm).sorted().findFirst().orElse(null);
  }

  private String first(Resource r, Property... properties) {
    for (Property p : properties) {
      String v = data.listObjectsOfProperty(r, p).toList().stream().filter(RDFNode::isLiteral)
          .map(n -> n.asLiteral().getLexicalForm()).sorted().findFirst().orElse(null);
      if (v != null) {
        return v;
      }
    }
    return null;
  }

  /**
   * The RDF about the nodes: every statement whose subject is a node and whose object is a literal,
   * something that is not a node itself (a class, a stage, a file), or a node it is an edge to — so
   * the RDF and the drawn graph hold the same links. Statements keep their named graphs; edges a
   * query made up go to the default graph.
   */
  private Dataset rdf(Set<Resource> nodes, List<Statement> edges) {
    Set<Triple> edgeTriples = edges.stream().map(Statement::asTriple).collect(Collectors.toSet());
    Set<Triple> placed = new HashSet<>();
    Dataset out = DatasetFactory.create();
    out.getDefaultModel().setNsPrefixes(prefixes());
    DatasetGraph in = dataset.asDatasetGraph();
    DatasetGraph target = out.asDatasetGraph();
    for (Resource n : nodes) {
      in.find(Node.ANY, n.asNode(), Node.ANY, Node.ANY).forEachRemaining(q -> {
        if (named == q.isDefaultGraph()) {
          return;
        }
        Triple t = q.asTriple();
        Node o = t.getObject();
        boolean keep = o.isLiteral() || edgeTriples.contains(t) || o.isURI() && kind(data.asRDFNode(o)) == null;
        if (keep) {
          target.add(named ? q : Quad.create(Quad.defaultGraphIRI, t));
          placed.add(t);
        }
      });
    }
    edgeTriples.stream().filter(t -> !placed.contains(t)).forEach(t -> target.add(Quad.create(Quad.defaultGraphIRI, t)));
    return out;
  }

  private PrefixMapping prefixes() {
    PrefixMapping p = PrefixMapping.Factory.create().setNsPrefixes(PrefixMapping.Standard);
    p.setNsPrefix("yrd", Yrd.NS);
    p.setNsPrefix("skos", SKOS.uri);
    p.setNsPrefix("oa", "http://www.w3.org/ns/oa#");
    p.setNsPrefix("org", "http://www.w3.org/ns/org#");
    p.setNsPrefix("prov", "http://www.w3.org/ns/prov#");
    p.setNsPrefix("geo", "http://www.opengis.net/ont/geosparql#");
    p.setNsPrefix("dcterms", "http://purl.org/dc/terms/");
    data.getNsPrefixMap().forEach((k, v) -> {
      if (p.getNsPrefixURI(k) == null && p.getNsURIPrefix(v) == null) {
        p.setNsPrefix(k, v);
      }
    });
    return p;
  }

  private static String localName(String iri) {
    int cut = Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/'));
    return iri.substring(cut + 1);
  }

  private static String clip(String text) {
    return text.codePointCount(0, text.length()) <= PROVENANCE_LABEL_LENGTH ? text
        : text.substring(0, text.offsetByCodePoints(0, PROVENANCE_LABEL_LENGTH)) + "…";
  }
}
