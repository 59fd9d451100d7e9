package org.yrdkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yrdkg.cli.InspectCommandTest.Result;

class ExportCommandTest {
  private static final String FIXTURE = "src/test/resources/fixture/export.trig";
  private static final String LNG = "https://w3id.org/yrdkg/id/project/jiang-su-ru-dong-lng-jie-shou-zhan";

  @TempDir Path tmp;

  @Test
  void writesCytoscapeJsonToStandardOutput() {
    Result r = InspectCommandTest.run("export", "--format", "cytoscape", "--graph", FIXTURE);

    assertEquals(0, r.code(), r.err());
    JsonObject root = JSON.parse(r.out());
    assertEquals(22, root.get("elements").getAsObject().get("nodes").getAsArray().size());
  }

  @Test
  void writesAFileAroundAnEntity() throws IOException {
    Path out = tmp.resolve("lng.gexf");

    Result r = InspectCommandTest.run("export", "--format", "gexf", "--graph", FIXTURE, "--around", LNG, "--depth", "1",
        "--out", out.toString());

    assertEquals(0, r.code(), r.err());
    assertEquals("", r.out());
    assertTrue(r.err().contains("wrote 4 nodes and 4 edges"), r.err());
    assertTrue(Files.readString(out).contains("<nodes count=\"4\">"));
  }

  @Test
  void exportsTheResultOfAConstructQueryWithProvenanceAndWithoutTasks() throws IOException {
    Path q = Files.writeString(tmp.resolve("lng.rq"), """
        PREFIX yrd: <https://w3id.org/yrdkg/ontology#>
        CONSTRUCT { ?p yrd:locatedIn ?r } WHERE { ?p a yrd:LNGTerminal ; yrd:locatedIn ?r }
        """);

    Result r = InspectCommandTest.run("export", "--format", "graphml", "--graph", FIXTURE, "--query", q.toString(),
        "--with-provenance", "--no-tasks");

    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains(">Mention</data>"), r.out());
    assertFalse(r.out().contains(">Task</data>"));
  }

  @Test
  void rdfFormatsComeThroughRiot() {
    Result r = InspectCommandTest.run("export", "--format", "nq", "--graph", FIXTURE, "--around", LNG, "--depth", "0");

    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("<" + LNG + "> <https://w3id.org/yrdkg/ontology#stage> <https://w3id.org/yrdkg/ontology#Expansion>"));
  }

  @Test
  void exportsTheGraphBuiltFromTheSeeds() {
    Result r = InspectCommandTest.run("export", "--format", "cytoscape", "--seeds", "seeds", "--with-provenance");

    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("\"PolicyDocument\""), r.out().substring(0, Math.min(500, r.out().length())));
  }

  @Test
  void badInputIsOneLineAndExitOne() throws IOException {
    assertRefused("dot: unknown export format", "export", "--format", "dot", "--graph", FIXTURE);
    assertRefused("project/nowhere: not an entity", "export", "--format", "gexf", "--graph", FIXTURE,
        "--around", "https://w3id.org/yrdkg/id/project/nowhere");
    assertRefused("missing.rq: no such file", "export", "--format", "gexf", "--graph", FIXTURE,
        "--query", tmp.resolve("missing.rq").toString());
    Path select = Files.writeString(tmp.resolve("select.rq"), "SELECT * { ?s ?p ?o }");
    assertRefused("select.rq: not a CONSTRUCT query", "export", "--format", "gexf", "--graph", FIXTURE,
        "--query", select.toString());
    Path broken = Files.writeString(tmp.resolve("broken.rq"), "CONSTRUCT { ?s ?p ?o } WHERE {\n\n");
    assertRefused("broken.rq: not a valid SPARQL query", "export", "--format", "gexf", "--graph", FIXTURE,
        "--query", broken.toString());
    assertRefused("nowhere.trig: no such file", "export", "--format", "gexf", "--graph", tmp.resolve("nowhere.trig").toString());
    Path update = Files.writeString(tmp.resolve("update.rq"), "DELETE WHERE { ?s ?p ?o }");
    assertRefused("update.rq: a SPARQL update; yrdkg's graph is read-only", "export", "--format", "gexf", "--graph",
        FIXTURE, "--query", update.toString());
    Path gbk = Files.write(tmp.resolve("gbk.rq"),
        "CONSTRUCT WHERE { ?s ?p \"江苏\" }".getBytes(java.nio.charset.Charset.forName("GBK")));
    assertRefused("gbk.rq: not UTF-8 (it reads as GB18030/GBK Chinese text)", "export", "--format", "gexf", "--graph",
        FIXTURE, "--query", gbk.toString());
    Path text = Files.writeString(tmp.resolve("graph.txt"), "<a:b> <a:c> <a:d> .");
    assertRefused("graph.txt: not named as an RDF file", "export", "--format", "gexf", "--graph", text.toString());
    assertRefused(": a directory, not an RDF file", "export", "--format", "gexf", "--graph", tmp.toString());
    assertRefused(tmp + ": a directory; the output is one file", "export", "--format", "gexf", "--graph", FIXTURE,
        "--out", tmp.toString());
    Path turtle = tmp.resolve("graph.gexf");
    assertRefused(".gexf is the extension of gexf, not of ttl; name the file .ttl or give --format gexf", "export",
        "--format", "ttl", "--graph", FIXTURE, "--out", turtle.toString());
    assertFalse(Files.exists(turtle), "nothing is written");
    assertRefused(".cyjs is the extension of cytoscape, not of graphml", "export", "--format", "graphml", "--graph",
        FIXTURE, "--out", tmp.resolve("G.CYJS").toString());
    assertRefused("no such store directory", "export", "--format", "gexf", "--store", tmp.resolve("nostore").toString());
    assertRefused("--depth needs --around", "export", "--format", "gexf", "--graph", FIXTURE, "--depth", "2");
    assertRefused("--depth -1", "export", "--format", "gexf", "--graph", FIXTURE, "--around", LNG, "--depth", "-1");
  }

  /** A name the format does not use, or none, is the user's to choose; only another format's extension is refused. */
  @Test
  void anOutputNamedAsNoFormatIsWritten() throws IOException {
    for (String name : new String[] {"graph.xml", "graph", "graph.TTL"}) {
      Path out = tmp.resolve(name);
      Result r = InspectCommandTest.run("export", "--format", "ttl", "--graph", FIXTURE, "--around", LNG, "--depth", "0",
          "--out", out.toString());
      assertEquals(0, r.code(), r.err());
      assertTrue(Files.readString(out).contains("Expansion"), name);
    }
  }

  @Test
  void missingFormatIsAUsageError() {
    assertEquals(2, InspectCommandTest.run("export", "--graph", FIXTURE).code());
  }

  private static void assertRefused(String message, String... args) {
    Result r = InspectCommandTest.run(args);

    assertEquals(1, r.code(), r.err());
    assertEquals(1, r.err().strip().lines().count(), r.err());
    assertTrue(r.err().contains(message), r.err());
    assertFalse(r.err().contains("Exception") || r.err().contains("\tat "), r.err());
  }
}
