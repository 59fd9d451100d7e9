package org.yrdkg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Instance IRIs, the ontology, VoID, the dump, and the Chinese full-text search. */
class LinkedDataAndSearchTest {
  static final String RUDONG = "/id/project/jiang-su-ru-dong-lng-jie-shou-zhan";
  @RegisterExtension
  static final TestServer s = TestServer.fixture();

  @ParameterizedTest(name = "{0}")
  @CsvSource({"text/turtle, TURTLE", "application/ld+json, JSONLD", "application/rdf+xml, RDFXML",
      "application/n-triples, NTRIPLES"})
  void instanceIrisDereferenceWithLabelsOfLinkedResources(String accept, String lang) {
    HttpResponse<String> r = s.get(RUDONG, accept);
    assertEquals(200, r.statusCode());
    assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith(accept));
    Model m = ModelFactory.createDefaultModel();
    RDFParser.fromString(r.body(), switch (lang) {
      case "TURTLE" -> Lang.TURTLE;
      case "JSONLD" -> Lang.JSONLD;
      case "RDFXML" -> Lang.RDFXML;
      default -> Lang.NTRIPLES;
    }).parse(m);
    var rudongCounty = m.createResource(Fixture.ID + "region/320623");
    assertTrue(m.contains(m.createResource(Fixture.ID + "project/jiang-su-ru-dong-lng-jie-shou-zhan"),
        m.createProperty("https://w3id.org/yrdkg/ontology#locatedIn"), rudongCounty));
    assertTrue(m.contains(rudongCounty, RDFS.label, m.createLiteral("如东县", "zh")), "label of a linked resource");
    // negotiated, and CORS's answer depends on the site asking: a cache must keep both apart
    String vary = String.join(",", r.headers().allValues("Vary"));
    assertTrue(vary.contains("Accept") && vary.contains("Origin"), "Vary: " + vary);
  }

  @Test
  void anEntityPageVariesByAcceptAndOrigin() {
    String vary = String.join(",", s.get(RUDONG, "text/html").headers().allValues("Vary"));
    assertTrue(vary.contains("Accept") && vary.contains("Origin"), "Vary: " + vary);
  }

  @Test
  void unknownIrisAre404() {
    assertEquals(404, s.get("/id/project/no-such-thing", "text/turtle").statusCode());
    assertEquals(404, s.get("/id/", "text/turtle").statusCode());
    assertEquals(404, s.get("/id/project/no-such-thing", "text/html").statusCode());
  }

  @Test
  void entityPageShowsNamesTypeLinksAndHighlightedSources() {
    HttpResponse<String> r = s.get(RUDONG, "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
    assertEquals(200, r.statusCode());
    String html = r.body();
    assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
    assertTrue(html.contains("<h1>如东LNG接收站</h1>"), html);
    assertTrue(html.contains("Rudong LNG terminal") && html.contains("Rúdōng LNG Jiēshōuzhàn"));
    assertTrue(html.contains("液化天然气接收站"), "type label");
    assertTrue(html.contains("href=\"/id/region/320623\">如东县</a>"), "link to a related entity");
    assertTrue(html.contains("<mark>如东液化天然气接收站</mark>"), "the copy's wording highlighted");
    assertTrue(html.contains("统筹推进<mark>如东LNG接收站</mark>扩建"));
    assertTrue(html.contains("004_5a8fcb8d5e57ee11.txt") && html.contains("第三节 协同推进跨区域能源基础设施建设"));
  }

  @Test
  void ontologyVoidAndDump() throws Exception {
    HttpResponse<String> ttl = s.get("/ontology", "text/turtle");
    assertEquals(200, ttl.statusCode());
    assertTrue(ttl.body().contains("LNGTerminal"));
    HttpResponse<String> html = s.get("/ontology", "text/html");
    assertTrue(html.body().contains("id=\"LNGTerminal\""), html.body().substring(0, 300));
    // a class under several classes shows each of them (a region is a feature and a thing a task can name)
    String region = html.body().substring(html.body().indexOf("id=\"Region\""));
    region = region.substring(0, region.indexOf("</td>"));
    assertTrue(region.contains("Feature") && region.contains("yrd:TaskReferent"), region);
    HttpResponse<String> v = s.get("/void", "text/turtle");
    assertEquals(200, v.statusCode());
    Model voidModel = ModelFactory.createDefaultModel();
    RDFParser.fromString(v.body(), Lang.TURTLE).parse(voidModel);
    assertTrue(v.body().contains("void:sparqlEndpoint") && v.body().contains("void:triples"), v.body());
    HttpResponse<byte[]> dump = s.http.send(HttpRequest.newBuilder(URI.create(s.url("/dump"))).GET().build(),
        HttpResponse.BodyHandlers.ofByteArray());
    assertEquals(200, dump.statusCode());
    assertEquals("gzip", dump.headers().firstValue("Content-Encoding").orElse(""));
    Dataset ds = DatasetFactory.create();
    RDFParser.source(new GZIPInputStream(new ByteArrayInputStream(dump.body()))).lang(Lang.NQUADS).parse(ds);
    Dataset fixture = Fixture.dataset();
    assertEquals(fixture.getNamedModel(Fixture.ID + "file/004_5a8fcb8d5e57ee11.txt").size(),
        ds.getNamedModel(Fixture.ID + "file/004_5a8fcb8d5e57ee11.txt").size());
    assertEquals(0, ds.getDefaultModel().size(), "the union default graph is not dumped twice");
  }

  @Test
  void searchFindsTerminalsForJieshouzhan() {
    HttpResponse<String> r = s.get("/search?q=" + TestServer.enc("接收站"), "application/json");
    assertEquals(200, r.statusCode());
    JsonArray hits = JSON.parse(r.body()).get("hits").getAsArray();
    var entities = hits.stream().map(JsonValue::getAsObject).filter(h -> str(h, "kind").equals("entity"))
        .map(h -> str(h, "iri")).toList();
    for (String t : new String[] {"jiang-su-ru-dong-lng-jie-shou-zhan", "ningbo-zhoushan-lng-jieshouzhan", "shanghai-lng-jieshouzhan"}) {
      assertTrue(entities.contains(Fixture.ID + "project/" + t), t + " in " + entities);
    }
    assertTrue(hits.stream().map(JsonValue::getAsObject).anyMatch(h -> str(h, "kind").equals("sentence")), "sentences too");
    // Ranked: scores never increase down the list.
    double last = Double.MAX_VALUE;
    for (JsonValue h : hits) {
      double sc = h.getAsObject().get("score").getAsNumber().value().doubleValue();
      assertTrue(sc <= last);
      last = sc;
    }
  }

  @Test
  void searchIsWordLevelAndTakesLuceneSyntaxLiterally() {
    // 接收 站 are words; 收站 is not one, so it matches nothing (a bigram analyzer would match it).
    JsonArray none = JSON.parse(s.get("/search?q=" + TestServer.enc("收站"), "application/json").body()).get("hits").getAsArray();
    assertEquals(0, none.size(), none.toString());
    HttpResponse<String> syntax = s.get("/search?q=" + TestServer.enc("接收站\") OR *:* (") + "&format=json", null);
    assertEquals(200, syntax.statusCode(), syntax.body());
    HttpResponse<String> page = s.get("/search?q=" + TestServer.enc("沪通铁路"), "text/html");
    assertTrue(page.body().contains("href=\"/id/project/hutong-tielu\">沪通铁路</a>"), page.body());
    assertEquals(400, s.get("/search?format=json", null).statusCode());
  }

  @Test
  void searchReadsLoneOperatorsAsNothingAndNamesEveryHit() {
    for (String q : new String[] {"AND", "OR OR", "NOT"}) {
      HttpResponse<String> r = s.get("/search?q=" + TestServer.enc(q) + "&format=json", null);
      assertEquals(200, r.statusCode(), q + ": " + r.body());
      assertEquals(0, JSON.parse(r.body()).get("hits").getAsArray().size(), q);
    }
    for (String q : new String[] {"接收站 AND 扩建", "接收站 扩建", "上海 接收站", "铁路 沪通"}) {
      JsonArray hits = JSON.parse(s.get("/search?q=" + TestServer.enc(q) + "&format=json", null).body()).get("hits")
          .getAsArray();
      assertFalse(hits.isEmpty(), q);
      for (JsonValue h : hits) {
        assertFalse(str(h.getAsObject(), "name").isEmpty(), q + ": a hit without a name: " + h);
      }
    }
  }

  private static String str(JsonObject o, String k) {
    return o.get(k).getAsString().value();
  }

  @Test
  void textQueryInSparqlUsesTheChineseAnalyzer() {
    String q = "PREFIX text: <http://jena.apache.org/text#> PREFIX yrd: <https://w3id.org/yrdkg/ontology#> "
        + "SELECT (COUNT(DISTINCT ?s) AS ?n) { ?s text:query (yrd:text \"铁路\") }";
    HttpResponse<String> r = s.sparql(q, "text/csv");
    // The railway sentence of file 001 and its copy in file 004; 铁路网密度 is segmented as 铁路网 + 密度
    // and does not match the word 铁路.
    assertEquals("n\r\n2\r\n", r.body());
    assertTrue(StandardCharsets.UTF_8.newEncoder().canEncode(r.body()));
  }
}
