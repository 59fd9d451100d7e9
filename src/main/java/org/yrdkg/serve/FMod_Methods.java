package org.yrdkg.serve;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModule;
import org.apache.jena.rdf.model.Model;

/**
 * The HTTP methods of a read-only server: GET, HEAD, POST (SPARQL query) and OPTIONS (CORS). Any other method, known
 * to HTTP or not (PUT, DELETE, PATCH, PROPFIND …), is a 405 naming those, on every path, before anything else runs;
 * left to the servlets, a method they do not know was a 501.
 */
public final class FMod_Methods implements FusekiModule {
  static final Set<String> ALLOWED = Set.of("GET", "HEAD", "POST", "OPTIONS");
  static final String ALLOW = "GET, HEAD, POST, OPTIONS";

  @Override
  public String name() {
    return "yrdkg methods";
  }

  @Override
  public void prepare(FusekiServer.Builder builder, Set<String> datasetNames, Model configModel) {
    builder.addFilter("/*", new MethodFilter());
  }

  private static final class MethodFilter implements Filter {
    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
        throws IOException, ServletException {
      String method = ((HttpServletRequest) request).getMethod();
      if (ALLOWED.contains(method)) {
        chain.doFilter(request, response);
        return;
      }
      HttpServletResponse resp = (HttpServletResponse) response;
      resp.setHeader("Allow", ALLOW);
      HttpOut.error(resp, 405, "method " + method + " is not allowed: this server is read-only (" + ALLOW + ")");
    }
  }
}
