package org.yrdkg.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.query.Dataset;
import org.apache.jena.sys.JenaSystem;
import org.yrdkg.serve.CannedQueries;
import org.yrdkg.serve.DatasetFigures;
import org.yrdkg.serve.ServeOptions;
import org.yrdkg.serve.ServedDataset;
import org.yrdkg.serve.YrdkgServer;
import org.yrdkg.rdf.Iris;
import org.yrdkg.store.GraphCache;
import org.yrdkg.store.GraphStore;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code serve}: the graph over HTTP (SPARQL, canned queries, linked data, search). */
@Command(name = "serve", mixinStandardHelpOptions = true,
    description = "Build the graph from the seeds in memory (or open a TDB2 store) and serve it over HTTP.")
public final class ServeCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--port", defaultValue = "3030", description = "TCP port (default ${DEFAULT-VALUE}).")
  int port;

  @Option(names = "--timeout", defaultValue = "10", paramLabel = "SECONDS",
      description = "Longest a query may run (default ${DEFAULT-VALUE} s).")
  int timeoutSeconds;

  @Option(names = "--answer-cache", defaultValue = "" + ServeOptions.DEFAULT_ANSWER_CACHE_MIB, paramLabel = "MIB",
      description = "Canned-query answers kept for repeated requests, in MiB (default ${DEFAULT-VALUE}; 0 keeps none).")
  int answerCacheMib;

  @Option(names = "--queries", defaultValue = "queries", paramLabel = "DIR",
      description = "Canned queries (default ${DEFAULT-VALUE}; those packaged in the jar when it does not exist).")
  Path queries;

  @ArgGroup(exclusive = true)
  Source source = new Source();

  @Option(names = "--cache", paramLabel = "DIR",
      description = "Cache of built graphs (default: yrdkg-cache beside the jar, else ~/.cache/yrdkg).")
  Path cache;

  @Option(names = "--no-cache", description = "Build from the seeds even when a cached build of them exists, and cache nothing.")
  boolean noCache;

  @Option(names = "--self-test", description = "Once serving, ask the server for one of each kind of answer over HTTP, "
      + "report any not as expected, and stop (exit 0 when all were, 1 otherwise); no request log.")
  boolean selfTest;

  /** Where the graph comes from: the seeds, built in memory, or a TDB2 store. */
  static final class Source {
    @Option(names = "--seeds", paramLabel = "DIR", description = "Seed documents to build from (default seeds).")
    Path seeds = Path.of("seeds");

    @Option(names = "--store", paramLabel = "DIR", description = "TDB2 store written by build --store DIR.")
    Path store;
  }

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (timeoutSeconds <= 0) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--timeout must be positive");
    }
    if (answerCacheMib < 0) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--answer-cache must not be negative");
    }
    checkPortFree(port);
    long t0 = System.nanoTime();
    // Jetty's MimeTypes lists every locale the JDK knows when it is first used; that takes a tenth of
    // a second, so the list is made here, on the other core, while Jena initialises and the graph loads
    onItsOwnThread("locales", Locale::getAvailableLocales);
    if (source.store == null && !source.seeds.toFile().isDirectory()) {
      throw new org.yrdkg.text.InputException(source.seeds + ": not a directory of seed documents");
    }
    // identifies the running code on another thread, while Jena initialises on this one
    GraphCache graphCache = source.store != null || noCache ? null
        : new GraphCache(cache != null ? cache : GraphCache.defaultDir());
    JenaSystem.init();
    CompletableFuture<CannedQueries> parsing = onItsOwnThread("canned-queries",
        () -> CannedQueries.loadOrPackaged(queries));
    Loaded loaded = source.store != null ? new Loaded(ServedDataset.of(GraphStore.open(source.store)), null)
        : fromSeeds(graphCache, err, parsing);
    ServedDataset data = loaded.data();
    CannedQueries canned = result(parsing);
    ServeOptions options = ServeOptions.defaults().withPort(port).withTimeout(Duration.ofSeconds(timeoutSeconds))
        .withAnswerCacheBytes(answerCacheMib * 1024L * 1024L)
        .withRequestLog(selfTest ? line -> {} : line -> {
          err.println(line);
          err.flush();
        });
    FusekiServer server = YrdkgServer.build(data, canned, options).start();
    HeapTrim.soon();
    Progress.done(err);
    String figures = loaded.figures() != null ? loaded.figures() : figures(data);
    out.printf("yrdkg serving http://localhost:%d/ (SPARQL http://localhost:%d%s/sparql) in %.1f s%n", server.getPort(),
        server.getPort(), YrdkgServer.DATASET, (System.nanoTime() - t0) / 1e9);
    out.println(figures + "; " + canned.size() + " canned queries");
    out.flush();
    if (selfTest) {
      int failures = SelfTest.run(server.getPort(), canned, out);
      server.stop();
      return failures == 0 ? 0 : 1;
    }
    server.join();
    return 0;
  }

  /**
   * {@code work} started on a daemon thread of its own, so that it overlaps the loading of the graph
   * (on two cores, the canned queries are parsed while the graph is read). Work that touches Jena
   * may start only once {@link JenaSystem#init()} has returned: Jena initialised from two threads at
   * once deadlocks.
   */
  static <T> CompletableFuture<T> onItsOwnThread(String name, Supplier<T> work) {
    return CompletableFuture.supplyAsync(work, task -> {
      Thread t = new Thread(task, name);
      t.setDaemon(true);
      t.start();
    });
  }

  /** What {@code work} gave, or the exception or error it ended with, as it was thrown. */
  static <T> T result(CompletableFuture<T> work) {
    try {
      return work.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException failure) {
        throw failure;
      }
      if (e.getCause() instanceof Error failure) {
        throw failure;
      }
      throw e;
    }
  }

  /**
   * {@code progress}, which first throws what {@code work} failed with, if it has: a build takes seconds, and canned
   * queries that cannot be served stop it at its next step instead of at its end.
   */
  static Consumer<String> unlessFailed(CompletableFuture<?> work, Consumer<String> progress) {
    return step -> {
      if (work.isCompletedExceptionally()) {
        result(work);
      }
      progress.accept(step);
    };
  }

  /** The dataset to serve and, when known without counting, its figures line. */
  private record Loaded(ServedDataset data, String figures) {}

  /** The figures line of a dataset: what it holds, and how much of it the search index holds. */
  private static String figures(ServedDataset data) {
    return DatasetFigures.of(data).summary() + "; " + data.indexedEntries() + " texts indexed";
  }

  /**
   * The graph of the seeds: from the cache when it holds a build of these very documents by this
   * very code, else built (extraction, then validation alongside the text index) and cached, with
   * its search index and its figures line ({@code graphCache} null: none read, none written). A build
   * stops at its next step once {@code parsing} (the canned queries) has failed.
   */
  private Loaded fromSeeds(GraphCache graphCache, PrintWriter err, CompletableFuture<?> parsing) {
    String key = null;
    if (graphCache != null) {
      Progress.step(err, "looking for a cached build");
      key = graphCache.key(source.seeds, Iris.standard(), GraphStore.created(source.seeds));
      var hit = graphCache.load(key, line -> warn(err, line));
      if (hit.isPresent()) {
        Path extras = hit.get().extras();
        return new Loaded(ServedDataset.of(hit.get().dataset(), extras.resolve(SEARCH_INDEX)), readFigures(extras));
      }
    }
    GraphStore.Checked built = GraphStore.inMemoryChecked(source.seeds,
        unlessFailed(parsing, step -> Progress.step(err, step)));
    Progress.step(err, "indexing text while validating against the shapes");
    ServedDataset data = ServedDataset.of(built.dataset());
    built.await();
    String figures = figures(data);
    if (graphCache != null) {
      Progress.step(err, "caching the build");
      graphCache.store(key, built.graphs(), dir -> {
        data.saveIndex(dir.resolve(SEARCH_INDEX));
        Files.writeString(dir.resolve(FIGURES), figures, StandardCharsets.UTF_8);
      }, line -> warn(err, line));
    }
    return new Loaded(data, figures);
  }

  private static final String SEARCH_INDEX = "search-index";
  private static final String FIGURES = "figures.txt";

  /** The figures line stored with a cached build, or null when it has none (it is then counted). */
  private static String readFigures(Path extras) {
    try {
      String line = Files.readString(extras.resolve(FIGURES), StandardCharsets.UTF_8).strip();
      return line.isEmpty() || line.contains("\n") ? null : line;
    } catch (IOException e) {
      return null;
    }
  }

  private static void warn(PrintWriter err, String line) {
    Progress.done(err);
    err.println("yrdkg: " + line);
    err.flush();
  }

  /** Refuses a port that is taken before the graph is built, not after a long build. */
  static void checkPortFree(int port) {
    if (port == 0) {
      return;
    }
    if (port < 0 || port > 65535) {
      throw new org.yrdkg.text.InputException("--port " + port + ": not a TCP port (0-65535)");
    }
    try (java.net.ServerSocket probe = new java.net.ServerSocket(port)) {
      probe.setReuseAddress(true);
    } catch (java.io.IOException e) {
      throw new org.yrdkg.text.InputException("port " + port + " is in use; choose another with --port");
    }
  }

  /** The dataset of {@code --store} or built from {@code --seeds}. */
  static Dataset open(Source source, PrintWriter err) {
    if (source.store != null) {
      return GraphStore.open(source.store);
    }
    if (!source.seeds.toFile().isDirectory()) {
      throw new org.yrdkg.text.InputException(source.seeds + ": not a directory of seed documents");
    }
    return GraphStore.inMemory(source.seeds, step -> Progress.step(err, step));
  }
}
