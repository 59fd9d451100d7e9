package org.yrdkg.serve;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.PriorityQueue;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryExecException;
import org.apache.jena.query.SortCondition;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingComparator;
import org.apache.jena.sparql.engine.iterator.QueryIter1;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprEvalException;
import org.apache.jena.sparql.expr.NodeValue;

/**
 * The rows of a query in {@code ORDER BY} order, with each row's sort keys computed once. ARQ's own sorts
 * ({@code QueryIterSort}, {@code QueryIterTopN}) compute the keys of both rows at every comparison, and on the seeds'
 * graph that did three kinds of harm:
 * <ul>
 * <li>{@code ORDER BY RAND()} gave a row a new key at each comparison, and Java's sort, finding the comparisons
 * inconsistent, failed the query with a 500 ("Comparison method violates its general contract!") after seconds;
 * <li>a key that could not be computed (an IRI cast to a number) was logged as a warning at each comparison: 480,000
 * lines for one query of 23,846 rows;
 * <li>the keys were looked up along each row's chain of bindings some 40 times per row in a sort of 1,000 rows.
 * </ul>
 * The order is otherwise ARQ's: keys compared as ARQ compares them, rows with equal keys by all their values, a key
 * that cannot be computed absent and first, by the same sorting algorithm, and for {@code LIMIT} with {@code ORDER BY}
 * the same heap of the least rows. Should keys of different kinds still compare inconsistently, the rows are sorted
 * by a merge sort, which does not check, rather than the query failing. {@link ServedExecutor} has every query of the
 * served dataset sort this way.
 */
final class SortedRows extends QueryIter1 {
  /** Comparisons between two looks at whether the query was cancelled. */
  private static final int CANCEL_CHECK = 1 << 10;
  /** The most rows a heap for the least rows is first sized for. */
  private static final int FIRST_HEAP = 1 << 10;

  private final Expr[] keys;
  private final boolean[] descending;
  /** The number of rows kept, or -1 to keep them all. */
  private final long limit;
  private final boolean distinct;
  private volatile boolean cancelled;
  private int comparisons;
  private Iterator<Binding> sorted;

  /** One row and its keys; a key that cannot be computed is null. */
  private record Row(Binding binding, NodeValue[] keys) {}

  private SortedRows(QueryIterator input, List<SortCondition> conditions, long limit, boolean distinct,
      ExecutionContext cxt) {
    super(input, cxt);
    this.keys = conditions.stream().map(SortCondition::getExpression).toArray(Expr[]::new);
    this.descending = new boolean[keys.length];
    for (int i = 0; i < keys.length; i++) {
      descending[i] = conditions.get(i).getDirection() == Query.ORDER_DESCENDING;
    }
    this.limit = limit;
    this.distinct = distinct;
  }

  /** All the rows of {@code input}, in the order of {@code conditions}. */
  static QueryIterator all(QueryIterator input, List<SortCondition> conditions, ExecutionContext cxt) {
    return new SortedRows(input, conditions, -1, false, cxt);
  }

  /**
   * The first {@code limit} rows of {@code input} in the order of {@code conditions}, without repeats when {@code
   * distinct}; {@link Query#NOLIMIT} keeps all.
   */
  static QueryIterator least(QueryIterator input, List<SortCondition> conditions, long limit, boolean distinct,
      ExecutionContext cxt) {
    if (limit < 0 && limit != Query.NOLIMIT) {
      throw new QueryExecException("Negative LIMIT: " + limit);
    }
    return new SortedRows(input, conditions, limit == Query.NOLIMIT ? Long.MAX_VALUE : limit, distinct, cxt);
  }

  @Override
  protected boolean hasNextBinding() {
    if (sorted == null) {
      try {
        sorted = limit < 0 ? sortAll() : keepLeast();
      } catch (QueryCancelledException e) {
        close();
        throw e;
      }
    }
    return sorted.hasNext();
  }

