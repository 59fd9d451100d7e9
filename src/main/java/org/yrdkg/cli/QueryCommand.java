package org.yrdkg.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.yrdkg.serve.CannedQueries;
import org.yrdkg.serve.CannedQuery;
import org.yrdkg.serve.CannedQueryRunner;
import org.yrdkg.serve.ParameterException;
import org.yrdkg.serve.ResultFormat;
import org.yrdkg.serve.ServedDataset;
import org.yrdkg.text.InputException;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code query NAME [--param k=v]… | query --file Q.rq}: a canned or ad-hoc query against the graph. */
@Command(name = "query", mixinStandardHelpOptions = true,
    description = "Run a canned query (queries/NAME.rq) or a query file against the graph built from the seeds or a TDB2 store.")
public final class QueryCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", arity = "0..1", paramLabel = "NAME", description = "Canned query name (see --list).")
  String name;

  @Option(names = "--file", paramLabel = "Q.rq", description = "Run this SPARQL query file instead of a canned query.")
  Path file;

  @Option(names = "--param", paramLabel = "K=V", description = "A parameter of the canned query (repeatable).")
  Map<String, String> params = new LinkedHashMap<>();

  @Option(names = "--format", defaultValue = "table", paramLabel = "FORMAT",
      description = "table, csv, tsv, json (SELECT/ASK); ttl, jsonld, nt (CONSTRUCT). Default: table, or ttl for graphs.")
  String format;

  @Option(names = "--list", description = "List the canned queries and their parameters.")
  boolean list;

  @Option(names = "--queries", defaultValue = "queries", paramLabel = "DIR", description = "Canned queries (default ${DEFAULT-VALUE}).")
  Path queries;

  @Option(names = "--timeout", defaultValue = "60", paramLabel = "SECONDS", description = "Longest the query may run (default ${DEFAULT-VALUE} s).")
  int timeoutSeconds;

  @ArgGroup(exclusive = true)
  ServeCommand.Source source = new ServeCommand.Source();

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (timeoutSeconds <= 0) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--timeout must be positive");
    }
    CannedQueries canned = CannedQueries.loadOrPackaged(queries);
    if (list) {
      for (CannedQuery q : canned.all()) {
        out.printf("%-22s %s / %s%n", q.name(), q.titleEn(), q.titleZh());
        q.params().forEach(p -> out.printf("    --param %s=%s  (%s%s)%n", p.name(), p.example(), p.type().id(),
            p.required() ? ", required" : p.defaultValue() == null ? ", optional" : ", default " + p.defaultValue()));
      }
      return 0;
    }
    if ((name == null) == (file == null)) {
      throw new InputException("give a canned query NAME or --file Q.rq (not both); --list shows the names");
    }
    CannedQuery cq = null;
    Query adhoc = null;
    if (name != null) {
      cq = canned.get(name).orElseThrow(() -> new InputException("no canned query named '" + name + "' (see query --list)"));
    } else {
      if (!params.isEmpty()) {
        throw new InputException("--param goes with a canned query, not --file");
      }
      adhoc = QueryFiles.parse(file, QueryFiles.text(file));
    }
    Query q = cq != null ? cq.query() : adhoc;
    boolean graph = q.isConstructType() || q.isDescribeType();
    ResultFormat f = chosen(format, graph);
    ServedDataset data = ServedDataset.of(ServeCommand.open(source, err));
    Progress.done(err);
    CannedQueryRunner runner = new CannedQueryRunner(data, Duration.ofSeconds(timeoutSeconds));
    CannedQueryRunner.Result result;
    try {
      result = cq != null ? runner.run(cq, params) : runner.run(adhoc);
    } catch (ParameterException e) {
      throw new InputException(e.getMessage());
    } catch (QueryCancelledException e) {
      throw new InputException("the query was stopped after " + timeoutSeconds + " s (--timeout)");
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    result.write(bytes, f);
    out.print(bytes.toString(StandardCharsets.UTF_8));
    out.flush();
    return 0;
  }

  private static ResultFormat chosen(String id, boolean graph) {
    ResultFormat f;
    try {
      f = ResultFormat.byId(id);
    } catch (ParameterException e) {
      throw new InputException("--format: " + e.getMessage());
    }
    if (graph) {
      return switch (f) {
        case TABLE, TURTLE -> ResultFormat.TURTLE;
        case JSON, JSONLD -> ResultFormat.JSONLD;
        case NTRIPLES, RDFXML -> f;
        default -> throw new InputException("--format " + id + " does not suit a graph result (ttl, jsonld, nt)");
      };
    }
    if (f.isGraph()) {
      throw new InputException("--format " + id + " does not suit a table result (table, csv, tsv, json)");
    }
    return f;
  }
}
