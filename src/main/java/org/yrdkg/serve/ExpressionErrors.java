package org.yrdkg.serve;

import java.util.Set;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.sparql.ARQConstants;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.TransformCopy;
import org.apache.jena.sparql.algebra.Transformer;
import org.apache.jena.sparql.algebra.optimize.Optimize;
import org.apache.jena.sparql.algebra.optimize.RewriteFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.expr.E_Bound;
import org.apache.jena.sparql.expr.E_Coalesce;
import org.apache.jena.sparql.expr.E_Conditional;
import org.apache.jena.sparql.expr.E_Datatype;
import org.apache.jena.sparql.expr.E_Equals;
import org.apache.jena.sparql.expr.E_GreaterThan;
import org.apache.jena.sparql.expr.E_GreaterThanOrEqual;
import org.apache.jena.sparql.expr.E_IsBlank;
import org.apache.jena.sparql.expr.E_IsIRI;
import org.apache.jena.sparql.expr.E_IsLiteral;
import org.apache.jena.sparql.expr.E_IsNumeric;
import org.apache.jena.sparql.expr.E_IsURI;
import org.apache.jena.sparql.expr.E_Lang;
import org.apache.jena.sparql.expr.E_LangMatches;
import org.apache.jena.sparql.expr.E_LessThan;
import org.apache.jena.sparql.expr.E_LessThanOrEqual;
import org.apache.jena.sparql.expr.E_LogicalAnd;
import org.apache.jena.sparql.expr.E_LogicalNot;
import org.apache.jena.sparql.expr.E_LogicalOr;
import org.apache.jena.sparql.expr.E_NotEquals;
import org.apache.jena.sparql.expr.E_NotOneOf;
import org.apache.jena.sparql.expr.E_OneOf;
import org.apache.jena.sparql.expr.E_SameTerm;
import org.apache.jena.sparql.expr.E_Str;
import org.apache.jena.sparql.expr.E_StrConcat;
import org.apache.jena.sparql.expr.E_StrContains;
import org.apache.jena.sparql.expr.E_StrEndsWith;
import org.apache.jena.sparql.expr.E_StrLength;
import org.apache.jena.sparql.expr.E_StrLowerCase;
import org.apache.jena.sparql.expr.E_StrStartsWith;
import org.apache.jena.sparql.expr.E_StrUpperCase;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprEvalException;
import org.apache.jena.sparql.expr.ExprFunction0;
import org.apache.jena.sparql.expr.ExprFunction1;
import org.apache.jena.sparql.expr.ExprFunction2;
import org.apache.jena.sparql.expr.ExprFunction3;
import org.apache.jena.sparql.expr.ExprFunctionN;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.ExprTransformCopy;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.function.FunctionEnv;

/**
 * A failure inside a function of a query is an error of that function, as SPARQL has it: the variable it was to bind
 * stays unbound, the row fails its FILTER, COALESCE takes the next argument. ARQ makes only its own evaluation errors
 * so; other exceptions from a function went up and failed the whole query with a 500. On the seeds' graph: {@code
 * fn:format-number(1, "#,##0.##.#")}, {@code REPLACE("abc", "(b)", "\\")}, {@code afn:sprintf("%d", "x")}, {@code
 * fn:round-half-to-even(1.5, 999999999)}, {@code 1 / 0.0}, and {@code STRLANG("x", "a b")}, whose value is not an RDF
 * term (Jena fails on the tag when it makes the literal, after the function has returned). {@link #install} has every
 * query of a dataset planned with each function call guarded but ARQ's everyday operators ({@link #SAFE}), before ARQ's
 * optimiser, whose constant folding would otherwise meet the failure while planning.
 */
final class ExpressionErrors {
  private ExpressionErrors() {}

