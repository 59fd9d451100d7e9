package org.yrdkg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.engine.iterator.QueryIterPlainWrapper;
import org.apache.jena.sparql.engine.iterator.QueryIterSlice;
import org.junit.jupiter.api.Test;

class LazySliceTest {
  private static final Var X = Var.alloc("x");

  private static List<Binding> rows(int n) {
    List<Binding> rows = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      rows.add(BindingFactory.binding(X, NodeFactory.createLiteralString("r" + i)));
    }
    return rows;
  }

  private static List<Binding> drain(QueryIterator it) {
    List<Binding> out = new ArrayList<>();
    it.forEachRemaining(out::add);
    it.close();
    return out;
  }

  @Test
  void theRowsAreArqsForEveryOffsetAndLimit() {
    ExecutionContext cxt = ExecutionContext.create(DatasetGraphFactory.create());
    long[] bounds = {Query.NOLIMIT, 0, 1, 2, 5, 9, 10, 11, 50};
    for (int n : new int[] {0, 1, 10}) {
      List<Binding> rows = rows(n);
      for (long start : bounds) {
        for (long length : bounds) {
          List<Binding> arqs = drain(new QueryIterSlice(QueryIterPlainWrapper.create(rows.iterator(), cxt), start,
              length, cxt));
          List<Binding> ours = drain(LazySlice.of(QueryIterPlainWrapper.create(rows.iterator(), cxt), start, length,
              cxt));
          assertEquals(arqs, ours, n + " rows, OFFSET " + start + " LIMIT " + length);
        }
      }
    }
  }

  @Test
  void nothingIsReadUntilTheFirstRowIsAskedFor() {
    ExecutionContext cxt = ExecutionContext.create(DatasetGraphFactory.create());
    int[] read = {0};
    QueryIterator counted = QueryIterPlainWrapper.create(rows(100).stream().peek(b -> read[0]++).iterator(), cxt);
    QueryIterator slice = LazySlice.of(counted, 40, 5, cxt);
    assertEquals(0, read[0], "read while made");
    assertTrue(slice.hasNext());
    assertEquals(41, read[0], "the 40 skipped and the first given");
    assertEquals(5, drain(slice).size());
  }
}
