package org.yrdkg.serve;

import java.util.Iterator;
import org.apache.jena.graph.Node;
import org.apache.jena.query.QueryBuildException;
import org.apache.jena.query.QueryExecException;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.iterator.QueryIteratorWrapper;
import org.apache.jena.sparql.pfunction.PropFuncArg;
import org.apache.jena.sparql.pfunction.PropertyFunction;
import org.apache.jena.sparql.pfunction.PropertyFunctionFactory;
import org.apache.jena.sparql.pfunction.PropertyFunctionRegistry;

/**
 * A property function that cannot run with what a query gives it is an error of the query, told to the client, not a
 * failure of the server. ARQ's own property functions fail so in several ways, each of which Fuseki answered with a 500
 * and a stack trace in the log: {@code ?x apf:assign ?y} and {@code ?x apf:str ?y} with both sides unbound ({@code
 * QueryExecException}), {@code ?x apf:bnode ?y} likewise ({@code ExprEvalException}), {@code ?x apf:strSplit ("a,b"
 * "(")} with a pattern that does not compile ({@code PatternSyntaxException}). {@link #install} has every property
 * function of a dataset's queries guarded: any failure but an error of execution or of parsing becomes a {@link
 * QueryBuildException} when the query is planned and a {@link QueryExecException} when it runs, which {@link
 * LocalQuery} answers with a 400.
 */
final class PropertyFunctionErrors {

  private PropertyFunctionErrors() {}

  /** Has every query of {@code dataset} find its property functions in ARQ's registry, guarded. */
  static void install(DatasetGraph dataset) {
    PropertyFunctionRegistry.set(dataset.getContext(), new Guarding(PropertyFunctionRegistry.chooseRegistry(
        dataset.getContext())));
  }

  /** A registry that hands out the property functions of another, each guarded. */
  private static final class Guarding extends PropertyFunctionRegistry {
    private final PropertyFunctionRegistry base;

    Guarding(PropertyFunctionRegistry base) {
      this.base = base;
    }

    @Override
    public void put(String uri, Class<?> extClass) {
      base.put(uri, extClass);
    }

    @Override
    public void put(String uri, PropertyFunctionFactory factory) {
      base.put(uri, factory);
    }

    @Override
    public boolean manages(String uri) {
      return base.manages(uri);
    }

    @Override
    public PropertyFunctionFactory get(String uri) {
      PropertyFunctionFactory factory = base.get(uri);
      return factory == null ? null : u -> new Guarded(factory.create(u), u);
    }

    @Override
    public boolean isRegistered(String uri) {
      return base.isRegistered(uri);
    }

    @Override
    public PropertyFunctionFactory remove(String uri) {
      return base.remove(uri);
    }

    @Override
    public Iterator<String> keys() {
      return base.keys();
    }
  }

  /** One property function, its failures made errors of the query. */
  private record Guarded(PropertyFunction inner, String uri) implements PropertyFunction {
    @Override
    public void build(PropFuncArg subject, Node predicate, PropFuncArg object, ExecutionContext cxt) {
      try {
        inner.build(subject, predicate, object, cxt);
      } catch (QueryExecException | QueryParseException e) {
        throw e;
      } catch (RuntimeException e) {
        throw new QueryBuildException(message(uri, e));
      }
    }

    @Override
    public QueryIterator exec(QueryIterator input, PropFuncArg subject, Node predicate, PropFuncArg object,
        ExecutionContext cxt) {
      try {
        return new Rows(inner.exec(input, subject, predicate, object, cxt), uri);
      } catch (RuntimeException e) {
        throw failure(uri, e);
      }
    }
  }

  /** The rows of a property function, its failures made errors of the query. */
  private static final class Rows extends QueryIteratorWrapper {
    private final String uri;

    Rows(QueryIterator rows, String uri) {
      super(rows);
      this.uri = uri;
    }

    @Override
    protected boolean hasNextBinding() {
      try {
        return super.hasNextBinding();
      } catch (RuntimeException e) {
        throw failure(uri, e);
      }
    }

    @Override
    protected Binding moveToNextBinding() {
      try {
        return super.moveToNextBinding();
      } catch (RuntimeException e) {
        throw failure(uri, e);
      }
    }
  }

  /**
   * {@code e} as an error of the query. Errors of execution (a cancellation among them) stay as they are, and so do
   * parse errors (of a {@code text:query}), which Fuseki and the canned queries answer with a 400.
   */
  private static RuntimeException failure(String uri, RuntimeException e) {
    if (e instanceof QueryExecException || e instanceof QueryParseException) {
      return e;
    }
    return new QueryExecException(message(uri, e), e);
  }

  /** The failure's message on one line ({@link LocalQuery#reason}): Lucene's lists the tokens it expected. */
  private static String message(String uri, RuntimeException e) {
    String reason = e.getMessage() == null ? e.getClass().getSimpleName() : LocalQuery.reason(e.getMessage());
    return "property function <" + uri + ">: " + reason;
  }

}
