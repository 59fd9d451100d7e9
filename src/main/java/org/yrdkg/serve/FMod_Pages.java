package org.yrdkg.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModule;
import org.apache.jena.rdf.model.Model;

/**
 * The pages for people: {@code /} (dataset figures, canned queries, search box, links) and
 * {@code /query} (a SPARQL editor with the prefixes preloaded and the canned queries as examples,
 * running against {@code /yrdkg/sparql}).
 */
public final class FMod_Pages implements FusekiModule {
  private final ServedDataset data;
  private final CannedQueries queries;
  private volatile DatasetFigures figures;

  public FMod_Pages(ServedDataset data, CannedQueries queries) {
    this.data = data;
    this.queries = queries;
  }

  @Override
  public String name() {
    return "yrdkg pages";
  }

  @Override
  public void prepare(FusekiServer.Builder builder, Set<String> datasetNames, Model configModel) {
    builder.addServlet("", new HomeServlet());
    builder.addServlet("/query", new QueryPageServlet());
  }

  private DatasetFigures figures() {
    // Read-only data: count once, on first use.
    if (figures == null) {
      figures = DatasetFigures.of(data);
    }
    return figures;
  }

  private final class HomeServlet extends HttpServlet {
    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
      DatasetFigures f = figures();
      StringBuilder b = new StringBuilder("<h1>长三角一体化规划知识图谱</h1>")
          .append("<p class=sub>Knowledge graph of the Yangtze River Delta integration plans: regions, projects, sectors, ")
          .append("tasks, actors and targets, each traced to the sentences that state it.</p>")
          .append("<form action=\"/search\"><input type=search name=q placeholder=\"如：接收站、沪通铁路、集成电路\"> ")
          .append("<button>检索 Search</button></form>")
          .append("<p><a class=graph-link href=\"/graph\">▸ 交互式图谱 Explore the graph</a> — regions, projects, sectors, ")
          .append("tasks, actors and targets drawn with their relations; click a node for its sources.</p>");
      b.append("<h2>数据 Dataset</h2><table><tr><th>triples</th><td>").append(f.triples())
          .append("</td></tr><tr><th>file graphs</th><td>").append(f.graphs()).append("</td></tr>");
      for (Map.Entry<String, Long> e : f.instances().entrySet()) {
        b.append("<tr><th>").append(Html.esc(e.getKey())).append("</th><td>").append(e.getValue()).append("</td></tr>");
      }
      b.append("</table>");
      b.append("<h2>常用查询 Canned queries</h2><table><tr><th>查询</th><th>query</th><th>results</th></tr>");
      for (CannedQuery q : queries.all()) {
        boolean graph = !q.isList() && !q.query().isAskType();
        b.append("<tr><td>").append(Html.esc(q.titleZh())).append("</td><td>").append(Html.esc(q.titleEn()))
            .append("<br><span class=small>").append(Html.esc(q.description())).append("</span></td><td>");
        for (ResultFormat rf : ResultFormat.offered(graph)) {
          b.append("<a href=\"/api/queries/").append(Html.esc(q.name())).append("?format=").append(rf.id()).append("\">")
              .append(rf.id()).append("</a> ");
        }
        b.append("· <a href=\"/query?example=").append(Html.esc(q.name())).append("\">edit</a></td></tr>");
      }
      b.append("</table><h2>接口 Access</h2><ul>")
          .append("<li>SPARQL endpoint: <code>/yrdkg/sparql</code> (GET, POST; read-only) · <a href=\"/query\">query editor</a></li>")
          .append("<li>Graph Store Protocol (read): <code>/yrdkg/get?graph=…</code></li>")
          .append("<li>Entity graph for Gephi, Cytoscape, yEd: <code>/export/{graphml|gexf|cytoscape|ttl|jsonld|nq}</code> ")
          .append("(<a href=\"/export/graphml\">GraphML</a> · <a href=\"/export/gexf\">GEXF</a> · ")
          .append("<a href=\"/export/cytoscape\">Cytoscape.js</a>; <code>?around=IRI&amp;depth=N</code>, ")
          .append("<code>?query=NAME</code>, <code>?provenance=true</code>, <code>?tasks=false</code>)</li>")
          .append("<li>Canned queries API: <a href=\"/api/queries\">/api/queries</a> · <a href=\"/api/openapi.json\">OpenAPI</a></li>")
          .append("<li>Linked data: <code>https://w3id.org/yrdkg/id/…</code> at <code>/id/…</code> · ")
          .append("<a href=\"/ontology\">ontology</a> · <a href=\"/void\">VoID</a> · <a href=\"/dump\">dump (N-Quads, gzip)</a></li>")
          .append("<li>Operations: <a href=\"/$/ping\">/$/ping</a> · <a href=\"/$/metrics\">/$/metrics</a> (Prometheus)</li></ul>");
      HttpOut.send(resp, 200, "text/html", Html.page("长三角一体化规划知识图谱", b.toString()));
    }
  }

  private final class QueryPageServlet extends HttpServlet {
    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
      JsonArray examples = new JsonArray();
      for (CannedQuery q : queries.all()) {
        examples.add(FMod_CannedQueries.describe(q, "/api"));
      }
      String page;
      try (InputStream in = FMod_Pages.class.getResourceAsStream("/web/query.html")) {
        page = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      }
      // Inside <script>: keep "</" from closing the element.
      String json = JSON.toString(examples).replace("</", "<\\/");
      HttpOut.send(resp, 200, "text/html", page.replace("/*EXAMPLES*/[]", json));
    }
  }
}
