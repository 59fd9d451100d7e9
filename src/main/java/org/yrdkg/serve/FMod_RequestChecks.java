package org.yrdkg.serve;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.util.Set;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModule;
import org.apache.jena.rdf.model.Model;
import org.eclipse.jetty.http.BadMessageException;

/**
 * Checks every request, on every path, before anything else runs. The methods of a read-only server are GET, HEAD,
 * POST (SPARQL query) and OPTIONS (CORS); any other, known to HTTP or not (PUT, DELETE, PATCH, PROPFIND …), is a 405
 * naming those, where the servlets answered a method they do not know with a 501. POST outside the dataset's paths is a
 * 405 too, in JSON like the other errors, where the servlets answered it with Jetty's HTML page. A charset Java does not know is a 415;
 * parameters that cannot be read (a %-escape that is not UTF-8, a form over Jetty's size limit) are a 400 (or 413).
 * Fuseki's operations let both through as a 500. A JSONP {@code callback} that is not a JavaScript name is a 400:
 * Fuseki writes it back as given in front of the answer, so any text a link puts there would come back from this server.
 * A SPARQL {@code timeout} that is not a positive whole number of seconds ({@code 5}, or {@code 5,30} for the first
 * answer and the whole query) is a 400: Fuseki drops one it cannot read, or one of 0 or less, and runs the query to the
 * server's limit, as if the client had asked for nothing. A GET of the SPARQL endpoint with no parameters at all is a
 * 400 saying where the query goes, where Fuseki answered a 404 naming a service description it does not have. The
 * length of an error Fuseki writes on the dataset's paths is left to Jetty ({@link ErrorLength}).
 */
public final class FMod_RequestChecks implements FusekiModule {
  static final Set<String> ALLOWED = Set.of("GET", "HEAD", "POST", "OPTIONS");
  static final String ALLOW = "GET, HEAD, POST, OPTIONS";
  /** The methods of every path outside the dataset's: the pages, the API, the linked data and the exports. */
  static final String ALLOW_OUTSIDE_DATASET = "GET, HEAD, OPTIONS";
  // A name or a dotted path of names (handle, app.results.handle), as JSONP clients generate them.
  private static final java.util.regex.Pattern CALLBACK =
      java.util.regex.Pattern.compile("[A-Za-z_$][A-Za-z0-9_$]{0,63}(\\.[A-Za-z_$][A-Za-z0-9_$]{0,63}){0,7}");
  // Seconds as Fuseki reads them (Timeouts.parseTimeoutStr): a whole number, or two (first answer, whole query).
  private static final java.util.regex.Pattern TIMEOUT =
      java.util.regex.Pattern.compile("0*[1-9][0-9]{0,8}(,0*[1-9][0-9]{0,8})?");

  @Override
  public String name() {
    return "yrdkg request checks";
  }

  @Override
  public void prepare(FusekiServer.Builder builder, Set<String> datasetNames, Model configModel) {
    builder.addFilter("/*", new CheckFilter());
  }

  private static boolean supported(String charset) {
    try {
      return Charset.isSupported(charset);
    } catch (IllegalCharsetNameException e) {
      return false;
    }
  }

  // The dataset's own paths: its SPARQL endpoints, where Fuseki reads the parameters of the protocol.
  private static boolean inDataset(String path) {
    return path.equals(YrdkgServer.DATASET) || path.startsWith(YrdkgServer.DATASET + "/");
  }

  private static final class CheckFilter implements Filter {
    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
        throws IOException, ServletException {
      String method = ((HttpServletRequest) request).getMethod();
      HttpServletResponse resp = (HttpServletResponse) response;
      if (!ALLOWED.contains(method)) {
        resp.setHeader("Allow", ALLOW);
        HttpOut.error(resp, 405, "method " + method + " is not allowed: this server is read-only (" + ALLOW + ")");
        return;
      }
      String path = ((HttpServletRequest) request).getRequestURI();
      if (method.equals("POST") && !inDataset(path)) {
        resp.setHeader("Allow", ALLOW_OUTSIDE_DATASET);
        HttpOut.error(resp, 405, "method POST is not allowed here (" + ALLOW_OUTSIDE_DATASET + "); POST is for SPARQL"
            + " queries at " + YrdkgServer.DATASET + "/sparql");
        return;
      }
      String charset = request.getCharacterEncoding();
      if (charset != null && !supported(charset)) {
        HttpOut.error(resp, 415, "unsupported charset " + charset + "; send UTF-8");
        return;
      }
      try {
        request.getParameterMap();
      } catch (BadMessageException e) {
        HttpOut.error(resp, e.getCode() >= 400 && e.getCode() < 500 ? e.getCode() : 400,
            "unreadable parameters (" + e.getReason() + "): send them %-encoded in UTF-8");
        return;
      }
      String callback = request.getParameter("callback");
      if (callback != null && !callback.isEmpty() && !CALLBACK.matcher(callback).matches()) {
        HttpOut.error(resp, 400, "parameter 'callback': not a JavaScript name such as handle or app.handle");
        return;
      }
      if (path.equals(YrdkgServer.DATASET + "/sparql") && !method.equals("POST") && !method.equals("OPTIONS")
          && request.getParameterMap().isEmpty()) {
        HttpOut.error(resp, 400, "no query: send a SPARQL query as ?query=… or in the body of a POST");
        return;
      }
      String timeout = request.getParameter("timeout");
      if (timeout != null && inDataset(path) && !TIMEOUT.matcher(timeout).matches()) {
        HttpOut.error(resp, 400, "parameter 'timeout': not a whole number of seconds from 1 to 999999999 (such as 5, or"
            + " 5,30 for the first answer and the whole query); the server's own limit applies when it is shorter");
        return;
      }
      chain.doFilter(request, inDataset(path) ? new ErrorLength(resp) : response);
    }
  }

  /**
   * A response whose length, once it is an error, is counted by Jetty rather than set by Fuseki. Fuseki gives an
   * error's plain-text message the length of its characters, not of its bytes in UTF-8, so a message with Chinese in it
   * (a regular expression {@code "长("} that does not compile, a {@code text:query} that Lucene cannot parse)
   * overflowed it: Jetty refused the write, and the client's 400 became a 500, with a stack trace in the log.
   */
  private static final class ErrorLength extends HttpServletResponseWrapper {
    ErrorLength(HttpServletResponse response) {
      super(response);
    }

    @Override
    public void setContentLength(int length) {
      if (getStatus() < 400) {
        super.setContentLength(length);
      }
    }

    @Override
    public void setContentLengthLong(long length) {
      if (getStatus() < 400) {
        super.setContentLengthLong(length);
      }
    }
  }
}
