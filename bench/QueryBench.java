import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.jena.system.Txn;
import org.yrdkg.serve.AnswerCache;
import org.yrdkg.serve.CannedQueries;
import org.yrdkg.serve.CannedQuery;
import org.yrdkg.serve.CannedQueryRunner;
import org.yrdkg.serve.QueryParam;
import org.yrdkg.serve.ResultFormat;
import org.yrdkg.serve.ServedDataset;
import org.yrdkg.store.GraphCache;
import org.yrdkg.store.GraphStore;

/**
 * In-process latency of every canned query on the seed graph, as the server runs them (parameters
 * at their defaults, or their examples when required; list queries with the default page size).
 * The server answers from one of two forms of the same graph: the one a build makes (Jena's hashed
 * in-memory graphs, served after a first start) and the one the graph cache loads (sorted tables,
 * served after every later start); both are timed, one after the other, in the same run.
 * Each query is first run for a warm-up period, and at least {@link #WARMUP_RUNS} times (JIT compilation, caches),
 * then timed call by call for a measurement period; the table gives the median and 99th percentile of the wall-clock time,
 * the median CPU time of the calling thread (which other jobs on a shared machine inflate far less
 * than wall-clock time) and the answer size, each for an answer computed afresh; then the median time of writing the
 * answer as the API does by default ("write ms"), and of answering a repeated request from the server's cache of
 * written answers ("kept ms"). Run from the repository root after packaging:
 *
 * <pre>java -cp target/yrdkg.jar bench/QueryBench.java [--warmup 3] [--measure 5] [--only NAME,NAME] [--queries DIR] [--graph built|cached|both] [--worst N]</pre>
 *
 * (seconds per query; {@code --queries} times another directory of query files, such as an earlier
 * version, on the same graph). The aim is a median of at most 5 ms for each query.
 *
 * <p>An example can be light where other values are heavy (an actor with few tasks, a region with few things).
 * {@code --worst N} (0 by default) also looks, for each query, for the slowest values of its IRI parameters and times
 * the query with them: one parameter at a time, the others kept at the slowest found so far, the candidates being the
 * example, the default, the N most connected resources of the example's types and the N most connected resources of
 * any type (and leaving it unset, if the parameter is optional), each timed as the fastest of three runs after a
 * warm-up with the example. Its table follows the others, with the values chosen.
 */
