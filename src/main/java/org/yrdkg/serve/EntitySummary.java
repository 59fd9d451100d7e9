package org.yrdkg.serve;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.yrdkg.vocab.Yrd;

/**
 * An entity in brief, as JSON for the graph view's detail panel: its names (zh, en, pinyin,
 * alternatives), types, the named things it links to and that link to it, and its source
 * sentences with file, chapter and section. Provenance and bookkeeping links (mentions, sentences,
 * assignments) are left to the entity page. Call inside a read transaction.
 */
final class EntitySummary {
  static final int MAX_SOURCES = 40;
  static final int MAX_LINKS = 80;
  private static final Set<Node> NOT_LINKS = Set.of(RDF.type.asNode(), Yrd.mention.asNode(), Yrd.statedIn.asNode(),
      Yrd.assertsObject.asNode(), Yrd.inSentence.asNode());
  private static final Set<Node> BOOKKEEPING = Set.of(Yrd.Mention.asNode(), Yrd.Sentence.asNode(),
      Yrd.Paragraph.asNode(), Yrd.Assignment.asNode());

  private EntitySummary() {}

  static JsonObject of(ServedDataset data, String iri, String base) {
    Graph g = data.unionGraph();
    Node s = NodeFactory.createURI(iri);
    JsonObject o = new JsonObject();
    o.put("iri", iri);
    o.put("url", local(iri, base));
    o.put("name", Describer.name(g, s));
    put(o, "zh", Describer.label(g, s, "zh"));
    put(o, "en", Describer.label(g, s, "en"));
    put(o, "pinyin", Describer.label(g, s, "zh-Latn-pinyin"));
    Set<String> alt = new TreeSet<>();
    g.find(s, SKOS.altLabel.asNode(), Node.ANY).forEachRemaining(t -> alt.add(t.getObject().getLiteralLexicalForm()));
    JsonArray alts = new JsonArray();
    alt.forEach(alts::add);
    o.put("altLabels", alts);
    JsonArray types = new JsonArray();
    g.find(s, RDF.type.asNode(), Node.ANY).forEachRemaining(t -> types.add(Describer.name(g, t.getObject())));
    o.put("types", types);
    o.put("links", links(g, s, base));
    JsonArray sources = new JsonArray();
    List<EntityPage.Source> found = EntityPage.sources(data, iri);
    Set<String> seen = new TreeSet<>();
    for (EntityPage.Source src : found) {
      // One row per sentence: a sentence that names the entity and also asserts a relation is listed once.
      if (sources.size() >= MAX_SOURCES || !seen.add(src.sentence().getURI())) {
        continue;
      }
      JsonObject j = new JsonObject();
      j.put("text", src.text());
      put(j, "exact", src.exact());
      put(j, "file", src.file());
      put(j, "chapter", src.chapter());
      put(j, "section", src.section());
      j.put("url", local(src.sentence().getURI(), base));
      sources.add(j);
    }
    o.put("sources", sources);
    o.put("sourceCount", seen.size());
    return o;
  }

  private static JsonArray links(Graph g, Node s, String base) {
    List<JsonObject> out = new ArrayList<>();
    Set<String> seen = new TreeSet<>();
    List<Triple> triples = new ArrayList<>();
    g.find(s, Node.ANY, Node.ANY).forEachRemaining(triples::add);
    g.find(Node.ANY, Node.ANY, s).forEachRemaining(triples::add);
    for (Triple t : triples) {
      boolean outgoing = t.getSubject().equals(s);
      Node other = outgoing ? t.getObject() : t.getSubject();
      if (!other.isURI() || NOT_LINKS.contains(t.getPredicate()) || isBookkeeping(g, other)
          || Describer.label(g, other, "zh") == null && Describer.label(g, other, "en") == null) {
        continue;
      }
      String key = (outgoing ? ">" : "<") + t.getPredicate().getURI() + " " + other.getURI();
      if (!seen.add(key)) {
        continue;
      }
      JsonObject j = new JsonObject();
      j.put("direction", outgoing ? "out" : "in");
      j.put("property", t.getPredicate().getLocalName());
      put(j, "propertyLabel", Describer.label(g, t.getPredicate(), "zh"));
      j.put("iri", other.getURI());
      j.put("name", Describer.name(g, other));
      j.put("url", local(other.getURI(), base));
      out.add(j);
    }
    out.sort((a, b) -> (a.getString("direction") + a.getString("property") + a.getString("name"))
        .compareTo(b.getString("direction") + b.getString("property") + b.getString("name")));
    JsonArray arr = new JsonArray();
    out.stream().limit(MAX_LINKS).forEach(arr::add);
    return arr;
  }

  private static boolean isBookkeeping(Graph g, Node n) {
    for (Node type : BOOKKEEPING) {
      if (g.contains(n, RDF.type.asNode(), type)) {
        return true;
      }
    }
    return false;
  }

  private static void put(JsonObject o, String key, String value) {
    if (value != null) {
      o.put(key, value);
    }
  }

  private static String local(String iri, String base) {
    return iri.startsWith(base) ? "/id/" + iri.substring(base.length()) : iri;
  }
}
