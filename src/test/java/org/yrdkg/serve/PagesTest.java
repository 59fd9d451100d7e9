package org.yrdkg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The home page and the query page. */
class PagesTest {
  @RegisterExtension
  static final TestServer s = TestServer.fixture();

  @Test
  void homeShowsFiguresQueriesSearchAndLinks() {
    HttpResponse<String> r = s.get("/", "text/html");
    assertEquals(200, r.statusCode());
    String html = r.body();
    assertTrue(html.contains("<th>Project</th><td>6</td>"), html);
    assertTrue(html.contains("LNG接收站及其所在省份") && html.contains("/api/queries/lng-terminals?format=csv"));
    assertTrue(html.contains("action=\"/search\"") && html.contains("href=\"/void\"") && html.contains("href=\"/dump\""));
  }

  @Test
  void queryPageHasEditorPrefixesAndExamples() {
    HttpResponse<String> r = s.get("/query", "text/html");
    assertEquals(200, r.statusCode());
    String html = r.body();
    assertTrue(html.contains("<textarea id=\"editor\""));
    assertTrue(html.contains("PREFIX yrd:  <https://w3id.org/yrdkg/ontology#>"));
    assertTrue(html.contains("\"name\" : \"railways-between\"") || html.contains("\"name\": \"railways-between\""));
    assertTrue(!html.contains("/*EXAMPLES*/"));
  }

  @Test
  void unknownPathsAre404() {
    assertEquals(404, s.get("/no/such/page", null).statusCode());
  }
}
