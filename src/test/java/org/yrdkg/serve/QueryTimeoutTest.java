package org.yrdkg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/**
 * A runaway query is cut by the timeout, stops using the CPU, and does not hold up other clients.
 * ARQ's cancellation is cooperative, so this checks the effect rather than trusting the setting.
 */
class QueryTimeoutTest {
  /** ~700 triples to the fourth power: hours of work without the timeout. */
  static final String RUNAWAY = "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }";
  static final String RUNAWAY_PATH = "SELECT (COUNT(*) AS ?n) { ?a (<urn:p>|!<urn:p>)* ?b . ?c (<urn:p>|!<urn:p>)* ?d }";
  /**
   * Rows skipped by an OFFSET, which ARQ skipped while it planned the query, under the lock its timeout must take: the
   * timeout did not stop it, and held ARQ's one timer thread, so that no other query was stopped either.
   */
  static final String RUNAWAY_OFFSET = "SELECT * { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i } OFFSET 1000000000000";

  @Test
  void runawayQueriesAreCutWhileOthersAreServed() throws Exception {
    try (TestServer s = TestServer.fixture(Duration.ofSeconds(2)).start()) {
      var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
      for (String runaway : new String[] {RUNAWAY, RUNAWAY_PATH, RUNAWAY_OFFSET}) {
        long t0 = System.nanoTime();
        CompletableFuture<HttpResponse<String>> slow = CompletableFuture.supplyAsync(() -> s.sparql(runaway, "text/csv"));
        Thread.sleep(300);
        // A second client, while the runaway query is running.
        long t1 = System.nanoTime();
        HttpResponse<String> quick = s.sparql(SparqlEndpointTest.COUNT_LNG, "text/csv");
        long quickMs = (System.nanoTime() - t1) / 1_000_000;
        assertEquals("n\r\n3\r\n", quick.body());
        assertTrue(quickMs < 1500, "second client waited " + quickMs + " ms");
        assertTrue(!slow.isDone(), "the runaway query should still be running");

        HttpResponse<String> cut = slow.get();
        long ms = (System.nanoTime() - t0) / 1_000_000;
        assertEquals(503, cut.statusCode(), cut.body());
        assertTrue(ms >= 1900 && ms < 6000, "cut after " + ms + " ms");

        // The cancelled query's thread has stopped: the process is idle again.
        Thread.sleep(500);
        long c0 = os.getProcessCpuTime();
        Thread.sleep(1000);
        long busyMs = (os.getProcessCpuTime() - c0) / 1_000_000;
        assertTrue(busyMs < 400, "CPU still busy after the timeout: " + busyMs + " ms in 1 s");
      }
      // The dataset (with its text index) still answers after a cancellation.
      String text = "PREFIX text: <http://jena.apache.org/text#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "
          + "SELECT (COUNT(DISTINCT ?s) AS ?n) { ?s text:query (rdfs:label \"接收站\") ; a <https://w3id.org/yrdkg/ontology#LNGTerminal> }";
      HttpResponse<String> after = s.sparql(text, "text/csv");
      assertEquals(200, after.statusCode(), after.body());
      assertEquals("n\r\n3\r\n", after.body());
    }
  }
}
