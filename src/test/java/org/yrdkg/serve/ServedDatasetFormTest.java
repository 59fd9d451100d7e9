package org.yrdkg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The dataset as {@code serve} holds it after a build or from its cache: named graphs and their union, fixed. */
class ServedDatasetFormTest {
  @RegisterExtension
  static final TestServer s = TestServer.fixtureAsBuilt();

  @Test
  void aGraphTheDatasetDoesNotHoldIsEmptyAndStaysAbsent() {
    String graphs = "SELECT (COUNT(DISTINCT ?g) AS ?n) { GRAPH ?g { } }";
    String before = s.sparql(graphs, "text/csv").body();
    String nope = "http://example.org/no-such-graph";
    for (String q : new String[] {"SELECT * { GRAPH <" + nope + "> { ?s ?p ?o } }",
        "SELECT * FROM NAMED <" + nope + "> { GRAPH ?g { ?s ?p ?o } }",
        "SELECT * FROM <" + nope + "> { ?s ?p ?o }", "ASK { GRAPH <" + nope + "> { } }"}) {
      HttpResponse<String> r = s.sparql(q, "text/csv");
      assertEquals(200, r.statusCode(), q + ": " + r.body());
      assertTrue(r.body().lines().count() == 1 || r.body().strip().endsWith("false"), q + ": " + r.body());
    }
    HttpResponse<String> get = s.get("/yrdkg/get?graph=" + TestServer.enc(nope), "text/turtle");
    assertEquals(404, get.statusCode(), get.body());
    assertEquals(before, s.sparql(graphs, "text/csv").body(), "no graph made on demand");
  }
}
