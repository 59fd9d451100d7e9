package org.yrdkg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.DirectedPseudograph;
import org.jgrapht.nio.gexf.SimpleGEXFImporter;
import org.jgrapht.nio.graphml.GraphMLImporter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.yrdkg.export.Schemas;

/** {@code /export/{format}}: every format over HTTP, validated and parsed back; subgraphs; bad requests. */
class ExportApiTest {
  static final String RUDONG = Fixture.ID + "region/320623";
  static final String RUDONG_LNG = Fixture.ID + "project/jiang-su-ru-dong-lng-jie-shou-zhan";

  @RegisterExtension
  static final TestServer s = TestServer.fixture();

  @Test
  void graphMlIsValidAndParsesBack() throws Exception {
    HttpResponse<String> r = s.get("/export/graphml", null);

    assertEquals(200, r.statusCode(), r.body());
    assertEquals("application/graphml+xml;charset=utf-8", contentType(r));
    assertEquals("attachment; filename=\"yrdkg.graphml\"", r.headers().firstValue("Content-Disposition").orElse(""));
    Schemas.validate(Schemas.graphml(), r.body());
    Graph<String, DefaultEdge> back = new DirectedPseudograph<>(DefaultEdge.class);
    Map<String, Map<String, String>> nodes = new HashMap<>();
    GraphMLImporter<String, DefaultEdge> importer = new GraphMLImporter<>();
    importer.setVertexFactory(id -> id);
    importer.addVertexAttributeConsumer((p, a) -> nodes.computeIfAbsent(p.getFirst(), k -> new HashMap<>())
        .put(p.getSecond(), a.getValue()));
    importer.importGraph(back, new StringReader(r.body()));
    Map<String, String> byIri = new HashMap<>();
    nodes.forEach((id, attributes) -> byIri.put(attributes.get("iri"), id));
    assertTrue(back.containsEdge(byIri.get(RUDONG_LNG), byIri.get(RUDONG)));
    assertEquals("LNGTerminal", nodes.get(byIri.get(RUDONG_LNG)).get("class"));
    assertEquals("江苏省", nodes.get(byIri.get(RUDONG)).get("province"));
  }

  @Test
  void gexfIsValidAndParsesBack() throws Exception {
    HttpResponse<String> r = s.get("/export/gexf?provenance=true", null);

    assertEquals(200, r.statusCode(), r.body());
    assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/gexf+xml"));
    assertEquals("attachment; filename=\"yrdkg.gexf\"", r.headers().firstValue("Content-Disposition").orElse(""));
    String draft = Schemas.gexf13AsDraft(r.body());
    Schemas.validate(Schemas.gexf(), draft);
    Graph<String, DefaultEdge> back = new DirectedPseudograph<>(DefaultEdge.class);
    SimpleGEXFImporter<String, DefaultEdge> importer = new SimpleGEXFImporter<>();
    importer.setVertexFactory(id -> id);
    importer.setSchemaValidation(false);
    importer.importGraph(back, new StringReader(draft));
    assertTrue(back.containsEdge(RUDONG_LNG, RUDONG));
    assertTrue(back.vertexSet().stream().anyMatch(v -> v.contains("/mention/")), "provenance=true adds mentions");
  }

  @Test
  void cytoscapeJsonHasTheNodesAndEdgesTheViewNeeds() {
    HttpResponse<String> r = s.get("/export/cytoscape", null);

    assertEquals(200, r.statusCode(), r.body());
    assertEquals("application/json;charset=utf-8", contentType(r));
    assertEquals("attachment; filename=\"yrdkg.cyjs\"", r.headers().firstValue("Content-Disposition").orElse(""));
    JsonObject elements = JSON.parse(r.body()).get("elements").getAsObject();
    JsonObject county = node(elements, RUDONG);
    assertEquals("如东县", county.getString("zh"));
    assertEquals("CountyLevelDivision", county.getString("class"));
    assertEquals("Region", county.getString("kind"));
    assertEquals("320623", county.getString("code"));
    assertEquals("江苏省", county.getString("province"));
    assertTrue(county.get("degree").getAsNumber().value().intValue() > 0);
    assertEquals("Expansion", node(elements, RUDONG_LNG).getString("stage"));
    assertTrue(edges(elements).contains(RUDONG_LNG + " locatedIn " + RUDONG));
  }

