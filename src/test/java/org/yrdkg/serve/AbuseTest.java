package org.yrdkg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.function.FunctionBase0;
import org.apache.jena.sparql.function.FunctionRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The server under abuse, bounded in count and time: generated malformed requests each get a 4xx
 * (never a 5xx or a hang), and 64 concurrent clients all get their answers.
 */
class AbuseTest {
  @RegisterExtension
  static final TestServer s = TestServer.fixture();

  /** Malformed requests of many kinds, generated from a fixed seed so a failure can be replayed. */
  static List<HttpRequest> malformed(int n) {
    Random random = new Random(20191201);
    String[] brokenQueries = {"SELEC * WHERE { ?s ?p ?o }", "SELECT * WHERE { ?s ?p ", "PREFIX x: SELECT", "}}}}",
        "SELECT * WHERE { ?s <not an iri> ?o }", "ASK { FILTER( }", "DESCRIBE", "SELECT (COUNT(*) AS) {}", "\u0000",
        "SELECT * WHERE { ?s ?p ?o } LIMIT -1 OFFSET x"};
    String[] paths = {"/id/../../etc/passwd", "/id/%2e%2e/%2e%2e/etc/passwd", "/api/queries/../../etc/passwd",
        "/api/queries/no-such-query", "/api/queries/lng-terminals?limit=-5", "/api/queries/lng-terminals?limit=abc",
        "/api/queries/lng-terminals?offset=1e99", "/api/queries/railways-between?a=not%20an%20iri",
        "/api/queries/railways-between?a=javascript:alert(1)", "/api/queries/targets?year=twenty",
        "/api/queries/actor-tasks", "/id/region/999999", "/id/no/such/thing", "/yrdkg/update", "/yrdkg/upload",
        "/$/datasets", "/$/server", "/yrdkg/get?graph=not%20an%20iri"};
    String[] accepts = {"application/x-nonsense", "text/html;q=x", "*/*;q=0", "image/png"};
    List<HttpRequest> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      HttpRequest.Builder b;
      switch (i % 6) {
        case 0 -> b = HttpRequest.newBuilder(URI.create(s.url("/yrdkg/sparql?query="
            + TestServer.enc(brokenQueries[random.nextInt(brokenQueries.length)]))));
        case 1 -> b = HttpRequest.newBuilder(URI.create(s.url(paths[random.nextInt(paths.length)])));
        case 2 -> b = HttpRequest.newBuilder(URI.create(s.url("/yrdkg/sparql?query=" + "x".repeat(5000 + random.nextInt(60000)))));
        case 3 -> b = HttpRequest.newBuilder(URI.create(s.url("/api/queries/lng-terminals")))
            .header("Accept", accepts[random.nextInt(accepts.length)]);
        case 4 -> b = HttpRequest.newBuilder(URI.create(s.url("/yrdkg/sparql")))
            .header("Content-Type", "application/sparql-update")
            .POST(HttpRequest.BodyPublishers.ofString("DROP ALL"));
        default -> b = HttpRequest.newBuilder(URI.create(s.url("/api/queries/lng-terminals")))
            .method(random.nextBoolean() ? "DELETE" : "PUT", HttpRequest.BodyPublishers.ofString("x"));
      }
      out.add(b.timeout(Duration.ofSeconds(30)).build());
    }
    return out;
  }

  @Test
  void thousandMalformedRequestsEachGetA4xx() {
    Map<String, Integer> wrong = new TreeMap<>();
    for (HttpRequest r : malformed(1000)) {
      int status = s.send(r).statusCode();
      if (status < 400 || status >= 500) {
        wrong.merge(r.method() + " " + abbreviate(r.uri().getRawPath()) + " " + r.headers().firstValue("Accept").orElse("")
            + " -> " + status, 1, Integer::sum);
      }
    }
    assertEquals(Map.of(), wrong);
    assertEquals(200, s.sparql(SparqlEndpointTest.COUNT_LNG, "text/csv").statusCode(), "server healthy afterwards");
  }

  /** Requests Fuseki on its own answers with a 500 (or a 501): each gets the 4xx it deserves, with a reason. */
  /** A function that fails as a value too large for the heap does, by this name in every query. */
  static final String OUT_OF_MEMORY = "urn:yrdkg:test:outOfMemory";

  static {
    FunctionRegistry.get().put(OUT_OF_MEMORY, uri -> new FunctionBase0() {
      @Override
      public NodeValue exec() {
        throw new OutOfMemoryError("Java heap space");
      }
    });
  }

  @Test
  void requestsOnceAnswered500GetAStatusOfTheirOwn() {
    Map<String, HttpRequest> requests = new java.util.LinkedHashMap<>();
    requests.put("400 nested too deeply", query("SELECT * { BIND(1" + "+1".repeat(30000) + " AS ?x) }", "application/sparql-query"));
    requests.put("400 nested too deeply ", query("SELECT * { " + String.join(" UNION ", java.util.Collections.nCopies(5000,
        "{ ?s ?p ?o }")) + " }", "application/sparql-query"));
    requests.put("400 nested too deeply  ", query("SELECT * { ?s " + String.join("/", java.util.Collections.nCopies(20000,
        "<http://example.org/p>")) + " ?o }", "application/sparql-query"));
    requests.put("400 nested too deeply   ", query("SELECT * " + "{".repeat(3000) + "}".repeat(3000), "application/sparql-query"));
    requests.put("400 list expected", query("SELECT ?s WHERE { ?s <http://jena.apache.org/ARQ/property#concat> ?o }",
        "application/sparql-query"));
    // errors whose message has Chinese in it: Fuseki gave it the length of its characters, not of its bytes
    requests.put("400 长(", query("SELECT * WHERE { ?s ?p ?o FILTER(REGEX(STR(?o), \"长(\")) }",
        "application/sparql-query"));
    requests.put("400 Not recognized for SPARQL results: 长", HttpRequest.newBuilder(URI.create(s.url(
        "/yrdkg/sparql?query=ASK%7B%7D&output=%E9%95%BF"))).build());
    requests.put("400 Cannot parse '长三角 AND (", query("PREFIX text: <http://jena.apache.org/text#>"
        + " SELECT * WHERE { ?s text:query \"长三角 AND (\" }", "application/sparql-query"));
    // property functions that fail as the query runs
    requests.put("400 Both subject and object are unbound variables: apf:assign", query("SELECT * WHERE { ?x "
        + "<http://jena.apache.org/ARQ/property#assign> ?y }", "application/sparql-query"));
    requests.put("400 bnode: subject is an unbound variable", query("SELECT * WHERE { ?x "
        + "<http://jena.apache.org/ARQ/property#bnode> ?y }", "application/sparql-query"));
    requests.put("400 property function <http://jena.apache.org/ARQ/property#strSplit>: Unclosed group", query(
        "SELECT * WHERE { ?x <http://jena.apache.org/ARQ/property#strSplit> (\"a,b\" \"(\") }",
        "application/sparql-query"));
    requests.put("503 the query was stopped: it needed more memory than the server has", query("SELECT (<"
        + OUT_OF_MEMORY + ">() AS ?x) WHERE { }", "application/sparql-query"));
    requests.put("400 form", query("query=%ZZ", "application/x-www-form-urlencoded"));
    requests.put("415 charset", query("ASK {}", "application/sparql-query; charset=latin-1"));
    requests.put("400 the query in the request body is not UTF-8 text", HttpRequest.newBuilder(URI.create(
        s.url("/yrdkg/sparql"))).header("Content-Type", "application/sparql-query").POST(HttpRequest.BodyPublishers
        .ofByteArray("ASK { ?s ?p \"长三角\" }".getBytes(java.nio.charset.Charset.forName("GBK")))).build());
    requests.put("413 longer than 1 MiB", query("#" + "x".repeat(2 << 20) + "\nASK {}", "application/sparql-query"));
    requests.put("400 unreadable parameters", HttpRequest.newBuilder(URI.create(s.url("/yrdkg/get?graph=%ff%fe"))).build());
    requests.put("400 unreadable parameters ", HttpRequest.newBuilder(URI.create(s.url("/yrdkg/sparql?query=%ff%fe")))
        .build());
    requests.put("405 PROPFIND", HttpRequest.newBuilder(URI.create(s.url("/"))).method("PROPFIND",
        HttpRequest.BodyPublishers.noBody()).build());
    requests.put("405 PATCH", HttpRequest.newBuilder(URI.create(s.url("/yrdkg/sparql"))).method("PATCH",
        HttpRequest.BodyPublishers.ofString("ASK {}")).build());
    requests.forEach((expected, r) -> {
      HttpResponse<String> answer = s.send(r);
      String status = expected.substring(0, 3);
      assertEquals(status, String.valueOf(answer.statusCode()), expected + ": " + abbreviate(answer.body()));
      assertTrue(answer.body().contains(expected.substring(4).strip()), expected + ": " + abbreviate(answer.body()));
      if (status.equals("405")) {
        assertEquals("GET, HEAD, POST, OPTIONS", answer.headers().firstValue("Allow").orElse(""));
      }
    });
    assertEquals(200, s.sparql(SparqlEndpointTest.COUNT_LNG, "text/csv").statusCode(), "server healthy afterwards");
  }

  /**
   * Valid queries whose expressions fail on some rows are answered, and write nothing to the log: ARQ warns of such an
   * error once per row or per comparison, some with a stack trace, and one such query wrote 3 million lines in 10 s;
   * a function that Jena fails with an exception of its own failed the whole query with a 500. A function or property
   * function that does not exist, or one given what it cannot take, was warned of once or twice per request.
   */
  @Test
  void errorsInAClientsExpressionsAreAnsweredAndNotLogged() {
    List<String> queries = List.of(
        "SELECT ?s WHERE { ?s ?p ?o FILTER(REGEX(STR(?o), \"a\", ?o)) }",
        "SELECT ?s WHERE { ?s ?p ?o FILTER(REGEX(STR(?o), ?o)) }",
        "SELECT ?s WHERE { ?s ?p ?o FILTER(REGEX(\"x\", STR(?o))) }",
        "SELECT ?x WHERE { ?s ?p ?o BIND(STRDT(STR(?o), <http://www.w3.org/2001/XMLSchema#integer>) AS ?x)"
            + " FILTER(?x > 1) }",
        "SELECT ?s WHERE { ?s ?p ?o } ORDER BY (<http://www.w3.org/2001/XMLSchema#integer>(?s))",
        "SELECT ?s WHERE { ?s ?p ?o } ORDER BY RAND()",
        "SELECT (<http://www.w3.org/2005/xpath-functions#format-number>(1, \"#,##0.##.#\") AS ?x) WHERE { }",
        "SELECT ?x WHERE { ?s ?p ?o BIND(STRLANG(\"x\", STR(?p)) AS ?x) }",
        // a function or property function that does not exist, or given what it cannot take
        "SELECT ?x WHERE { BIND(<http://jena.apache.org/ARQ/function#noSuchFunction>(1) AS ?x) }",
        "SELECT ?v WHERE { ?x <http://jena.apache.org/ARQ/property#noSuchFunction> ?v }",
        "SELECT ?a WHERE { ?x <http://jena.apache.org/ARQ/property#splitIRI> (?a ?b) }",
        "SELECT ?s WHERE { ?s <http://jena.apache.org/text#query> (<http://example.org/notIndexed> \"长三角\") }");
    PrintStream err = System.err;
    ByteArrayOutputStream logged = new ByteArrayOutputStream();
    System.setErr(new PrintStream(logged, true, StandardCharsets.UTF_8));
    try {
      for (String q : queries) {
        assertEquals(200, s.sparql(q, "text/csv").statusCode(), q);
      }
    } finally {
      System.setErr(err);
    }
    assertEquals("", abbreviate(logged.toString(StandardCharsets.UTF_8)));
  }

  /**
   * A query that does not parse gets the parser's reason on one short line, and nothing of it is logged: Fuseki logged
   * the reason, which quotes the token the parser stopped at (800 KB for an unclosed string of that size), and answered
   * a late parse error with the whole query in the message.
   */
  @Test
  void aQueryThatDoesNotParseGetsOneShortLineAndWritesNothingToTheLog() {
    String text = "PREFIX text: <http://jena.apache.org/text#>\n";
    Map<String, HttpRequest> requests = new java.util.LinkedHashMap<>();
    requests.put("Parse error: Lexical error", query("SELECT * { ?s ?p \"" + "长".repeat(300_000) + "\n }",
        "application/sparql-query"));
    requests.put("Parse error: Lexical error ", query("SELECT * { ?s ?p ?o } " + "garbage".repeat(100_000),
        "application/sparql-query"));
    requests.put("Parse error: Encountered", query("SELECT * { ?s ?p ?o " + "FILTER(?o = 1) ".repeat(10_000),
        "application/sparql-query"));
    requests.put("Parse error: Lexical error  ", query("query=" + TestServer.enc("ASK { ?s ?p '" + "x".repeat(150_000)),
        "application/x-www-form-urlencoded"));
    requests.put("Parse error: Lexical error   ", query("SELECT * { ?s ?p \"" + "x".repeat(1_000) + "\n }",
        "application/sparql-query"));
    requests.put("Parse error: Encountered ", HttpRequest.newBuilder(URI.create(s.url("/yrdkg/sparql?query="
        + TestServer.enc("SELECT * { ?s ?p ?o")))).build());
    requests.put("Parse error: Text search parse error: Cannot parse '长三角 AND ( '", query(text + "#"
        + "x".repeat(50_000) + "\nSELECT * WHERE { ?s text:query \"长三角 AND (\" }", "application/sparql-query"));
    PrintStream err = System.err;
    ByteArrayOutputStream logged = new ByteArrayOutputStream();
    System.setErr(new PrintStream(logged, true, StandardCharsets.UTF_8));
    try {
      requests.forEach((expected, r) -> {
        HttpResponse<String> answer = s.send(r);
        assertEquals(400, answer.statusCode(), expected + ": " + abbreviate(answer.body()));
        assertTrue(answer.body().startsWith(expected.strip()), expected + ": " + abbreviate(answer.body()));
        assertTrue(answer.body().length() <= 2 * LocalQuery.LONGEST_REASON, abbreviate(answer.body()));
        assertEquals(1, answer.body().strip().lines().count(), abbreviate(answer.body()));
      });
    } finally {
      System.setErr(err);
    }
    assertEquals("", abbreviate(logged.toString(StandardCharsets.UTF_8)));
    // a query as long that parses is answered
    HttpResponse<String> ok = s.send(query("#" + "长".repeat(300_000) + "\nASK {}", "application/sparql-query"));
    assertEquals(200, ok.statusCode(), abbreviate(ok.body()));
  }

  /** Only the dataset takes POST (a SPARQL query); elsewhere it is a 405 in JSON, as every other error is. */
  @Test
  void postOutsideTheDatasetIsA405InJson() {
    for (String path : List.of("/api/queries/lng-terminals", "/id/region/320000", "/search?q=x", "/export/gexf", "/")) {
      HttpResponse<String> answer = s.send(HttpRequest.newBuilder(URI.create(s.url(path))).header("Content-Type",
          "application/json").POST(HttpRequest.BodyPublishers.ofString("{}")).build());
      assertEquals(405, answer.statusCode(), path);
      assertEquals("GET, HEAD, OPTIONS", answer.headers().firstValue("Allow").orElse(""), path);
      assertTrue(answer.headers().firstValue("Content-Type").orElse("").startsWith("application/json"), path);
      assertTrue(answer.body().contains("POST is for SPARQL queries at /yrdkg/sparql"), answer.body());
    }
    HttpResponse<String> query = s.send(HttpRequest.newBuilder(URI.create(s.url("/yrdkg/sparql"))).header("Content-Type",
        "application/sparql-query; charset=GB18030").POST(HttpRequest.BodyPublishers.ofByteArray(
            "ASK { ?s ?p \"长三角\" }".getBytes(java.nio.charset.Charset.forName("GB18030")))).build());
    assertEquals(200, query.statusCode(), "a body in the charset its Content-Type names is read in it: " + query.body());
  }

  /** Fuseki writes a JSONP callback back in front of the answer as given: only a JavaScript name gets that far. */
  @Test
  void aJsonpCallbackMustBeAJavaScriptName() {
    for (String bad : List.of("<script>alert(1)</script>", "alert(1)//", "a b", "1x", "a..b", "x".repeat(65))) {
      HttpResponse<String> answer = s.send(HttpRequest.newBuilder(URI.create(s.url("/yrdkg/sparql?query="
          + TestServer.enc("ASK {}") + "&callback=" + TestServer.enc(bad)))).build());
      assertEquals(400, answer.statusCode(), bad);
      assertTrue(answer.body().contains("parameter 'callback'"), answer.body());
      assertTrue(!answer.body().contains(bad), "the callback is not echoed: " + answer.body());
    }
    for (String good : List.of("handle", "jQuery112406_1590000000000", "app.results.$handle")) {
      HttpResponse<String> answer = s.send(HttpRequest.newBuilder(URI.create(s.url("/yrdkg/sparql?query="
          + TestServer.enc("ASK {}") + "&callback=" + TestServer.enc(good)))).header("Accept",
          "application/sparql-results+json").build());
      assertEquals(200, answer.statusCode(), good);
      assertTrue(answer.body().startsWith(good + "("), answer.body());
    }
  }

  /** Fuseki drops a timeout it cannot read and runs the query to the server's limit; the client is told instead. */
  @Test
  void aTimeoutMustBeWholeSeconds() {
    for (String bad : List.of("abc", "0", "-5", "1.5", "1e3", "5s", " 5", "5,", ",5", "5,0", "1234567890")) {
      for (String path : List.of("/yrdkg/sparql", "/yrdkg")) {
        HttpResponse<String> answer = s.send(HttpRequest.newBuilder(URI.create(s.url(path + "?query="
            + TestServer.enc("ASK {}") + "&timeout=" + TestServer.enc(bad)))).build());
        assertEquals(400, answer.statusCode(), path + " " + bad);
        assertTrue(answer.body().contains("parameter 'timeout'"), answer.body());
      }
    }
    HttpResponse<String> posted = s.send(HttpRequest.newBuilder(URI.create(s.url("/yrdkg/sparql")))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString("query=" + TestServer.enc("ASK {}") + "&timeout=abc")).build());
    assertEquals(400, posted.statusCode(), posted.body());
    for (String good : List.of("5", "5,30", "007")) {
      HttpResponse<String> answer = s.send(HttpRequest.newBuilder(URI.create(s.url("/yrdkg/sparql?query="
          + TestServer.enc("ASK {}") + "&timeout=" + TestServer.enc(good)))).build());
      assertEquals(200, answer.statusCode(), good + ": " + answer.body());
    }
  }

  /**
   * The errors Jetty answers itself, a path it cannot read or one nothing serves, are JSON like every other error of
   * the server, where they were HTML pages; a GET of the endpoint without a query says where the query goes.
   */
  @Test
  void jettysOwnErrorsAreJsonToo() {
    Map<String, Integer> cases = new java.util.LinkedHashMap<>();
    cases.put("/id/%00", 400);
    cases.put("/id/a%2Fb", 400);
    cases.put("/id/%C0%AF", 400);
    cases.put("/nope", 404);
    cases.put("/yrdkg/nope", 404);
    cases.put("/yrdkg/sparql", 400);
    for (Map.Entry<String, Integer> c : cases.entrySet()) {
      HttpResponse<String> answer = s.send(HttpRequest.newBuilder(URI.create(s.url(c.getKey()))).build());
      assertEquals(c.getValue(), answer.statusCode(), c.getKey() + ": " + answer.body());
      assertTrue(answer.headers().firstValue("Content-Type").orElse("").startsWith("application/json"), c.getKey());
      assertTrue(answer.body().contains("\"error\"") && !answer.body().contains("<"), c.getKey() + ": " + answer.body());
    }
    HttpResponse<String> head = s.send(HttpRequest.newBuilder(URI.create(s.url("/nope")))
        .method("HEAD", HttpRequest.BodyPublishers.noBody()).build());
    assertEquals(404, head.statusCode());
    assertEquals("", head.body());
  }

  private static HttpRequest query(String body, String contentType) {
    return HttpRequest.newBuilder(URI.create(s.url("/yrdkg/sparql"))).header("Content-Type", contentType)
        .POST(HttpRequest.BodyPublishers.ofString(body)).timeout(Duration.ofSeconds(30)).build();
  }

  @Test
  void sixtyFourConcurrentClientsAllGetTheirAnswers() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(64);
    try {
      List<Future<Integer>> answers = new ArrayList<>();
      for (int c = 0; c < 64; c++) {
        answers.add(pool.submit(() -> {
          int ok = 0;
          for (int k = 0; k < 10; k++) {
            HttpResponse<String> r = s.get("/api/queries/lng-terminals", "text/csv");
            if (r.statusCode() == 200 && r.body().contains("如东LNG接收站")) {
              ok++;
            }
          }
          return ok;
        }));
      }
      int total = 0;
      for (Future<Integer> f : answers) {
        total += f.get(120, TimeUnit.SECONDS);
      }
      assertEquals(640, total);
    } finally {
      pool.shutdownNow();
    }
    assertTrue(s.sparql(SparqlEndpointTest.COUNT_LNG, "text/csv").body().contains("3"));
  }

  private static String abbreviate(String s) {
    return s.length() <= 90 ? s : s.substring(0, 90) + "…";
  }
}
