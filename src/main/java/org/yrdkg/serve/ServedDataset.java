package org.yrdkg.serve;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.text.Entity;
import org.apache.jena.query.text.TextDatasetFactory;
import org.apache.jena.query.text.TextIndex;
import org.apache.jena.query.text.TextQuery;
import org.apache.jena.query.text.TextQueryFuncs;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * The graph as the server and the {@code query} command see it: the default graph is the union of
 * the file graphs, and a Lucene index (in memory) of labels, alternative labels and sentence text
 * is attached for {@code text:query}. Read-only by contract: nothing here writes to the data.
 */
public final class ServedDataset {
  private final DatasetGraph dsg;
  private final TextIndex index;
  /** Entries in the index; counted when first asked for (-1 until then), as a loaded index needs opening to count. */
  private volatile int indexed;

  private ServedDataset(DatasetGraph dsg, TextIndex index, int indexed) {
    this.dsg = dsg;
    this.index = index;
    this.indexed = indexed;
  }

  /**
   * Prepares {@code data} for serving. When its default graph is empty but it has named graphs,
   * the default graph becomes their union (TDB2's union default graph, or a copy for an in-memory
   * dataset), so queries without {@code GRAPH} see everything. Queries of it never call other
   * endpoints: ARQ refuses {@code SERVICE} on it. They are run by {@link ServedExecutor}: their rows sorted with each
   * row's sort keys computed once, their {@code OFFSET} skipped where the timeout reaches it. A failure inside one of
   * their functions is an error of that function ({@link ExpressionErrors}), and one inside a property function an
   * error of the query ({@link PropertyFunctionErrors}).
   */
  public static ServedDataset of(Dataset data) {
    return of(data, null);
  }

  /**
   * As {@link #of(Dataset)}, with the text index read from {@code savedIndex} (written by {@link
   * #saveIndex} for the same data) instead of being built, when that directory holds one.
   */
  public static ServedDataset of(Dataset data, Path savedIndex) {
    DatasetGraph base = unionDefault(data.asDatasetGraph());
    TextIndex index;
    int n;
    if (savedIndex != null && SearchIndex.exists(savedIndex)) {
      index = SearchIndex.load(savedIndex);
      n = -1;
    } else {
      index = SearchIndex.create();
      n = SearchIndex.fill(index, base);
    }
    DatasetGraph text = TextDatasetFactory.create(base, index, true);
    text.getContext().set(TextQuery.textIndex, index);
    LocalQuery.forbidServiceCalls(text);
    ServedExecutor.install(base);
    ExpressionErrors.install(base);
    PropertyFunctionErrors.install(base);
    return new ServedDataset(text, index, n);
  }

  private static DatasetGraph unionDefault(DatasetGraph dsg) {
    boolean needsUnion = Txn.calculateRead(dsg, () -> dsg.getDefaultGraph().isEmpty() && dsg.listGraphNodes().hasNext());
    if (!needsUnion) {
      return dsg;
    }
    if (TDBInternal.isTDB2(dsg)) {
      dsg.getContext().set(TDB2.symUnionDefaultGraph, true);
      return dsg;
    }
    DatasetGraph copy = DatasetGraphFactory.createTxnMem();
    Txn.executeRead(dsg, () -> Txn.executeWrite(copy, () -> {
      Iterator<Quad> quads = dsg.find();
      while (quads.hasNext()) {
        Quad q = quads.next();
        copy.add(q);
        copy.getDefaultGraph().add(q.asTriple());
      }
      dsg.prefixes().forEach(copy.prefixes()::add);
    }));
    return copy;
  }

  /** The dataset to query: default graph the union, text index attached. */
  public DatasetGraph graph() {
    return dsg;
  }

  /** The same as a {@link Dataset}. */
  public Dataset dataset() {
    return DatasetFactory.wrap(dsg);
  }

  /** The full-text index of labels, alternative labels and sentence text. */
  public TextIndex textIndex() {
    return index;
  }

  /** Writes the text index into the directory {@code dir} (created if need be), for {@link #of(Dataset, Path)}. */
  public void saveIndex(Path dir) throws IOException {
    SearchIndex.save(index, dir);
  }

  /** How many (subject, property, literal) entries the text index holds. */
  public int indexedEntries() {
    if (indexed < 0) {
      indexed = SearchIndex.size(index);
    }
    return indexed;
  }

  /** The distinct triples of the default graph with this predicate, for indexing. */
  static Set<Triple> distinct(DatasetGraph dsg, Node predicate) {
    Set<Triple> out = new HashSet<>();
    union(dsg).find(Node.ANY, predicate, Node.ANY).forEachRemaining(out::add);
    return out;
  }

  /** The union graph of {@code dsg}: its default graph, or the union of its named graphs when that is empty. */
  static Graph union(DatasetGraph dsg) {
    Graph g = dsg.getDefaultGraph();
    return g.isEmpty() ? dsg.getUnionGraph() : g;
  }

  /** All the data as one graph (call inside a read transaction). */
  public Graph unionGraph() {
    return union(dsg);
  }

  static Entity entity(TextIndex index, Triple t) {
    return TextQueryFuncs.entityFromQuad(index.getDocDef(), null, t.getSubject(), t.getPredicate(), t.getObject());
  }
}