public class QueryBench {
  /**
   * The fewest runs of each query before it is timed, however long they take. After 2–3 s of warm-up, `actor-tasks`
   * (about a hundred runs by then) took 61–72 ms in a quarter of the JVMs and 13–29 ms in the others; after 12 s, 12–16
   * ms in all: the JIT compilers had not finished with the query's code (BENCHMARKS.md, twenty-fourth round).
   */
  static final int WARMUP_RUNS = 500;
  public static void main(String[] args) throws IOException {
    double warmup = 3;
    double measure = 5;
    List<String> only = List.of();
    Path queries = Path.of("queries");
    String graph = "both";
    int worst = 0;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--warmup" -> warmup = Double.parseDouble(args[++i]);
        case "--measure" -> measure = Double.parseDouble(args[++i]);
        case "--only" -> only = List.of(args[++i].split(","));
        case "--queries" -> queries = Path.of(args[++i]);
        case "--graph" -> graph = args[++i];
        case "--worst" -> worst = Integer.parseInt(args[++i]);
        default -> throw new IllegalArgumentException("unknown option " + args[i]);
      }
    }
    if (!List.of("built", "cached", "both").contains(graph)) {
      throw new IllegalArgumentException("--graph takes built, cached or both, not " + graph);
    }
    GraphStore.Checked built = GraphStore.inMemoryChecked(Path.of("seeds"), s -> { });
    built.await();
    CannedQueries canned = CannedQueries.loadOrPackaged(queries);
    if (!graph.equals("cached")) {
      System.out.println("graph as built (first start)");
      table(ServedDataset.of(built.dataset()), canned, only, warmup, measure);
    }
    if (!graph.equals("built")) {
      Path dir = Files.createTempDirectory("yrdkg-querybench");
      try {
        GraphCache cache = new GraphCache(dir);
        cache.store("bench", built.graphs(), GraphCache.Extras.NONE, System.err::println);
        GraphCache.Hit hit = cache.load("bench", System.err::println).orElseThrow();
        System.out.println("graph as cached (later starts)");
        ServedDataset cached = ServedDataset.of(hit.dataset());
        table(cached, canned, only, warmup, measure);
        if (worst > 0) {
          System.out.println("graph as cached, the slowest parameter values found among " + worst + " candidates each");
          worstTable(cached, canned, only, warmup, measure, worst);
        }
      } finally {
        try (var walk = Files.walk(dir)) {
          walk.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        }
      }
    }
  }

  private static void table(ServedDataset data, CannedQueries canned, List<String> only, double warmup, double measure) {
    Map<String, Map<String, String>> params = new java.util.LinkedHashMap<>();
    for (CannedQuery cq : canned.all()) {
      if (only.isEmpty() || only.contains(cq.name())) {
        params.put(cq.name(), defaults(cq));
      }
    }
    time(data, canned, params, warmup, measure, false);
  }

  /** Times each query of {@code params} with its parameters; {@code show} prints them after each row. */
  private static void time(ServedDataset data, CannedQueries canned, Map<String, Map<String, String>> all,
      double warmup, double measure, boolean show) {
    CannedQueryRunner runner = new CannedQueryRunner(data, Duration.ofSeconds(60));
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    System.out.printf(Locale.ROOT, "%-24s %8s %8s %10s %10s %10s %10s %10s%n", "query", "rows", "runs", "median ms", "p99 ms",
        "cpu ms", "write ms", "kept ms");
    int over = 0;
    for (Map.Entry<String, Map<String, String>> e : all.entrySet()) {
      CannedQuery cq = canned.get(e.getKey()).orElseThrow();
      Map<String, String> params = e.getValue();
      long end = System.nanoTime() + (long) (warmup * 1e9);
      for (int runs = 0; System.nanoTime() < end || runs < WARMUP_RUNS; runs++) {
        runner.run(cq, params);
      }
      List<Long> times = new ArrayList<>();
      List<Long> cpu = new ArrayList<>();
      long rows = 0;
      end = System.nanoTime() + (long) (measure * 1e9);
      while (System.nanoTime() < end || times.size() < 20) {
        long c0 = threads.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        CannedQueryRunner.Result r = runner.run(cq, params);
        times.add(System.nanoTime() - t0);
        cpu.add(threads.getCurrentThreadCpuTime() - c0);
        rows = r.size();
      }
      double[] kept = kept(runner, cq, params);
      long[] sorted = times.stream().mapToLong(Long::longValue).sorted().toArray();
      double median = sorted[sorted.length / 2] / 1e6;
      double p99 = sorted[(int) Math.min(sorted.length - 1, Math.ceil(sorted.length * 0.99) - 1)] / 1e6;
      double cpuMedian = cpu.stream().mapToLong(Long::longValue).sorted().toArray()[sorted.length / 2] / 1e6;
      if (median > 5) {
        over++;
      }
      System.out.printf(Locale.ROOT, "%-24s %8d %8d %10.2f %10.2f %10.2f %10.3f %12.3f%s%n", cq.name(), rows, sorted.length,
          median, p99, cpuMedian, kept[0], kept[1], median > 5 ? "  (over 5 ms)" : "");
      if (show) {
        params.forEach((k, v) -> System.out.println("    " + k + "=" + v));
      }
    }
    System.out.println(over == 0 ? "every median within 5 ms" : over + " median(s) over 5 ms");
  }

  /**
   * The median times, over 200 calls each, of writing the answer as the API does by default (JSON, or Turtle for a
   * graph), and of answering the same request again from the server's cache of written answers (checking the
   * parameters, finding the body).
   */
  private static double[] kept(CannedQueryRunner runner, CannedQuery cq, Map<String, String> params) {
    CannedQueryRunner.Result r = runner.run(cq, params);
    ResultFormat format = r.isGraph() ? ResultFormat.TURTLE : ResultFormat.JSON;
    long[] write = new long[200];
    java.io.ByteArrayOutputStream bytes = null;
    for (int i = 0; i < write.length; i++) {
      long t0 = System.nanoTime();
      bytes = new java.io.ByteArrayOutputStream();
      r.write(bytes, format);
      write[i] = System.nanoTime() - t0;
    }
    AnswerCache cache = new AnswerCache(64L << 20);
    cache.keep(new AnswerCache.Key(CannedQueryRunner.request(cq, params), format), bytes.toByteArray());
    long[] hit = new long[200];
    for (int i = 0; i < hit.length; i++) {
      long t0 = System.nanoTime();
      if (cache.get(new AnswerCache.Key(CannedQueryRunner.request(cq, params), format)) == null) {
        throw new IllegalStateException(cq.name() + ": the answer kept was not found");
      }
      hit[i] = System.nanoTime() - t0;
    }
    Arrays.sort(write);
    Arrays.sort(hit);
    return new double[] {write[write.length / 2] / 1e6, hit[hit.length / 2] / 1e6};
  }

  /** The slowest parameter values found for each query (see the class comment), then the queries timed with them. */
  private static void worstTable(ServedDataset data, CannedQueries canned, List<String> only, double warmup,
      double measure, int candidates) {
    CannedQueryRunner runner = new CannedQueryRunner(data, Duration.ofSeconds(60));
    Map<String, Map<String, String>> chosen = new java.util.LinkedHashMap<>();
    for (CannedQuery cq : canned.all()) {
      if (!only.isEmpty() && !only.contains(cq.name())) {
        continue;
      }
      Map<String, String> params = defaults(cq);
      for (QueryParam p : cq.params()) {
        if (p.optional() && p.example() != null) {
          params.put(p.name(), p.example()); // set, so that leaving it unset is one of the candidates
        }
      }
      long end = System.nanoTime() + (long) (warmup * 1e9);
      while (System.nanoTime() < end) {
        runner.run(cq, params);
      }
      for (QueryParam p : cq.params()) {
        if (p.type() != org.yrdkg.serve.ParamType.IRI || p.example() == null) {
          continue;
        }
        java.util.LinkedHashSet<String> values = new java.util.LinkedHashSet<>();
        values.add(params.get(p.name()));
        if (p.defaultValue() != null) {
          values.add(p.defaultValue());
        }
        values.addAll(connected(data, p.example(), candidates));
        values.addAll(connected(data, null, candidates));
        if (p.optional()) {
          values.add(null);
        }
        String slowest = params.get(p.name());
        long slowestTime = -1;
        for (String v : values) {
          Map<String, String> tried = new HashMap<>(params);
          if (v == null) {
            tried.remove(p.name());
          } else {
            tried.put(p.name(), v);
          }
          long t = Long.MAX_VALUE;
          for (int round = 0; round < 3; round++) { // the fastest of three, which a stray pause does not inflate
            long t0 = System.nanoTime();
            runner.run(cq, tried);
            t = Math.min(t, System.nanoTime() - t0);
          }
          if (t > slowestTime) {
            slowestTime = t;
            slowest = v;
          }
        }
        if (slowest == null) {
          params.remove(p.name());
        } else {
          params.put(p.name(), slowest);
        }
      }
      chosen.put(cq.name(), params);
    }
    time(data, canned, chosen, warmup, measure, true);
  }

  private static final Map<String, List<String>> CONNECTED = new HashMap<>();

  /**
   * The {@code n} resources of the example's types (of any type if {@code example} is null) with the most triples
   * about them or pointing at them.
   */
  private static List<String> connected(ServedDataset data, String example, int n) {
    String q = example != null ? """
        SELECT ?c WHERE {
          { SELECT DISTINCT ?c WHERE { <%s> a ?type . ?c a ?type } }
          { ?c ?p ?o } UNION { ?s ?p ?c }
        } GROUP BY ?c ORDER BY DESC(COUNT(*)) ?c LIMIT %d""".formatted(example, n) : """
        SELECT ?c WHERE {
          { ?c ?p ?o } UNION { ?s ?p ?c }
          FILTER(isIRI(?c))
        } GROUP BY ?c ORDER BY DESC(COUNT(*)) ?c LIMIT %d""".formatted(n);
    return CONNECTED.computeIfAbsent(q, k -> select(data, k));
  }

  private static List<String> select(ServedDataset data, String q) {
    List<String> out = new ArrayList<>();
    Txn.executeRead(data.graph(), () -> {
      try (var qe = org.apache.jena.query.QueryExecution.dataset(data.dataset()).query(q).build()) {
        qe.execSelect().forEachRemaining(row -> out.add(row.getResource("c").getURI()));
      }
    });
    return out;
  }

  /** The parameters a query runs with here: none given (defaults apply), an example where a value is required. */
  static Map<String, String> defaults(CannedQuery cq) {
    Map<String, String> out = new HashMap<>();
    for (QueryParam p : cq.params()) {
      if (p.required() && (p.defaultValue() == null || p.defaultValue().isEmpty()) && p.example() != null) {
        out.put(p.name(), p.example());
      }
    }
    return out;
  }
}
