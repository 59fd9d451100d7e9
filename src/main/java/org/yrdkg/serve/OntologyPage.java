package org.yrdkg.serve;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.yrdkg.vocab.Yrd;

/** The ontology as an HTML page: classes, properties and controlled terms with labels and definitions, anchored by local name. */
final class OntologyPage {
  private OntologyPage() {}

  static String render(Model m) {
    StringBuilder b = new StringBuilder("<h1>长三角一体化规划知识图谱本体 · yrdkg ontology</h1>");
    b.append("<p><code>").append(Html.esc(Yrd.NS)).append("</code> · <a href=\"?format=ttl\">Turtle</a> · ")
        .append("<a href=\"?format=jsonld\">JSON-LD</a> · <a href=\"?format=rdfxml\">RDF/XML</a></p>");
    section(b, m, "类 Classes", m.listSubjectsWithProperty(RDF.type, OWL.Class).toList());
    List<Resource> props = new ArrayList<>(m.listSubjectsWithProperty(RDF.type, OWL.ObjectProperty).toList());
    props.addAll(m.listSubjectsWithProperty(RDF.type, OWL.DatatypeProperty).toList());
    section(b, m, "属性 Properties", props);
    section(b, m, "受控词 Controlled terms", m.listSubjectsWithProperty(RDF.type, SKOS.Concept).toList());
    return Html.page("yrdkg ontology", b.toString());
  }

  private static void section(StringBuilder b, Model m, String heading, List<Resource> terms) {
    List<Resource> ours = new ArrayList<>(terms.stream().filter(r -> r.isURIResource() && r.getURI().startsWith(Yrd.NS)).toList());
    ours.sort((x, y) -> x.getURI().compareTo(y.getURI()));
    b.append("<h2>").append(Html.esc(heading)).append("</h2><table><tr><th>term</th><th>名称</th><th>name</th><th>定义 / definition</th></tr>");
    for (Resource r : ours) {
      String local = r.getURI().substring(Yrd.NS.length());
      b.append("<tr id=\"").append(Html.esc(local)).append("\"><td><code>yrd:").append(Html.esc(local)).append("</code>");
      List<String> supers = r.listProperties(RDFS.subClassOf).toList().stream().filter(s -> s.getObject().isURIResource())
          .map(s -> m.shortForm(s.getResource().getURI())).sorted().toList();
      if (!supers.isEmpty()) {
        b.append("<br><span class=small>⊂ ").append(Html.esc(String.join(", ", supers))).append("</span>");
      }
      b.append("</td><td>").append(Html.esc(text(r, RDFS.label, "zh"))).append("</td><td>")
          .append(Html.esc(text(r, RDFS.label, "en"))).append("</td><td>").append(Html.esc(text(r, SKOS.definition, "zh")))
          .append("<br><span class=small>").append(Html.esc(text(r, SKOS.definition, "en"))).append("</span></td></tr>");
    }
    b.append("</table>");
  }

  private static String text(Resource r, org.apache.jena.rdf.model.Property p, String lang) {
    for (Statement s : r.listProperties(p).toList()) {
      if (s.getObject().isLiteral() && s.getLiteral().getLanguage().equals(lang)) {
        return s.getString();
      }
    }
    return "";
  }
}
