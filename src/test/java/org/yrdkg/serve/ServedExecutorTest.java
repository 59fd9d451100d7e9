package org.yrdkg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.junit.jupiter.api.Test;

/** The served dataset's executor: queries that ARQ's own would not let the timeout stop are stopped. */
class ServedExecutorTest {
  /** 300 nodes, each linked to 30 others at random by one of two properties. */
  private static Dataset served(DatasetGraph data) {
    Random random = new Random(5);
    Txn.executeWrite(data, () -> {
      for (int i = 0; i < 300; i++) {
        for (int j = 0; j < 30; j++) {
          data.add(Quad.create(NodeFactory.createURI("urn:g"), NodeFactory.createURI("urn:n" + i),
              NodeFactory.createURI("urn:p" + random.nextInt(2)), NodeFactory.createURI("urn:n" + random.nextInt(300))));
        }
      }
    });
    return ServedDataset.of(DatasetFactory.wrap(data)).dataset();
  }

  private static long stoppedAfterMs(Dataset served, String query) {
    long began = System.nanoTime();
    assertThrows(QueryCancelledException.class, () -> Txn.executeRead(served, () -> {
      try (QueryExecution qe = QueryExecution.create().query(query).dataset(served)
          .timeout(300, TimeUnit.MILLISECONDS).build()) {
        qe.execSelect().forEachRemaining(row -> { });
      }
    }), query);
    return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - began);
  }

  /**
   * A query with a large OFFSET over a large join is stopped by its timeout, in memory and on TDB2. ARQ's own slice
   * skipped the offset while the query was planned, under the lock the timeout needs: such a query ran for minutes.
   */
  @Test
  void aLargeOffsetIsStoppedByTheTimeout() {
    for (DatasetGraph data : List.of(DatasetGraphFactory.createTxnMem(), DatabaseMgr.createDatasetGraph())) {
      Dataset served = served(data);
      for (String q : List.of("SELECT * { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i } OFFSET 1000000000000",
          "SELECT DISTINCT ?a ?d ?g { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i } OFFSET 1000000000000 LIMIT 1",
          "SELECT (COUNT(*) AS ?n) { { SELECT * { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i } OFFSET 1000000000000 } }")) {
        long ms = stoppedAfterMs(served, q);
        assertTrue(ms < 10_000, q + ": stopped after " + ms + " ms");
      }
    }
  }

  /**
   * A path of many steps from one node is stopped by the timeout within a step, in memory and on TDB2: ARQ looks at the
   * timeout only between the nodes a path starts from, and this one path from one node took a minute.
   */
  @Test
  void aLongPathFromOneNodeIsStoppedByTheTimeout() {
    for (DatasetGraph data : List.of(DatasetGraphFactory.createTxnMem(), DatabaseMgr.createDatasetGraph())) {
      Dataset served = served(data);
      String q = "SELECT (COUNT(*) AS ?n) { <urn:n0> (<urn:p0>|!<urn:x>){1,12} ?o }";
      long ms = stoppedAfterMs(served, q);
      assertTrue(ms < 5_000, q + ": stopped after " + ms + " ms");
      // and paths still answer
      String short1 = "SELECT (COUNT(*) AS ?n) { <urn:n0> <urn:p0>/<urn:p1> ?o }";
      String short2 = "SELECT (COUNT(*) AS ?n) { <urn:n0> (<urn:p0>|<urn:p1>)* ?o }";
      for (String ok : List.of(short1, short2)) {
        long n = Txn.calculateRead(served, () -> {
          try (QueryExecution qe = QueryExecution.create().query(ok).dataset(served).build()) {
            return qe.execSelect().next().getLiteral("n").getLong();
          }
        });
        assertTrue(n > 0, ok);
      }
      assertEquals(300, Txn.calculateRead(served, () -> {
        try (QueryExecution qe = QueryExecution.create().query(short2).dataset(served).build()) {
          return qe.execSelect().next().getLiteral("n").getInt();
        }
      }), "every node is reached");
    }
  }
}
