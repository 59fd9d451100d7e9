package org.yrdkg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringWriter;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.rowset.RowSetWriter;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.RowSetMem;
import org.apache.jena.sparql.exec.RowSetRewindable;
import org.apache.jena.sparql.exec.RowSetStream;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.resultset.ResultSetCompare;
import org.apache.jena.sparql.util.Context;
import org.junit.jupiter.api.Test;

/**
 * What every SELECT answer writer of ours does, whatever its format: it streams, flushes and never closes the
 * stream, lets a failure while rows are read reach the caller as thrown once what was written is flushed, refuses a
 * graph term as Jena's writer does, and refuses a {@link java.io.Writer}. Each writer's test inherits it, and the
 * fixture of every kind of term.
 */
abstract class SparqlResultsWriterContract {
  static final String ID = "https://w3id.org/yrdkg/id/";
  static final List<Var> VARS = Var.varList(List.of("iri", "text", "lang", "typed", "dir", "blank", "triple",
      "never"));
  private final Var v = Var.alloc("v");

  /** The writer under test. */
  abstract RowSetWriter writer();

  /** Jena's writer of the same format. */
  abstract RowSetWriter jenasWriter();

  /** The format, to read answers back with Jena's reader. */
  abstract Lang lang();

  /** What the writer under test writes of {@code rows}. */
  byte[] ours(List<Var> vars, List<Binding> rows) {
    return ours(vars, rows, null);
  }

