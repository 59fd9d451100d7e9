package org.yrdkg.store;

import java.util.NoSuchElementException;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.apache.jena.graph.Capabilities;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.graph.impl.AllCapabilities;
import org.apache.jena.graph.impl.GraphBase;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.apache.jena.util.iterator.NiceIterator;

/**
 * A read-only graph held as three sorted tables of term numbers (subject–predicate–object,
 * predicate–object–subject, object–subject–predicate), as {@link QuadFile} stores them: loading
 * it copies three arrays instead of adding every triple to hash indexes, so a cached start does
 * no per-triple work and leaves the JIT compilers little to compile. Every pattern is a range of
 * one table. Where the graph has at least as many triples as the term table has terms, the rows of
 * each leading term are found from a table of offsets, made when a pattern first needs it; below
 * that (a small graph among many sharing one term table) the offsets would outweigh the rows, and
 * they are found by binary search. The other keys are then searched within those rows. Terms are
 * compared as terms (as in Jena's {@code GraphMem2}). Adding or deleting is refused.
 */
final class PackedGraph extends GraphBase {
  private static final int SPO = 0;
  private static final int POS = 1;
  private static final int OSP = 2;

  private final Node[] nodes;
  private final TermIndex ids;
  /** Each table: triples of term numbers, in its order, sorted. */
  private final int[][] tables;
  private final int size;
  /**
   * Each table's offsets, null until first needed (and always, if the graph is too small to have them): the rows of
   * leading term {@code t} are {@code [offsets[t], offsets[t + 1])}.
   */
  private final AtomicReferenceArray<int[]> offsets = new AtomicReferenceArray<>(3);
  private final boolean offsetsPay;

  /**
   * A graph of {@code tables} (spo, pos, osp, each holding the same triples as numbers into
   * {@code nodes}, sorted), {@code ids} being the inverse of {@code nodes}.
   */
  PackedGraph(Node[] nodes, TermIndex ids, int[] spo, int[] pos, int[] osp) {
    this.nodes = nodes;
    this.ids = ids;
    this.tables = new int[][] {spo, pos, osp};
    this.size = spo.length / 3;
    // offsets take 4 bytes a term, a table's rows 12 a triple: at most a third more memory
    this.offsetsPay = size >= nodes.length;
  }

  @Override
  public Capabilities getCapabilities() {
    return AllCapabilities.updateNotAllowed;
  }

  @Override
  protected int graphBaseSize() {
    return size;
  }

  @Override
  public boolean graphBaseContains(Triple t) {
    Range r = range(t);
    return r != null && r.from < r.to;
  }

  @Override
  protected ExtendedIterator<Triple> graphBaseFind(Triple pattern) {
    Range r = range(pattern);
    return r == null ? NiceIterator.emptyIterator() : new Triples(r);
  }

  /** The rows of one table that match {@code pattern}; null when a term of it is not in the graph. */
  private Range range(Triple pattern) {
    int s = id(pattern.getSubject());
    int p = id(pattern.getPredicate());
    int o = id(pattern.getObject());
    if (s == MISSING || p == MISSING || o == MISSING) {
      return null;
    }
    // the bound terms lead in one of the three orders; ANY is -1
    if (s >= 0) {
      return o >= 0 && p < 0 ? find(OSP, o, s, -1) : find(SPO, s, p, o);
    }
    if (p >= 0) {
      return find(POS, p, o, -1);
    }
    return find(OSP, o, -1, -1);
  }

  private static final int MISSING = -2;

  private int id(Node n) {
    if (n == null || !n.isConcrete()) {
      return -1;
    }
    int id = ids.id(n);
    return id == TermIndex.ABSENT ? MISSING : id;
  }

  /** The rows of table {@code t} that begin with the given keys (-1 ends the prefix). */
  private Range find(int t, int a, int b, int c) {
    int[] rows = tables[t];
    int keys = a < 0 ? 0 : b < 0 ? 1 : c < 0 ? 2 : 3;
    if (keys == 0) {
      return new Range(t, 0, size);
    }
    int[] key = {a, b, c};
    int lo = 0;
    int hi = size;
    int[] first = offsetsPay ? offsets(t) : null;
    if (first != null) {
      lo = first[a];
      hi = first[a + 1];
      if (keys == 1 || lo == hi) {
        return new Range(t, lo, hi);
      }
    }
    return new Range(t, bound(rows, key, keys, lo, hi, false), bound(rows, key, keys, lo, hi, true));
  }

  /** Table {@code t}'s offsets, made on first use; threads racing to make them make the same. */
  private int[] offsets(int t) {
    int[] first = offsets.get(t);
    if (first == null) {
      int[] rows = tables[t];
      first = new int[nodes.length + 1];
      for (int i = 0; i < rows.length; i += 3) {
        first[rows[i] + 1]++;
      }
      for (int i = 0; i < nodes.length; i++) {
        first[i + 1] += first[i];
      }
      offsets.compareAndSet(t, null, first);
    }
    return first;
  }

  /**
   * The first row of {@code [lo, hi)} not below the key (or, with {@code after}, above it), comparing the first
   * {@code keys} columns.
   */
  private static int bound(int[] rows, int[] key, int keys, int lo, int hi, boolean after) {
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      int cmp = compare(rows, mid, key, keys);
      if (cmp < 0 || (after && cmp == 0)) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  private static int compare(int[] rows, int row, int[] key, int keys) {
    for (int i = 0; i < keys; i++) {
      int c = Integer.compare(rows[row * 3 + i], key[i]);
      if (c != 0) {
        return c;
      }
    }
    return 0;
  }

  private record Range(int table, int from, int to) {}

  /** The triples of a range, made as they are read. */
  private final class Triples extends NiceIterator<Triple> {
    private final int[] rows;
    private final int table;
    private final int to;
    private int next;

    Triples(Range r) {
      this.rows = tables[r.table];
      this.table = r.table;
      this.next = r.from;
      this.to = r.to;
    }

    @Override
    public boolean hasNext() {
      return next < to;
    }

    @Override
    public Triple next() {
      if (next >= to) {
        throw new NoSuchElementException();
      }
      int i = next++ * 3;
      Node x = nodes[rows[i]];
      Node y = nodes[rows[i + 1]];
      Node z = nodes[rows[i + 2]];
      return switch (table) {
        case SPO -> Triple.create(x, y, z);
        case POS -> Triple.create(z, x, y);
        default -> Triple.create(y, z, x);
      };
    }
  }
}
