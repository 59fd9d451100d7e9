package org.yrdkg.serve;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;

/** Small helpers for writing responses from our servlets: bodies, JSON, and errors as one clear message. */
final class HttpOut {
  private HttpOut() {}

  /**
   * Adds {@code value} to a list header that may be set already: the CORS filter answers every request with "Vary:
   * Origin" (and a cross-origin one with the headers a script may read), which a servlet must add to, not replace, or
   * a shared cache could hand one site's answer to another. A value listed already is not listed twice.
   */
  static void append(HttpServletResponse resp, String header, String value) {
    String before = resp.getHeader(header);
    if (before == null || before.isBlank()) {
      resp.setHeader(header, value);
    } else if (Arrays.stream(before.split(",")).noneMatch(v -> v.strip().equalsIgnoreCase(value))) {
      resp.setHeader(header, before + ", " + value);
    }
  }

  /** "Vary: Accept", added to what the response varies by already. */
  static void varyByAccept(HttpServletResponse resp) {
    append(resp, "Vary", "Accept");
  }

  static void send(HttpServletResponse resp, int status, String contentType, String body) throws IOException {
    send(resp, status, contentType, body.getBytes(StandardCharsets.UTF_8));
  }

  /** As {@link #send(HttpServletResponse, int, String, String)}, with the body already in UTF-8. */
  static void send(HttpServletResponse resp, int status, String contentType, byte[] bytes) throws IOException {
    resp.setStatus(status);
    resp.setContentType(contentType.contains("charset") ? contentType : contentType + "; charset=utf-8");
    resp.setContentLength(bytes.length);
    try (OutputStream out = resp.getOutputStream()) {
      out.write(bytes);
    }
  }

  static void json(HttpServletResponse resp, int status, JsonObject body) throws IOException {
    send(resp, status, "application/json", JSON.toString(body) + "\n");
  }

  /** An error as {@code {"status": 400, "error": "…"}}: the message only, never a stack trace. */
  static void error(HttpServletResponse resp, int status, String message) throws IOException {
    send(resp, status, "application/json", errorBody(status, message));
  }

  /** The body of {@link #error}, for writers other than a servlet's. */
  static String errorBody(int status, String message) {
    JsonObject o = new JsonObject();
    o.put("status", status);
    o.put("error", message);
    return JSON.toString(o) + "\n";
  }

  static String html(String s) {
    if (s == null) {
      return "";
    }
    StringBuilder b = new StringBuilder(s.length());
    for (char c : s.toCharArray()) {
      switch (c) {
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '&' -> b.append("&amp;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&#39;");
        default -> b.append(c);
      }
    }
    return b.toString();
  }
}
