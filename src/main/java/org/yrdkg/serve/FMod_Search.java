package org.yrdkg.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModule;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.text.TextHit;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.yrdkg.vocab.Yrd;

/**
 * Full-text search at {@code /search?q=…}: the words of {@code q} (taken literally, never as
 * Lucene syntax) against names, alternative names and sentence text, ranked; entities and
 * sentences in one list, as an HTML page or JSON ({@code Accept: application/json} or
 * {@code ?format=json}).
 */
public final class FMod_Search implements FusekiModule {
  static final int MAX_HITS = 50;
  private final ServedDataset data;
  private final String base;

  public FMod_Search(ServedDataset data, String base) {
    this.data = data;
    this.base = base;
  }

  @Override
  public String name() {
    return "yrdkg search";
  }

  @Override
  public void prepare(FusekiServer.Builder builder, Set<String> datasetNames, Model configModel) {
    builder.addServlet("/search", new SearchServlet());
  }

  /** One ranked result: a resource, its best score, the matching text and the field it matched in. */
  record Hit(Node node, float score, String matched, String field, String name, String type, boolean sentence) {}

  private List<TextHit> hits(String words) {
    String lucene = SearchIndex.FIELDS.stream().map(f -> f + ":(" + words + ")")
        .reduce((a, b) -> a + " OR " + b).orElseThrow();
    return data.textIndex().query((Node) null, lucene, null, null, MAX_HITS * 4);
  }

  /** The ranked hits for the words of {@code q}. */
  List<Hit> search(String q) {
    String words = SearchWords.of(q);
    List<TextHit> hits = words.isEmpty() ? List.of() : hits(words);
    return Txn.calculateRead(data.graph(), () -> {
      Graph g = data.unionGraph();
      Map<Node, Hit> best = new LinkedHashMap<>();
      for (TextHit h : hits) {
        Node n = h.getNode();
        if (best.containsKey(n) && best.get(n).score() >= h.getScore()) {
          continue;
        }
        boolean sentence = g.contains(n, RDF.type.asNode(), Yrd.Sentence.asNode());
        Node type = g.find(n, RDF.type.asNode(), Node.ANY).nextOptional().map(t -> t.getObject()).orElse(null);
        // a hit on several fields of one document comes without the literal matched: a sentence is then shown whole
        String matched = h.getLiteral() != null ? h.getLiteral().getLiteralLexicalForm()
            : sentence ? g.find(n, Yrd.text.asNode(), Node.ANY).nextOptional()
                .map(t -> t.getObject().getLiteralLexicalForm()).orElse("") : "";
        String field = h.getProp() == null ? "" : Describer.PREFIXES.shortForm(h.getProp().getURI());
        best.put(n, new Hit(n, h.getScore(), matched, field, sentence ? matched : Describer.name(g, n),
            type == null ? "" : Describer.name(g, type), sentence));
      }
      List<Hit> out = new ArrayList<>(best.values());
      out.sort((a, b) -> Float.compare(b.score(), a.score()));
      return out.size() > MAX_HITS ? out.subList(0, MAX_HITS) : out;
    });
  }

  private final class SearchServlet extends HttpServlet {
    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
      String q = req.getParameter("q");
      String accept = req.getHeader("Accept");
      boolean json = "json".equals(req.getParameter("format"))
          || (accept != null && accept.contains("application/json") && !accept.contains("text/html"));
      if (q == null || q.isBlank()) {
        if (json) {
          HttpOut.error(resp, 400, "missing parameter 'q' (the words to search for)");
        } else {
          HttpOut.send(resp, 200, "text/html", page("", List.of()));
        }
        return;
      }
      if (q.length() > 200) {
        HttpOut.error(resp, 400, "parameter 'q' longer than 200 characters");
        return;
      }
      List<Hit> hits = search(q);
      if (json) {
        JsonArray arr = new JsonArray();
        for (Hit h : hits) {
          JsonObject o = new JsonObject();
          o.put("iri", h.node().toString());
          o.put("url", local(h.node()));
          o.put("kind", h.sentence() ? "sentence" : "entity");
          o.put("name", h.name());
          o.put("type", h.type());
          o.put("matched", h.matched());
          o.put("field", h.field());
          o.put("score", org.apache.jena.atlas.json.JsonNumber.value(h.score()));
          arr.add(o);
        }
        JsonObject body = new JsonObject();
        body.put("q", q);
        body.put("hits", arr);
        HttpOut.json(resp, 200, body);
      } else {
        HttpOut.send(resp, 200, "text/html", page(q, hits));
      }
    }
  }

  private String local(Node n) {
    String uri = n.getURI();
    return uri.startsWith(base) ? "/id/" + uri.substring(base.length()) : uri;
  }

  private String page(String q, List<Hit> hits) {
    StringBuilder b = new StringBuilder("<h1>检索 Search</h1><form action=\"/search\"><input type=search name=q value=\"")
        .append(Html.esc(q)).append("\" autofocus> <button>检索</button></form>");
    if (!q.isEmpty()) {
      b.append("<p class=sub>").append(hits.size()).append(" 条结果 results</p><table>");
      for (Hit h : hits) {
        b.append("<tr><td><a href=\"").append(Html.esc(local(h.node()))).append("\">")
            .append(h.sentence() ? "句子 sentence" : Html.esc(h.name())).append("</a><br><span class=small>")
            .append(Html.esc(h.type())).append("</span></td><td>").append(Html.esc(h.matched()))
            .append("<br><span class=small>").append(Html.esc(h.field())).append(String.format(" · %.2f", h.score()))
            .append("</span></td></tr>");
      }
      b.append("</table>");
    }
    return Html.page(q.isEmpty() ? "检索" : q, b.toString());
  }
}
