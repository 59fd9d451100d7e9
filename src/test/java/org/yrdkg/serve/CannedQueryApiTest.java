package org.yrdkg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.resultset.ResultSetCompare;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The canned-query API: the list, OpenAPI, negotiation, parameters, paging, refusals, injection. */
class CannedQueryApiTest {
  @RegisterExtension
  static final TestServer s = TestServer.fixture();

  @Test
  void listShowsEachParameterWithTypeDefaultAndExample() {
    HttpResponse<String> r = s.get("/api/queries", null);
    assertEquals(200, r.statusCode());
    assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
    JsonArray qs = JSON.parse(r.body()).get("queries").getAsArray();
    assertTrue(qs.size() >= 15);
    JsonObject projects = qs.stream().map(JsonValue::getAsObject)
        .filter(o -> o.get("name").getAsString().value().equals("projects")).findFirst().orElseThrow();
    assertEquals("按类别、建设阶段和省份查项目", projects.get("title_zh").getAsString().value());
    JsonObject stage = projects.get("params").getAsArray().get(1).getAsObject();
    assertEquals("stage", stage.get("name").getAsString().value());
    assertEquals("iri", stage.get("type").getAsString().value());
    assertTrue(stage.get("default").isNull());
    assertEquals("https://w3id.org/yrdkg/ontology#Expansion", stage.get("example").getAsString().value());
  }

