package org.yrdkg.serve;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModule;
import org.apache.jena.fuseki.main.sys.FusekiModules;
import org.apache.jena.fuseki.mod.prometheus.FMod_Prometheus;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Operation;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.HttpConnectionFactory;

/**
 * The yrdkg HTTP server: embedded Fuseki hosting one read-only dataset, {@code /yrdkg}, with
 * SPARQL query at {@code /yrdkg/sparql} and Graph Store Protocol read at {@code /yrdkg/get} and no
 * other operation (no update, upload or admin); every other feature is a Fuseki module. Queries answer from the
 * dataset alone: {@code SERVICE} is refused ({@link LocalQuery}).
 */
public final class YrdkgServer {
  /** The dataset path. */
  public static final String DATASET = "/yrdkg";

  private YrdkgServer() {}

  /** A server, built and not started, serving {@code data}. */
  public static FusekiServer build(ServedDataset data, CannedQueries queries, ServeOptions options) {
    SparqlJsonResults.install();
    SparqlXmlResults.install();
    DataService service = DataService.newBuilder(data.graph())
        .addEndpoint(Operation.Query, "sparql")
        .addEndpoint(Operation.GSP_R, "get")
        .build();
    int cores = Runtime.getRuntime().availableProcessors();
    FusekiServer server = FusekiServer.create()
        .port(options.port())
        .maxServerThreads(serverThreads(cores))
        .registerOperation(Operation.Query, new LocalQuery(cores, options.timeout()))
        .fusekiModules(FusekiModules.create(modules(data, queries, options)))
        .enablePing(true)
        .add(DATASET, service)
        .build();
    poolOutputBuffers(server);
    JsonErrorHandler.install(server);
    return server;
  }

  /**
   * The size of a response's output buffer: the largest that Jetty's buffer pool keeps for reuse.
   *
   * <p>Fuseki sets 5 MiB, so that an error late in a large answer can still change its status. A buffer that large is
   * not pooled: Jetty allocates and zeroes a fresh 5 MiB of native memory for every answer written in pieces (every
   * SPARQL answer), given back only when the garbage collector happens to find its owner. Under 64 clients that held
   * 150 MiB of native memory and peaked at 390 MiB, and SPARQL answers came at half the rate (BENCHMARKS.md). With a pooled buffer, an answer is
   * sent once it passes 64 KiB; a query that fails after that ends the response early rather than changing its status,
   * as it already did past 5 MiB.
   */
  static final int OUTPUT_BUFFER_BYTES = 64 * 1024;

  /** Gives each HTTP connector of {@code server} output buffers of {@link #OUTPUT_BUFFER_BYTES}. */
  static void poolOutputBuffers(FusekiServer server) {
    for (Connector connector : server.getJettyServer().getConnectors()) {
      HttpConnectionFactory http = connector.getConnectionFactory(HttpConnectionFactory.class);
      if (http != null) {
        http.getHttpConfiguration().setOutputBufferSize(OUTPUT_BUFFER_BYTES);
      }
    }
  }

  /**
   * Request threads: Fuseki's 20, and one more for each request that may be waiting for, or doing, heavy work
   * (graph answers: a turn per core and as many waiting; exports: as many, and twice as many sharing a body being
   * written), so that those never hold the threads cheap requests need.
   */
  static int serverThreads(int cores) {
    return 20 + 6 * cores;
  }

  private static List<FusekiModule> modules(ServedDataset data, CannedQueries queries, ServeOptions options) {
    List<FusekiModule> modules = new ArrayList<>();
    modules.add(new FMod_RequestLog(options.requestLog()));
    modules.add(new FMod_RequestChecks());
    modules.add(new FMod_Cors());
    modules.add(new FMod_QueryTimeout(options.timeout()));
    modules.add(FMod_Prometheus.create());
    modules.add(new FMod_CannedQueries(queries, new CannedQueryRunner(data, options.timeout()), options.answerCacheBytes()));
    modules.add(new FMod_LinkedData(data, options.base()));
    modules.add(new FMod_Search(data, options.base()));
    modules.add(new FMod_Export(data, queries));
    modules.add(new FMod_Graph(data, options.base()));
    modules.add(new FMod_Pages(data, queries));
    return modules;
  }
}
