package org.yrdkg.serve;

import java.io.OutputStream;
import java.io.Writer;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.ARQ;
import org.apache.jena.rdf.model.impl.Util;
import org.apache.jena.riot.out.NodeToLabel;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.riot.resultset.ResultSetWriterRegistry;
import org.apache.jena.riot.rowset.RowSetWriter;
import org.apache.jena.riot.rowset.RowSetWriterFactory;
import org.apache.jena.riot.rowset.RowSetWriterRegistry;
import org.apache.jena.riot.rowset.rw.RowSetWriterXML;
import org.apache.jena.riot.system.SyntaxLabels;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.resultset.ResultSetException;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.sys.JenaSystem;

/**
 * SELECT answers in the SPARQL Query Results XML format ({@code application/sparql-results+xml}), written row by row
 * straight to UTF-8 bytes, one result to a line:
 *
 * <pre>
 * &lt;?xml version="1.0"?&gt;
 * &lt;sparql xmlns="http://www.w3.org/2005/sparql-results#"&gt;
 *   &lt;head&gt;
 *     &lt;variable name="s"/&gt;
 *     &lt;variable name="label"/&gt;
 *   &lt;/head&gt;
 *   &lt;results&gt;
 *     &lt;result&gt;&lt;binding name="s"&gt;&lt;uri&gt;https://w3id.org/yrdkg/id/a&lt;/uri&gt;&lt;/binding&gt;&lt;binding name="label"&gt;&lt;literal xml:lang="zh"&gt;甲&lt;/literal&gt;&lt;/binding&gt;&lt;/result&gt;
 *     &lt;result&gt;&lt;binding name="s"&gt;&lt;bnode&gt;b0&lt;/bnode&gt;&lt;/binding&gt;&lt;/result&gt;
 *   &lt;/results&gt;
 * &lt;/sparql&gt;
 * </pre>
 *
 * <p>It says what Jena's {@link RowSetWriterXML} says, term for term (the XML declaration unless the context's
 * {@link RowSetWriterXML#xmlInstruction} is false; a stylesheet instruction for the context's
 * {@link RowSetWriterXML#xmlStylesheet}; bound variables only, in the header's order; blank node labels from
 * {@link SyntaxLabels}; {@code xml:lang} for language strings, with {@code its:dir} and the ITS namespace on the
 * literal for directional ones; no datatype for {@code xsd:string}; triple terms nested), some 20 times as fast:
 * Jena's goes through an {@code IndentedWriter} that pads and appends char by char and escapes each string into a
 * new one ({@code bench/ResultWriterBench.java}). Where it says it differently, it is so that the answer is always
 * well-formed XML 1.0, which Jena's is not for every answer: attribute values (a datatype IRI, the stylesheet) are
 * escaped, which Jena's leaves raw, and a character XML 1.0 cannot carry is replaced as {@link XmlOutput} says. A
 * graph term, or anything else that is not an RDF term, is refused with {@link UnsupportedOperationException} (Jena
 * refuses graph terms too, but writes an empty binding for the rest). Yes/no answers are left to Jena's writer, which
 * is cheap for them.
 *
 * <p>{@link #install()} puts it in Jena's registries, so Fuseki's SPARQL endpoint and {@code ResultSetFormatter} use
 * it.
 */
public final class SparqlXmlResults implements RowSetWriter {
  /** The writer; it keeps no state between answers. */
  public static final SparqlXmlResults INSTANCE = new SparqlXmlResults();

  /** Makes {@link #INSTANCE} for {@link ResultSetLang#RS_XML} and refuses any other language, as Jena's does. */
  public static final RowSetWriterFactory FACTORY = lang -> {
    if (!ResultSetLang.RS_XML.equals(lang)) {
      throw new ResultSetException("SPARQL XML results writer asked for " + lang);
    }
    return INSTANCE;
  };

  private static final RowSetWriter JENA = RowSetWriterXML.factory.create(ResultSetLang.RS_XML);

