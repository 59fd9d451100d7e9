import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModules;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;
import org.yrdkg.serve.CannedQueries;
import org.yrdkg.serve.CannedQuery;
import org.yrdkg.serve.QueryParam;

/**
 * HTTP load on loopback: 1, 8 and 64 concurrent clients, each sending the canned queries in turn
 * (each client starting at a different one) for a fixed time, against three targets in the same
 * run, one after another at each level:
 *
 * <ul>
 *   <li>{@code yrdkg-api}: {@code yrdkg serve}, the canned-query API ({@code /api/queries/NAME});
 *   <li>{@code yrdkg-sparql}: the same server's {@code /yrdkg/sparql} with the query text;
 *   <li>{@code fuseki}: plain Fuseki ({@code jena-fuseki-main}, no yrdkg module, an in-memory
 *       dataset whose default graph is the union, loaded from the server's {@code /dump}) at its
 *       {@code /ds/sparql} with the same query text.
 * </ul>
 *
 * The query text is the canned query with its defaults bound (an example where a value is
 * required) and, for list queries, the server's default page size. Each target and level gets a
 * warm-up, then the measurement: requests per second, median and p99 latency, errors (non-200 or
 * failed; each kind, by status, path and the start of the body, listed under its level's rows), and the throughput
 * as a ratio to plain Fuseki. Both servers run in their own JVM with default options; the clients run in this one.
 * The resident memory of {@code yrdkg serve} is sampled every 100 ms (Linux) and its peak printed at each level.
 * Run from the repository root after packaging:
 *
 * <pre>java -cp target/yrdkg.jar bench/LoadBench.java [--seconds 30] [--warmup 5] [--clients 1,8,64] [--max-requests 1000000] [--serve-options "--answer-cache 0"] [--jvm-options "-Xmx384m"] [--jar target/yrdkg.jar] [--results json|xml]</pre>
 *
 * {@code --jvm-options} are given to the JVM of {@code yrdkg serve} only (plain Fuseki keeps the defaults); {@code
 * --jar} names the jar it runs (another build, to compare two in one run).
 *
 * {@code --serve-options} passes options to {@code yrdkg serve}: {@code "--answer-cache 0"} measures the API with every
 * answer computed and written afresh, as before the server kept them (every client here repeats the same requests).
 * {@code --results xml} asks every target for SPARQL results in XML instead of JSON.
 */
public class LoadBench {
  /** The media type asked for SELECT and ASK answers ({@code --results}). */
  static String resultsMedia = "application/sparql-results+json";