  @Test
  void openApiDocumentsEveryQueryAndParameter() {
    HttpResponse<String> r = s.get("/api/openapi.json", null);
    assertEquals(200, r.statusCode());
    JsonObject doc = JSON.parse(r.body());
    assertTrue(doc.get("openapi").getAsString().value().startsWith("3."));
    JsonObject paths = doc.get("paths").getAsObject();
    JsonObject op = paths.get("/api/queries/railways-between").getAsObject().get("get").getAsObject();
    JsonObject a = op.get("parameters").getAsArray().get(0).getAsObject();
    assertEquals("a", a.get("name").getAsString().value());
    assertEquals("uri", a.get("schema").getAsObject().get("format").getAsString().value());
    assertEquals("https://w3id.org/yrdkg/id/region/310000",
        a.get("schema").getAsObject().get("default").getAsString().value());
    assertTrue(a.hasKey("example"));
    JsonObject responses = op.get("responses").getAsObject();
    assertTrue(responses.get("200").getAsObject().get("headers").getAsObject().hasKey("ETag"), responses.toString());
    assertTrue(responses.hasKey("304"), responses.toString());
    assertEquals(CannedQueries.load(java.nio.file.Path.of("queries")).size() + 1, paths.keys().size());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "application/sparql-results+json, application/sparql-results+json, \"bindings\"",
    "application/sparql-results+xml, application/sparql-results+xml, <sparql",
    "text/csv, text/csv, terminal,terminalLabel",
    "text/tab-separated-values, text/tab-separated-values, ?terminal",
    "'', application/sparql-results+json, \"bindings\"",
  })
  void selectByAccept(String accept, String type, String marker) {
    HttpResponse<String> r = s.get("/api/queries/lng-terminals", accept.isEmpty() ? null : accept);
    assertEquals(200, r.statusCode());
    assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith(type));
    assertTrue(r.body().contains(marker.replace(",", ",")), r.body());
  }

  @Test
  void jsonComesOneBindingALineAndReadsBackAsTheRows() {
    HttpResponse<String> r = s.get("/api/queries/lng-terminals", "application/sparql-results+json");
    assertEquals(200, r.statusCode(), r.body());
    List<String> lines = r.body().lines().toList();
    assertTrue(lines.get(0).startsWith("{ \"head\": { \"vars\": [ \"terminal\", \"terminalLabel\", "), lines.get(0));
    assertTrue(lines.get(2).startsWith("    { \"terminal\": { \"type\": \"uri\", \"value\": "), r.body());
    CannedQuery q = CannedQueries.load(Path.of("queries")).get("lng-terminals").orElseThrow();
    CannedQueryRunner.Result expected = new CannedQueryRunner(s.data, Duration.ofSeconds(10)).run(q, Map.of());
    assertEquals(expected.size() + 4, lines.size(), "one line a binding, two above and two below");
    ResultSet back = ResultSetMgr.read(new ByteArrayInputStream(r.body().getBytes(StandardCharsets.UTF_8)),
        ResultSetLang.RS_JSON);
    assertTrue(ResultSetCompare.equalsByTermAndOrder(expected.resultSet(), back), r.body());
  }

  @Test
  void xmlComesOneResultALineAndReadsBackAsTheRows() throws Exception {
    HttpResponse<String> r = s.get("/api/queries/lng-terminals?format=xml", null);
    assertEquals(200, r.statusCode(), r.body());
    assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/sparql-results+xml"));
    CannedQuery q = CannedQueries.load(Path.of("queries")).get("lng-terminals").orElseThrow();
    CannedQueryRunner.Result expected = new CannedQueryRunner(s.data, Duration.ofSeconds(10)).run(q, Map.of());
    int vars = expected.resultSet().getResultVars().size();
    List<String> lines = r.body().lines().toList();
    assertTrue(lines.get(vars + 5).startsWith("    <result><binding name=\"terminal\"><uri>"), r.body());
    assertEquals(expected.size() + vars + 7, lines.size(), "one line a result and a variable, seven more");
    byte[] body = r.body().getBytes(StandardCharsets.UTF_8);
    SparqlXmlResultsTest.wellFormed(body);
    ResultSet back = ResultSetMgr.read(new ByteArrayInputStream(body), ResultSetLang.RS_XML);
    assertTrue(ResultSetCompare.equalsByTermAndOrder(expected.resultSet(), back), r.body());
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"text/turtle", "application/ld+json", "application/n-triples", "application/rdf+xml"})
  void constructByAccept(String accept) {
    HttpResponse<String> r = s.get("/api/queries/neighbourhood", accept);
    assertEquals(200, r.statusCode());
    assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith(accept));
    assertTrue(r.body().contains("如东LNG接收站"));
  }

  @Test
  void formatParameterAndNotAcceptable() {
    assertTrue(s.get("/api/queries/lng-terminals?format=csv", null).body().startsWith("terminal,"));
    assertEquals(406, s.get("/api/queries/lng-terminals", "image/png").statusCode());
    assertEquals(400, s.get("/api/queries/lng-terminals?format=ttl", null).statusCode());
  }

  @Test
  void parametersFilterAsTyped() {
    String r = s.get("/api/queries/projects?stage=" + TestServer.enc("https://w3id.org/yrdkg/ontology#Expansion")
        + "&province=" + TestServer.enc(Fixture.ID + "region/320000"), "text/csv").body();
    assertEquals(2, r.lines().count(), r);
    assertTrue(r.contains("如东LNG接收站"));
    String targets = s.get("/api/queries/targets?year=2035", "text/csv").body();
    assertEquals(2, targets.lines().count(), targets);
    assertTrue(targets.contains("常住人口城镇化率"));
    String coop = s.get("/api/queries/actor-tasks?actor=" + TestServer.enc(Fixture.ID + "actor/guojia-nengyuanju")
        + "&role=" + TestServer.enc("https://w3id.org/yrdkg/ontology#CooperatingRole"), "text/csv").body();
    assertTrue(coop.contains("统筹推进LNG接收站建设") && coop.contains("配合"), coop);
  }

  @Test
  void paging() {
    String page = s.get("/api/queries/lng-terminals?limit=1&offset=1", "text/csv").body();
    assertEquals(2, page.lines().count());
    assertTrue(page.contains("如东LNG接收站"), page);
    assertEquals(400, s.get("/api/queries/lng-terminals?limit=0", null).statusCode());
    assertEquals(400, s.get("/api/queries/lng-terminals?limit=99999999", null).statusCode());
    assertEquals(400, s.get("/api/queries/lng-terminals?offset=-1", null).statusCode());
    for (String huge : List.of("99999999999", "9".repeat(40))) {
      HttpResponse<String> r = s.get("/api/queries/lng-terminals?offset=" + huge, null);
      assertEquals(400, r.statusCode());
      assertTrue(r.body().contains("parameter 'offset': must be between 0 and 2147483647"), r.body());
    }
    assertEquals(400, s.get("/api/queries/neighbourhood?limit=5", null).statusCode());
  }

  @Test
  void unknownQueryIs404() {
    HttpResponse<String> r = s.get("/api/queries/no-such-query", null);
    assertEquals(404, r.statusCode());
    assertTrue(r.body().contains("no canned query named 'no-such-query'"));
  }

  @Test
  void missingUnknownOrIllTypedParametersAre400WithAMessage() {
    HttpResponse<String> missing = s.get("/api/queries/actor-tasks", null);
    assertEquals(400, missing.statusCode());
    assertTrue(missing.body().contains("missing parameter 'actor'"), missing.body());
    HttpResponse<String> unknown = s.get("/api/queries/lng-terminals?province=x", null);
    assertEquals(400, unknown.statusCode());
    assertTrue(unknown.body().contains("unknown parameter 'province'"), unknown.body());
    HttpResponse<String> year = s.get("/api/queries/targets?year=twenty", null);
    assertEquals(400, year.statusCode());
    assertTrue(year.body().contains("parameter 'year': not an integer"), year.body());
    HttpResponse<String> iri = s.get("/api/queries/sub-regions?region=" + TestServer.enc("not an iri"), null);
    assertEquals(400, iri.statusCode());
    assertTrue(iri.body().contains("parameter 'region'"), iri.body());
    assertFalse(iri.body().contains("Exception"));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
    "https://w3id.org/yrdkg/id/region/320000> . ?s ?p ?o . <x:",
    "https://w3id.org/yrdkg/id/region/320000>}} UNION {?s ?p ?o} #",
    "https://x.org/a\"b",
    "javascript:alert(1)",
    "<https://w3id.org/yrdkg/id/region/320000>",
  })
  void injectionThroughAnIriParameterIsRefused(String value) {
    HttpResponse<String> r = s.get("/api/queries/sub-regions?region=" + TestServer.enc(value), "text/csv");
    assertEquals(400, r.statusCode(), r.body());
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"接收站\") } UNION { ?entity ?p ?o } #", "\" . ?s ?p ?o . \"", "接收站' || true || '"})
  void injectionThroughAStringParameterIsInert(String value) {
    HttpResponse<String> r = s.get("/api/queries/label-search?q=" + TestServer.enc(value), "text/csv");
    // Bound as one literal of words: at most the matches of its words, never the whole graph.
    assertEquals(200, r.statusCode(), r.body());
    assertTrue(r.body().lines().count() <= 5, r.body());
    HttpResponse<String> years = s.get("/api/queries/targets?year=" + TestServer.enc("2025) || (1=1"), "text/csv");
    assertEquals(400, years.statusCode());
  }

  /**
   * The words of a {@code words} parameter are searched for as typed, as /search takes them: Lucene's syntax
   * characters (an unbalanced bracket or quote, a wildcard) were a 400 "could not be parsed" that said nothing more.
   */
  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"接收站 (", "接收站\"", "(接收站)", "接收站 AND", "OR 接收站", "接收站 ~", "接收站 [", "接收站 \\",
      "接收站 && !", "接收站^"})
  void searchWordsAreTakenAsWordsNotLuceneSyntax(String value) {
    String plain = s.get("/api/queries/label-search?q=" + TestServer.enc("接收站"), "text/csv").body();
    assertEquals(5, plain.lines().count(), plain);
    HttpResponse<String> r = s.get("/api/queries/label-search?q=" + TestServer.enc(value), "text/csv");
    assertEquals(200, r.statusCode(), r.body());
    assertEquals(plain, r.body());
  }

  @Test
  void searchWordsKeepLucenesOperatorsAndRefuseNoWordsAtAll() {
    HttpResponse<String> either = s.get("/api/queries/label-search?q=" + TestServer.enc("如东 OR 宁波舟山"), "text/csv");
    assertEquals(200, either.statusCode(), either.body());
    assertTrue(either.body().contains("如东LNG接收站") && either.body().contains("宁波舟山LNG接收站"), either.body());
    HttpResponse<String> both = s.get("/api/queries/label-search?q=" + TestServer.enc("如东 AND 宁波舟山"), "text/csv");
    assertEquals(1, both.body().lines().count(), both.body());
    for (String none : List.of("AND", "OR OR", " NOT ")) {
      HttpResponse<String> r = s.get("/api/queries/label-search?q=" + TestServer.enc(none), null);
      assertEquals(400, r.statusCode(), none);
      assertTrue(r.body().contains("parameter 'q': no words to search for"), r.body());
    }
  }
}