  @Override
  protected Binding moveToNextBinding() {
    return sorted.next();
  }

  @Override
  protected void requestSubCancel() {
    cancelled = true;
  }

  @Override
  protected void closeSubIterator() {
    sorted = null;
  }

  private Iterator<Binding> sortAll() {
    List<Row> rows = new ArrayList<>();
    QueryIterator input = getInput();
    while (input.hasNext()) {
      rows.add(row(input.next()));
    }
    Row[] array = rows.toArray(new Row[0]);
    sort(array, this::compare);
    return Arrays.stream(array).map(Row::binding).iterator();
  }

  /** As {@code QueryIterTopN}: a heap of the least rows so far, greatest first, sorted at the end. */
  private Iterator<Binding> keepLeast() {
    QueryIterator input = getInput();
    if (limit == 0) {
      input.close();
      return List.<Binding>of().iterator();
    }
    Comparator<Row> order = this::compare;
    PriorityQueue<Row> heap = new PriorityQueue<>((int) Math.min(limit, FIRST_HEAP), order.reversed());
    while (input.hasNext()) {
      Row row = row(input.next());
      if (heap.size() < limit || compare(row, heap.peek()) < 0) {
        if (distinct && contains(heap, row.binding())) {
          continue;
        }
        if (heap.size() >= limit) {
          heap.poll();
        }
        heap.add(row);
      }
    }
    input.close();
    Row[] least = heap.toArray(new Row[0]);
    sort(least, order);
    return Arrays.stream(least).map(Row::binding).iterator();
  }

  private static boolean contains(PriorityQueue<Row> heap, Binding binding) {
    for (Row r : heap) {
      if (r.binding().equals(binding)) {
        return true;
      }
    }
    return false;
  }

  private Row row(Binding binding) {
    NodeValue[] values = new NodeValue[keys.length];
    for (int i = 0; i < keys.length; i++) {
      try {
        values[i] = keys[i].eval(binding, getExecContext());
      } catch (ExprEvalException e) {
        // an unbound variable or an error: no key, which sorts first (ARQ's BindingComparator logs each)
      }
    }
    return new Row(binding, values);
  }

  /** As ARQ's {@code BindingComparator}, on keys computed beforehand. */
  private int compare(Row a, Row b) {
    if (++comparisons % CANCEL_CHECK == 0 && cancelled) {
      throw new QueryCancelledException();
    }
    for (int i = 0; i < keys.length; i++) {
      int x = BindingComparator.compareNodesRaw(a.keys()[i], b.keys()[i]);
      if (x != Expr.CMP_EQUAL) {
        return descending[i] ? -x : x;
      }
    }
    return BindingComparator.compareBindingsSyntactic(a.binding(), b.binding());
  }

  /**
   * Sorts {@code rows} as ARQ does ({@link Arrays#sort}, stable); if {@code order} proves inconsistent, by a stable
   * merge sort from the order they came in.
   */
  static <T> void sort(T[] rows, Comparator<? super T> order) {
    T[] arrived = rows.clone();
    try {
      Arrays.sort(rows, order);
    } catch (IllegalArgumentException inconsistent) {
      T[] work = arrived.clone();
      mergeSort(work, arrived, 0, rows.length, order);
      System.arraycopy(arrived, 0, rows, 0, rows.length);
    }
  }

  /** Sorts {@code a[from, to)} stably, {@code b} holding the same elements there as scratch space. */
  private static <T> void mergeSort(T[] b, T[] a, int from, int to, Comparator<? super T> order) {
    if (to - from < 2) {
      return;
    }
    int mid = (from + to) >>> 1;
    mergeSort(a, b, from, mid, order);
    mergeSort(a, b, mid, to, order);
    for (int i = from, l = from, r = mid; i < to; i++) {
      a[i] = r >= to || l < mid && order.compare(b[l], b[r]) <= 0 ? b[l++] : b[r++];
    }
  }
}
