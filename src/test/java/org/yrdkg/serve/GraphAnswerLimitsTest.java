package org.yrdkg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** CONSTRUCT and DESCRIBE answers: only so many at a time, and JSON-LD only up to a size. */
class GraphAnswerLimitsTest {
  static final String CONSTRUCT = "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }";
  static LocalQuery query;
  static FusekiServer server;
  static final HttpClient HTTP = HttpClient.newHttpClient();

  @BeforeAll
  static void start() {
    // one answer at a time, a turn waited for 300 ms, JSON-LD up to 10 triples
    query = new LocalQuery(1, Duration.ofMillis(300), 10);
    DataService service = DataService.newBuilder(Fixture.served().graph()).addEndpoint(Operation.Query, "sparql").build();
    server = FusekiServer.create().port(0).registerOperation(Operation.Query, query).add("/ds", service).build().start();
  }

  @AfterAll
  static void stop() {
    server.stop();
  }

  static HttpResponse<String> ask(String sparql, String accept) throws Exception {
    return ask(sparql, "", accept);
  }

  /** Asks with further {@code parameters} ({@code &name=value…}) after the query. */
  static HttpResponse<String> ask(String sparql, String parameters, String accept) throws Exception {
    return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + server.getHttpPort() + "/ds/sparql?query="
        + TestServer.enc(sparql) + parameters)).header("Accept", accept).build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void aLargeGraphAnswerIsRefusedInJsonLdOnly() throws Exception {
    HttpResponse<String> jsonld = ask(CONSTRUCT, "application/ld+json");
    assertEquals(406, jsonld.statusCode(), jsonld.body());
    assertTrue(jsonld.body().contains("too large for JSON-LD (at most 10)"), jsonld.body());
    assertEquals(200, ask(CONSTRUCT, "text/turtle").statusCode());
    assertEquals(200, ask("CONSTRUCT { ?s a ?t } WHERE { ?s a ?t } LIMIT 5", "application/ld+json").statusCode());
    assertEquals(1, query.graphAnswers.availablePermits(), "the turn of a refused answer given back");
  }

  @Test
  void aLargeGraphAnswerFallsBackToAnotherFormatTheClientTakes() throws Exception {
    HttpResponse<String> turtle = ask(CONSTRUCT, "application/ld+json;q=0.9, text/turtle;q=0.5");
    assertEquals(200, turtle.statusCode(), turtle.body());
    assertTrue(turtle.headers().firstValue("Content-Type").orElse("").startsWith("text/turtle"),
        turtle.headers().toString());
    assertTrue(turtle.headers().allValues("Vary").stream().anyMatch(v -> v.contains("Accept")), turtle.headers().toString());
    Model answer = ModelFactory.createDefaultModel().read(new StringReader(turtle.body()), null, "TTL");
    assertTrue(answer.size() > 10, "the whole answer, " + answer.size() + " triples");

    HttpResponse<String> quads = ask(CONSTRUCT, "application/ld+json, application/n-quads;q=0.1");
    assertEquals(200, quads.statusCode(), quads.body());
    assertTrue(quads.headers().firstValue("Content-Type").orElse("").startsWith("application/n-quads"));
    assertEquals(answer.size(), quads.body().lines().filter(l -> !l.isBlank()).count());

    HttpResponse<String> any = ask(CONSTRUCT, "application/ld+json, */*;q=0.1");
    assertEquals(200, any.statusCode(), any.body());
    assertTrue(any.headers().firstValue("Content-Type").orElse("").startsWith("text/turtle"));

    // a format named by a parameter is what the client wants, whatever it accepts; the cap holds there too
    HttpResponse<String> named = ask(CONSTRUCT, "&output=json-ld", "text/turtle");
    assertEquals(406, named.statusCode(), named.body());
    HttpResponse<String> namedTurtle = ask(CONSTRUCT, "&output=ttl", "application/ld+json");
    assertEquals(200, namedTurtle.statusCode(), namedTurtle.body());
    assertEquals(1, query.graphAnswers.availablePermits(), "every turn given back");
  }

  @Test
  void graphAnswersTakeTurnsAndOtherQueriesGoOn() throws Exception {
    query.graphAnswers.acquire();
    try {
      HttpResponse<String> busy = ask(CONSTRUCT, "text/turtle");
      assertEquals(503, busy.statusCode(), busy.body());
      assertEquals("1", busy.headers().firstValue("Retry-After").orElse(""));
      assertEquals(200, ask("SELECT * { ?s ?p ?o } LIMIT 1", "text/csv").statusCode(), "SELECT does not wait");
    } finally {
      query.graphAnswers.release();
    }
    assertEquals(200, ask(CONSTRUCT, "text/turtle").statusCode());
    assertEquals(1, query.graphAnswers.availablePermits(), "every turn given back");
  }
}
