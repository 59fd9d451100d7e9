package org.yrdkg.serve;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.Writer;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.TextDirection;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.ARQ;
import org.apache.jena.rdf.model.impl.Util;
import org.apache.jena.riot.out.NodeToLabel;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.riot.resultset.ResultSetWriterRegistry;
import org.apache.jena.riot.rowset.RowSetWriter;
import org.apache.jena.riot.rowset.RowSetWriterFactory;
import org.apache.jena.riot.rowset.RowSetWriterRegistry;
import org.apache.jena.riot.rowset.rw.RowSetWriterJSON;
import org.apache.jena.riot.system.SyntaxLabels;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.resultset.ResultSetException;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.sys.JenaSystem;

/**
 * SELECT answers in the SPARQL 1.1/1.2 Query Results JSON format ({@code application/sparql-results+json}), written
 * row by row straight to UTF-8 bytes, one binding object to a line:
 *
 * <pre>
 * { "head": { "vars": [ "s", "label" ] },
 *   "results": { "bindings": [
 *     { "s": { "type": "uri", "value": "https://w3id.org/yrdkg/id/a" }, "label": { "type": "literal", "xml:lang": "zh", "value": "甲" } },
 *     { "s": { "type": "bnode", "value": "b0" } }
 *   ] }
 * }
 * </pre>
 *
 * <p>It says what Jena's {@link RowSetWriterJSON} says, term for term (bound variables only, in the header's order;
 * blank node labels from {@link SyntaxLabels}; {@code xml:lang} and {@code its:dir} for language strings, no datatype
 * for {@code xsd:string}; triple terms nested), some 35 times as fast: Jena's goes through an {@code IndentedWriter}
 * that pads and appends char by char, 14 ms for 1,000 rows of five columns, as long as our slowest canned query takes
 * to compute, against 0.4 ms here ({@code bench/ResultWriterBench.java}). Strings are escaped as {@link JsonOutput}
 * says. A graph term, or anything else that is not an RDF term, is refused with {@link UnsupportedOperationException}
 * (Jena refuses graph terms too, but writes an empty object for the rest, which no reader takes for a term). Yes/no
 * answers are left to Jena's writer, which is cheap for them.
 *
 * <p>{@link #install()} puts it in Jena's registries, so Fuseki's SPARQL endpoint and {@code ResultSetFormatter} use
 * it.
 */
public final class SparqlJsonResults implements RowSetWriter {
  /** The writer; it keeps no state between answers. */
  public static final SparqlJsonResults INSTANCE = new SparqlJsonResults();

  /** Makes {@link #INSTANCE} for {@link ResultSetLang#RS_JSON} and refuses any other language, as Jena's does. */
  public static final RowSetWriterFactory FACTORY = lang -> {
    if (!ResultSetLang.RS_JSON.equals(lang)) {
      throw new ResultSetException("SPARQL JSON results writer asked for " + lang);
    }
    return INSTANCE;
  };

  /**
   * Bytes gathered before they go to the stream. Fuseki's response stream buffers again (64 KiB); this one spares a
   * call through the servlet stack for every few bytes.
   */
  static final int BUFFER_BYTES = 8 * 1024;

  private static final RowSetWriter JENA = RowSetWriterJSON.factory.create(ResultSetLang.RS_JSON);

  private SparqlJsonResults() {}

  /**
   * Makes this the writer of {@link ResultSetLang#RS_JSON} for Jena's writing of row sets and of result sets; doing so
   * again changes nothing.
   *
   * <p>Both registries, because {@code ResultSetWriterRegistry} looked up the row-set writer once, when Jena started,
   * and keeps that. {@code ResultSetFormatter}, {@code ResultSetMgr} and Fuseki look the writer up in the row-set
   * registry for every answer, so they need only the first.
   */
  public static void install() {
    // Jena's own start-up registers its writers; done after ours, it would put them back.
    JenaSystem.init();
    RowSetWriterRegistry.register(ResultSetLang.RS_JSON, FACTORY);
    ResultSetWriterRegistry.register(ResultSetLang.RS_JSON,
        lang -> new RowSetWriterAsResultSetWriter(FACTORY.create(lang)));
  }

  @Override
  public void write(OutputStream out, RowSet rows, Context context) {
    boolean asGiven = context != null && context.isTrue(ARQ.outputGraphBNodeLabels);
    NodeToLabel labels = asGiven ? SyntaxLabels.createNodeToLabelAsGiven() : SyntaxLabels.createNodeToLabel();
    JsonOutput json = new JsonOutput(out, BUFFER_BYTES);
    json.flushAfter(() -> new Table(json, labels, rows.getResultVars()).write(rows));
  }

  @Override
  public void write(OutputStream out, boolean answer, Context context) {
    JENA.write(out, answer, context);
  }

  @Override
  public void write(Writer out, RowSet rows, Context context) {
    throw new UnsupportedOperationException("Writing JSON results to a java.io.Writer. Use an OutputStream.");
  }