  public static void main(String[] args) throws Exception {
    if (args.length > 0 && args[0].equals("--plain-fuseki")) {
      plainFuseki(Integer.parseInt(args[1]), Path.of(args[2]));
      return;
    }
    double seconds = 30;
    double warmup = 5;
    List<Integer> levels = List.of(1, 8, 64);
    long maxRequests = 1_000_000;
    List<String> serveOptions = List.of();
    List<String> jvmOptions = List.of();
    String jar = "target/yrdkg.jar";
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--seconds" -> seconds = Double.parseDouble(args[++i]);
        case "--warmup" -> warmup = Double.parseDouble(args[++i]);
        case "--clients" -> levels = Stream.of(args[++i].split(",")).map(Integer::valueOf).toList();
        case "--max-requests" -> maxRequests = Long.parseLong(args[++i]);
        case "--serve-options" -> serveOptions = List.of(args[++i].trim().split("\\s+"));
        case "--jvm-options" -> jvmOptions = args[++i].isBlank() ? List.of() : List.of(args[i].trim().split("\\s+"));
        case "--jar" -> jar = args[++i];
        case "--results" -> resultsMedia = switch (args[++i]) {
          case "json" -> "application/sparql-results+json";
          case "xml" -> "application/sparql-results+xml";
          default -> throw new IllegalArgumentException("--results json or xml, not " + args[i]);
        };
        default -> throw new IllegalArgumentException("unknown option " + args[i]);
      }
    }
    int yrdkgPort = 3961;
    int fusekiPort = 3962;
    Path dump = Files.createTempFile("yrdkg-dump", ".nq");
    List<Process> servers = new ArrayList<>();
    try {
      List<String> serve = new ArrayList<>(List.of("java"));
      serve.addAll(jvmOptions);
      serve.addAll(List.of("-jar", jar, "serve", "--port", "" + yrdkgPort));
      serve.addAll(serveOptions);
      Process yrdkg = start(serve, "yrdkg serve");
      servers.add(yrdkg);
      waitFor("http://localhost:" + yrdkgPort + "/$/ping");
      try (InputStream in = new GZIPInputStream(http().send(HttpRequest.newBuilder(
          URI.create("http://localhost:" + yrdkgPort + "/dump")).header("Accept", "application/n-quads").build(),
          HttpResponse.BodyHandlers.ofInputStream()).body())) {
        Files.copy(in, dump, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
      }
      servers.add(start(List.of("java", "-cp", "target/yrdkg.jar", "bench/LoadBench.java", "--plain-fuseki", "" + fusekiPort,
          dump.toString()), "plain fuseki"));
      waitFor("http://localhost:" + fusekiPort + "/$/ping");

      Map<String, List<HttpRequest>> targets = targets(yrdkgPort, fusekiPort);
      System.out.printf(Locale.ROOT, "%d canned queries; %.0f s per target and level after %.0f s warm-up%n",
          targets.get("fuseki").size(), seconds, warmup);
      System.out.printf(Locale.ROOT, "%-8s %-13s %9s %9s %10s %10s %8s %10s%n", "clients", "target", "requests", "req/s",
          "median ms", "p99 ms", "errors", "vs fuseki");
      for (int clients : levels) {
        Map<String, Result> results = new LinkedHashMap<>();
        long[] peak = {0};
        Thread sampler = new Thread(() -> {
          while (!Thread.currentThread().isInterrupted()) {
            peak[0] = Math.max(peak[0], rss(yrdkg.pid()));
            try {
              Thread.sleep(100);
            } catch (InterruptedException e) {
              return;
            }
          }
        });
        sampler.setDaemon(true);
        sampler.start();
        for (var t : targets.entrySet()) {
          run(t.getValue(), clients, warmup, maxRequests);
          results.put(t.getKey(), run(t.getValue(), clients, seconds, maxRequests));
        }
        sampler.interrupt();
        sampler.join();
        double fuseki = results.get("fuseki").throughput();
        results.forEach((name, r) -> System.out.printf(Locale.ROOT, "%-8d %-13s %9d %9.1f %10.2f %10.2f %8d %10s%n",
            clients, name, r.requests(), r.throughput(), r.median(), r.p99(), r.errors(),
            name.equals("fuseki") ? "1.00" : String.format(Locale.ROOT, "%.2f", r.throughput() / fuseki)));
        results.forEach((name, r) -> r.kinds().forEach((kind, n) -> System.out.printf(Locale.ROOT,
            "         %s errors: %d × %s%n", name, n, kind)));
        System.out.printf(Locale.ROOT, "         yrdkg serve resident memory at this level: peak %d MiB, now %d MiB%n",
            peak[0], rss(yrdkg.pid()));
      }
    } finally {
      for (Process p : servers) {
        p.destroy();
        p.waitFor();
      }
      Files.deleteIfExists(dump);
    }
  }

  /** {@code kinds}: each kind of error (an HTTP status, or the exception a request failed with) and how many. */
  record Result(long requests, double seconds, double median, double p99, long errors, Map<String, Long> kinds) {
    double throughput() {
      return requests / seconds;
    }
  }

  /** {@code clients} threads, each sending the requests in turn from its own starting point, for {@code seconds}. */
  static Result run(List<HttpRequest> requests, int clients, double seconds, long maxRequests) throws InterruptedException {
    HttpClient client = http();
    AtomicLong errors = new AtomicLong();
    Map<String, Long> kinds = new ConcurrentSkipListMap<>();
    AtomicLong sent = new AtomicLong();
    long[][] times = new long[clients][];
    int[] counts = new int[clients];
    long end = System.nanoTime() + (long) (seconds * 1e9);
    List<Thread> threads = new ArrayList<>();
    long t0 = System.nanoTime();
    for (int c = 0; c < clients; c++) {
      int id = c;
      times[c] = new long[1 << 16];
      Thread t = new Thread(() -> {
        int i = id;
        while (System.nanoTime() < end && sent.incrementAndGet() <= maxRequests) {
          HttpRequest r = requests.get(i++ % requests.size());
          long s = System.nanoTime();
          try {
            HttpResponse<byte[]> resp = client.send(r, HttpResponse.BodyHandlers.ofByteArray());
            if (resp.statusCode() != 200) {
              errors.incrementAndGet();
              String said = new String(resp.body(), 0, Math.min(resp.body().length, 160), StandardCharsets.UTF_8)
                  .replaceAll("\\s+", " ").strip();
              kinds.merge("HTTP " + resp.statusCode() + " " + r.uri().getPath() + ": " + said, 1L, Long::sum);
            }
          } catch (IOException | InterruptedException e) {
            errors.incrementAndGet();
            kinds.merge(e.getClass().getSimpleName() + " " + r.uri().getPath(), 1L, Long::sum);
          }
          if (counts[id] == times[id].length) {
            times[id] = Arrays.copyOf(times[id], times[id].length * 2);
          }
          times[id][counts[id]++] = System.nanoTime() - s;
        }
      });
      threads.add(t);
      t.start();
    }
    for (Thread t : threads) {
      t.join();
    }
    double elapsed = (System.nanoTime() - t0) / 1e9;
    long[] all = new long[Arrays.stream(counts).sum()];
    int k = 0;
    for (int c = 0; c < clients; c++) {
      System.arraycopy(times[c], 0, all, k, counts[c]);
      k += counts[c];
    }
    Arrays.sort(all);
    double median = all.length == 0 ? 0 : all[all.length / 2] / 1e6;
    double p99 = all.length == 0 ? 0 : all[(int) Math.max(0, Math.ceil(all.length * 0.99) - 1)] / 1e6;
    return new Result(all.length, elapsed, median, p99, errors.get(), kinds);
  }

  /** The requests of each target, one per canned query. */
  static Map<String, List<HttpRequest>> targets(int yrdkgPort, int fusekiPort) {
    Map<String, List<HttpRequest>> out = new LinkedHashMap<>();
    List<HttpRequest> api = new ArrayList<>();
    List<HttpRequest> ours = new ArrayList<>();
    List<HttpRequest> plain = new ArrayList<>();
    for (CannedQuery cq : CannedQueries.loadOrPackaged(Path.of("queries")).all()) {
      Map<String, String> params = new HashMap<>();
      for (QueryParam p : cq.params()) {
        if (p.required() && (p.defaultValue() == null || p.defaultValue().isEmpty()) && p.example() != null) {
          params.put(p.name(), p.example());
        }
      }
      Map<Var, Node> bound = new HashMap<>();
      cq.bindings(params).forEach((k, v) -> bound.put(Var.alloc(k), v));
      Query q = QueryTransformOps.syntaxSubstitute(cq.query(), bound);
      if (cq.isList()) {
        q.setLimit(CannedQuery.DEFAULT_LIMIT);
      }
      String text = q.serialize();
      String accept = q.isSelectType() || q.isAskType() ? resultsMedia : "application/n-triples";
      StringBuilder qs = new StringBuilder();
      params.forEach((k, v) -> qs.append(qs.length() == 0 ? "?" : "&").append(k).append('=').append(enc(v)));
      api.add(get("http://localhost:" + yrdkgPort + "/api/queries/" + cq.name() + qs, accept));
      ours.add(get("http://localhost:" + yrdkgPort + "/yrdkg/sparql?query=" + enc(text), accept));
      plain.add(get("http://localhost:" + fusekiPort + "/ds/sparql?query=" + enc(text), accept));
    }
    out.put("yrdkg-api", api);
    out.put("yrdkg-sparql", ours);
    out.put("fuseki", plain);
    return out;
  }

  /** Plain Fuseki: no yrdkg module, a transactional in-memory dataset, the default graph the union of the dump's graphs. */
  static void plainFuseki(int port, Path dump) {
    Dataset ds = DatasetFactory.createTxnMem();
    ds.executeWrite(() -> {
      RDFParser.source(dump).lang(Lang.NQUADS).parse(ds.asDatasetGraph());
      var dsg = ds.asDatasetGraph();
      var union = dsg.getDefaultGraph();
      List<org.apache.jena.sparql.core.Quad> quads = new ArrayList<>();
      dsg.find().forEachRemaining(quads::add);
      quads.forEach(q -> union.add(q.asTriple()));
    });
    FusekiServer.create().port(port).fusekiModules(FusekiModules.create()).enablePing(true).add("/ds", ds, false).build()
        .start().join();
  }

  /** The resident memory of process {@code pid} in MiB, from {@code /proc} (0 where there is none). */
  static long rss(long pid) {
    try {
      for (String line : Files.readAllLines(Path.of("/proc", "" + pid, "status"))) {
        if (line.startsWith("VmRSS:")) {
          return Long.parseLong(line.replaceAll("\\D", "")) / 1024; // VmRSS is in KiB
        }
      }
    } catch (IOException | RuntimeException e) {
      // not Linux, or the process has ended
    }
    return 0;
  }

  static Process start(List<String> command, String name) throws IOException {
    return new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .redirectError(ProcessBuilder.Redirect.DISCARD).start();
  }

  static void waitFor(String url) throws InterruptedException {
    long end = System.nanoTime() + 600_000_000_000L;
    while (System.nanoTime() < end) {
      try {
        if (http().send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
          return;
        }
      } catch (IOException e) {
        // not up yet
      }
      Thread.sleep(200);
    }
    throw new IllegalStateException(url + " did not answer within 10 minutes");
  }

  static HttpClient http() {
    return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();
  }

  static HttpRequest get(String url, String accept) {
    return HttpRequest.newBuilder(URI.create(url)).header("Accept", accept).timeout(Duration.ofSeconds(60)).GET().build();
  }

  static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
