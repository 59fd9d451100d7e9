package org.yrdkg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;

class ExpressionErrorsTest {
  private static final String FN = "http://www.w3.org/2005/xpath-functions#";
  private static final String AFN = "http://jena.apache.org/ARQ/function#";

  /** Calls that Jena fails with an exception of its own or of Java's, not an evaluation error. */
  private static final List<String> FAILING = List.of(
      "<" + FN + "format-number>(1, \"#,##0.##.#\")",
      "REPLACE(\"abc\", \"(b)\", \"\\\\\")",
      "<" + AFN + "sprintf>(\"%d\", \"x\")",
      "<" + AFN + "sprintf>(\"%q\", 1)",
      "<" + FN + "round-half-to-even>(1.5, 999999999)",
      "1 / 0.0",
      "STRLANG(\"x\", \"a b\")",
      "STRLANG(\"x\", STR(?p))");

  private static DatasetGraph served() {
    return served(3);
  }

  private static DatasetGraph served(int triples) {
    DatasetGraph data = DatasetGraphFactory.createTxnMem();
    Txn.executeWrite(data, () -> {
      for (int i = 0; i < triples; i++) {
        data.add(Quad.create(NodeFactory.createURI("urn:g"), NodeFactory.createURI("urn:s" + i),
            NodeFactory.createURI("urn:p"), NodeFactory.createLiteralString("abc")));
      }
    });
    return ServedDataset.of(DatasetFactory.wrap(data)).graph();
  }

  private static final DatasetGraph SERVED = served();

  /** The rows of {@code query}, each as its variables' values in order, "-" for unbound. */
  private static List<String> rows(String query) {
    return Txn.calculateRead(SERVED, () -> {
      try (QueryExec exec = QueryExec.dataset(SERVED).query(query).build()) {
        List<String> out = new ArrayList<>();
        exec.select().forEachRemaining(b -> {
          StringBuilder row = new StringBuilder();
          b.vars().forEachRemaining(v -> row.append(row.length() > 0 ? " " : "").append(NodeFmtLib.strNT(b.get(v))));
          out.add(row.length() == 0 ? "-" : row.toString());
        });
        return out;
      }
    });
  }

  @Test
  void aCallThatFailsLeavesItsVariableUnbound() {
    for (String call : FAILING) {
      assertEquals(List.of("-", "-", "-"), rows("SELECT ?x WHERE { ?s ?p ?o BIND(" + call + " AS ?x) }"), call);
      assertEquals(List.of("-"), rows("SELECT (" + call + " AS ?x) WHERE { }"), call);
    }
  }

  @Test
  void aCallThatFailsIsAnErrorOfThatCallOnly() {
    for (String call : FAILING) {
      assertEquals(List.of("\"fallback\""), rows("SELECT (COALESCE(" + call + ", \"fallback\") AS ?x) WHERE { }"),
          call);
      assertEquals(List.of("\"yes\"", "\"yes\"", "\"yes\""),
          rows("SELECT ?x WHERE { ?s ?p ?o BIND(IF(true || " + call + " = 1, \"yes\", \"no\") AS ?x) }"), call);
      assertEquals(List.of(), rows("SELECT ?s WHERE { ?s ?p ?o FILTER(" + call + " != 0) }"), call);
      assertEquals(3, rows("SELECT ?s WHERE { ?s ?p ?o } ORDER BY (" + call + ") ?s").size(), call);
      assertEquals(List.of("\"3\"^^<http://www.w3.org/2001/XMLSchema#integer>"),
          rows("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o } GROUP BY (" + call + ")"), call);
      assertEquals(List.of("-"), rows("SELECT (SAMPLE(" + call + ") AS ?x) WHERE { ?s ?p ?o }"), call);
    }
  }

  @Test
  void callsThatWorkAreUnchanged() {
    assertEquals(List.of("\"x\"@en"), rows("SELECT (STRLANG(\"x\", \"en\") AS ?x) WHERE { }"));
    assertEquals(List.of("\"a\\\\c\""), rows("SELECT (REPLACE(\"abc\", \"(b)\", \"\\\\\\\\\") AS ?x) WHERE { }"));
    assertEquals(List.of("\"1,234.5\""),
        rows("SELECT (<" + FN + "format-number>(1234.5, \"#,##0.##\") AS ?x) WHERE { }"));
    assertEquals(List.of("\"7 items\""), rows("SELECT (<" + AFN + "sprintf>(\"%d items\", 7) AS ?x) WHERE { }"));
    assertEquals(List.of("\"abc\"@zh", "\"abc\"@zh", "\"abc\"@zh"),
        rows("SELECT ?x WHERE { ?s ?p ?o BIND(STRLANG(?o, \"zh\") AS ?x) }"));
  }

  @Test
  void theOperatorsOfEveryDayAreLeftForTheOptimiser() {
    // a guarded equality would hide ?o = <urn:x> from the optimiser, which puts the IRI in the pattern instead
    String plain = "SELECT * WHERE { ?s ?p ?o FILTER(?o = <urn:x> && LANG(STR(?s)) = \"zh\" && BOUND(?p)"
        + " && COALESCE(?s, 1) IN (1, 2) && STRLEN(CONCAT(?s, \"a\")) > 0 && !isBlank(?s)) }";
    Op op = Algebra.compile(QueryFactory.create(plain));
    assertEquals(op, ExpressionErrors.guarded(op));
    String other = "SELECT * WHERE { ?s ?p ?o FILTER(?o = <urn:x> && REPLACE(?s, \"a\", \"b\") = \"c\") }";
    assertTrue(ExpressionErrors.guarded(Algebra.compile(QueryFactory.create(other))).toString()
        .contains("(yrdkg:guarded (replace ?s \"a\" \"b\"))"));
  }

  @Test
  void aTimeoutStillStopsAQueryWhoseFunctionsAskForPatterns() {
    DatasetGraph large = served(300);
    // the guarded REPLACE holds the EXISTS, whose pattern is a cross product the timeout stops
    String slow = "SELECT ?s WHERE { ?s ?p ?o FILTER(REPLACE(IF(EXISTS { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i"
        + " FILTER(STR(?a) = STR(?g) && STRLEN(STR(?d)) < 0) }, \"a\", \"b\"), \"a\", \"c\") = \"c\") }";
    long start = System.nanoTime();
    assertThrows(QueryCancelledException.class, () -> Txn.executeRead(large, () -> {
      try (QueryExec exec = QueryExec.dataset(large).query(slow).timeout(200, TimeUnit.MILLISECONDS).build()) {
        exec.select().forEachRemaining(b -> { });
      }
    }));
    assertTrue(System.nanoTime() - start < TimeUnit.SECONDS.toNanos(20), "stopped, not run to its end");
  }
}