  /** The writing of one answer. */
  private static final class Table {
    private static final byte[] HEAD = JsonOutput.ascii("{ \"head\": { \"vars\": [ ");
    private static final byte[] RESULTS = JsonOutput.ascii(" ] },\n  \"results\": { \"bindings\": [\n");
    private static final byte[] FIRST_ROW = JsonOutput.ascii("    { ");
    private static final byte[] NEXT_ROW = JsonOutput.ascii(",\n    { ");
    private static final byte[] END_ROW = JsonOutput.ascii(" }");
    private static final byte[] END_EMPTY_ROW = JsonOutput.ascii("}");
    private static final byte[] END = JsonOutput.ascii("  ] }\n}\n");
    private static final byte[] NEWLINE = JsonOutput.ascii("\n");
    private static final byte[] COMMA = JsonOutput.ascii(", ");
    private static final byte[] URI = JsonOutput.ascii("{ \"type\": \"uri\", \"value\": ");
    private static final byte[] BNODE = JsonOutput.ascii("{ \"type\": \"bnode\", \"value\": ");
    private static final byte[] LITERAL = JsonOutput.ascii("{ \"type\": \"literal\", ");
    private static final byte[] LANG = JsonOutput.ascii("\"xml:lang\": ");
    private static final byte[] DIR = JsonOutput.ascii(", \"its:dir\": ");
    private static final byte[] DATATYPE = JsonOutput.ascii("\"datatype\": ");
    private static final byte[] VALUE = JsonOutput.ascii("\"value\": ");
    private static final byte[] NEXT_VALUE = JsonOutput.ascii(", \"value\": ");
    private static final byte[] TRIPLE = JsonOutput.ascii("{ \"type\": \"triple\", \"value\": { \"subject\": ");
    private static final byte[] PREDICATE = JsonOutput.ascii(", \"predicate\": ");
    private static final byte[] OBJECT = JsonOutput.ascii(", \"object\": ");
    private static final byte[] END_TRIPLE = JsonOutput.ascii(" } }");
    private static final byte[] END_TERM = JsonOutput.ascii(" }");

    private final JsonOutput json;
    private final NodeToLabel labels;
    private final Var[] vars;
    /** Each variable's {@code "name": } as bytes, escaped once rather than on every row. */
    private final byte[][] keys;

    Table(JsonOutput json, NodeToLabel labels, List<Var> vars) {
      this.json = json;
      this.labels = labels;
      this.vars = vars.toArray(new Var[0]);
      this.keys = new byte[this.vars.length][];
      for (int i = 0; i < this.vars.length; i++) {
        keys[i] = key(this.vars[i].getVarName());
      }
    }

    void write(RowSet rows) {
      json.raw(HEAD);
      for (int i = 0; i < vars.length; i++) {
        if (i > 0) {
          json.raw(COMMA);
        }
        json.string(vars[i].getVarName());
      }
      json.raw(RESULTS);
      boolean first = true;
      while (rows.hasNext()) {
        Binding row = rows.next();
        json.raw(first ? FIRST_ROW : NEXT_ROW);
        first = false;
        row(row);
      }
      if (!first) {
        json.raw(NEWLINE);
      }
      json.raw(END);
    }

    private void row(Binding row) {
      boolean empty = true;
      for (int i = 0; i < vars.length; i++) {
        Node value = row.get(vars[i]);
        if (value == null) {
          continue;
        }
        if (!empty) {
          json.raw(COMMA);
        }
        empty = false;
        json.raw(keys[i]);
        term(value);
      }
      json.raw(empty ? END_EMPTY_ROW : END_ROW);
    }

    private void term(Node n) {
      if (n.isURI()) {
        json.raw(URI);
        json.string(n.getURI());
        json.raw(END_TERM);
      } else if (n.isLiteral()) {
        literal(n);
      } else if (n.isBlank()) {
        json.raw(BNODE);
        // the label comes as "_:label"
        json.string(labels.get(null, n).substring(2));
        json.raw(END_TERM);
      } else if (n.isTripleTerm()) {
        Triple t = n.getTriple();
        json.raw(TRIPLE);
        term(t.getSubject());
        json.raw(PREDICATE);
        term(t.getPredicate());
        json.raw(OBJECT);
        term(t.getObject());
        json.raw(END_TRIPLE);
      } else if (n.isNodeGraph()) {
        throw new UnsupportedOperationException("Graph terms");
      } else {
        throw new UnsupportedOperationException("Not an RDF term: " + n);
      }
    }

    private void literal(Node n) {
      json.raw(LITERAL);
      if (Util.isSimpleString(n) || Util.isLangString(n) || Util.isDirLangString(n)) {
        String lang = n.getLiteralLanguage();
        if (lang == null || lang.isEmpty()) {
          json.raw(VALUE);
        } else {
          json.raw(LANG);
          json.string(lang);
          TextDirection dir = n.getLiteralBaseDirection();
          if (dir != null) {
            json.raw(DIR);
            json.string(dir.direction());
          }
          json.raw(NEXT_VALUE);
        }
      } else {
        json.raw(DATATYPE);
        json.string(n.getLiteralDatatypeURI());
        json.raw(NEXT_VALUE);
      }
      json.string(n.getLiteralLexicalForm());
      json.raw(END_TERM);
    }

    private static byte[] key(String name) {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      JsonOutput out = new JsonOutput(bytes, 64);
      out.string(name);
      out.raw(JsonOutput.ascii(": "));
      out.flush();
      return bytes.toByteArray();
    }
  }
}
