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
import org.yrdkg.serve.CannedQueries;
import org.yrdkg.serve.CannedQuery;
import org.yrdkg.serve.CannedQueryRunner;
import org.yrdkg.serve.QueryParam;
import org.yrdkg.serve.ServedDataset;
import org.yrdkg.store.GraphCache;
import org.yrdkg.store.GraphStore;

/**
 * In-process latency of every canned query on the seed graph, as the server runs them (parameters
 * at their defaults, or their examples when required; list queries with the default page size).
 * The server answers from one of two forms of the same graph: the one a build makes (Jena's hashed
 * in-memory graphs, served after a first start) and the one the graph cache loads (sorted tables,
 * served after every later start); both are timed, one after the other, in the same run.
 * Each query is first run for a warm-up period (JIT compilation, caches), then timed call by call
 * for a measurement period; the table gives the median and 99th percentile of the wall-clock time,
 * the median CPU time of the calling thread (which other jobs on a shared machine inflate far less
 * than wall-clock time) and the answer size. Run from the repository root after packaging:
 *
 * <pre>java -cp target/yrdkg.jar bench/QueryBench.java [--warmup 3] [--measure 5] [--only NAME,NAME] [--queries DIR] [--graph built|cached|both]</pre>
 *
 * (seconds per query; {@code --queries} times another directory of query files, such as an earlier
 * version, on the same graph). The aim is a median of at most 5 ms for each query.
 */
public class QueryBench {
  public static void main(String[] args) throws IOException {
    double warmup = 3;
    double measure = 5;
    List<String> only = List.of();
    Path queries = Path.of("queries");
    String graph = "both";
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--warmup" -> warmup = Double.parseDouble(args[++i]);
        case "--measure" -> measure = Double.parseDouble(args[++i]);
        case "--only" -> only = List.of(args[++i].split(","));
        case "--queries" -> queries = Path.of(args[++i]);
        case "--graph" -> graph = args[++i];
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
        table(ServedDataset.of(hit.dataset()), canned, only, warmup, measure);
      } finally {
        try (var walk = Files.walk(dir)) {
          walk.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        }
      }
    }
  }

  private static void table(ServedDataset data, CannedQueries canned, List<String> only, double warmup, double measure) {
    CannedQueryRunner runner = new CannedQueryRunner(data, Duration.ofSeconds(60));
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    System.out.printf(Locale.ROOT, "%-24s %8s %8s %10s %10s %10s%n", "query", "rows", "runs", "median ms", "p99 ms", "cpu ms");
    int over = 0;
    for (CannedQuery cq : canned.all()) {
      if (!only.isEmpty() && !only.contains(cq.name())) {
        continue;
      }
      Map<String, String> params = defaults(cq);
      long end = System.nanoTime() + (long) (warmup * 1e9);
      while (System.nanoTime() < end) {
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
        rows = r.rows() != null ? r.rows().size() : r.graph() != null ? r.graph().size() : 1;
      }
      long[] sorted = times.stream().mapToLong(Long::longValue).sorted().toArray();
      double median = sorted[sorted.length / 2] / 1e6;
      double p99 = sorted[(int) Math.min(sorted.length - 1, Math.ceil(sorted.length * 0.99) - 1)] / 1e6;
      double cpuMedian = cpu.stream().mapToLong(Long::longValue).sorted().toArray()[sorted.length / 2] / 1e6;
      if (median > 5) {
        over++;
      }
      System.out.printf(Locale.ROOT, "%-24s %8d %8d %10.2f %10.2f %10.2f%s%n", cq.name(), rows, sorted.length, median, p99,
          cpuMedian, median > 5 ? "  (over 5 ms)" : "");
    }
    System.out.println(over == 0 ? "every median within 5 ms" : over + " median(s) over 5 ms");
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
