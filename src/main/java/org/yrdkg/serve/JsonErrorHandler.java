package org.yrdkg.serve;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.apache.jena.fuseki.main.FusekiServer;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * The errors Jetty answers itself are written as every other error of the server is, {@code {"status": 400, "error":
 * "…"}}, where Jetty wrote an HTML page (and Fuseki's handler plain text to a client asking for JSON): a path that is not
 * a valid URI path ({@code %00}, an escape that is not UTF-8, an encoded {@code /}, {@code ..} above the root), a
 * request head Jetty cannot read, and a path that nothing serves. No stack trace, no cause, no echo of the request.
 */
final class JsonErrorHandler {
  private static final HttpField JSON_TYPE = new HttpField(HttpHeader.CONTENT_TYPE, "application/json; charset=utf-8");

  private JsonErrorHandler() {}

  /**
   * Installs the handler on the server, for requests no context took, and on the servlet context, for errors a servlet
   * sends without a body of its own.
   */
  static void install(FusekiServer server) {
    ErrorHandler handler = new Handler();
    server.getJettyServer().setErrorHandler(handler);
    ServletContextHandler.getServletContextHandler(server.getServletContext()).setErrorHandler(handler);
  }

  /**
   * One line for the client: Jetty's reason where it gives one ("Ambiguous URI path separator"), never an exception's
   * text; for a path nothing serves, where to look instead.
   */
  static String message(int code, String message, Throwable cause) {
    if (code == HttpStatus.NOT_FOUND_404) {
      return "not found: nothing is served at this path; / lists what this server offers";
    }
    String status = HttpStatus.getMessage(code).toLowerCase(Locale.ROOT);
    if (message == null || message.isBlank() || cause != null && message.equals(cause.toString())
        || message.equalsIgnoreCase(status)) {
      return code == HttpStatus.BAD_REQUEST_400
          ? "bad request: the path or a header cannot be read (such as %00, an escape that is not UTF-8, or .. above the"
              + " root)"
          : status;
    }
    String line = message.lines().findFirst().orElse("").strip();
    return status + ": " + (line.length() > 200 ? line.substring(0, 200) + "…" : line);
  }

  private static void writeJson(Response response, int code, String message, Throwable cause, Callback callback) {
    byte[] body = HttpOut.errorBody(code, message(code, message, cause)).getBytes(StandardCharsets.UTF_8);
    response.getHeaders().put(JSON_TYPE);
    response.getHeaders().put(HttpHeader.CONTENT_LENGTH, body.length);
    response.write(true, ByteBuffer.wrap(body), callback);
  }

  private static ByteBuffer badMessage(int status, String reason, HttpFields.Mutable fields) {
    fields.put(JSON_TYPE);
    return ByteBuffer.wrap(HttpOut.errorBody(status, message(status, reason, null)).getBytes(StandardCharsets.UTF_8));
  }

  /** The error handler: every error it is given, written as JSON. */
  private static final class Handler extends ErrorHandler {
    @Override
    protected void generateResponse(Request request, Response response, int code, String message, Throwable cause,
        Callback callback) {
      writeJson(response, code, message, cause, callback);
    }

    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
      return badMessage(status, reason, fields);
    }
  }
}
