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
import org.apache.jena.fuseki.main.FusekiServer;

/** A real server on a free port over the fixture, and a small HTTP client for it. */
final class TestServer implements AutoCloseable {
  final FusekiServer server;
  final ServedDataset data;
  final List<String> log = new CopyOnWriteArrayList<>();
  final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  TestServer(Duration timeout) {
    data = Fixture.served();
    ServeOptions options = ServeOptions.defaults().withPort(0).withTimeout(timeout).withRequestLog(log::add);
    server = YrdkgServer.build(data, CannedQueries.load(Path.of("queries")), options).start();
  }

  static TestServer start() {
    return new TestServer(Duration.ofSeconds(10));
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
    server.stop();
  }
}
