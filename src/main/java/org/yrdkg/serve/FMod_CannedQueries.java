package org.yrdkg.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModule;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.text.TextIndexException;
import org.apache.jena.rdf.model.Model;

/**
 * The canned queries as an HTTP API: {@code GET /api/queries} lists them, {@code GET
 * /api/queries/NAME?param=value} runs one (result format by {@code Accept} or {@code ?format=}),
 * {@code GET /api/openapi.json} documents them. Unknown query 404; missing, unknown or ill-typed
 * parameter 400; timeout 503; each with a one-line JSON message. An answer carries an entity tag ({@code ETag}), and
 * a request naming it in {@code If-None-Match} gets 304 without the body; answers written are kept ({@link
 * AnswerCache}), so a repeated request is answered without running its query.
 */
public final class FMod_CannedQueries implements FusekiModule {
  private final CannedQueries queries;
  private final CannedQueryRunner runner;
  private final AnswerCache answers;

  /** The API for {@code queries}, keeping up to {@code cacheBytes} of written answers (0: none). */
  public FMod_CannedQueries(CannedQueries queries, CannedQueryRunner runner, long cacheBytes) {
    this.queries = queries;
    this.runner = runner;
    this.answers = new AnswerCache(cacheBytes);
  }

  @Override
  public String name() {
    return "yrdkg canned queries";
  }

  @Override
  public void prepare(FusekiServer.Builder builder, Set<String> datasetNames, Model configModel) {
    builder.addServlet("/api/*", new ApiServlet());
  }

  private final class ApiServlet extends HttpServlet {
    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
      String path = req.getPathInfo() == null ? "" : req.getPathInfo();
      String base = req.getContextPath() + "/api";
      if (path.equals("/queries") || path.equals("/queries/")) {
        HttpOut.json(resp, 200, list(base));
      } else if (path.equals("/openapi.json")) {
        HttpOut.json(resp, 200, OpenApi.document(queries.all()));
      } else if (path.startsWith("/queries/")) {
        run(path.substring("/queries/".length()), req, resp);
      } else {
        HttpOut.error(resp, 404, "no such API path: " + path + " (try /api/queries or /api/openapi.json)");
      }
    }

    private void run(String name, HttpServletRequest req, HttpServletResponse resp) throws IOException {
      Optional<CannedQuery> cq = queries.get(name);
      if (cq.isEmpty()) {
        HttpOut.error(resp, 404, "no canned query named '" + name + "' (see /api/queries)");
        return;
      }
      Map<String, String> given = new LinkedHashMap<>();
      for (var e : req.getParameterMap().entrySet()) {
        if (e.getValue().length > 1) {
          HttpOut.error(resp, 400, "parameter '" + e.getKey() + "' given more than once");
          return;
        }
        given.put(e.getKey(), e.getValue()[0]);
      }
      boolean graph = !cq.get().query().isSelectType() && !cq.get().query().isAskType();
      ResultFormat format;
      try {
        format = given.containsKey("format") ? ResultFormat.byId(given.get("format"))
            : ResultFormat.negotiate(req.getHeader("Accept"), graph);
        if (format != null && (format.isGraph() != graph || format == ResultFormat.TABLE)) {
          throw new ParameterException("format '" + format.id() + "' does not suit a " + cq.get().form() + " query");
        }
      } catch (ParameterException e) {
        HttpOut.error(resp, 400, e.getMessage());
        return;
      }
      if (format == null) {
        HttpOut.error(resp, 406, "no acceptable format; offered: "
            + String.join(", ", ResultFormat.offered(graph).stream().map(ResultFormat::mediaType).toList()));
        return;
      }
      CannedQueryRunner.Request request;
      try {
        request = CannedQueryRunner.request(cq.get(), given);
      } catch (ParameterException e) {
        HttpOut.error(resp, 400, e.getMessage());
        return;
      }
      AnswerCache.Key key = new AnswerCache.Key(request, format);
      AnswerCache.Body body = answers.get(key);
      if (body == null) {
        CannedQueryRunner.Result result;
        try {
          result = runner.run(cq.get(), request);
        } catch (QueryCancelledException e) {
          HttpOut.error(resp, 503, "query '" + name + "' was stopped by the timeout");
          return;
        } catch (QueryParseException | TextIndexException e) {
          // A late parse error: the words of a text:query parameter that are not Lucene query syntax.
          HttpOut.error(resp, 400, "the search words could not be parsed: " + reason(e));
          return;
        } catch (RuntimeException e) {
          HttpOut.error(resp, 500, "query '" + name + "' failed: " + reason(e));
          return;
        }
        ByteArrayOutputStream written = new ByteArrayOutputStream();
        result.write(written, format);
        body = answers.keep(key, written.toByteArray());
      }
      HttpOut.varyByAccept(resp);
      // a cross-origin request: the CORS filter has listed the headers a script may read
      if (resp.getHeader("Access-Control-Expose-Headers") != null) {
        HttpOut.append(resp, "Access-Control-Expose-Headers", "ETag");
      }
      resp.setHeader("ETag", body.etag());
      if (AnswerCache.matches(req.getHeader("If-None-Match"), body.etag())) {
        resp.setStatus(304);
        return;
      }
      HttpOut.send(resp, 200, format.mediaType(), body.bytes());
    }

    private static String reason(Exception e) {
      Throwable t = e.getCause() != null && e.getMessage() == null ? e.getCause() : e;
      return t.getMessage() == null ? t.getClass().getSimpleName() : LocalQuery.reason(t.getMessage());
    }

    private JsonObject list(String base) {
      JsonArray items = new JsonArray();
      for (CannedQuery q : queries.all()) {
        items.add(describe(q, base));
      }
      JsonObject o = new JsonObject();
      o.put("queries", items);
      return o;
    }
  }

  /** One query as the list shows it: names, titles, form, parameters with type, default and example. */
  static JsonObject describe(CannedQuery q, String base) {
    JsonObject o = new JsonObject();
    o.put("name", q.name());
    o.put("title_zh", q.titleZh());
    o.put("title_en", q.titleEn());
    o.put("description", q.description());
    o.put("form", q.form());
    o.put("url", base + "/queries/" + q.name());
    JsonArray params = new JsonArray();
    for (QueryParam p : q.params()) {
      JsonObject j = new JsonObject();
      j.put("name", p.name());
      j.put("type", p.type().id());
      j.put("required", p.required());
      if (p.defaultValue() != null) {
        j.put("default", p.defaultValue());
      } else {
        j.put("default", org.apache.jena.atlas.json.JsonNull.instance);
      }
      j.put("example", p.example());
      params.add(j);
    }
    o.put("params", params);
    o.put("paging", q.isList());
    JsonArray formats = new JsonArray();
    ResultFormat.offered(!q.query().isSelectType() && !q.query().isAskType()).forEach(f -> formats.add(f.mediaType()));
    o.put("formats", formats);
    o.put("sparql", q.text());
    return o;
  }
}
