package org.yrdkg.serve;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.yrdkg.vocab.Yrd;

/**
 * The HTML page of an entity: its names in Chinese, English and pinyin, its type, its statements
 * and the statements pointing to it with links to the related entities, and the source sentences
 * with document file, chapter and section, the mentioned words highlighted. Call inside a read
 * transaction.
 */
final class EntityPage {
  private static final Set<Node> SHOWN_APART = Set.of(RDFS.label.asNode(), SKOS.altLabel.asNode(), RDF.type.asNode(),
      Yrd.mention.asNode(), Yrd.statedIn.asNode());
  private static final String SOURCES = """
      PREFIX yrd: <https://w3id.org/yrdkg/ontology#>
      PREFIX oa: <http://www.w3.org/ns/oa#>
      SELECT ?sentence ?text ?fileName ?chapter ?section ?exact ?asserts ?object ?start
      WHERE {
        { ?entity yrd:mention ?m . ?m yrd:inSentence ?sentence ; oa:exact ?exact .
          OPTIONAL { ?m oa:start ?start } OPTIONAL { ?m yrd:asserts ?asserts ; yrd:assertsObject ?object } }
        UNION
        { ?entity yrd:statedIn ?sentence FILTER NOT EXISTS { ?entity yrd:mention/yrd:inSentence ?sentence } }
        ?sentence yrd:text ?text .
        OPTIONAL { ?sentence yrd:inFile/yrd:fileName ?fileName }
        OPTIONAL { ?sentence yrd:partOf+ ?c . ?c a yrd:Chapter ; yrd:number ?cn ; yrd:title ?ct . BIND(CONCAT(?cn, " ", ?ct) AS ?chapter) }
        OPTIONAL { ?sentence yrd:partOf+ ?s . ?s a yrd:Section ; yrd:number ?sn ; yrd:title ?st . BIND(CONCAT(?sn, " ", ?st) AS ?section) }
      }
      ORDER BY ?fileName ?start ?sentence
      """;

  private EntityPage() {}

  static String render(ServedDataset data, String iri, String base) {
    Graph g = data.unionGraph();
    Node s = NodeFactory.createURI(iri);
    String zh = Describer.label(g, s, "zh");
    String en = Describer.label(g, s, "en");
    String pinyin = Describer.label(g, s, "zh-Latn-pinyin");
    String title = Describer.name(g, s);
    StringBuilder b = new StringBuilder();
    b.append("<h1>").append(Html.esc(title)).append("</h1>");
    b.append("<p class=sub>");
    if (zh != null && !zh.equals(title)) {
      b.append(Html.esc(zh)).append(" · ");
    }
    if (en != null) {
      b.append(Html.esc(en)).append(" · ");
    }
    if (pinyin != null) {
      b.append("<i>").append(Html.esc(pinyin)).append("</i> · ");
    }
    List<String> types = new ArrayList<>();
    g.find(s, RDF.type.asNode(), Node.ANY).forEachRemaining(t -> types.add(link(g, t.getObject(), base)));
    b.append("类型 type: ").append(String.join("、", types)).append("</p>");
    b.append("<p><code>").append(Html.esc(iri)).append("</code> · <a class=graph-link href=\"/graph?focus=")
        .append(Html.esc(java.net.URLEncoder.encode(iri, java.nio.charset.StandardCharsets.UTF_8)))
        .append("\">图中查看 View in graph</a> · <a href=\"?format=ttl\">Turtle</a> · ")
        .append("<a href=\"?format=jsonld\">JSON-LD</a> · <a href=\"?format=rdfxml\">RDF/XML</a> · ")
        .append("<a href=\"?format=nt\">N-Triples</a></p>");
    List<String> alt = new ArrayList<>();
    g.find(s, SKOS.altLabel.asNode(), Node.ANY).forEachRemaining(t -> alt.add(Html.esc(t.getObject().getLiteralLexicalForm())));
    if (!alt.isEmpty()) {
      alt.sort(null);
      b.append("<p>别名 also called: ").append(String.join("、", alt)).append("</p>");
    }
    List<String[]> out = new ArrayList<>();
    g.find(s, Node.ANY, Node.ANY).forEachRemaining(t -> {
      if (!SHOWN_APART.contains(t.getPredicate())) {
        out.add(new String[] {propertyName(g, t.getPredicate(), base), value(g, t.getObject(), base)});
      }
    });
    table(b, "关系与属性 Statements", out);
    List<String[]> in = new ArrayList<>();
    g.find(Node.ANY, Node.ANY, s).forEachRemaining(t -> {
      if (!t.getPredicate().equals(Yrd.assertsObject.asNode())) {
        in.add(new String[] {link(g, t.getSubject(), base), propertyName(g, t.getPredicate(), base)});
      }
    });
    table(b, "被引用 Linked from", in);
    sources(b, data, iri, base);
    return Html.page(title, b.toString());
  }

