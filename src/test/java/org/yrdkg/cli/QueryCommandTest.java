package org.yrdkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yrdkg.serve.LocalQuery;

/** {@code query} against a TDB2 store holding the test fixture. */
class QueryCommandTest {
  @TempDir static Path tmp;
  static Path store;

  @BeforeAll
  static void writeStore() {
    store = tmp.resolve("tdb2");
    Dataset ds = TDB2Factory.connectDataset(store.toString());
    Txn.executeWrite(ds, () -> RDFDataMgr.read(ds, QueryCommandTest.class.getResource("/fixture/graph.trig").toString()));
    Txn.executeWrite(ds, () -> ds.addNamedModel("https://w3id.org/yrdkg/ontology", RDFDataMgr.loadModel("ontology/yrdkg.ttl")));
    org.apache.jena.tdb2.sys.TDBInternal.expel(ds.asDatasetGraph());
  }

  private static String[] run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
    return new String[] {String.valueOf(code), out.toString(), err.toString()};
  }

  @Test
  void cannedQueryAsCsvFromAStore() {
    String[] r = run("query", "lng-terminals", "--store", store.toString(), "--format", "csv");
    assertEquals("0", r[0], r[2]);
    assertEquals(4, r[1].lines().count(), r[1]);
    assertTrue(r[1].contains("如东LNG接收站"));
  }

  @Test
  void parametersAndTable() {
    String[] r = run("query", "sub-regions", "--store", store.toString(), "--param",
        "region=https://w3id.org/yrdkg/id/region/320600");
    assertEquals("0", r[0], r[2]);
    assertTrue(r[1].contains("如东县") && !r[1].contains("苏州市"), r[1]);
  }

  @Test
  void constructAsTurtle() {
    String[] r = run("query", "neighbourhood", "--store", store.toString(), "--format", "ttl");
    assertEquals("0", r[0], r[2]);
    assertTrue(r[1].contains("如东县"), r[1]);
  }

  @Test
  void queryFileAsJson() throws Exception {
    Path q = tmp.resolve("q.rq");
    Files.writeString(q, "SELECT (COUNT(*) AS ?n) { ?s a <https://w3id.org/yrdkg/ontology#Railway> }");
    String[] r = run("query", "--file", q.toString(), "--store", store.toString(), "--format", "json");
    assertEquals("0", r[0], r[2]);
    assertTrue(r[1].contains("\"value\" : \"2\"") || r[1].contains("\"value\": \"2\""), r[1]);
  }

  @Test
  void aQueryFileCallingAnotherEndpointIsRefused() throws Exception {
    Path q = tmp.resolve("remote.rq");
    Files.writeString(q, "SELECT * { ?s ?p ?o FILTER EXISTS { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?x } } }");
    String[] r = run("query", "--file", q.toString(), "--store", store.toString());
    assertEquals("1", r[0]);
    assertEquals(1, r[2].lines().count(), r[2]);
    assertTrue(r[2].contains("SERVICE is not allowed"), r[2]);
  }

  @Test
  void errorsAreOneLine() {
    String[] bad = run("query", "sub-regions", "--store", store.toString(), "--param", "region=nope");
    assertEquals("1", bad[0]);
    assertEquals(1, bad[2].lines().count(), bad[2]);
    assertTrue(bad[2].contains("parameter 'region'"), bad[2]);
    String[] unknown = run("query", "nope", "--store", store.toString());
    assertEquals("1", unknown[0]);
    assertTrue(unknown[2].contains("no canned query named 'nope'"));
    String[] format = run("query", "lng-terminals", "--store", store.toString(), "--format", "ttl");
    assertEquals("1", format[0]);
  }

  @Test
  void queryFilesThatAreNotQueriesAreRefusedBeforeAnyGraphIsRead() throws Exception {
    Path missingStore = tmp.resolve("no-store-needed");
    Path update = Files.writeString(tmp.resolve("update.rq"), "INSERT DATA { <urn:a> <urn:b> <urn:c> }");
    assertRefused("update.rq: a SPARQL update; yrdkg's graph is read-only", update, missingStore);
    Path broken = Files.writeString(tmp.resolve("broken.rq"), "SELECT * WHERE { ?s ?p ");
    assertRefused("broken.rq: not a valid SPARQL query (", broken, missingStore);
    // the parser's reason quotes the token it stopped at, here 100,000 characters: cut short
    Path unclosed = Files.writeString(tmp.resolve("unclosed.rq"), "SELECT * { ?s ?p \"" + "长".repeat(100_000) + "\n }");
    assertRefused("unclosed.rq: not a valid SPARQL query (Lexical error at line 1", unclosed, missingStore);
    String[] r = run("query", "--file", unclosed.toString(), "--store", missingStore.toString());
    assertTrue(r[2].length() < 100 + unclosed.toString().length() + LocalQuery.LONGEST_REASON, r[2]);
    Path gbk = Files.write(tmp.resolve("gbk.rq"),
        "SELECT * { ?s ?p \"长三角\" }".getBytes(java.nio.charset.Charset.forName("GBK")));
    assertRefused("gbk.rq: not UTF-8 (it reads as GB18030/GBK Chinese text)", gbk, missingStore);
    Path junk = Files.write(tmp.resolve("junk.rq"), new byte[] {0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, 0, 0});
    assertRefused("junk.rq: binary data", junk, missingStore);
    Path empty = Files.writeString(tmp.resolve("empty.rq"), "");
    assertRefused("empty.rq: empty file", empty, missingStore);
    assertRefused(": a directory, not a file", tmp, missingStore);
  }

  @Test
  void aTimeoutMustBePositive() {
    for (String t : new String[] {"0", "-5"}) {
      String[] r = run("query", "lng-terminals", "--store", store.toString(), "--timeout", t);
      assertEquals("2", r[0], r[2]);
      assertTrue(r[2].contains("--timeout must be positive"), r[2]);
    }
  }

  @Test
  void aQueriesDirectoryWithAFileThatIsNotUtf8IsRefusedNamingIt() throws Exception {
    Path dir = Files.createDirectories(tmp.resolve("queries-gbk"));
    Files.write(dir.resolve("places.rq"),
        "#+ title_zh: 地点\nSELECT * { ?s ?p ?o }".getBytes(java.nio.charset.Charset.forName("GBK")));
    String[] r = run("query", "--list", "--queries", dir.toString());
    assertEquals("1", r[0], r[2]);
    assertEquals(1, r[2].lines().count(), r[2]);
    assertTrue(r[2].contains("places.rq: not UTF-8"), r[2]);
  }

  // the store named does not exist: the file is refused first, so the store is never opened
  private static void assertRefused(String message, Path file, Path store) {
    String[] r = run("query", "--file", file.toString(), "--store", store.toString());
    assertEquals("1", r[0], r[2]);
    assertEquals(1, r[2].lines().count(), r[2]);
    assertTrue(r[2].contains(message), r[2]);
  }
}
