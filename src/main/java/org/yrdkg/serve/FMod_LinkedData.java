package org.yrdkg.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.zip.GZIPOutputStream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModule;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.yrdkg.vocab.Yrd;

/**
 * Linked data: instance IRIs under the configured base dereference at {@code /id/…} (Turtle,
 * JSON-LD, RDF/XML, N-Triples or an HTML page by {@code Accept}; unknown IRIs 404);
 * {@code /ontology} serves the ontology graph, {@code /void} the dataset description (the VoID
 * graph when the dataset has one, else computed), {@code /dump} every named graph as gzipped N-Quads.
 */
public final class FMod_LinkedData implements FusekiModule {
  /** The graph the builder may write a VoID description into. */
  public static final String VOID_GRAPH = "https://w3id.org/yrdkg/id/void";

  private final ServedDataset data;
  private final String base;

  public FMod_LinkedData(ServedDataset data, String base) {
    this.data = data;
    this.base = base;
  }

  @Override
  public String name() {
    return "yrdkg linked data";
  }

  @Override
  public void prepare(FusekiServer.Builder builder, Set<String> datasetNames, Model configModel) {
    builder.addServlet("/id/*", new InstanceServlet());
    builder.addServlet("/ontology", new OntologyServlet());
    builder.addServlet("/void", new VoidServlet());
    builder.addServlet("/dump", new DumpServlet());
  }

  private static void sendModel(HttpServletResponse resp, Model m, Lang lang) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    RDFDataMgr.write(out, m, lang);
    HttpOut.varyByAccept(resp);
    HttpOut.send(resp, 200, lang.getHeaderString(), out.toString(StandardCharsets.UTF_8));
  }

  private static Lang choose(HttpServletRequest req, HttpServletResponse resp, boolean html) throws IOException {
    try {
      return RdfNegotiation.choose(req.getHeader("Accept"), req.getParameter("format"), html);
    } catch (ParameterException e) {
      HttpOut.error(resp, 406, e.getMessage());
      return null;
    }
  }

  private final class InstanceServlet extends HttpServlet {
    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
      String path = req.getPathInfo() == null ? "" : req.getPathInfo().substring(1);
      String iri = base + path;
      Lang lang = choose(req, resp, true);
      if (lang == null) {
        return;
      }
      Object[] answer = Txn.calculateRead(data.graph(), () -> {
        Graph g = data.unionGraph();
        if (path.isEmpty() || !Describer.known(g, iri)) {
          return null;
        }
        return new Object[] {lang == RdfNegotiation.HTML ? EntityPage.render(data, iri, base) : Describer.describe(g, iri)};
      });
      if (answer == null) {
        HttpOut.error(resp, 404, "nothing is known about " + iri);
      } else if (answer[0] instanceof String page) {
        HttpOut.varyByAccept(resp);
        HttpOut.send(resp, 200, "text/html", page);
      } else {
        sendModel(resp, (Model) answer[0], lang);
      }
    }
  }

  private final class OntologyServlet extends HttpServlet {
    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
      Lang lang = choose(req, resp, true);
      if (lang == null) {
        return;
      }
      Model m = Txn.calculateRead(data.graph(), () -> {
        Node g = NodeFactory.createURI(Yrd.ONTOLOGY_IRI);
        if (!data.graph().containsGraph(g)) {
          return null;
        }
        Model copy = ModelFactory.createDefaultModel();
        copy.getGraph().getPrefixMapping().setNsPrefixes(Describer.PREFIXES);
        data.graph().getGraph(g).find().forEachRemaining(copy.getGraph()::add);
        return copy;
      });
      if (m == null) {
        HttpOut.error(resp, 404, "this dataset holds no ontology graph <" + Yrd.ONTOLOGY_IRI + ">");
      } else if (lang == RdfNegotiation.HTML) {
        HttpOut.send(resp, 200, "text/html", OntologyPage.render(m));
      } else {
        sendModel(resp, m, lang);
      }
    }
  }

  private final class VoidServlet extends HttpServlet {
    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
      Lang lang = choose(req, resp, false);
      if (lang == null) {
        return;
      }
      String server = req.getScheme() + "://" + req.getServerName() + ":" + req.getServerPort();
      Model m = Txn.calculateRead(data.graph(), () -> {
        Node g = NodeFactory.createURI(VOID_GRAPH);
        if (data.graph().containsGraph(g) && !data.graph().getGraph(g).isEmpty()) {
          Model copy = ModelFactory.createDefaultModel();
          data.graph().getGraph(g).find().forEachRemaining(copy.getGraph()::add);
          return copy;
        }
        return VoidDescription.compute(data, base, server);
      });
      sendModel(resp, m, lang);
    }
  }

  private final class DumpServlet extends HttpServlet {
    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
      resp.setStatus(200);
      resp.setContentType("application/n-quads");
      resp.setHeader("Content-Encoding", "gzip");
      resp.setHeader("Content-Disposition", "attachment; filename=\"yrdkg.nq.gz\"");
      try (OutputStream out = new GZIPOutputStream(resp.getOutputStream())) {
        Txn.executeRead(data.graph(), () -> {
          StreamRDF w = StreamRDFWriter.getWriterStream(out, RDFFormat.NQUADS);
          w.start();
          boolean named = data.graph().listGraphNodes().hasNext();
          // The default graph is the union of the named graphs (or holds everything when there are none).
          var it = named ? data.graph().find(Node.ANY, Node.ANY, Node.ANY, Node.ANY)
              : data.graph().find(Quad.defaultGraphIRI, Node.ANY, Node.ANY, Node.ANY);
          it.forEachRemaining(q -> {
            if (named && q.isDefaultGraph()) {
              return;
            }
            w.quad(q);
          });
          w.finish();
        });
      }
    }
  }
}
