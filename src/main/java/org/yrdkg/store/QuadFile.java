package org.yrdkg.store;

import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.datatypes.RDFDatatype;
import org.apache.jena.datatypes.TypeMapper;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.impl.LiteralLabelFactory;

/**
 * The named graphs and their union in a compact binary form that loads far faster than any RDF
 * syntax in a cold JVM: a table of the distinct terms, each written once, then for each graph
 * (and last for the union of them all) its triples as indexes into the term table, three times,
 * sorted in the three orders a {@link PackedGraph} searches. Reading makes one object per term and
 * copies the tables as they are; no triple is hashed or indexed at load. Not an exchange format:
 * it is read only by the code that wrote it (the cache key includes the code).
 *
 * <pre>
 * "YKG2" nodes:int { kind:byte text:str [lang:str | datatype:str] }*
 *   graphs:int { name:int block }* block(union)
 * block = triples:int spo:int[3*triples] pos:int[3*triples] osp:int[3*triples]
 * </pre>
 */
final class QuadFile {
  private static final int MAGIC = 0x594b4732; // "YKG2"
  private static final byte IRI = 0;
  private static final byte BLANK = 1;
  private static final byte STRING = 2;
  private static final byte LANG = 3;
  private static final byte TYPED = 4;

  private QuadFile() {}

  /** Writes {@code graphs} (graph IRI to graph) and their union to {@code out}. */
  static void write(Map<String, Graph> graphs, OutputStream out) throws IOException {
    Map<Node, Integer> ids = new LinkedHashMap<>();
    for (Map.Entry<String, Graph> e : graphs.entrySet()) {
      ids.putIfAbsent(NodeFactory.createURI(e.getKey()), ids.size());
      e.getValue().find().forEachRemaining(t -> {
        ids.putIfAbsent(t.getSubject(), ids.size());
        ids.putIfAbsent(t.getPredicate(), ids.size());
        ids.putIfAbsent(t.getObject(), ids.size());
      });
    }
    DataOutputStream data = new DataOutputStream(out);
    data.writeInt(MAGIC);
    data.writeInt(ids.size());
    for (Node n : ids.keySet()) {
      writeNode(data, n);
    }
    data.writeInt(graphs.size());
    Set<Row> union = new HashSet<>();
    for (Map.Entry<String, Graph> e : graphs.entrySet()) {
      List<Row> rows = new ArrayList<>();
      e.getValue().find().forEachRemaining(t ->
          rows.add(new Row(ids.get(t.getSubject()), ids.get(t.getPredicate()), ids.get(t.getObject()))));
      union.addAll(rows);
      data.writeInt(ids.get(NodeFactory.createURI(e.getKey())));
      writeBlock(data, rows);
    }
    writeBlock(data, new ArrayList<>(union));
    data.flush();
  }

  /** One triple as term numbers. */
  private record Row(int s, int p, int o) {}

  private static final List<Comparator<Row>> ORDERS = List.of(
      Comparator.comparingInt(Row::s).thenComparingInt(Row::p).thenComparingInt(Row::o),
      Comparator.comparingInt(Row::p).thenComparingInt(Row::o).thenComparingInt(Row::s),
      Comparator.comparingInt(Row::o).thenComparingInt(Row::s).thenComparingInt(Row::p));

  private static void writeBlock(DataOutputStream data, List<Row> rows) throws IOException {
    data.writeInt(rows.size());
    for (int order = 0; order < ORDERS.size(); order++) {
      rows.sort(ORDERS.get(order));
      for (Row r : rows) {
        switch (order) {
          case 0 -> writeInts(data, r.s(), r.p(), r.o());
          case 1 -> writeInts(data, r.p(), r.o(), r.s());
          default -> writeInts(data, r.o(), r.s(), r.p());
        }
      }
    }
  }

  private static void writeInts(DataOutputStream data, int a, int b, int c) throws IOException {
    data.writeInt(a);
    data.writeInt(b);
    data.writeInt(c);
  }

  private static void writeNode(DataOutputStream data, Node n) throws IOException {
    if (n.isURI()) {
      data.writeByte(IRI);
      writeString(data, n.getURI());
    } else if (n.isBlank()) {
      data.writeByte(BLANK);
      writeString(data, n.getBlankNodeLabel());
    } else if (n.isLiteral()) {
      String lang = n.getLiteralLanguage();
      if (n.getLiteralBaseDirection() != null) {
        throw new IOException("a literal with a base direction cannot be cached: " + n);
      }
      if (lang != null && !lang.isEmpty()) {
        data.writeByte(LANG);
        writeString(data, n.getLiteralLexicalForm());
        writeString(data, lang);
      } else if (XSDDatatype.XSDstring.getURI().equals(n.getLiteralDatatypeURI())) {
        data.writeByte(STRING);
        writeString(data, n.getLiteralLexicalForm());
      } else {
        data.writeByte(TYPED);
        writeString(data, n.getLiteralLexicalForm());
        writeString(data, n.getLiteralDatatypeURI());
      }
    } else {
      throw new IOException("a term that cannot be cached: " + n);
    }
  }

