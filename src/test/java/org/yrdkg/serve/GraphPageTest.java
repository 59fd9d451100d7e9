package org.yrdkg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** What the graph view is made of, over HTTP: the page, its files, Cytoscape.js from the jar, the detail JSON. */
class GraphPageTest {
  static final String RUDONG = Fixture.ID + "region/320623";
  static final String RUDONG_LNG = Fixture.ID + "project/jiang-su-ru-dong-lng-jie-shou-zhan";

  @RegisterExtension
  static final TestServer s = TestServer.fixture();

  @Test
  void thePageLoadsCytoscapeAndItsOwnFilesFromThisServer() {
    HttpResponse<String> r = s.get("/graph", "text/html");

    assertEquals(200, r.statusCode());
    String html = r.body();
    assertTrue(html.contains("src=\"/webjars/cytoscape/dist/cytoscape.min.js\""), html);
    assertTrue(html.contains("src=\"/graph/assets/graph.js\"") && html.contains("href=\"/graph/assets/graph.css\""));
    assertTrue(html.contains("data-base=\"" + Fixture.ID + "\""), "the instance namespace is filled in");
    assertTrue(!html.contains("http://") && !html.contains("//cdn"), "nothing from another site");
  }

  @Test
  void cytoscapeComesFromTheWebJar() {
    HttpResponse<String> r = s.get("/webjars/cytoscape/dist/cytoscape.min.js", null);

    assertEquals(200, r.statusCode());
    assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/javascript"));
    assertTrue(r.body().length() > 100_000 && r.body().contains("cytoscape"));
    assertEquals(404, s.get("/webjars/cytoscape/package.json", null).statusCode());
    int traversal = s.get("/webjars/cytoscape/dist/../../../../META-INF/MANIFEST.MF", null).statusCode();
    assertTrue(traversal == 400 || traversal == 404, "refused: " + traversal);
  }

  @Test
  void ourScriptAndStyleAreServedAndNothingElseOfTheJar() {
    assertEquals(200, s.get("/graph/assets/graph.js", null).statusCode());
    assertTrue(s.get("/graph/assets/graph.css", null).headers().firstValue("Content-Type").orElse("").startsWith("text/css"));
    assertEquals(404, s.get("/graph/assets/query.html", null).statusCode());
    int traversal = s.get("/graph/assets/..%2Fsimplelogger.properties", null).statusCode();
    assertTrue(traversal == 400 || traversal == 404, "refused: " + traversal);
  }

  @Test
  void theDetailJsonHasNamesLinksAndSourceSentences() {
    HttpResponse<String> r = s.get("/graph/entity?iri=" + TestServer.enc(RUDONG), null);

    assertEquals(200, r.statusCode(), r.body());
    JsonObject o = JSON.parse(r.body());
    assertEquals("如东县", o.getString("name"));
    assertEquals("/id/region/320623", o.getString("url"));
    assertTrue(o.get("links").toString().contains("jiang-su-ru-dong-lng-jie-shou-zhan"), o.get("links").toString());
    JsonObject terminal = JSON.parse(s.get("/graph/entity?iri=" + TestServer.enc(RUDONG_LNG), null).body());
    assertTrue(terminal.get("sources").getAsArray().size() > 0, terminal.toString());
    JsonObject first = terminal.get("sources").getAsArray().get(0).getAsObject();
    assertTrue(first.getString("text").contains(first.getString("exact")) && first.getString("text").contains("接收站"));
    assertTrue(first.getString("file").endsWith(".txt"));
  }

  @Test
  void theDetailJsonRefusesWhatItCannotAnswer() {
    assertEquals(400, s.get("/graph/entity", null).statusCode());
    HttpResponse<String> unknown = s.get("/graph/entity?iri=" + TestServer.enc(Fixture.ID + "region/999999"), null);
    assertEquals(404, unknown.statusCode());
    assertTrue(JSON.parse(unknown.body()).getString("error").startsWith("nothing is known about"));
  }

  @Test
  void entityAndHomePagesLinkToTheGraph() {
    String entity = s.get("/id/region/320623", "text/html").body();
    assertTrue(entity.contains("href=\"/graph?focus=" + TestServer.enc(RUDONG) + "\""), entity);
    String home = s.get("/", "text/html").body();
    assertTrue(home.contains("href=\"/graph\""), home);
    assertTrue(home.contains("/export/graphml"));
  }
}
