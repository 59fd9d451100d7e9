package org.yrdkg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.engine.http.QueryExceptionHTTP;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Queries never reach other endpoints: SERVICE is found wherever a query hides it, and refused. */
class LocalQueryTest {
  /** An endpoint on the loopback that counts who calls it, and hangs up on them. */
  static final class Listener implements AutoCloseable {
    final ServerSocket socket;
    final AtomicInteger calls = new AtomicInteger();

    Listener() throws IOException {
      socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
      Thread t = new Thread(() -> {
        while (!socket.isClosed()) {
          try (Socket caller = socket.accept()) {
            calls.incrementAndGet();
          } catch (IOException closed) {
            return;
          }
        }
      }, "listener");
      t.setDaemon(true);
      t.start();
    }

    String iri() {
      return "<http://127.0.0.1:" + socket.getLocalPort() + "/sparql>";
    }

    /** Whether anyone has connected so far. */
    boolean called() throws InterruptedException {
      Thread.sleep(200);
      return calls.get() > 0;
    }

    @Override
    public void close() throws IOException {
      socket.close();
    }
  }

  static final String[] HIDDEN = {
      "SELECT * { SERVICE %s { ?s ?p ?o } }",
      "SELECT * { SERVICE SILENT %s { ?s ?p ?o } }",
      "SELECT * { BIND(%s AS ?e) SERVICE ?e { ?s ?p ?o } }",
      "SELECT * { { SELECT ?s { SERVICE %s { ?s ?p ?o } } } }",
      "SELECT * { ?s a ?t FILTER EXISTS { SERVICE %s { ?s ?p ?o } } }",
      "SELECT * { ?s a ?t OPTIONAL { ?s ?q ?v FILTER NOT EXISTS { SERVICE %s { ?s ?p ?o } } } }",
      "SELECT ?s { ?s a ?t } ORDER BY DESC(EXISTS { SERVICE %s { ?s ?p ?o } })",
      "SELECT (EXISTS { SERVICE %s { ?a ?b ?c } } AS ?x) {}",
      "SELECT ?s { ?s a ?t } GROUP BY ?s HAVING (EXISTS { SERVICE %s { ?s ?p ?o } })",
      "SELECT * { ?s a ?t BIND(EXISTS { SERVICE %s { ?s ?p ?o } } AS ?x) }",
      "CONSTRUCT { ?s ?p ?o } WHERE { SERVICE %s { ?s ?p ?o } }",
      "DESCRIBE ?s WHERE { SERVICE %s { ?s ?p ?o } }",
      "ASK { { ?s ?p ?o } UNION { GRAPH ?g { SERVICE %s { ?s ?p ?o } } } }"};

  @Test
  void serviceIsFoundWhereverItHides() {
    for (String q : HIDDEN) {
      assertTrue(LocalQuery.callsService(QueryFactory.create(q.formatted("<http://example.org/sparql>"))), q);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "SELECT * { ?s ?p \"SERVICE <http://example.org/> { }\" }",
      "SELECT * { <http://example.org/service> ?p ?o FILTER EXISTS { ?o ?q ?r } } ORDER BY ?s",
      "PREFIX service: <http://example.org/> SELECT * { ?s service:p ?o }"})
  void queriesWithoutServicePass(String q) {
    assertFalse(LocalQuery.callsService(QueryFactory.create(q)), q);
  }

  @Test
  void aCannedQueryWithServiceIsRefusedWhenLoaded() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> CannedQuery.parse("remote", """
        #+ title_zh: 远程
        #+ title_en: Remote
        #+ description: Asks another endpoint.
        SELECT * { SERVICE <http://example.org/sparql> { ?s ?p ?o } }
        """));
    assertEquals("remote: " + LocalQuery.REFUSED, e.getMessage());
  }

  @Test
  void theServedDatasetRefusesServiceWhateverTheWayIn() throws Exception {
    // two things of a type in a named graph, so that every pattern around a SERVICE matches and sort keys are compared
    Dataset ds = DatasetFactory.create();
    ds.getNamedModel("http://example.org/g").read(new StringReader(
        "<http://example.org/a> a <http://example.org/T> . <http://example.org/b> a <http://example.org/T> ."), null, "TTL");
    ServedDataset data = ServedDataset.of(ds);
    try (Listener endpoint = new Listener()) {
      for (String q : HIDDEN) {
        String text = q.formatted(endpoint.iri());
        // the way canned queries and exports run: ARQ itself, on the served dataset, with no check before
        try (QueryExecution qe = QueryExecution.create().query(text).dataset(data.dataset()).build()) {
          if (qe.getQuery().isSelectType()) {
            qe.execSelect().materialise();
          } else if (qe.getQuery().isAskType()) {
            qe.execAsk();
          } else {
            qe.execConstruct();
          }
        } catch (QueryExceptionHTTP e) {
          throw new AssertionError(text + ": an HTTP request was tried", e);
        } catch (RuntimeException refused) {
          // refused by ARQ: what is wanted (SERVICE SILENT swallows the refusal instead)
        }
      }
      assertFalse(endpoint.called(), "a query reached the endpoint");
      RuntimeException e = assertThrows(RuntimeException.class, () -> {
        try (QueryExecution qe = QueryExecution.create().query(HIDDEN[0].formatted(endpoint.iri())).dataset(data.dataset())
            .build()) {
          qe.execSelect().materialise();
        }
      });
      assertTrue(e.getMessage().contains("SERVICE"), e.getMessage());
    }
  }
}
