import java.io.IOException;
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
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A burst of heavy requests sent at once to {@code yrdkg serve}, with a cheap query (an {@code ASK})
 * sent every 100 ms from the moment before the burst until its last answer: does a burst starve the
 * cheap requests of server threads, how long do the heavy ones take, what do they get back, and what
 * resident memory does the server hold during and after it. The kinds of burst:
 *
 * <ul>
 *   <li>{@code construct}: {@code CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }} asking for Turtle;
 *   <li>{@code export}: {@code /export/jsonld}, the whole entity graph;
 *   <li>{@code mixed}: every export format, with and without tasks, in turn.
 * </ul>
 *
 * The server runs in its own JVM with default options, started afresh for each burst from {@code --jar}
 * (so two builds can be compared in one run by naming both), or with each of the maximum heaps that {@code --heap}
 * lists ({@code default} for none, else a size as {@code -Xmx} takes it). A CONSTRUCT burst comes after one such
 * request; an export burst meets the exports not yet written, as after a start.
 * Linux only for the memory figures (read from {@code /proc}). Run from the repository root after
 * packaging:
 *
 * <pre>java -cp target/yrdkg.jar bench/BurstBench.java [--kind construct,export,mixed] [--count 40] [--jar target/yrdkg.jar[,OTHER.jar]] [--heap default[,256m]] [--settle 60]</pre>
 */
public class BurstBench {
  static final int PORT = 3963;
  static final String BASE = "http://localhost:" + PORT;
  static final List<String> FORMATS = List.of("jsonld", "graphml", "gexf", "cytoscape", "ttl", "nq");

