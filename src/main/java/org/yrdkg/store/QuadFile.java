package org.yrdkg.store;

import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.datatypes.RDFDatatype;
import org.apache.jena.datatypes.TypeMapper;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;

/**
 * The named graphs in a compact binary form that loads several times faster than any RDF syntax
 * in a cold JVM: a table of the distinct terms, each written once, then each graph's triples as
 * three indexes into it. Terms shared by many triples are shared objects once read, which also
 * keeps the loaded graph small. Not an exchange format: it is read only by the code that wrote it
 * (the cache key includes the code).
 *
 * <pre>
 * "YKG1" nodes:int { kind:byte text:str [lang:str | datatype:str] }* graphs:int { name:int triples:int (s p o:int)* }*
 * </pre>
 */
final class QuadFile {
  private static final int MAGIC = 0x594b4731; // "YKG1"
  private static final byte IRI = 0;
  private static final byte BLANK = 1;
  private static final byte STRING = 2;
  private static final byte LANG = 3;
  private static final byte TYPED = 4;

  private QuadFile() {}

  /** Writes {@code graphs} (graph IRI to graph) to {@code out}. */
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
    for (Map.Entry<String, Graph> e : graphs.entrySet()) {
      List<Triple> triples = e.getValue().find().toList();
      data.writeInt(ids.get(NodeFactory.createURI(e.getKey())));
      data.writeInt(triples.size());
      for (Triple t : triples) {
        data.writeInt(ids.get(t.getSubject()));
        data.writeInt(ids.get(t.getPredicate()));
        data.writeInt(ids.get(t.getObject()));
      }
    }
    data.flush();
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

  /** What a file holds: each graph's triples, the same term objects shared by all. */
  record Content(Map<String, Triple[]> graphs) {}

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
      for (int i = 0; i < count; i++) {
        byte kind = bytes.get();
        String text = readString(bytes);
        nodes[i] = switch (kind) {
          case IRI -> NodeFactory.createURI(text);
          case BLANK -> NodeFactory.createBlankNode(text);
          case STRING -> NodeFactory.createLiteralString(text);
          case LANG -> NodeFactory.createLiteralLang(text, langs.computeIfAbsent(readString(bytes), l -> l));
          case TYPED -> NodeFactory.createLiteralDT(text,
              types.computeIfAbsent(readString(bytes), u -> TypeMapper.getInstance().getSafeTypeByName(u)));
          default -> throw new IOException("unknown term kind " + kind);
        };
      }
      int graphCount = bytes.getInt();
      Map<String, Triple[]> graphs = new LinkedHashMap<>();
      for (int g = 0; g < graphCount; g++) {
        Node name = nodes[bytes.getInt()];
        int n = bytes.getInt();
        if (!name.isURI() || n < 0 || n > bytes.remaining() / 12) {
          throw new IOException("damaged graph header");
        }
        Triple[] triples = new Triple[n];
        for (int i = 0; i < n; i++) {
          triples[i] = Triple.create(nodes[bytes.getInt()], nodes[bytes.getInt()], nodes[bytes.getInt()]);
        }
        graphs.put(name.getURI(), triples);
      }
      if (bytes.hasRemaining()) {
        throw new IOException("trailing bytes");
      }
      return new Content(graphs);
    } catch (BufferUnderflowException | ArrayIndexOutOfBoundsException | IllegalArgumentException e) {
      throw new IOException("truncated or damaged graph file");
    }
  }

  private static String readString(ByteBuffer bytes) throws IOException {
    int len = bytes.getInt();
    if (len < 0 || len > bytes.remaining()) {
      throw new IOException("impossible string length");
    }
    String s = new String(bytes.array(), bytes.arrayOffset() + bytes.position(), len, StandardCharsets.UTF_8);
    bytes.position(bytes.position() + len);
    return s;
  }
}