  private SparqlXmlResults() {}

  /**
   * Makes this the writer of {@link ResultSetLang#RS_XML} for Jena's writing of row sets and of result sets; doing so
   * again changes nothing. Both registries, for the reason {@link SparqlJsonResults#install()} gives.
   */
  public static void install() {
    // Jena's own start-up registers its writers; done after ours, it would put them back.
    JenaSystem.init();
    RowSetWriterRegistry.register(ResultSetLang.RS_XML, FACTORY);
    ResultSetWriterRegistry.register(ResultSetLang.RS_XML,
        lang -> new RowSetWriterAsResultSetWriter(FACTORY.create(lang)));
  }

  @Override
  public void write(OutputStream out, RowSet rows, Context context) {
    boolean asGiven = context != null && context.isTrue(ARQ.outputGraphBNodeLabels);
    NodeToLabel labels = asGiven ? SyntaxLabels.createNodeToLabelAsGiven() : SyntaxLabels.createNodeToLabel();
    XmlOutput xml = new XmlOutput(out, SparqlJsonResults.BUFFER_BYTES);
    xml.flushAfter(() -> {
      Table table = new Table(xml, labels, rows.getResultVars());
      table.prolog(context);
      table.write(rows);
    });
  }

  @Override
  public void write(OutputStream out, boolean answer, Context context) {
    JENA.write(out, answer, context);
  }

  @Override
  public void write(Writer out, RowSet rows, Context context) {
    throw new UnsupportedOperationException("Writing XML results to a java.io.Writer. Use an OutputStream.");
  }

  /** The writing of one answer. */
  private static final class Table {
    private static final byte[] DECLARATION = XmlOutput.ascii("<?xml version=\"1.0\"?>\n");
    private static final byte[] STYLESHEET = XmlOutput.ascii("<?xml-stylesheet type=\"text/xsl\" href=\"");
    private static final byte[] END_STYLESHEET = XmlOutput.ascii("\"?>\n");
    private static final byte[] HEAD = XmlOutput.ascii(
        "<sparql xmlns=\"http://www.w3.org/2005/sparql-results#\">\n  <head>\n");
    private static final byte[] VARIABLE = XmlOutput.ascii("    <variable name=\"");
    private static final byte[] END_VARIABLE = XmlOutput.ascii("\"/>\n");
    private static final byte[] RESULTS = XmlOutput.ascii("  </head>\n  <results>\n");
    private static final byte[] ROW = XmlOutput.ascii("    <result>");
    private static final byte[] END_ROW = XmlOutput.ascii("</result>\n");
    private static final byte[] END = XmlOutput.ascii("  </results>\n</sparql>\n");
    private static final byte[] END_BINDING = XmlOutput.ascii("</binding>");
    private static final byte[] URI = XmlOutput.ascii("<uri>");
    private static final byte[] END_URI = XmlOutput.ascii("</uri>");
    private static final byte[] BNODE = XmlOutput.ascii("<bnode>");
    private static final byte[] END_BNODE = XmlOutput.ascii("</bnode>");
    private static final byte[] LITERAL = XmlOutput.ascii("<literal");
    private static final byte[] LANG = XmlOutput.ascii(" xml:lang=\"");
    // as Jena writes it: the namespace on each directional literal, the answer's head being written before any is seen
    private static final byte[] DIR_LANG = XmlOutput.ascii(
        " xmlns:its=\"http://www.w3.org/2005/11/its\" its:version=\"2.0\" xml:lang=\"");
    private static final byte[] DIR = XmlOutput.ascii("\" its:dir=\"");
    private static final byte[] DATATYPE = XmlOutput.ascii(" datatype=\"");
    private static final byte[] END_ATTRIBUTE_AND_TAG = XmlOutput.ascii("\">");
    private static final byte[] END_TAG = XmlOutput.ascii(">");
    private static final byte[] END_LITERAL = XmlOutput.ascii("</literal>");
    private static final byte[] TRIPLE = XmlOutput.ascii("<triple><subject>");
    private static final byte[] PREDICATE = XmlOutput.ascii("</subject><predicate>");
    private static final byte[] OBJECT = XmlOutput.ascii("</predicate><object>");
    private static final byte[] END_TRIPLE = XmlOutput.ascii("</object></triple>");

