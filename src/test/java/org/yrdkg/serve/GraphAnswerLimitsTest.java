package org.yrdkg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModules;
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
    // with the CORS filter, whose "Vary: Origin" an answer must keep
    server = FusekiServer.create().port(0).registerOperation(Operation.Query, query)
        .fusekiModules(FusekiModules.create(new FMod_Cors())).add("/ds", service).build().start();
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
    assertEquals(1, query.graphAnswers.free(), "the turn of a refused answer given back");
  }

  @Test
  void aLargeGraphAnswerFallsBackToAnotherFormatTheClientTakes() throws Exception {
    HttpResponse<String> turtle = ask(CONSTRUCT, "application/ld+json;q=0.9, text/turtle;q=0.5");
    assertEquals(200, turtle.statusCode(), turtle.body());
    assertTrue(turtle.headers().firstValue("Content-Type").orElse("").startsWith("text/turtle"),
        turtle.headers().toString());
    assertTrue(turtle.headers().allValues("Vary").stream().anyMatch(v -> v.contains("Accept")), turtle.headers().toString());
    HttpResponse<String> crossSite = HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + server.getPort()
        + "/ds/sparql?query=" + TestServer.enc(CONSTRUCT))).header("Accept", "application/ld+json;q=0.9, text/turtle;q=0.5")
        .header("Origin", "https://example.org").GET().build(), HttpResponse.BodyHandlers.ofString());
    assertTrue(crossSite.headers().firstValue("Content-Type").orElse("").startsWith("text/turtle"));
    List<String> crossSiteVary = crossSite.headers().allValues("Vary").stream().flatMap(v -> Stream.of(v.split(","))).map(String::strip)
        .toList();
    assertTrue(crossSiteVary.contains("Origin") && crossSiteVary.contains("Accept"), crossSite.headers().toString());
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
    assertEquals(1, query.graphAnswers.free(), "every turn given back");
  }

  @Test
  void graphAnswersTakeTurnsAndOtherQueriesGoOn() throws Exception {
    assertEquals(Turns.Outcome.TAKEN, query.graphAnswers.take(Duration.ZERO));
    try {
      HttpResponse<String> busy = ask(CONSTRUCT, "text/turtle");
      assertEquals(503, busy.statusCode(), busy.body());
      assertEquals("1", busy.headers().firstValue("Retry-After").orElse(""));
      assertEquals(200, ask("SELECT * { ?s ?p ?o } LIMIT 1", "text/csv").statusCode(), "SELECT does not wait");
    } finally {
      query.graphAnswers.give();
    }
    assertEquals(200, ask(CONSTRUCT, "text/turtle").statusCode());
    assertEquals(1, query.graphAnswers.free(), "every turn given back");
  }

  @Test
  void aBurstOfGraphQueriesLeavesThreadsForCheapOnes() throws Exception {
    // a long wait for a turn, and Fuseki's own number of request threads (20)
    LocalQuery patient = new LocalQuery(1, Duration.ofSeconds(20), 10);
    DataService service = DataService.newBuilder(Fixture.served().graph()).addEndpoint(Operation.Query, "sparql").build();
    FusekiServer own = FusekiServer.create().port(0).registerOperation(Operation.Query, patient).add("/ds", service).build()
        .start();
    String base = "http://localhost:" + own.getHttpPort() + "/ds/sparql?query=";
    assertEquals(Turns.Outcome.TAKEN, patient.graphAnswers.take(Duration.ZERO));
    List<CompletableFuture<HttpResponse<String>>> burst = new ArrayList<>();
    try {
      for (int i = 0; i < 30; i++) {
        burst.add(HTTP.sendAsync(HttpRequest.newBuilder(URI.create(base + TestServer.enc(CONSTRUCT)))
            .header("Accept", "text/turtle").build(), HttpResponse.BodyHandlers.ofString()));
      }
      // all but those that found a place to wait are told at once to come back
      long waiting = LocalQuery.WAITING_PER_TURN;
      long refused = 0;
      for (long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(10); refused < 30 - waiting && System.nanoTime() < end; ) {
        Thread.sleep(20);
        refused = burst.stream().filter(CompletableFuture::isDone).count();
      }
      Thread.sleep(200); // none more
      refused = burst.stream().filter(CompletableFuture::isDone).count();
      assertEquals(30 - waiting, refused, "requests answered while the turn is held");
      for (CompletableFuture<HttpResponse<String>> f : burst) {
        if (f.isDone()) {
          assertEquals(503, f.get().statusCode(), f.get().body());
          assertEquals("5", f.get().headers().firstValue("Retry-After").orElse(""));
        }
      }
      long start = System.nanoTime();
      HttpResponse<String> cheap = HTTP.send(HttpRequest.newBuilder(URI.create(base + TestServer.enc("ASK { ?s ?p ?o }")))
          .timeout(Duration.ofSeconds(15)).build(), HttpResponse.BodyHandlers.ofString());
      assertEquals(200, cheap.statusCode());
      assertTrue(System.nanoTime() - start < TimeUnit.SECONDS.toNanos(5), "a cheap query does not queue behind the burst");
    } finally {
      patient.graphAnswers.give();
    }
    try {
      // those that waited get their turns and their answers
      List<CompletableFuture<HttpResponse<String>>> waited = burst.stream().filter(f -> !f.isDone()).toList();
      assertEquals(LocalQuery.WAITING_PER_TURN, waited.size());
      for (CompletableFuture<HttpResponse<String>> w : waited) {
        assertEquals(200, w.get(15, TimeUnit.SECONDS).statusCode());
      }
      assertEquals(1, patient.graphAnswers.free(), "every turn given back");
    } finally {
      own.stop();
    }
  }
}
