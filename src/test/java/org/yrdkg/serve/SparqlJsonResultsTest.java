package org.yrdkg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
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
import org.apache.jena.riot.rowset.rw.RowSetWriterJSON;
import org.apache.jena.riot.system.SyntaxLabels;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.RowSetRewindable;
import org.apache.jena.sparql.resultset.ResultSetException;
import org.apache.jena.sparql.util.Context;
import org.junit.jupiter.api.Test;

/**
 * The SPARQL JSON results writer: what it writes reads back, through Jena's reader, as the rows written and as what
 * Jena's own writer's output reads back as; it is strict UTF-8 JSON one binding to a line, streamed, and a failure
 * while rows are read reaches the caller as it was thrown.
 */
class SparqlJsonResultsTest extends SparqlResultsWriterContract {

  @Override
  RowSetWriter writer() {
    return SparqlJsonResults.INSTANCE;
  }

  @Override
  RowSetWriter jenasWriter() {
    return RowSetWriterJSON.factory.create(ResultSetLang.RS_JSON);
  }

  @Override
  Lang lang() {
    return ResultSetLang.RS_JSON;
  }

  /** Every control character, quote and backslash, which JSON escapes; an emoji, a line separator. */
  private static String awkward() {
    StringBuilder controls = new StringBuilder("controls:");
    for (char c = 0; c < 0x20; c++) {
      controls.append(c);
    }
    return "say \"hi\" C:\\dir\\ " + controls + " line\u2028sep 😀 长三角一体化";
  }

  @Test
  void everyKindOfTermReadsBackAsWrittenAndAsJenasWriterDoes() throws CharacterCodingException {
    List<Binding> written = everyKindOfTerm(awkward());
    byte[] json = ours(VARS, written);
    String text = strictUtf8(json);
    JSON.parseAny(text);

    assertReadsBack(written, readBack(json), readBack(jenas(VARS, written)), text);
  }

  @Test
  void noRawControlCharacterOnlyTheLayoutsLineBreaks() {
    byte[] json = ours(VARS, everyKindOfTerm(awkward()));
    for (byte b : json) {
      assertTrue(b == '\n' || (b & 0xFF) >= 0x20, "raw control byte " + b);
    }
  }

  @Test
  void oneBindingToALine() {
    Var s = Var.alloc("s");
    Var label = Var.alloc("label");
    Var n = Var.alloc("n");
    List<Binding> written = List.of(
        row().add(s, NodeFactory.createURI(ID + "a")).add(label, NodeFactory.createLiteralLang("甲", "zh")).build(),
        row().add(s, NodeFactory.createBlankNode()).add(n, NodeFactory.createLiteralDT("3", XSDDatatype.XSDinteger))
            .build());
    assertEquals("""
        { "head": { "vars": [ "s", "label", "n" ] },
          "results": { "bindings": [
            { "s": { "type": "uri", "value": "https://w3id.org/yrdkg/id/a" }, "label": { "type": "literal", "xml:lang": "zh", "value": "甲" } },
            { "s": { "type": "bnode", "value": "b0" }, "n": { "type": "literal", "datatype": "http://www.w3.org/2001/XMLSchema#integer", "value": "3" } }
          ] }
        }
        """, new String(ours(List.of(s, label, n), written), StandardCharsets.UTF_8));
  }

  @Test
  void noRowsAndNoVariables() {
    Var a = Var.alloc("a");
    String none = new String(ours(List.of(a), List.of()), StandardCharsets.UTF_8);
    assertEquals("{ \"head\": { \"vars\": [ \"a\" ] },\n  \"results\": { \"bindings\": [\n  ] }\n}\n", none);
    RowSetRewindable back = readBack(none.getBytes(StandardCharsets.UTF_8));
    assertEquals(List.of(a), back.getResultVars());
    assertFalse(back.hasNext());
    JsonObject empty = JSON.parse(new String(ours(List.of(), List.of(row().build())), StandardCharsets.UTF_8));
    assertEquals(0, empty.get("head").getAsObject().get("vars").getAsArray().size());
    assertEquals(1, empty.get("results").getAsObject().get("bindings").getAsArray().size());
  }

  @Test
  void anUnpairedSurrogateStaysValidUtf8AndJson() throws CharacterCodingException {
    Var v = Var.alloc("v");
    Node lone = NodeFactory.createLiteralString("before \uD83D after \uDE00 end\uD800");
    byte[] json = ours(List.of(v), List.of(row().add(v, lone).build()));
    String text = strictUtf8(json);
    JSON.parseAny(text);
    assertTrue(text.contains("before \\ud83d after \\ude00 end\\ud800"), text);
    assertEquals(lone, readBack(json).next().get(v));
  }

  @Test
  void blankNodeLabelsAsGivenWhenTheContextAsks() {
    Var v = Var.alloc("v");
    Node b = NodeFactory.createBlankNode("given-label");
    Context context = new Context();
    context.set(ARQ.outputGraphBNodeLabels, true);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    SparqlJsonResults.INSTANCE.write(out, rows(List.of(v), List.of(row().add(v, b).build())), context);
    String label = SyntaxLabels.createNodeToLabelAsGiven().get(null, b).substring(2);
    assertTrue(out.toString(StandardCharsets.UTF_8).contains("{ \"type\": \"bnode\", \"value\": \"" + label + "\" }"),
        out.toString(StandardCharsets.UTF_8));
  }

  @Test
  void aYesNoAnswerIsJenas() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    SparqlJsonResults.INSTANCE.write(out, true, null);
    assertTrue(JSON.parse(out.toString(StandardCharsets.UTF_8)).get("boolean").getAsBoolean().value());
    assertThrows(ResultSetException.class, () -> SparqlJsonResults.FACTORY.create(ResultSetLang.RS_XML));
  }

  @Test
  void installedItWritesForBothOfJenasRegistries() {
    SparqlJsonResults.install();
    SparqlJsonResults.install();
    assertSame(SparqlJsonResults.FACTORY, RowSetWriterRegistry.getFactory(ResultSetLang.RS_JSON));
    List<Binding> written = everyKindOfTerm(awkward());
    String expected = new String(ours(VARS, written), StandardCharsets.UTF_8);

    ByteArrayOutputStream formatter = new ByteArrayOutputStream();
    ResultSetFormatter.outputAsJSON(formatter, ResultSet.adapt(rows(VARS, written)));
    assertEquals(expected, formatter.toString(StandardCharsets.UTF_8));

    ByteArrayOutputStream older = new ByteArrayOutputStream();
    ResultSetWriterRegistry.getFactory(ResultSetLang.RS_JSON).create(ResultSetLang.RS_JSON)
        .write(older, ResultSet.adapt(rows(VARS, written)), null);
    assertEquals(expected, older.toString(StandardCharsets.UTF_8));
  }
}