    private final XmlOutput xml;
    private final NodeToLabel labels;
    private final Var[] vars;
    /** Each variable's {@code <binding name="…">} as bytes, escaped once rather than on every row. */
    private final byte[][] bindings;

    Table(XmlOutput xml, NodeToLabel labels, List<Var> vars) {
      this.xml = xml;
      this.labels = labels;
      this.vars = vars.toArray(new Var[0]);
      this.bindings = new byte[this.vars.length][];
      for (int i = 0; i < this.vars.length; i++) {
        bindings[i] = XmlOutput.tag("binding", "name", this.vars[i].getVarName());
      }
    }

    /** The XML declaration and stylesheet instruction, as the context asks and as Jena's writer reads it. */
    void prolog(Context context) {
      if (context == null || !context.isDefined(RowSetWriterXML.xmlInstruction)
          || context.isTrue(RowSetWriterXML.xmlInstruction)) {
        xml.raw(DECLARATION);
      }
      if (context != null && context.get(RowSetWriterXML.xmlStylesheet) instanceof String href) {
        xml.raw(STYLESHEET);
        xml.attribute(href);
        xml.raw(END_STYLESHEET);
      }
    }

    void write(RowSet rows) {
      xml.raw(HEAD);
      for (Var v : vars) {
        xml.raw(VARIABLE);
        xml.attribute(v.getVarName());
        xml.raw(END_VARIABLE);
      }
      xml.raw(RESULTS);
      while (rows.hasNext()) {
        row(rows.next());
      }
      xml.raw(END);
    }

    private void row(Binding row) {
      xml.raw(ROW);
      for (int i = 0; i < vars.length; i++) {
        Node value = row.get(vars[i]);
        if (value != null) {
          xml.raw(bindings[i]);
          term(value);
          xml.raw(END_BINDING);
        }
      }
      xml.raw(END_ROW);
    }

    private void term(Node n) {
      if (n.isURI()) {
        xml.raw(URI);
        xml.text(n.getURI());
        xml.raw(END_URI);
      } else if (n.isLiteral()) {
        literal(n);
      } else if (n.isBlank()) {
        xml.raw(BNODE);
        // the label comes as "_:label"
        xml.text(labels.get(null, n).substring(2));
        xml.raw(END_BNODE);
      } else if (n.isTripleTerm()) {
        Triple t = n.getTriple();
        xml.raw(TRIPLE);
        term(t.getSubject());
        xml.raw(PREDICATE);
        term(t.getPredicate());
        xml.raw(OBJECT);
        term(t.getObject());
        xml.raw(END_TRIPLE);
      } else if (n.isNodeGraph()) {
        throw new UnsupportedOperationException("Graph terms");
      } else {
        throw new UnsupportedOperationException("Not an RDF term: " + n);
      }
    }

    private void literal(Node n) {
      xml.raw(LITERAL);
      boolean directional = Util.isDirLangString(n);
      if (directional || Util.isLangString(n)) {
        xml.raw(directional ? DIR_LANG : LANG);
        xml.attribute(n.getLiteralLanguage());
        if (directional) {
          xml.raw(DIR);
          xml.attribute(n.getLiteralBaseDirection().direction());
        }
        xml.raw(END_ATTRIBUTE_AND_TAG);
      } else if (!Util.isSimpleString(n)) {
        xml.raw(DATATYPE);
        xml.attribute(n.getLiteralDatatypeURI());
        xml.raw(END_ATTRIBUTE_AND_TAG);
      } else {
        xml.raw(END_TAG);
      }
      xml.text(n.getLiteralLexicalForm());
      xml.raw(END_LITERAL);
    }
  }
}
