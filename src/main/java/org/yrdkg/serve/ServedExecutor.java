package org.yrdkg.serve;

import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.op.OpDistinct;
import org.apache.jena.sparql.algebra.op.OpOrder;
import org.apache.jena.sparql.algebra.op.OpPath;
import org.apache.jena.sparql.algebra.op.OpSlice;
import org.apache.jena.sparql.algebra.op.OpTopN;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.iterator.QueryIterPath;
import org.apache.jena.sparql.engine.main.OpExecutor;
import org.apache.jena.sparql.engine.main.QC;
import org.apache.jena.sparql.graph.GraphWrapper;
import org.apache.jena.sparql.path.P_Alt;
import org.apache.jena.sparql.path.P_Inverse;
import org.apache.jena.sparql.path.P_Link;
import org.apache.jena.sparql.path.P_NegPropSet;
import org.apache.jena.sparql.path.P_Path1;
import org.apache.jena.sparql.path.P_Path2;
import org.apache.jena.sparql.path.P_ReverseLink;
import org.apache.jena.sparql.path.P_Seq;
import org.apache.jena.sparql.path.P_ZeroOrOne;
import org.apache.jena.sparql.path.Path;
import org.apache.jena.tdb2.solver.OpExecutorTDB2;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.apache.jena.util.iterator.ExtendedIterator;

/**
 * How every query of the served dataset is run: by ARQ's executor (TDB2's on a TDB2 dataset), but with its rows
 * sorted by {@link SortedRows}, its {@code OFFSET} skipped by {@link LazySlice}, once the answer is asked for rather
 * than while the query is planned, and its property paths of repeated steps stopped at any step once the query is
 * cancelled. Queries that may spill sorts to disk ({@link ARQ#spillToDiskThreshold}) keep ARQ's
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

  /**
   * A property path of repeated steps ({@code *}, {@code +}, <code>{n,m}</code>), with each step's lookup in the graph
   * looking first at whether the query was cancelled. ARQ follows a path from one node to the end before it looks:
   * {@code ?s (rdfs:label|!<urn:x>){1,20} ?o} went on for 23 s past its timeout on the seeds' graph. Paths of single
   * steps ({@code a|b}, {@code a/b}, {@code ^a}) take a few lookups from each node and are left to ARQ.
   */
  private static boolean repeats(OpPath op) {
    return op.getTriplePath().getPath() != null && !singleSteps(op.getTriplePath().getPath());
  }

  private static boolean singleSteps(Path path) {
    if (path instanceof P_Link || path instanceof P_ReverseLink || path instanceof P_NegPropSet) {
      return true;
    }
    if (path instanceof P_Inverse || path instanceof P_ZeroOrOne) {
      return singleSteps(((P_Path1) path).getSubPath());
    }
    if (path instanceof P_Alt || path instanceof P_Seq) {
      return singleSteps(((P_Path2) path).getLeft()) && singleSteps(((P_Path2) path).getRight());
    }
    return false;
  }

  private static QueryIterator path(OpPath op, QueryIterator input, ExecutionContext cxt) {
    Graph graph = new StopsWhenCancelled(cxt.getActiveGraph(), cxt.getCancelSignal());
    return new QueryIterPath(op.getTriplePath(), input, new ExecutionContext(cxt, graph));
  }

  private static QueryIterator slice(OpSlice op, QueryIterator input, ExecutionContext cxt, Exec exec) {
    return LazySlice.of(exec.run(op.getSubOp(), input), op.getStart(), op.getLength(), cxt);
  }

  private static boolean spills(ExecutionContext cxt) {
    return cxt.getContext().isDefined(ARQ.spillToDiskThreshold);
  }

  /** A graph whose lookups fail once {@code cancelled} is set. */
  private static final class StopsWhenCancelled extends GraphWrapper {
    private final AtomicBoolean cancelled;

    StopsWhenCancelled(Graph graph, AtomicBoolean cancelled) {
      super(graph);
      this.cancelled = cancelled;
    }

    @Override
    public ExtendedIterator<Triple> find(Triple triple) {
      check();
      return super.find(triple);
    }

    @Override
    public ExtendedIterator<Triple> find(Node s, Node p, Node o) {
      check();
      return super.find(s, p, o);
    }

    @Override
    public boolean contains(Node s, Node p, Node o) {
      check();
      return super.contains(s, p, o);
    }

    @Override
    public boolean contains(Triple triple) {
      check();
      return super.contains(triple);
    }

    private void check() {
      if (cancelled != null && cancelled.get()) {
        throw new QueryCancelledException();
      }
    }
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

    @Override
    protected QueryIterator execute(OpPath op, QueryIterator input) {
      return repeats(op) ? path(op, input, execCxt) : super.execute(op, input);
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

    @Override
    protected QueryIterator execute(OpPath op, QueryIterator input) {
      return repeats(op) ? path(op, input, execCxt) : super.execute(op, input);
    }
  }
}
