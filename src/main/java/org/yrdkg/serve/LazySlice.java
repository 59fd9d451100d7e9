package org.yrdkg.serve;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecException;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.iterator.QueryIter1;

/**
 * The rows of {@code LIMIT} and {@code OFFSET}, as ARQ's {@code QueryIterSlice} gives them, but with the rows before
 * the offset skipped when the first row is asked for, not when the iterator is made.
 *
 * <p>ARQ makes the iterators of a query while it plans it, and plans it holding the lock that its timeout must take to
 * stop the query. {@code QueryIterSlice} skips its offset in its constructor, so a query such as {@code SELECT DISTINCT
 * ?c ?f { ?a ?b ?c . ?d ?e ?f } OFFSET 1000000000} computed its rows while planned, where the timeout could not reach
 * it; worse, ARQ's one timer thread waited on that lock, so no query on the server was stopped by its timeout until
 * that one ended, and it would have run for days.
 */
final class LazySlice extends QueryIter1 {
  private final long offset;
  private final long limit;
  private long given;
  private boolean skipped;

  private LazySlice(QueryIterator input, long offset, long limit, ExecutionContext cxt) {
    super(input, cxt);
    this.offset = offset;
    this.limit = limit;
  }

  /**
   * At most {@code length} rows of {@code input} after its first {@code start}; {@link Query#NOLIMIT} for either
   * leaves it unbounded.
   */
  static QueryIterator of(QueryIterator input, long start, long length, ExecutionContext cxt) {
    long offset = start == Query.NOLIMIT ? 0 : start;
    long limit = length == Query.NOLIMIT ? Long.MAX_VALUE : length;
    if (limit < 0) {
      throw new QueryExecException("Negative LIMIT: " + limit);
    }
    if (offset < 0) {
      throw new QueryExecException("Negative OFFSET: " + offset);
    }
    return new LazySlice(input, offset, limit, cxt);
  }

  @Override
  protected boolean hasNextBinding() {
    QueryIterator input = getInput();
    if (!skipped) {
      skipped = true;
      for (long i = 0; i < offset; i++) {
        if (!input.hasNext()) {
          return false;
        }
        input.next();
      }
    }
    return given < limit && input.hasNext();
  }

  @Override
  protected Binding moveToNextBinding() {
    given++;
    return getInput().nextBinding();
  }

  @Override
  protected void requestSubCancel() {}

  @Override
  protected void closeSubIterator() {}
}
