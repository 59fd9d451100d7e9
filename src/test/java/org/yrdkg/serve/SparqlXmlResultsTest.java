package org.yrdkg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.riot.resultset.ResultSetWriterRegistry;
import org.apache.jena.riot.rowset.RowSetWriter;
import org.apache.jena.riot.rowset.RowSetWriterRegistry;
import org.apache.jena.riot.rowset.rw.RowSetWriterXML;
import org.apache.jena.riot.system.SyntaxLabels;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.RowSetRewindable;
import org.apache.jena.sparql.resultset.ResultSetException;
import org.apache.jena.sparql.util.Context;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.ProcessingInstruction;

/**
 * The SPARQL XML results writer: what it writes reads back, through Jena's reader, as the rows written and as what
 * Jena's own writer's output reads back as; it is well-formed, namespace-correct XML in strict UTF-8, one result to a
 * line, whatever the strings, streamed, and a failure while rows are read reaches the caller as it was thrown.
 */
class SparqlXmlResultsTest extends SparqlResultsWriterContract {
  private static final String NS = "http://www.w3.org/2005/sparql-results#";
  /** Markup characters, tab and line breaks, which XML escapes; an emoji, a line separator. */
  private static final String AWKWARD =
      "say \"hi\" & 'bye' <b>x</b> ]]> tab\there line\nfeed cr\r\nlf end\r \u2028 😀 长三角一体化";

  @Override
  RowSetWriter writer() {
    return SparqlXmlResults.INSTANCE;
  }

  @Override
  RowSetWriter jenasWriter() {
    return RowSetWriterXML.factory.create(ResultSetLang.RS_XML);
  }

  @Override
  Lang lang() {
    return ResultSetLang.RS_XML;
  }

