package org.yrdkg.serve;

import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.OpVisitorBase;
import org.apache.jena.sparql.algebra.op.OpOrder;
import org.apache.jena.sparql.algebra.op.OpService;
import org.apache.jena.sparql.algebra.walker.Walker;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.expr.ExprFunctionOp;
import org.apache.jena.sparql.expr.ExprVisitorBase;

/**
 * SPARQL query of the served dataset, and of nothing else: a query that asks another endpoint ({@code SERVICE}) is
 * refused with a 400 before it runs. Left to ARQ, {@code SERVICE <http://10.0.0.1/…>} would have the server send
 * requests wherever a client points it, inside the network it runs in. Canned queries and query files are checked
 * alike, and {@link #forbidServiceCalls} has ARQ itself refuse SERVICE on the served dataset, whatever the way in.
 */
public final class LocalQuery extends SPARQL_QueryDataset {
  /** The one-line reason given to the client. */
  public static final String REFUSED = "SERVICE is not allowed: yrdkg answers from its own graph and does not query other"
      + " endpoints";

  @Override
  protected void validateQuery(HttpAction action, Query query) {
    super.validateQuery(action, query);
    if (callsService(query)) {
      ServletOps.errorBadRequest(REFUSED);
    }
  }

  /**
   * Whether {@code query} has a {@code SERVICE} anywhere: in its pattern, a subquery, or the pattern of an EXISTS in any
   * expression (FILTER, BIND, SELECT, ORDER BY, HAVING).
   */
  public static boolean callsService(Query query) {
    ServiceFinder finder = new ServiceFinder();
    finder.walk(Algebra.compile(query));
    return finder.found;
  }

  /** Walks an algebra expression and the patterns of the EXISTS inside its expressions, looking for SERVICE. */
  private static final class ServiceFinder extends OpVisitorBase {
    boolean found;

    private final ExprVisitorBase exprs = new ExprVisitorBase() {
      @Override
      public void visit(ExprFunctionOp func) {
        // an EXISTS outside a FILTER keeps its pattern as syntax until it runs
        Op pattern = func.getGraphPattern() != null ? func.getGraphPattern()
            : func.getElement() != null ? Algebra.compile(func.getElement()) : null;
        if (pattern != null) {
          walk(pattern);
        }
      }
    };

    void walk(Op op) {
      Walker.walk(op, this, exprs);
    }

    @Override
    public void visit(OpService op) {
      found = true;
    }

    // the walker does not look into sort keys
    @Override
    public void visit(OpOrder op) {
      op.getConditions().forEach(c -> Walker.walk(c.getExpression(), exprs));
    }
  }

  /** Makes ARQ refuse {@code SERVICE} in every query run on {@code dataset}, however it reaches it. */
  static void forbidServiceCalls(DatasetGraph dataset) {
    dataset.getContext().set(ARQ.httpServiceAllowed, false);
  }
}
