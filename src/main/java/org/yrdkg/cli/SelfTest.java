package org.yrdkg.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.StringJoiner;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonParseException;
import org.yrdkg.rdf.Iris;
import org.yrdkg.serve.CannedQueries;
import org.yrdkg.serve.CannedQuery;
import org.yrdkg.serve.QueryParam;
import org.yrdkg.serve.YrdkgServer;

/**
 * {@code serve --self-test}: asks the running server, over HTTP, for one of each kind of answer it gives (SPARQL in
 * JSON and XML, every canned query with its examples, an entity in Turtle and HTML, search, the ontology, the graph
 * view, an export) and checks each status and media type. One line per failure, one summary line.
 */
final class SelfTest {
  private static final Duration TIMEOUT = Duration.ofSeconds(60);

  private final String root;
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final PrintWriter out;
  private int asked;
  private int failed;

  private SelfTest(int port, PrintWriter out) {
    this.root = "http://localhost:" + port;
    this.out = out;
  }

  /** Asks the server on {@code port} and returns the number of answers that were not as expected. */
  static int run(int port, CannedQueries canned, PrintWriter out) {
    SelfTest test = new SelfTest(port, out);
    long t0 = System.nanoTime();
    test.all(canned);
    out.printf("self-test: %d requests, %s, in %.1f s%n", test.asked,
        test.failed == 0 ? "every answer as expected" : test.failed + " not as expected", (System.nanoTime() - t0) / 1e9);
    out.flush();
    return test.failed;
  }

  private void all(CannedQueries canned) {
    expect("/$/ping", "*/*", "text/plain");
    expect("/", "text/html", "text/html");
    expect("/query", "text/html", "text/html");
    String count = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }";
    expect(sparql(count), "application/sparql-results+json", "application/sparql-results+json");
    expect(sparql(count), "application/sparql-results+xml", "application/sparql-results+xml");
    expect(sparql("ASK {}"), "application/sparql-results+json", "application/sparql-results+json");
    expect("/api/queries", "application/json", "application/json");
    expect("/api/openapi.json", "application/json", "application/json");
    for (CannedQuery query : canned.all()) {
      boolean graph = query.form().equals("construct") || query.form().equals("describe");
      String accept = graph ? "text/turtle" : "application/sparql-results+json";
      expect(canned(query), accept, accept);
    }
    expect("/ontology", "text/turtle", "text/turtle");
    expect("/void", "text/turtle", "text/turtle");
    expect("/search?q=" + encode("长三角"), "application/json", "application/json");
    expect("/graph", "text/html", "text/html");
    String entity = someEntity();
    if (entity != null) {
      String path = "/id/" + entity.substring(Iris.DEFAULT_BASE.length());
      expect(path, "text/turtle", "text/turtle");
      expect(path, "text/html", "text/html");
      expect("/graph/entity?iri=" + encode(entity), "application/json", "application/json");
      expect("/export/cytoscape?around=" + encode(entity), "*/*", "application/json");
    }
  }

  /** The path of a canned query with its required parameters given their examples. */
  private static String canned(CannedQuery query) {
    StringJoiner params = new StringJoiner("&", "?", "").setEmptyValue("");
    for (QueryParam p : query.params()) {
      if (p.required() && p.example() != null) {
        params.add(p.name() + "=" + encode(p.example()));
      }
    }
    return "/api/queries/" + query.name() + params;
  }

  /** An entity of the graph under the standard base, read from the SPARQL endpoint; null when it has none. */
  private String someEntity() {
    String query = "SELECT ?s WHERE { ?s a ?type FILTER(STRSTARTS(STR(?s), \"" + Iris.DEFAULT_BASE
        + "region/\")) } LIMIT 1";
    String body = expect(sparql(query), "application/sparql-results+json", "application/sparql-results+json");
    if (body == null) {
      return null;
    }
    try {
      JsonArray rows = JSON.parse(body).get("results").getAsObject().get("bindings").getAsArray();
      if (rows.isEmpty()) {
        failure("the graph has no region to ask for");
        return null;
      }
      JsonObject row = rows.get(0).getAsObject();
      return row.get("s").getAsObject().get("value").getAsString().value();
    } catch (JsonParseException | NullPointerException | ClassCastException e) {
      failure("GET " + sparql(query) + ": an answer that is not SPARQL JSON results");
      return null;
    }
  }

  private static String sparql(String query) {
    return YrdkgServer.DATASET + "/sparql?query=" + encode(query);
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  /**
   * GETs {@code path} with {@code accept} and checks for a 200 whose media type is {@code type}; returns the body, or
   * null after reporting a failure.
   */
  private String expect(String path, String accept, String type) {
    asked++;
    HttpRequest request = HttpRequest.newBuilder(URI.create(root + path)).timeout(TIMEOUT).header("Accept", accept)
        .GET().build();
    HttpResponse<String> response;
    try {
      response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      failure("GET " + path + ": " + e.getMessage());
      return null;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      failure("GET " + path + ": interrupted");
      return null;
    }
    String got = response.headers().firstValue("Content-Type").orElse("");
    if (response.statusCode() != 200) {
      failure("GET " + path + ": status " + response.statusCode() + ", expected 200");
      return null;
    }
    if (!got.startsWith(type)) {
      failure("GET " + path + ": media type '" + got + "', expected " + type);
      return null;
    }
    if (response.body().isEmpty()) {
      failure("GET " + path + ": an empty answer");
      return null;
    }
    return response.body();
  }

  private void failure(String line) {
    failed++;
    out.println("self-test: " + line);
  }
}