  /** What the writer under test writes of {@code rows} given {@code context} (null for none). */
  byte[] ours(List<Var> vars, List<Binding> rows, Context context) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    writer().write(out, rows(vars, rows), context);
    return out.toByteArray();
  }

  /** What Jena's writer writes of {@code rows}. */
  byte[] jenas(List<Var> vars, List<Binding> rows) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    jenasWriter().write(out, rows(vars, rows), null);
    return out.toByteArray();
  }

  /** An answer read back by Jena's reader of the format. */
  RowSetRewindable readBack(byte[] answer) {
    ResultSet rs = ResultSetMgr.read(new ByteArrayInputStream(answer), lang());
    return RowSetMem.create(RowSet.adapt(rs));
  }

  private List<Binding> uris(int n) {
    return IntStream.range(0, n)
        .mapToObj(i -> Binding.builder().add(v, NodeFactory.createURI(ID + "task/" + i)).build()).toList();
  }

  /**
   * Every kind of term, awkward strings (markup and quote characters in an IRI, a literal and a triple term, Chinese,
   * the {@code awkward} one of the format), a blank node in two rows and in a triple term, a triple term within another,
   * unbound variables, an empty row.
   */
  static List<Binding> everyKindOfTerm(String awkward) {
    Node shared = NodeFactory.createBlankNode();
    Node other = NodeFactory.createBlankNode();
    Node task = NodeFactory.createURI(ID + "task/加快建设-1");
    Node verb = NodeFactory.createURI("https://w3id.org/yrdkg/ontology#verb");
    Node quoted = NodeFactory.createTripleTerm(task, verb, NodeFactory.createLiteralLang("推进 <&>", "zh"));
    Node nested = NodeFactory.createTripleTerm(shared, NodeFactory.createURI("https://w3id.org/yrdkg/ontology#about"),
        quoted);
    List<Binding> rows = new ArrayList<>();
    rows.add(row()
        .add(VARS.get(0), NodeFactory.createURI(ID + "region/上海市?x=1&y=\"<2>\"#段'"))
        .add(VARS.get(1), NodeFactory.createLiteralString(awkward))
        .add(VARS.get(2), NodeFactory.createLiteralLang("长江三角洲区域一体化发展规划纲要", "zh-Hans"))
        .add(VARS.get(3), NodeFactory.createLiteralDT("42", XSDDatatype.XSDinteger))
        .add(VARS.get(4), NodeFactory.createLiteralDirLang("مرحبا", "ar", "rtl"))
        .add(VARS.get(5), shared)
        .add(VARS.get(6), quoted)
        .build());
    rows.add(row()
        .add(VARS.get(3), NodeFactory.createLiteralDT("2035-12-31", XSDDatatype.XSDdate))
        .add(VARS.get(4), NodeFactory.createLiteralDirLang("Yangtze", "en-GB", "ltr"))
        .add(VARS.get(5), shared)
        .add(VARS.get(6), nested)
        .build());
    rows.add(row().build());
    rows.add(row()
        .add(VARS.get(1), NodeFactory.createLiteralString(""))
        .add(VARS.get(3), NodeFactory.createLiteral("x", NodeFactory.getType(ID + "类型/自定义")))
        .add(VARS.get(5), other)
        .build());
    return rows;
  }

  static BindingBuilder row() {
    return Binding.builder();
  }

  static RowSet rows(List<Var> vars, List<Binding> rows) {
    return RowSetStream.create(vars, rows.iterator());
  }

  /**
   * That {@code back}, our answer for {@link #everyKindOfTerm} read back through Jena's reader, holds the rows written
   * and what Jena's own writer's answer ({@code jena}, read back the same way) holds: the header, every term, one label
   * per blank node wherever it stands, an empty row, the awkward string and IRI exactly, a text direction.
   */
  static void assertReadsBack(List<Binding> written, RowSetRewindable back, RowSetRewindable jena, String text) {
    assertEquals(VARS, back.getResultVars(), "the header keeps every variable, in order, the never-bound one too");
    assertTrue(ResultSetCompare.equalsByTermAndOrder(rows(VARS, written), back), text);
    back.reset();
    assertTrue(ResultSetCompare.equalsByTermAndOrder(jena, back), text);

    back.reset();
    List<Binding> rows = new ArrayList<>();
    back.forEachRemaining(rows::add);
    Var blank = VARS.get(5);
    assertTrue(rows.get(0).get(blank).isBlank());
    assertEquals(rows.get(0).get(blank), rows.get(1).get(blank), "one blank node, one label");
    assertEquals(rows.get(0).get(blank), rows.get(1).get(VARS.get(6)).getTriple().getSubject(), "also in a triple term");
    assertNotEquals(rows.get(0).get(blank), rows.get(3).get(blank), "two blank nodes, two labels");
    assertTrue(rows.get(2).isEmpty(), "a row with nothing bound stays empty");
    assertEquals(written.get(0).get(VARS.get(1)), rows.get(0).get(VARS.get(1)), "the awkward string, exactly");
    assertEquals(written.get(0).get(VARS.get(0)), rows.get(0).get(VARS.get(0)), "the awkward IRI, exactly");
    assertEquals("rtl", rows.get(0).get(VARS.get(4)).getLiteralBaseDirection().direction());
  }

  static String strictUtf8(byte[] bytes) throws CharacterCodingException {
    return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
  }

  @Test
  void rowsGoOutWhileTheAnswerIsStillBeingRead() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int total = 20_000;
    int[] sentAtHalfway = {-1};
    Iterator<Binding> lazy = new Iterator<>() {
      int i;

      @Override
      public boolean hasNext() {
        return i < total;
      }

      @Override
      public Binding next() {
        if (i == total / 2) {
          sentAtHalfway[0] = out.size();
        }
        return Binding.builder().add(v, NodeFactory.createURI(ID + "task/" + i++)).build();
      }
    };
    writer().write(out, RowSetStream.create(List.of(v), lazy), null);
    assertTrue(sentAtHalfway[0] > 0 && sentAtHalfway[0] < out.size(), sentAtHalfway[0] + " of " + out.size());
  }

  @Test
  void aFailureWhileReadingRowsReachesTheCallerAsThrownAfterWhatWasWrittenIsFlushed() {
    QueryCancelledException timeout = new QueryCancelledException();
    Iterator<Binding> failing = new Iterator<>() {
      int i;

      @Override
      public boolean hasNext() {
        return true;
      }

      @Override
      public Binding next() {
        if (i == 2) {
          throw timeout;
        }
        return Binding.builder().add(v, NodeFactory.createURI(ID + "row/" + i++)).build();
      }
    };
    FlushCounting out = new FlushCounting();
    QueryCancelledException thrown = assertThrows(QueryCancelledException.class,
        () -> writer().write(out, RowSetStream.create(List.of(v), failing), null));
    assertSame(timeout, thrown);
    assertTrue(out.flushes > 0);
    assertTrue(out.toString(StandardCharsets.UTF_8).contains(ID + "row/1"), out.toString(StandardCharsets.UTF_8));
  }

  @Test
  void theStreamIsFlushedNotClosed() {
    FlushCounting out = new FlushCounting();
    writer().write(out, RowSetStream.create(List.of(v), uris(3).iterator()), null);
    assertTrue(out.flushes > 0);
    assertFalse(out.closed);
  }

  @Test
  void graphTermsAreRefusedAsJenaRefusesThem() {
    List<Binding> graph = List.of(
        Binding.builder().add(v, NodeFactory.createGraphNode(GraphFactory.createDefaultGraph())).build());
    for (RowSetWriter w : List.of(jenasWriter(), writer())) {
      assertThrows(UnsupportedOperationException.class,
          () -> w.write(new ByteArrayOutputStream(), RowSetStream.create(List.of(v), graph.iterator()), null));
    }
  }

  @Test
  void aWriterIsRefused() {
    assertThrows(UnsupportedOperationException.class,
        () -> writer().write(new StringWriter(), RowSetStream.create(List.of(v), uris(1).iterator()), null));
  }

  /** An output stream that counts its flushes. */
  private static final class FlushCounting extends ByteArrayOutputStream {
    int flushes;
    boolean closed;

    @Override
    public void flush() {
      flushes++;
    }

    @Override
    public void close() {
      closed = true;
    }
  }
}
