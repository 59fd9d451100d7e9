package org.yrdkg.serve;

import java.io.OutputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.ResultSetStream;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.system.Txn;

/**
 * Runs canned and ad-hoc queries on a {@link ServedDataset}: parameters bound as typed terms by
 * substitution (never spliced into the text), paging applied to list queries, the whole result
 * computed under the timeout before anything is written, so a cancelled query is an error, not a
 * truncated answer.
 */
public final class CannedQueryRunner {
  private final ServedDataset data;
  private final Duration timeout;

  public CannedQueryRunner(ServedDataset data, Duration timeout) {
    this.data = data;
    this.timeout = timeout;
  }

  /**
   * A request for a canned query's answer, its parameters checked: the typed terms (defaults filled in), and the
   * page of a list query ({@code limit} -1 for other queries). Two requests that ask for the same answer, however
   * spelt ({@code limit} left out or given as 1000), are equal.
   */
  public record Request(String query, Map<String, Node> terms, long limit, long offset) {}

  /** Checks {@code given} (which may include limit and offset) for {@code cq}; a bad parameter is refused. */
  public static Request request(CannedQuery cq, Map<String, String> given) {
    Map<String, Node> terms = cq.bindings(given);
    long limit = -1;
    long offset = 0;
    if (cq.isList()) {
      limit = paging(given.get("limit"), "limit", CannedQuery.DEFAULT_LIMIT, 1, CannedQuery.MAX_LIMIT);
      offset = paging(given.get("offset"), "offset", 0, 0, Integer.MAX_VALUE);
    } else if (given.containsKey("limit") || given.containsKey("offset")) {
      throw new ParameterException(cq.name() + " is not a list query: no limit or offset");
    }
    return new Request(cq.name(), Map.copyOf(terms), limit, offset);
  }

  /** The answer to {@code cq} for the parameters {@code given} (which may include limit and offset). */
  public Result run(CannedQuery cq, Map<String, String> given) {
    return run(cq, request(cq, given));
  }

  /** The answer to {@code cq} for a request checked by {@link #request}. */
  public Result run(CannedQuery cq, Request r) {
    Query q = cq.query().cloneQuery();
    if (r.limit() >= 0) {
      q.setLimit(r.limit());
    }
    if (r.offset() > 0) {
      q.setOffset(r.offset());
    }
    BindingBuilder b = Binding.builder();
    r.terms().forEach((k, v) -> b.add(Var.alloc(k), v));
    return run(q, b.build());
  }

  /** The answer to an ad-hoc query. */
  public Result run(Query q) {
    return run(q, Binding.builder().build());
  }

  private Result run(Query q, Binding substitution) {
    return Txn.calculateRead(data.graph(), () -> {
      try (QueryExecution qe = QueryExecution.create().query(q).dataset(data.dataset()).substitution(substitution)
          .timeout(timeout.toMillis(), TimeUnit.MILLISECONDS).build()) {
        if (q.isSelectType()) {
          ResultSet answer = qe.execSelect();
          List<Var> vars = Var.varList(answer.getResultVars());
          return new Result(q, vars, rows(answer, vars), null, null);
        }
        if (q.isAskType()) {
          return new Result(q, null, null, null, qe.execAsk());
        }
        Model m = q.isConstructType() ? qe.execConstruct() : qe.execDescribe();
        m.setNsPrefixes(q.getPrefixMapping());
        return new Result(q, null, null, m, null);
      }
    });
  }

  /**
   * The rows of {@code answer} in memory, each holding the answer's variables only. Jena's own copy
   * ({@code ResultSetFactory.copyResults}) first lists every variable a row has, hidden ones included, which a
   * row of a deep join finds link by link along its chain of bindings; asking the row for each answer variable
   * instead took 6–16 % off the queries that return hundreds of rows (bench/QueryBench.java).
   */
  static List<Binding> rows(ResultSet answer, List<Var> vars) {
    List<Binding> rows = new ArrayList<>();
    while (answer.hasNext()) {
      Binding row = answer.nextBinding();
      BindingBuilder flat = Binding.builder();
      for (Var v : vars) {
        Node n = row.get(v);
        if (n != null) {
          flat.add(v, n);
        }
      }
      rows.add(flat.build());
    }
    return Collections.unmodifiableList(rows);
  }

  private static long paging(String value, String name, long dflt, long min, long max) {
    if (value == null || value.isEmpty()) {
      return dflt;
    }
    if (!value.matches("[0-9]+")) {
      throw new ParameterException("parameter '" + name + "': not a whole number: '" + clip(value) + "'");
    }
    // more digits than a long holds is out of range too, not "not a number"
    long v = value.length() > 18 ? Long.MAX_VALUE : Long.parseLong(value);
    if (v < min || v > max) {
      throw new ParameterException("parameter '" + name + "': must be between " + min + " and " + max);
    }
    return v;
  }

  private static String clip(String s) {
    return s.length() > 40 ? s.substring(0, 40) + "…" : s;
  }

  /** A computed answer: rows (with their variables), a graph, or a boolean. The rows cannot be changed. */
  public record Result(Query query, List<Var> vars, List<Binding> rows, Model graph, Boolean bool) {
    /** True for CONSTRUCT and DESCRIBE answers. */
    public boolean isGraph() {
      return graph != null;
    }

    /** The rows of a table answer as a fresh result set, from the first row. */
    public ResultSet resultSet() {
      return ResultSetStream.create(vars, rows.iterator());
    }

    /** Rows in a table answer, triples in a graph answer, 1 for a yes/no answer. */
    public int size() {
      return rows != null ? rows.size() : graph != null ? (int) Math.min(Integer.MAX_VALUE, graph.size()) : 1;
    }

    /**
     * Writes the answer in {@code f}, which must suit its kind. A JSON or XML table goes to
     * {@link SparqlJsonResults} or {@link SparqlXmlResults} directly, so the command line, which starts no server to
     * install them, writes it too.
     */
    public void write(OutputStream out, ResultFormat f) {
      if (isGraph()) {
        Lang lang = switch (f) {
          case JSONLD -> Lang.JSONLD;
          case NTRIPLES -> Lang.NTRIPLES;
          case RDFXML -> Lang.RDFXML;
          default -> Lang.TURTLE;
        };
        RDFDataMgr.write(out, graph, lang);
        return;
      }
      if (bool != null) {
        switch (f) {
          case XML -> ResultSetFormatter.outputAsXML(out, bool);
          case CSV -> ResultSetFormatter.outputAsCSV(out, bool);
          case TSV -> ResultSetFormatter.outputAsTSV(out, bool);
          case TABLE -> ResultSetFormatter.out(out, bool);
          default -> ResultSetFormatter.outputAsJSON(out, bool);
        }
        return;
      }
      ResultSet rs = resultSet();
      switch (f) {
        case XML -> SparqlXmlResults.INSTANCE.write(out, RowSet.adapt(rs), null);
        case CSV -> ResultSetFormatter.outputAsCSV(out, rs);
        case TSV -> ResultSetFormatter.outputAsTSV(out, rs);
        case TABLE -> ResultSetFormatter.out(out, rs, query.getPrefixMapping());
        default -> SparqlJsonResults.INSTANCE.write(out, RowSet.adapt(rs), null);
      }
    }
  }
}