  /** One sentence that states something about an entity: where it is, what words name the entity, what it asserts. */
  record Source(Node sentence, String text, String exact, String file, String chapter, String section, Node asserts,
      Node object) {}

  /** The source sentences of {@code iri}, in file order. */
  static List<Source> sources(ServedDataset data, String iri) {
    List<Source> out = new ArrayList<>();
    try (QueryExecution qe = QueryExecution.create().query(SOURCES).dataset(data.dataset())
        .substitution("entity", ResourceFactory.createResource(iri)).build()) {
      ResultSet rs = qe.execSelect();
      while (rs.hasNext()) {
        QuerySolution r = rs.next();
        out.add(new Source(r.getResource("sentence").asNode(), r.getLiteral("text").getLexicalForm(),
            literal(r, "exact"), literal(r, "fileName"), literal(r, "chapter"), literal(r, "section"),
            r.contains("asserts") ? r.getResource("asserts").asNode() : null,
            r.contains("object") ? r.get("object").asNode() : null));
      }
    }
    return out;
  }

  private static String literal(QuerySolution r, String var) {
    return r.contains(var) ? r.getLiteral(var).getLexicalForm() : null;
  }

  private static void sources(StringBuilder b, ServedDataset data, String iri, String base) {
    Graph g = data.unionGraph();
    List<String[]> rows = new ArrayList<>();
    for (Source src : sources(data, iri)) {
      String where = String.join(" · ", java.util.stream.Stream.of(src.file(), src.chapter(), src.section())
          .filter(java.util.Objects::nonNull).map(Html::esc).toList());
      String what = src.asserts() != null
          ? propertyName(g, src.asserts(), base) + " " + value(g, src.object(), base)
          : "名称 name";
      rows.add(new String[] {highlight(src.text(), src.exact()) + "<br><span class=small>" + where + " · "
          + link(g, src.sentence(), base) + "</span>", what});
    }
    table(b, "来源句 Source sentences", rows);
  }

  static String highlight(String text, String exact) {
    if (exact == null || exact.isEmpty()) {
      return Html.esc(text);
    }
    int i = text.indexOf(exact);
    if (i < 0) {
      return Html.esc(text);
    }
    return Html.esc(text.substring(0, i)) + "<mark>" + Html.esc(exact) + "</mark>"
        + Html.esc(text.substring(i + exact.length()));
  }

  private static void table(StringBuilder b, String heading, List<String[]> rows) {
    if (rows.isEmpty()) {
      return;
    }
    rows.sort((x, y) -> String.join("", x).compareTo(String.join("", y)));
    b.append("<h2>").append(Html.esc(heading)).append("</h2><table>");
    for (String[] r : rows) {
      b.append("<tr>");
      for (String c : r) {
        b.append("<td>").append(c).append("</td>");
      }
      b.append("</tr>");
    }
    b.append("</table>");
  }

  static String propertyName(Graph g, Node p, String base) {
    String zh = Describer.label(g, p, "zh");
    String qn = Describer.PREFIXES.qnameFor(p.getURI());
    String shown = qn != null ? qn : p.getURI();
    return (zh != null ? Html.esc(zh) + " " : "") + "<span class=small>" + Html.esc(shown) + "</span>";
  }

  static String value(Graph g, Node o, String base) {
    if (o.isLiteral()) {
      String lang = o.getLiteralLanguage();
      return Html.esc(o.getLiteralLexicalForm()) + (lang.isEmpty() ? "" : " <span class=small>@" + Html.esc(lang) + "</span>");
    }
    return link(g, o, base);
  }

  /** A link to {@code n} with its name: on this server for instances and ontology terms. */
  static String link(Graph g, Node n, String base) {
    if (!n.isURI()) {
      return Html.esc(n.toString());
    }
    String uri = n.getURI();
    String href = uri.startsWith(base) ? "/id/" + uri.substring(base.length())
        : uri.startsWith(Yrd.NS) ? "/ontology#" + uri.substring(Yrd.NS.length()) : uri;
    return "<a href=\"" + Html.esc(href) + "\">" + Html.esc(Describer.name(g, n)) + "</a>";
  }
}
