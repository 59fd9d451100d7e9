package org.yrdkg.serve;

import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.op.OpDistinct;
import org.apache.jena.sparql.algebra.op.OpOrder;
import org.apache.jena.sparql.algebra.op.OpSlice;
import org.apache.jena.sparql.algebra.op.OpTopN;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.main.OpExecutor;
import org.apache.jena.sparql.engine.main.QC;
import org.apache.jena.tdb2.solver.OpExecutorTDB2;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * How every query of the served dataset is run: by ARQ's executor (TDB2's on a TDB2 dataset), but with its rows
 * sorted by {@link SortedRows} and its {@code OFFSET} skipped by {@link LazySlice}, once the answer is asked for rather
 * than while the query is planned. Queries that may spill sorts to disk ({@link ARQ#spillToDiskThreshold}) keep ARQ's
 * sort.
 */
final class ServedExecutor {
  private ServedExecutor() {}

  /** Has every query of {@code dataset} run this way. */
  static void install(DatasetGraph dataset) {
    QC.setFactory(dataset.getContext(), TDBInternal.isTDB2(dataset) ? OnTdb2::new : InMemory::new);
  }

  private static QueryIterator order(OpOrder op, QueryIterator input, ExecutionContext cxt, Exec exec) {
    return SortedRows.all(exec.run(op.getSubOp(), input), op.getConditions(), cxt);
  }

  private static QueryIterator top(OpTopN op, QueryIterator input, ExecutionContext cxt, Exec exec) {
    boolean distinct = op.getSubOp() instanceof OpDistinct;
    Op below = distinct ? ((OpDistinct) op.getSubOp()).getSubOp() : op.getSubOp();
    return SortedRows.least(exec.run(below, input), op.getConditions(), op.getLimit(), distinct, cxt);
  }

  private static QueryIterator slice(OpSlice op, QueryIterator input, ExecutionContext cxt, Exec exec) {
    return LazySlice.of(exec.run(op.getSubOp(), input), op.getStart(), op.getLength(), cxt);
  }

  private static boolean spills(ExecutionContext cxt) {
    return cxt.getContext().isDefined(ARQ.spillToDiskThreshold);
  }

  /** An executor's own {@code exec}, which is protected. */
  private interface Exec {
    QueryIterator run(Op op, QueryIterator input);
  }

  /** ARQ's executor, run this way. */
  private static final class InMemory extends OpExecutor {
    InMemory(ExecutionContext cxt) {
      super(cxt);
    }

    @Override
    protected QueryIterator execute(OpOrder op, QueryIterator input) {
      return spills(execCxt) ? super.execute(op, input) : order(op, input, execCxt, this::exec);
    }

    @Override
    protected QueryIterator execute(OpTopN op, QueryIterator input) {
      return spills(execCxt) ? super.execute(op, input) : top(op, input, execCxt, this::exec);
    }

    @Override
    protected QueryIterator execute(OpSlice op, QueryIterator input) {
      return slice(op, input, execCxt, this::exec);
    }
  }

  /** TDB2's executor, run this way. */
  private static final class OnTdb2 extends OpExecutorTDB2 {
    OnTdb2(ExecutionContext cxt) {
      super(cxt);
    }

    @Override
    protected QueryIterator execute(OpOrder op, QueryIterator input) {
      return spills(execCxt) ? super.execute(op, input) : order(op, input, execCxt, this::exec);
    }

    @Override
    protected QueryIterator execute(OpTopN op, QueryIterator input) {
      return spills(execCxt) ? super.execute(op, input) : top(op, input, execCxt, this::exec);
    }

    @Override
    protected QueryIterator execute(OpSlice op, QueryIterator input) {
      return slice(op, input, execCxt, this::exec);
    }
  }
}