  public static void main(String[] args) throws Exception {
    List<String> kinds = List.of("construct", "export", "mixed");
    List<String> jars = List.of("target/yrdkg.jar");
    List<String> heaps = List.of("default");
    int count = 40;
    int settle = 60;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--kind" -> kinds = List.of(args[++i].split(","));
        case "--count" -> count = Integer.parseInt(args[++i]);
        case "--jar" -> jars = List.of(args[++i].split(","));
        case "--heap" -> heaps = List.of(args[++i].split(","));
        case "--settle" -> settle = Integer.parseInt(args[++i]);
        default -> throw new IllegalArgumentException("unknown option " + args[i]);
      }
    }
    for (String kind : kinds) {
      if (!List.of("construct", "export", "mixed").contains(kind)) {
        throw new IllegalArgumentException("unknown kind " + kind + " (construct, export or mixed)");
      }
    }
    for (String jar : jars) {
      if (!Files.isRegularFile(Path.of(jar))) {
        throw new IllegalArgumentException("no such jar: " + jar);
      }
    }
    for (String heap : heaps) {
      if (!heap.equals("default") && !heap.matches("[0-9]+[kKmMgG]?")) {
        throw new IllegalArgumentException("not a heap size: " + heap + " (default, or as -Xmx takes it: 256m)");
      }
    }
    System.out.printf(Locale.ROOT, "%d heavy requests at once, a probe ASK every 100 ms; memory settled %d s after%n", count, settle);
    System.out.printf(Locale.ROOT, "%-22s %-8s %-9s %-26s %9s %9s %9s %9s %7s %10s %10s%n", "jar", "heap", "kind", "heavy statuses",
        "heavy max", "probe med", "probe p99", "probe max", "failed", "RSS peak", "RSS after");
    for (String kind : kinds) {
      for (String jar : jars) {
        for (String heap : heaps) {
          // a fresh server for each burst, so that one burst's memory does not carry into the next
          List<String> command = new ArrayList<>(List.of("java"));
          if (!heap.equals("default")) {
            command.add("-Xmx" + heap);
          }
          command.addAll(List.of("-jar", jar, "serve", "--port", "" + PORT));
          Process server = new ProcessBuilder(command)
              .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD).start();
          try {
            waitFor(BASE + "/$/ping");
            Result r = burst(server.pid(), kind, count, settle);
            System.out.printf(Locale.ROOT, "%-22s %-8s %-9s %-26s %8.1fs %7.0fms %7.0fms %7.0fms %7d %6d MiB %6d MiB%n",
                Path.of(jar).getFileName(), heap, kind, r.statuses(), r.heavyMax(), r.probeMedian(), r.probeP99(), r.probeMax(),
                r.probeErrors(), r.rssPeak(), r.rssAfter());
          } finally {
            server.destroy();
            server.waitFor();
          }
        }
      }
    }
  }

  record Result(Map<String, Integer> statuses, double heavyMax, double probeMedian, double probeP99, double probeMax,
      long probeErrors, long rssPeak, long rssAfter) {}

  static Result burst(long pid, String kind, int count, int settle) throws Exception {
    HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();
    List<HttpRequest> heavy = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      heavy.add(heavy(kind, i));
    }
    // a CONSTRUCT burst follows one such request, so the burst does not meet a cold JIT; an export burst
    // meets the export not yet written, as the first clients after a start do
    if (kind.equals("construct")) {
      client.send(heavy.get(0), HttpResponse.BodyHandlers.discarding());
    }
    AtomicBoolean done = new AtomicBoolean();
    List<Long> probes = Collections.synchronizedList(new ArrayList<>());
    long[] rssPeak = {rss(pid)};
    Thread prober = new Thread(() -> {
      HttpRequest ask = HttpRequest.newBuilder(URI.create(BASE + "/yrdkg/sparql?query=" + enc("ASK { ?s a ?t }")))
          .timeout(Duration.ofSeconds(120)).GET().build();
      while (!done.get()) {
        long s = System.nanoTime();
        try {
          int status = client.send(ask, HttpResponse.BodyHandlers.discarding()).statusCode();
          probes.add(status == 200 ? System.nanoTime() - s : Long.MAX_VALUE);
        } catch (IOException | InterruptedException e) {
          probes.add(Long.MAX_VALUE);
        }
        rssPeak[0] = Math.max(rssPeak[0], rss(pid));
        sleep(100);
      }
    });
    prober.start();
    sleep(300);
    Map<String, Integer> statuses = new ConcurrentHashMap<>();
    long[] slowest = {0};
    List<Thread> senders = new ArrayList<>();
    for (HttpRequest r : heavy) {
      Thread t = new Thread(() -> {
        long s = System.nanoTime();
        String status;
        try {
          status = "" + client.send(r, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException | InterruptedException e) {
          status = e.getClass().getSimpleName();
        }
        statuses.merge(status, 1, Integer::sum);
        synchronized (slowest) {
          slowest[0] = Math.max(slowest[0], System.nanoTime() - s);
        }
      });
      senders.add(t);
      t.start();
    }
    for (Thread t : senders) {
      t.join();
    }
    done.set(true);
    prober.join();
    for (int s = 0; s < settle; s++) {
      sleep(1000);
      rssPeak[0] = Math.max(rssPeak[0], rss(pid));
    }
    List<Long> sorted = new ArrayList<>(probes);
    Collections.sort(sorted);
    long failed = sorted.stream().filter(t -> t == Long.MAX_VALUE).count();
    sorted.removeIf(t -> t == Long.MAX_VALUE);
    if (sorted.isEmpty()) {
      sorted.add(0L);
    }
    double median = sorted.get(sorted.size() / 2) / 1e6;
    double p99 = sorted.get((int) Math.max(0, Math.ceil(sorted.size() * 0.99) - 1)) / 1e6;
    double max = sorted.get(sorted.size() - 1) / 1e6;
    return new Result(new TreeMap<>(statuses), slowest[0] / 1e9, median, p99, max, failed, rssPeak[0], rss(pid));
  }

  static HttpRequest heavy(String kind, int i) {
    return switch (kind) {
      case "construct" -> HttpRequest.newBuilder(URI.create(BASE + "/yrdkg/sparql"))
          .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "text/turtle")
          .timeout(Duration.ofSeconds(300))
          .POST(HttpRequest.BodyPublishers.ofString("query=" + enc("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }"))).build();
      case "export" -> get(BASE + "/export/jsonld");
      default -> get(BASE + "/export/" + FORMATS.get(i % FORMATS.size()) + (i / FORMATS.size() % 2 == 1 ? "?tasks=false" : ""));
    };
  }

  static HttpRequest get(String url) {
    return HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(300)).GET().build();
  }

  /** Resident memory of the process in MiB, 0 where {@code /proc} does not tell. */
  static long rss(long pid) {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
        if (line.startsWith("VmRSS:")) {
          return Long.parseLong(line.replaceAll("\\D", "")) / 1024; // VmRSS is in KiB
        }
      }
    } catch (IOException | NumberFormatException e) {
      // not Linux, or the process is gone
    }
    return 0;
  }

  static void waitFor(String url) throws InterruptedException {
    HttpClient client = HttpClient.newHttpClient();
    long end = System.nanoTime() + 600_000_000_000L;
    while (System.nanoTime() < end) {
      try {
        if (client.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
          return;
        }
      } catch (IOException e) {
        // not up yet
      }
      Thread.sleep(200);
    }
    throw new IllegalStateException(url + " did not answer within 10 minutes");
  }

  static void sleep(long ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