  @Test
  void rdfFormatsParse() {
    for (String[] f : new String[][] {{"ttl", "text/turtle"}, {"jsonld", "application/ld+json"}, {"nq", "application/n-quads"}}) {
      HttpResponse<String> r = s.get("/export/" + f[0], null);
      assertEquals(200, r.statusCode(), f[0] + ": " + r.body());
      assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith(f[1]), f[0]);
      Dataset ds = DatasetFactory.create();
      RDFParser.fromString(r.body(), langOf(f[0])).parse(ds);
      boolean found = ds.getUnionModel().contains(ds.getUnionModel().createResource(RUDONG_LNG),
          ds.getUnionModel().createProperty("https://w3id.org/yrdkg/ontology#locatedIn"),
          ds.getUnionModel().createResource(RUDONG))
          || ds.getDefaultModel().contains(ds.getDefaultModel().createResource(RUDONG_LNG),
          ds.getDefaultModel().createProperty("https://w3id.org/yrdkg/ontology#locatedIn"),
          ds.getDefaultModel().createResource(RUDONG));
      assertTrue(found, f[0] + " holds the terminal's locatedIn");
    }
  }

  @Test
  void aNeighbourhoodAroundAnEntity() {
    HttpResponse<String> r = s.get("/export/cytoscape?around=" + TestServer.enc(RUDONG) + "&depth=1", null);

    assertEquals(200, r.statusCode(), r.body());
    assertEquals("attachment; filename=\"yrdkg-320623.cyjs\"", r.headers().firstValue("Content-Disposition").orElse(""));
    JsonObject elements = JSON.parse(r.body()).get("elements").getAsObject();
    Set<String> ids = ids(elements);
    assertTrue(ids.contains(RUDONG) && ids.contains(RUDONG_LNG), ids.toString());
    JsonObject whole = JSON.parse(s.get("/export/cytoscape", null).body()).get("elements").getAsObject();
    assertTrue(ids.size() < ids(whole).size(), "depth 1 is a part of the graph");
    Set<String> zero = ids(JSON.parse(s.get("/export/cytoscape?around=" + TestServer.enc(RUDONG) + "&depth=0", null)
        .body()).get("elements").getAsObject());
    assertEquals(Set.of(RUDONG), zero);
  }

  @Test
  void tasksCanBeLeftOut() {
    JsonObject with = JSON.parse(s.get("/export/cytoscape", null).body()).get("elements").getAsObject();
    JsonObject without = JSON.parse(s.get("/export/cytoscape?tasks=false", null).body()).get("elements").getAsObject();

    assertTrue(kinds(with).contains("Task"));
    assertFalse(kinds(without).contains("Task"));
  }

  @Test
  void aCannedConstructQueryWithItsParameter() {
    HttpResponse<String> r = s.get("/export/cytoscape?query=neighbourhood&entity=" + TestServer.enc(RUDONG), null);

    assertEquals(200, r.statusCode(), r.body());
    Set<String> ids = ids(JSON.parse(r.body()).get("elements").getAsObject());
    assertTrue(ids.contains(RUDONG) && ids.contains(RUDONG_LNG), ids.toString());
  }

  @Test
  void badRequestsGetOneLineAndTheRightStatus() {
    assertError(404, "/export/pdf", "unknown export format");
    assertError(404, "/export/", "no format given");
    assertError(404, "/export/cytoscape?around=" + TestServer.enc(Fixture.ID + "region/999999"), "nothing is known");
    assertError(400, "/export/cytoscape?around=" + TestServer.enc("not an iri"), "not an IRI");
    assertError(400, "/export/cytoscape?around=" + TestServer.enc(RUDONG) + "&depth=x", "parameter 'depth'");
    assertError(400, "/export/cytoscape?around=" + TestServer.enc(RUDONG) + "&depth=9", "from 0 to 5");
    assertError(400, "/export/cytoscape?depth=2", "needs 'around'");
    assertError(400, "/export/cytoscape?provenance=maybe", "true or false");
    assertError(400, "/export/cytoscape?colour=red", "unknown parameter 'colour'");
    assertError(404, "/export/cytoscape?query=no-such-query", "no canned query");
    assertError(400, "/export/cytoscape?query=lng-terminals", "CONSTRUCT");
    assertError(400, "/export/cytoscape?query=neighbourhood&entity=" + TestServer.enc("not an iri"), "entity");
    assertError(400, "/export/cytoscape?tasks=true&tasks=false", "more than once");
  }

  private static void assertError(int status, String path, String says) {
    HttpResponse<String> r = s.get(path, null);
    assertEquals(status, r.statusCode(), path + ": " + r.body());
    String error = JSON.parse(r.body()).getString("error");
    assertTrue(error.contains(says), path + ": " + error);
    assertFalse(error.contains("\n") || error.contains("Exception"), error);
  }

  private static String contentType(HttpResponse<String> r) {
    return r.headers().firstValue("Content-Type").orElse("").replace(" ", "").toLowerCase(java.util.Locale.ROOT);
  }

  private static Lang langOf(String name) {
    return switch (name) {
      case "ttl" -> Lang.TURTLE;
      case "jsonld" -> Lang.JSONLD;
      default -> Lang.NQUADS;
    };
  }

  private static JsonObject node(JsonObject elements, String iri) {
    for (JsonValue n : elements.get("nodes").getAsArray()) {
      JsonObject data = n.getAsObject().get("data").getAsObject();
      if (data.getString("id").equals(iri)) {
        return data;
      }
    }
    throw new AssertionError("no node " + iri);
  }

  private static Set<String> ids(JsonObject elements) {
    Set<String> out = new HashSet<>();
    elements.get("nodes").getAsArray().forEach(n -> out.add(n.getAsObject().get("data").getAsObject().getString("id")));
    return out;
  }

  private static Set<String> kinds(JsonObject elements) {
    Set<String> out = new HashSet<>();
    elements.get("nodes").getAsArray().forEach(n -> out.add(n.getAsObject().get("data").getAsObject().getString("kind")));
    return out;
  }

  private static Set<String> edges(JsonObject elements) {
    Set<String> out = new HashSet<>();
    JsonArray edges = elements.get("edges").getAsArray();
    edges.forEach(e -> {
      JsonObject d = e.getAsObject().get("data").getAsObject();
      out.add(d.getString("source") + " " + d.getString("label") + " " + d.getString("target"));
    });
    return out;
  }
}
