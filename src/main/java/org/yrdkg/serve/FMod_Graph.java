package org.yrdkg.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModule;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.system.Txn;

/**
 * The interactive graph view: {@code /graph} (the page; {@code ?focus=IRI} selects an entity), its
 * script and style at {@code /graph/assets/…}, {@code /graph/entity?iri=…} (an entity's names,
 * links and source sentences as JSON, for the detail panel) and Cytoscape.js itself at
 * {@code /webjars/cytoscape/…}, read from the WebJar inside the jar: no CDN, no network.
 */
public final class FMod_Graph implements FusekiModule {
  private static final String WEBJAR = "META-INF/resources/webjars/cytoscape/";
  private static final String WEBJAR_POM = "META-INF/maven/org.webjars.npm/cytoscape/pom.properties";

  private final ServedDataset data;
  private final String base;

  public FMod_Graph(ServedDataset data, String base) {
    this.data = data;
    this.base = base;
  }

  @Override
  public String name() {
    return "yrdkg graph view";
  }

  @Override
  public void prepare(FusekiServer.Builder builder, Set<String> datasetNames, Model configModel) {
    builder.addServlet("/graph", new PageServlet());
    builder.addServlet("/graph/assets/*", new AssetServlet());
    builder.addServlet("/graph/entity", new EntityServlet());
    builder.addServlet("/webjars/cytoscape/*", new WebJarServlet(webJarVersion()));
  }

  /** The version of the Cytoscape.js WebJar on the class path, from its Maven metadata. */
  static String webJarVersion() {
    try (InputStream in = FMod_Graph.class.getClassLoader().getResourceAsStream(WEBJAR_POM)) {
      if (in == null) {
        throw new IllegalStateException("the Cytoscape.js WebJar is not on the class path (" + WEBJAR_POM + ")");
      }
      Properties p = new Properties();
      p.load(in);
      return p.getProperty("version");
    } catch (IOException e) {
      throw new IllegalStateException("cannot read " + WEBJAR_POM + ": " + e.getMessage(), e);
    }
  }

  private static void resource(HttpServletResponse resp, String name, String contentType) throws IOException {
    try (InputStream in = FMod_Graph.class.getClassLoader().getResourceAsStream(name)) {
      if (in == null) {
        HttpOut.error(resp, 404, "no such file");
        return;
      }
      byte[] bytes = in.readAllBytes();
      resp.setStatus(200);
      resp.setContentType(contentType);
      resp.setContentLength(bytes.length);
      // Files of the jar change only with the jar; an hour keeps a session from asking again.
      resp.setHeader("Cache-Control", "public, max-age=3600");
      try (OutputStream out = resp.getOutputStream()) {
        out.write(bytes);
      }
    }
  }

  private static String contentType(String file) {
    return file.endsWith(".js") ? "text/javascript; charset=utf-8"
        : file.endsWith(".css") ? "text/css; charset=utf-8" : "text/html; charset=utf-8";
  }

  /** The page, with the instance namespace filled in so the script can map IRIs to this server's {@code /id/}. */
  private final class PageServlet extends HttpServlet {
    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
      String page;
      try (InputStream in = FMod_Graph.class.getClassLoader().getResourceAsStream("web/graph.html")) {
        page = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      }
      HttpOut.send(resp, 200, "text/html", page.replace("{{BASE}}", Html.esc(base)));
    }
  }

  /** Our own script and style for the page, from {@code web/} in the jar; names are plain words, never paths. */
  private static final class AssetServlet extends HttpServlet {
    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
      String file = req.getPathInfo() == null ? "" : req.getPathInfo().substring(1);
      if (!file.matches("[a-z0-9-]+\\.(js|css)")) {
        HttpOut.error(resp, 404, "no such asset: " + file);
        return;
      }
      resource(resp, "web/" + file, contentType(file));
    }
  }

  /** The library's distribution files only ({@code dist/…}), whatever the request's path says. */
  private static final class WebJarServlet extends HttpServlet {
    private final String version;

    WebJarServlet(String version) {
      this.version = version;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
      String file = req.getPathInfo() == null ? "" : req.getPathInfo().substring(1);
      if (!file.matches("dist/[a-z0-9.-]+\\.js")) {
        HttpOut.error(resp, 404, "no such file: " + file + " (try /webjars/cytoscape/dist/cytoscape.min.js)");
        return;
      }
      resource(resp, WEBJAR + version + "/" + file, contentType(file));
    }
  }

  private final class EntityServlet extends HttpServlet {
    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
      String iri = req.getParameter("iri");
      if (iri == null || iri.isBlank()) {
        HttpOut.error(resp, 400, "missing parameter 'iri' (the IRI of an entity)");
        return;
      }
      JsonObject o = Txn.calculateRead(data.graph(), () ->
          Describer.known(data.unionGraph(), iri) ? EntitySummary.of(data, iri, base) : null);
      if (o == null) {
        HttpOut.error(resp, 404, "nothing is known about " + iri);
      } else {
        HttpOut.json(resp, 200, o);
      }
    }
  }
}