  /** Has every query of {@code dataset} keep failures inside its functions to those functions. */
  static void install(DatasetGraph dataset) {
    RewriteFactory standard = Optimize.stdOptimizationFactory;
    dataset.getContext().set(ARQConstants.sysOptimizerFactory,
        (RewriteFactory) cxt -> op -> standard.create(cxt).rewrite(guarded(op)));
  }

  /** {@code op} with each function call of its expressions guarded, but those of {@link #SAFE}. */
  static Op guarded(Op op) {
    return Transformer.transform(new TransformCopy(), new GuardCalls(), op);
  }

  /**
   * ARQ's own operators and functions that fail only with evaluation errors, and are the most used: left unwrapped,
   * so that the queries made of them (the canned queries among them) are planned and run as before. Arithmetic is
   * not among them: {@code 1 / 0.0} fails with Java's {@code ArithmeticException}.
   */
  private static final Set<Class<? extends Expr>> SAFE = Set.of(E_Lang.class, E_Str.class, E_Bound.class,
      E_Equals.class, E_NotEquals.class, E_LessThan.class, E_LessThanOrEqual.class, E_GreaterThan.class,
      E_GreaterThanOrEqual.class, E_LogicalAnd.class, E_LogicalOr.class, E_LogicalNot.class, E_SameTerm.class,
      E_IsIRI.class, E_IsURI.class, E_IsLiteral.class, E_IsBlank.class, E_IsNumeric.class, E_Datatype.class,
      E_StrStartsWith.class, E_StrEndsWith.class, E_StrContains.class, E_StrLength.class, E_StrUpperCase.class,
      E_StrLowerCase.class, E_StrConcat.class, E_OneOf.class, E_NotOneOf.class, E_Coalesce.class,
      E_Conditional.class, E_LangMatches.class);

  /**
   * Wraps each function call but those of {@link #SAFE}, once. EXISTS and NOT EXISTS are left as they are: their
   * patterns are not functions.
   */
  private static final class GuardCalls extends ExprTransformCopy {
    private static Expr guard(Expr call) {
      return SAFE.contains(call.getClass()) || call instanceof Guarded ? call : new Guarded(call);
    }

    @Override
    public Expr transform(ExprFunction0 func) {
      return guard(super.transform(func));
    }

    @Override
    public Expr transform(ExprFunction1 func, Expr arg) {
      return guard(super.transform(func, arg));
    }

    @Override
    public Expr transform(ExprFunction2 func, Expr arg1, Expr arg2) {
      return guard(super.transform(func, arg1, arg2));
    }

    @Override
    public Expr transform(ExprFunction3 func, Expr arg1, Expr arg2, Expr arg3) {
      return guard(super.transform(func, arg1, arg2, arg3));
    }

    @Override
    public Expr transform(ExprFunctionN func, ExprList args) {
      return guard(super.transform(func, args));
    }
  }

  /** A function call whose failures, of whatever kind, are evaluation errors. */
  static final class Guarded extends ExprFunction1 {
    Guarded(Expr call) {
      super(call, "yrdkg:guarded");
    }

    @Override
    protected NodeValue evalSpecial(Binding binding, FunctionEnv env) {
      try {
        return term(expr.eval(binding, env));
      } catch (ExprEvalException | QueryCancelledException e) {
        throw e;
      } catch (RuntimeException e) {
        throw new ExprEvalException(e.getMessage());
      }
    }

    /** The value of a call evaluated beforehand (ARQ's optimiser folds calls of constants). */
    @Override
    public NodeValue eval(NodeValue value) {
      try {
        return term(value);
      } catch (ExprEvalException e) {
        throw e;
      } catch (RuntimeException e) {
        throw new ExprEvalException(e.getMessage());
      }
    }

    /** {@code value}, once known to make an RDF term: Jena checks a language tag only when it makes the literal. */
    private static NodeValue term(NodeValue value) {
      if (value.isLangString()) {
        value.asNode();
      }
      return value;
    }

    @Override
    public Expr copy(Expr call) {
      return new Guarded(call);
    }
  }
}
