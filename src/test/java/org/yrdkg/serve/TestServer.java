package org.yrdkg.serve;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;
import org.apache.jena.fuseki.main.FusekiServer;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.yrdkg.store.GraphStore;

/**
 * A real server on a free port, and a small HTTP client for it. A test class shares one, started
 * before its first test and stopped after its last:
 * {@code @RegisterExtension static final TestServer s = TestServer.fixture();}. Outside JUnit's
 * life cycle, {@link #start()} and {@link #close()} do the same by hand.
 */
final class TestServer implements BeforeAllCallback, AfterAllCallback, AutoCloseable {
  private final Supplier<ServedDataset> source;
  private final Duration timeout;
  FusekiServer server;
  ServedDataset data;
  final List<String> log = new CopyOnWriteArrayList<>();
  final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private TestServer(Supplier<ServedDataset> source, Duration timeout) {
    this.source = source;
    this.timeout = timeout;
  }

  /** Over the fixture graph, with the usual 10 s query timeout. */
  static TestServer fixture() {
    return fixture(Duration.ofSeconds(10));
  }

  static TestServer fixture(Duration timeout) {
    return new TestServer(Fixture::served, timeout);
  }

  /** Over the fixture graph in the dataset form {@code serve} uses after a build or from its cache. */
  static TestServer fixtureAsBuilt() {
    return new TestServer(Fixture::servedAsBuilt, Duration.ofSeconds(10));
  }

  /** Over the graph built from {@code seeds/}, as {@code serve} runs by default. */
  static TestServer seeds() {
    return new TestServer(() -> ServedDataset.of(GraphStore.inMemory(Path.of("seeds"), step -> { })), Duration.ofSeconds(30));
  }

  TestServer start() {
    if (server == null) {
      data = source.get();
      ServeOptions options = ServeOptions.defaults().withPort(0).withTimeout(timeout).withRequestLog(log::add);
      server = YrdkgServer.build(data, CannedQueries.load(Path.of("queries")), options).start();
    }
    return this;
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    start();
  }

  @Override
  public void afterAll(ExtensionContext context) {
    close();
  }

  String url(String path) {
    return "http://localhost:" + server.getPort() + path;
  }

  HttpResponse<String> get(String path, String accept) {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url(path))).timeout(Duration.ofSeconds(60)).GET();
    if (accept != null) {
      b.header("Accept", accept);
    }
    return send(b.build());
  }

  HttpResponse<String> send(HttpRequest request) {
    try {
      try {
        return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      } catch (java.io.IOException e) {
        // Jetty closes a connection after refusing a request whose body it did not read; a pooled
        // connection can be that one. Sending again on a fresh connection is what any client does.
        return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      }
    } catch (Exception e) {
      throw new IllegalStateException(request.uri() + ": " + e, e);
    }
  }

  HttpResponse<String> sparql(String query, String accept) {
    return get("/yrdkg/sparql?query=" + enc(query), accept);
  }

  static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  @Override
  public void close() {
    if (server != null) {
      server.stop();
      server = null;
    }
  }
}
