package org.yrdkg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.resultset.ResultSetCompare;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The SPARQL endpoint: read-only, every standard result format, clear errors, the operational paths. */
class SparqlEndpointTest {
  static final String COUNT_LNG = "PREFIX yrd: <https://w3id.org/yrdkg/ontology#> "
      + "SELECT (COUNT(DISTINCT ?t) AS ?n) WHERE { ?t a yrd:LNGTerminal }";
  @RegisterExtension
  static final TestServer s = TestServer.fixture();

  @Test
  void queryOverGetSeesTheUnionOfTheFileGraphs() {
    HttpResponse<String> r = s.sparql(COUNT_LNG, "application/sparql-results+json");
    assertEquals(200, r.statusCode());
    ResultSet rs = ResultSetFactory.fromJSON(new ByteArrayInputStream(r.body().getBytes(StandardCharsets.UTF_8)));
    assertEquals(3, rs.next().getLiteral("n").getInt());
  }

  @Test
  void queryOverPost() {
    HttpResponse<String> r = s.send(HttpRequest.newBuilder(URI.create(s.url("/yrdkg/sparql")))
        .header("Content-Type", "application/sparql-query").header("Accept", "text/csv")
        .POST(HttpRequest.BodyPublishers.ofString(COUNT_LNG)).build());
    assertEquals(200, r.statusCode());
    assertEquals("n\r\n3\r\n", r.body());
    HttpResponse<String> form = s.send(HttpRequest.newBuilder(URI.create(s.url("/yrdkg/sparql")))
        .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "text/tab-separated-values")
        .POST(HttpRequest.BodyPublishers.ofString("query=" + TestServer.enc(COUNT_LNG))).build());
    assertEquals(200, form.statusCode());
    assertEquals("?n\n3\n", form.body());
  }

  @Test
  void jsonAnswersComeOneBindingALineAndReadBackAsTheRows() {
    String q = "PREFIX yrd: <https://w3id.org/yrdkg/ontology#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "
        + "SELECT ?t ?label ?none WHERE { ?t a yrd:LNGTerminal ; rdfs:label ?label } ORDER BY ?t ?label";
    HttpResponse<String> r = s.sparql(q, "application/sparql-results+json");
    assertEquals(200, r.statusCode(), r.body());
    List<String> lines = r.body().lines().toList();
    assertEquals("{ \"head\": { \"vars\": [ \"t\", \"label\", \"none\" ] },", lines.get(0));
    assertTrue(lines.get(2).startsWith("    { \"t\": { \"type\": \"uri\", \"value\": \"" + Fixture.ID + "project/"), r.body());
    ResultSetRewindable expected;
    Dataset ds = s.data.dataset();
    try (QueryExecution qe = QueryExecution.create().query(q).dataset(ds).build()) {
      expected = ds.calculateRead(() -> ResultSetFactory.makeRewindable(qe.execSelect()));
    }
    assertEquals(expected.size() + 4, lines.size(), "one line a binding, two above and two below");
    expected.reset();
    ResultSet back = ResultSetMgr.read(new ByteArrayInputStream(r.body().getBytes(StandardCharsets.UTF_8)),
        ResultSetLang.RS_JSON);
    assertTrue(ResultSetCompare.equalsByTermAndOrder(expected, back), r.body());
  }

  @Test
  void xmlAnswersComeOneResultALineAndReadBackAsTheRows() throws Exception {
    String q = "PREFIX yrd: <https://w3id.org/yrdkg/ontology#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "
        + "SELECT ?t ?label ?none WHERE { ?t a yrd:LNGTerminal ; rdfs:label ?label } ORDER BY ?t ?label";
    HttpResponse<String> r = s.sparql(q, "application/sparql-results+xml");
    assertEquals(200, r.statusCode(), r.body());
    assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/sparql-results+xml"));
    List<String> lines = r.body().lines().toList();
    assertEquals("    <variable name=\"none\"/>", lines.get(5));
    assertTrue(lines.get(8).startsWith("    <result><binding name=\"t\"><uri>" + Fixture.ID + "project/"), r.body());
    ResultSetRewindable expected;
    Dataset ds = s.data.dataset();
    try (QueryExecution qe = QueryExecution.create().query(q).dataset(ds).build()) {
      expected = ds.calculateRead(() -> ResultSetFactory.makeRewindable(qe.execSelect()));
    }
    assertEquals(expected.size() + 10, lines.size(), "one line a result, eight above and two below");
    expected.reset();
    byte[] body = r.body().getBytes(StandardCharsets.UTF_8);
    SparqlXmlResultsTest.wellFormed(body);
    ResultSet back = ResultSetMgr.read(new ByteArrayInputStream(body), ResultSetLang.RS_XML);
    assertTrue(ResultSetCompare.equalsByTermAndOrder(expected, back), r.body());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "application/sparql-results+json, application/sparql-results+json, \"bindings\"",
    "application/sparql-results+xml, application/sparql-results+xml, <sparql",
    "text/csv, text/csv, n",
    "text/tab-separated-values, text/tab-separated-values, ?n",
  })
  void selectResultFormatsByAccept(String accept, String contentType, String marker) {
    HttpResponse<String> r = s.sparql(COUNT_LNG, accept);
    assertEquals(200, r.statusCode());
    assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith(contentType), r.headers().toString());
    assertTrue(r.body().contains(marker), r.body());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"text/turtle, TURTLE", "application/ld+json, JSONLD", "application/n-triples, NTRIPLES",
      "application/rdf+xml, RDFXML"})
  void constructResultFormatsByAccept(String accept, String lang) {
    String q = "CONSTRUCT { ?t a ?c } WHERE { ?t a ?c FILTER(?c = <https://w3id.org/yrdkg/ontology#LNGTerminal>) }";
    HttpResponse<String> r = s.sparql(q, accept);
    assertEquals(200, r.statusCode());
    assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith(accept));
    Model m = ModelFactory.createDefaultModel();
    Lang l = switch (lang) {
      case "TURTLE" -> Lang.TURTLE;
      case "JSONLD" -> Lang.JSONLD;
      case "NTRIPLES" -> Lang.NTRIPLES;
      default -> Lang.RDFXML;
    };
    RDFParser.fromString(r.body(), l).parse(m);
    assertEquals(3, m.size());
  }

  @Test
  void graphStoreProtocolReadsAFileGraph() {
    String graph = Fixture.ID + "file/004_5a8fcb8d5e57ee11.txt";
    HttpResponse<String> r = s.get("/yrdkg/get?graph=" + TestServer.enc(graph), "application/n-triples");
    assertEquals(200, r.statusCode());
    assertTrue(r.body().contains("如东液化天然气接收站"));
    assertFalse(r.body().contains("张江"), "only what file 004 says");
  }

  @Test
  void updatesAreRefused() {
    String update = "INSERT DATA { <urn:x> <urn:y> <urn:z> }";
    HttpResponse<String> body = s.send(HttpRequest.newBuilder(URI.create(s.url("/yrdkg/sparql")))
        .header("Content-Type", "application/sparql-update").POST(HttpRequest.BodyPublishers.ofString(update)).build());
    assertTrue(body.statusCode() >= 400 && body.statusCode() < 500, "status " + body.statusCode());
    HttpResponse<String> form = s.send(HttpRequest.newBuilder(URI.create(s.url("/yrdkg/sparql")))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString("update=" + TestServer.enc(update))).build());
    assertTrue(form.statusCode() >= 400 && form.statusCode() < 500, "status " + form.statusCode());
    for (String path : new String[] {"/yrdkg/update", "/yrdkg", "/yrdkg/data", "/yrdkg/upload"}) {
      HttpResponse<String> r = s.send(HttpRequest.newBuilder(URI.create(s.url(path)))
          .header("Content-Type", "application/sparql-update").POST(HttpRequest.BodyPublishers.ofString(update)).build());
      assertTrue(r.statusCode() >= 400 && r.statusCode() < 500, path + ": status " + r.statusCode());
    }
    assertEquals("n\r\n0\r\n", s.sparql("SELECT (COUNT(*) AS ?n) { <urn:x> ?p ?o }", "text/csv").body());
  }

  @Test
  void graphStorePutAndDeleteAreRefused() {
    String graph = "/yrdkg/get?graph=" + TestServer.enc(Fixture.ID + "file/x");
    HttpResponse<String> put = s.send(HttpRequest.newBuilder(URI.create(s.url(graph)))
        .header("Content-Type", "text/turtle").PUT(HttpRequest.BodyPublishers.ofString("<urn:a> <urn:b> <urn:c> .")).build());
    assertEquals(405, put.statusCode());
    HttpResponse<String> post = s.send(HttpRequest.newBuilder(URI.create(s.url(graph)))
        .header("Content-Type", "text/turtle").POST(HttpRequest.BodyPublishers.ofString("<urn:a> <urn:b> <urn:c> .")).build());
    assertEquals(405, post.statusCode());
    HttpResponse<String> delete = s.send(HttpRequest.newBuilder(URI.create(s.url(graph))).DELETE().build());
    assertEquals(405, delete.statusCode());
  }

  @Test
  void serviceIsRefusedWithA400AndNoRequestLeaves() throws Exception {
    try (LocalQueryTest.Listener endpoint = new LocalQueryTest.Listener()) {
      for (String q : LocalQueryTest.HIDDEN) {
        String text = q.formatted(endpoint.iri());
        HttpResponse<String> get = s.sparql(text, "application/sparql-results+json");
        assertEquals(400, get.statusCode(), text);
        assertEquals(LocalQuery.REFUSED, get.body().strip(), text);
        HttpResponse<String> post = s.send(HttpRequest.newBuilder(URI.create(s.url("/yrdkg/sparql")))
            .header("Content-Type", "application/sparql-query").POST(HttpRequest.BodyPublishers.ofString(text)).build());
        assertEquals(400, post.statusCode(), text);
      }
      assertFalse(endpoint.called(), "a query reached the endpoint");
    }
    assertEquals(200, s.sparql(COUNT_LNG, "text/csv").statusCode(), "other queries still answered");
  }

  @Test
  void noAdminPaths() {
    for (String path : new String[] {"/$/datasets", "/$/server", "/$/backup/yrdkg", "/$/compact/yrdkg", "/$/tasks",
        "/$/stats", "/$/reload"}) {
      HttpResponse<String> get = s.get(path, null);
      assertEquals(404, get.statusCode(), path);
      HttpResponse<String> post = s.send(HttpRequest.newBuilder(URI.create(s.url(path)))
          .POST(HttpRequest.BodyPublishers.ofString("")).build());
      assertTrue(post.statusCode() == 404 || post.statusCode() == 405, path + ": " + post.statusCode());
    }
  }

  @Test
  void badSparqlIsA400WithAClearMessage() {
    HttpResponse<String> r = s.sparql("SELECT ?x WHERE { ?x ?y }", "application/sparql-results+json");
    assertEquals(400, r.statusCode());
    assertTrue(r.body().contains("line 1"), r.body());
    assertFalse(r.body().contains("at org.apache"), r.body());
    assertFalse(r.body().contains("Exception"), r.body());
  }

  @Test
  void pingMetricsCorsAndRequestLog() {
    assertEquals(200, s.get("/$/ping", null).statusCode());
    HttpResponse<String> metrics = s.get("/$/metrics", null);
    assertEquals(200, metrics.statusCode());
    assertTrue(metrics.body().contains("fuseki_requests_good"), metrics.body().lines().limit(5).toList().toString());
    HttpResponse<String> cors = s.send(HttpRequest.newBuilder(URI.create(s.url("/yrdkg/sparql?query=" + TestServer.enc(COUNT_LNG))))
        .header("Origin", "https://example.org").GET().build());
    assertEquals("https://example.org", cors.headers().firstValue("Access-Control-Allow-Origin").orElse(null));
    // a graph answer varies by the format asked for, and by the site asking, posted as well as got (Fuseki lists
    // Accept for a GET only)
    HttpResponse<String> graph = s.send(HttpRequest.newBuilder(URI.create(s.url("/yrdkg/sparql")))
        .header("Accept", "application/n-triples").header("Origin", "https://example.org")
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString("query=" + TestServer.enc("CONSTRUCT { ?s a ?t } WHERE { ?s a ?t } LIMIT 3")))
        .build());
    assertEquals(200, graph.statusCode(), graph.body());
    List<String> graphVary = graph.headers().allValues("Vary").stream().flatMap(v -> Stream.of(v.split(","))).map(String::strip)
        .toList();
    assertTrue(graphVary.contains("Origin") && graphVary.contains("Accept"), graph.headers().toString());
    assertTrue(s.log.stream().anyMatch(l -> l.contains("GET /$/ping 200")), s.log.toString());
  }
}
