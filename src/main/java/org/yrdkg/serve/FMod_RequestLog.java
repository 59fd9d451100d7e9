package org.yrdkg.serve;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModule;
import org.apache.jena.rdf.model.Model;

/**
 * Request logging: one line per HTTP request (time, method, path and query, status, milliseconds)
 * to a sink of our choosing. Fuseki logs through SLF4J, which has no provider in this build, and a
 * line per request is all an operator of this server needs.
 */
public final class FMod_RequestLog implements FusekiModule {
  private final Consumer<String> sink;

  public FMod_RequestLog(Consumer<String> sink) {
    this.sink = sink;
  }

  @Override
  public String name() {
    return "yrdkg request log";
  }

  @Override
  public void prepare(FusekiServer.Builder builder, Set<String> datasetNames, Model configModel) {
    builder.addFilter("/*", new LogFilter(sink));
  }

  private record LogFilter(Consumer<String> sink) implements Filter {
    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
        throws IOException, ServletException {
      long start = System.nanoTime();
      try {
        chain.doFilter(request, response);
      } finally {
        HttpServletRequest req = (HttpServletRequest) request;
        HttpServletResponse resp = (HttpServletResponse) response;
        String query = req.getQueryString();
        String target = req.getRequestURI() + (query == null ? "" : "?" + clip(query));
        sink.accept(String.format("%s %s %s %d %dms", Instant.now().truncatedTo(ChronoUnit.MILLIS), req.getMethod(),
            target, resp.getStatus(), (System.nanoTime() - start) / 1_000_000));
      }
    }

    private static String clip(String s) {
      return s.length() <= 200 ? s : s.substring(0, 200) + "…";
    }
  }
}