  private static void writeString(DataOutputStream data, String s) throws IOException {
    byte[] b = s.getBytes(StandardCharsets.UTF_8);
    data.writeInt(b.length);
    data.write(b);
  }

  /** What a file holds: each named graph (by IRI) and their union, all sharing one table of terms. */
  record Content(Map<String, Graph> graphs, Graph union) {}

  /** The content of {@code bytes}. Throws {@link IOException} on damage. */
  static Content read(ByteBuffer bytes) throws IOException {
    try {
      if (bytes.getInt() != MAGIC) {
        throw new IOException("not a graph file");
      }
      int count = bytes.getInt();
      if (count < 0 || count > bytes.remaining()) {
        throw new IOException("impossible term count");
      }
      Node[] nodes = new Node[count];
      Map<String, String> langs = new HashMap<>();
      Map<String, RDFDatatype> types = new HashMap<>();
      StringReader strings = new StringReader();
      for (int i = 0; i < count; i++) {
        byte kind = bytes.get();
        String text = strings.read(bytes);
        nodes[i] = switch (kind) {
          case IRI -> NodeFactory.createURI(text);
          case BLANK -> NodeFactory.createBlankNode(text);
          case STRING -> NodeFactory.createLiteralString(text);
          // the tag was written from a node's own (already formatted) tag: no need to parse it again
          case LANG -> NodeFactory.createLiteral(LiteralLabelFactory.createLang(text, langs.computeIfAbsent(strings.read(bytes), l -> l)));
          case TYPED -> NodeFactory.createLiteralDT(text,
              types.computeIfAbsent(strings.read(bytes), u -> TypeMapper.getInstance().getSafeTypeByName(u)));
          default -> throw new IOException("unknown term kind " + kind);
        };
      }
      TermIndex ids = TermIndex.of(nodes);
      if (ids == null) {
        throw new IOException("a term written twice");
      }
      int graphCount = bytes.getInt();
      if (graphCount < 0 || graphCount > count) {
        throw new IOException("impossible graph count");
      }
      Map<String, Graph> graphs = new LinkedHashMap<>();
      for (int g = 0; g < graphCount; g++) {
        Node name = nodes[bytes.getInt()];
        if (!name.isURI()) {
          throw new IOException("damaged graph header");
        }
        graphs.put(name.getURI(), readBlock(bytes, nodes, ids));
      }
      Graph union = readBlock(bytes, nodes, ids);
      if (bytes.hasRemaining()) {
        throw new IOException("trailing bytes");
      }
      return new Content(graphs, union);
    } catch (BufferUnderflowException | IndexOutOfBoundsException | IllegalArgumentException e) {
      throw new IOException("truncated or damaged graph file");
    }
  }

  private static PackedGraph readBlock(ByteBuffer bytes, Node[] nodes, TermIndex ids) throws IOException {
    int n = bytes.getInt();
    if (n < 0 || n > bytes.remaining() / 36) {
      throw new IOException("damaged graph header");
    }
    int[][] tables = new int[3][];
    for (int t = 0; t < 3; t++) {
      int[] rows = new int[3 * n];
      bytes.asIntBuffer().get(rows);
      bytes.position(bytes.position() + 4 * rows.length);
      for (int id : rows) {
        if (id < 0 || id >= nodes.length) {
          throw new IOException("a triple names no term");
        }
      }
      tables[t] = rows;
    }
    return new PackedGraph(nodes, ids, tables[0], tables[1], tables[2]);
  }

  /**
   * Reads the length-prefixed UTF-8 strings of a buffer, heap or mapped, copying each out through one array grown
   * to the longest.
   */
  private static final class StringReader {
    private byte[] utf8 = new byte[256];

    String read(ByteBuffer bytes) throws IOException {
      int len = bytes.getInt();
      if (len < 0 || len > bytes.remaining()) {
        throw new IOException("impossible string length");
      }
      if (utf8.length < len) {
        utf8 = new byte[Math.max(len, 2 * utf8.length)];
      }
      bytes.get(utf8, 0, len);
      return new String(utf8, 0, len, StandardCharsets.UTF_8);
    }
  }
}