  /** The document as the JDK's own namespace-aware parser reads it; it throws if the XML is not well-formed. */
  static Document wellFormed(byte[] xml) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
    factory.setNamespaceAware(true);
    Document doc = factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    assertEquals(NS, doc.getDocumentElement().getNamespaceURI());
    assertEquals("sparql", doc.getDocumentElement().getLocalName());
    return doc;
  }

  @Test
  void everyKindOfTermReadsBackAsWrittenAndAsJenasWriterDoes() throws Exception {
    List<Binding> written = everyKindOfTerm(AWKWARD);
    byte[] xml = ours(VARS, written);
    String text = strictUtf8(xml);
    Document doc = wellFormed(xml);
    assertEquals(VARS.size(), doc.getElementsByTagNameNS(NS, "variable").getLength());
    assertEquals(written.size(), doc.getElementsByTagNameNS(NS, "result").getLength());

    assertReadsBack(written, readBack(xml), readBack(jenas(VARS, written)), text);
  }

  @Test
  void oneResultToALineAndNoRawControlCharacter() {
    byte[] xml = ours(VARS, everyKindOfTerm(AWKWARD));
    for (byte b : xml) {
      assertTrue(b == '\n' || (b & 0xFF) >= 0x20, "raw control byte " + b);
    }
    String[] lines = new String(xml, StandardCharsets.UTF_8).split("\n");
    assertEquals(2 + 1 + VARS.size() + 2 + everyKindOfTerm(AWKWARD).size() + 2, lines.length);
  }

  @Test
  void layout() {
    Var s = Var.alloc("s");
    Var label = Var.alloc("label");
    Var n = Var.alloc("n");
    List<Binding> written = List.of(
        row().add(s, NodeFactory.createURI(ID + "a")).add(label, NodeFactory.createLiteralLang("甲", "zh")).build(),
        row().add(s, NodeFactory.createBlankNode()).add(n, NodeFactory.createLiteralDT("3", XSDDatatype.XSDinteger))
            .add(label, NodeFactory.createLiteralDirLang("a", "en", "ltr")).build(),
        row().add(n, NodeFactory.createLiteralString("x")).build(),
        row().build());
    assertEquals("""
        <?xml version="1.0"?>
        <sparql xmlns="http://www.w3.org/2005/sparql-results#">
          <head>
            <variable name="s"/>
            <variable name="label"/>
            <variable name="n"/>
          </head>
          <results>
            <result><binding name="s"><uri>https://w3id.org/yrdkg/id/a</uri></binding><binding name="label"><literal xml:lang="zh">甲</literal></binding></result>
            <result><binding name="s"><bnode>b0</bnode></binding><binding name="label"><literal xmlns:its="http://www.w3.org/2005/11/its" its:version="2.0" xml:lang="en" its:dir="ltr">a</literal></binding><binding name="n"><literal datatype="http://www.w3.org/2001/XMLSchema#integer">3</literal></binding></result>
            <result><binding name="n"><literal>x</literal></binding></result>
            <result></result>
          </results>
        </sparql>
        """, new String(ours(List.of(s, label, n), written), StandardCharsets.UTF_8));
  }

  @Test
  void triplesNestAsJenaWritesThem() throws Exception {
    Var t = Var.alloc("t");
    Node a = NodeFactory.createURI(ID + "a");
    Node triple = NodeFactory.createTripleTerm(a, a, NodeFactory.createTripleTerm(a, a, a));
    String xml = new String(ours(List.of(t), List.of(row().add(t, triple).build())), StandardCharsets.UTF_8);
    String uri = "<uri>" + ID + "a</uri>";
    String inner = "<triple><subject>" + uri + "</subject><predicate>" + uri + "</predicate><object>" + uri
        + "</object></triple>";
    assertTrue(xml.contains("<binding name=\"t\"><triple><subject>" + uri + "</subject><predicate>" + uri
        + "</predicate><object>" + inner + "</object></triple></binding>"), xml);
  }

  @Test
  void noRowsAndNoVariables() throws Exception {
    Var a = Var.alloc("a");
    byte[] none = ours(List.of(a), List.of());
    wellFormed(none);
    RowSetRewindable back = readBack(none);
    assertEquals(List.of(a), back.getResultVars());
    assertFalse(back.hasNext());
    byte[] empty = ours(List.of(), List.of(row().build()));
    Document doc = wellFormed(empty);
    assertEquals(0, doc.getElementsByTagNameNS(NS, "variable").getLength());
    assertEquals(1, doc.getElementsByTagNameNS(NS, "result").getLength());
  }

  @Test
  void charactersXml10CannotCarryBecomeTheReplacementCharacterAndTheAnswerStaysReadable() throws Exception {
    Var v = Var.alloc("v");
    Var dt = Var.alloc("dt");
    StringBuilder controls = new StringBuilder();
    for (char c = 0; c < 0x20; c++) {
      if (c != '\t' && c != '\n' && c != '\r') {
        controls.append(c);
      }
    }
    String forbidden = "a" + controls + "b\uD83D c\uDE00 d\uFFFE e\uFFFF f\uD800";
    Binding row = row().add(v, NodeFactory.createLiteralString(forbidden))
        .add(dt, NodeFactory.createLiteral("1", NodeFactory.getType(ID + "type\u0001\"&<>\t"))).build();
    byte[] xml = ours(List.of(v, dt), List.of(row));
    strictUtf8(xml);
    wellFormed(xml);
    Binding back = readBack(xml).next();
    assertEquals("a" + "\uFFFD".repeat(controls.length()) + "b\uFFFD c\uFFFD d\uFFFD e\uFFFD f\uFFFD",
        back.get(v).getLiteralLexicalForm());
    assertEquals(ID + "type\uFFFD\"&<>\t", back.get(dt).getLiteralDatatypeURI(), "an attribute value too");

    // what Jena's writer makes of the same control characters no XML 1.0 parser reads (Jena's own reader refuses it
    // too, with a stack trace in the log)
    byte[] jenas = jenas(List.of(v), List.of(row().add(v, NodeFactory.createLiteralString(controls.toString()))
        .build()));
    assertThrows(Exception.class, () -> wellFormed(jenas));
  }

  @Test
  void theStylesheetInstructionAndDeclarationAsTheContextSays() throws Exception {
    Var v = Var.alloc("v");
    List<Binding> one = List.of(row().add(v, NodeFactory.createURI(ID + "a")).build());
    Context context = new Context();
    context.set(RowSetWriterXML.xmlStylesheet, "/xsl/results.xsl?a=1&b=\"2\"");
    byte[] xml = ours(List.of(v), one, context);
    assertTrue(new String(xml, StandardCharsets.UTF_8).startsWith("""
        <?xml version="1.0"?>
        <?xml-stylesheet type="text/xsl" href="/xsl/results.xsl?a=1&amp;b=&quot;2&quot;"?>
        <sparql"""), new String(xml, StandardCharsets.UTF_8));
    ProcessingInstruction pi = (ProcessingInstruction) wellFormed(xml).getFirstChild();
    assertEquals("xml-stylesheet", pi.getTarget());
    assertEquals(1, readBack(xml).size());

    context.set(RowSetWriterXML.xmlInstruction, false);
    String without = new String(ours(List.of(v), one, context), StandardCharsets.UTF_8);
    assertTrue(without.startsWith("<?xml-stylesheet "), without);
    context.remove(RowSetWriterXML.xmlStylesheet);
    String bare = new String(ours(List.of(v), one, context), StandardCharsets.UTF_8);
    assertTrue(bare.startsWith("<sparql xmlns="), bare);
  }

  @Test
  void blankNodeLabelsAsGivenWhenTheContextAsks() {
    Var v = Var.alloc("v");
    Node b = NodeFactory.createBlankNode("given-label");
    Context context = new Context();
    context.set(ARQ.outputGraphBNodeLabels, true);
    String xml = new String(ours(List.of(v), List.of(row().add(v, b).build()), context), StandardCharsets.UTF_8);
    String label = SyntaxLabels.createNodeToLabelAsGiven().get(null, b).substring(2);
    assertTrue(xml.contains("<bnode>" + label + "</bnode>"), xml);
  }

  @Test
  void aYesNoAnswerIsJenas() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    SparqlXmlResults.INSTANCE.write(out, true, null);
    assertEquals("true", wellFormed(out.toByteArray()).getElementsByTagNameNS(NS, "boolean").item(0).getTextContent());
    assertThrows(ResultSetException.class, () -> SparqlXmlResults.FACTORY.create(ResultSetLang.RS_JSON));
  }

  @Test
  void installedItWritesForBothOfJenasRegistries() {
    SparqlXmlResults.install();
    SparqlXmlResults.install();
    assertSame(SparqlXmlResults.FACTORY, RowSetWriterRegistry.getFactory(ResultSetLang.RS_XML));
    List<Binding> written = everyKindOfTerm(AWKWARD);
    String expected = new String(ours(VARS, written), StandardCharsets.UTF_8);

    ByteArrayOutputStream formatter = new ByteArrayOutputStream();
    ResultSetFormatter.outputAsXML(formatter, ResultSet.adapt(rows(VARS, written)));
    assertEquals(expected, formatter.toString(StandardCharsets.UTF_8));

    ByteArrayOutputStream older = new ByteArrayOutputStream();
    ResultSetWriterRegistry.getFactory(ResultSetLang.RS_XML).create(ResultSetLang.RS_XML)
        .write(older, ResultSet.adapt(rows(VARS, written)), null);
    assertEquals(expected, older.toString(StandardCharsets.UTF_8));
  }
}
