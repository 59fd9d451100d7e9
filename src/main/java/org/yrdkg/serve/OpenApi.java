package org.yrdkg.serve;

import java.util.Collection;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;

/** The OpenAPI 3 description of the canned-query API: one path per query, each parameter typed with default and example. */
final class OpenApi {
  private OpenApi() {}

  static JsonObject document(Collection<CannedQuery> queries) {
    JsonObject doc = new JsonObject();
    doc.put("openapi", "3.0.3");
    JsonObject info = new JsonObject();
    info.put("title", "yrdkg canned queries");
    info.put("version", "1");
    info.put("description", "Canned SPARQL queries over the knowledge graph of the Yangtze River Delta integration plans "
        + "(长三角一体化). Parameters are bound as typed RDF terms; SELECT queries are paged with limit and offset.");
    doc.put("info", info);
    JsonObject paths = new JsonObject();
    JsonObject listOp = new JsonObject();
    listOp.put("summary", "List the canned queries");
    listOp.put("operationId", "listQueries");
    listOp.put("responses", responses(false, false, true));
    JsonObject list = new JsonObject();
    list.put("get", listOp);
    paths.put("/api/queries", list);
    for (CannedQuery q : queries) {
      JsonObject op = new JsonObject();
      op.put("summary", q.titleEn() + " / " + q.titleZh());
      op.put("description", q.description() + "\n\n```sparql\n" + q.text().strip() + "\n```");
      op.put("operationId", q.name());
      JsonArray params = new JsonArray();
      for (QueryParam p : q.params()) {
        JsonObject schema = new JsonObject();
        schema.put("type", p.type().jsonType());
        if (p.type().jsonFormat() != null) {
          schema.put("format", p.type().jsonFormat());
        }
        if (p.defaultValue() != null) {
          schema.put("default", p.defaultValue());
        }
        params.add(param(p.name(), p.required(), schema, p.example(), p.type().id()
            + (p.optional() ? "; optional: left out, it matches anything" : p.required() ? "; required" : "")));
      }
      if (q.isList()) {
        params.add(param("limit", false, intSchema(CannedQuery.DEFAULT_LIMIT, 1, CannedQuery.MAX_LIMIT), "10",
            "rows per page"));
        params.add(param("offset", false, intSchema(0, 0, Integer.MAX_VALUE), "0", "rows to skip"));
      }
      JsonObject fmt = new JsonObject();
      fmt.put("type", "string");
      JsonArray enums = new JsonArray();
      ResultFormat.offered(!q.isList() && !q.query().isAskType()).forEach(f -> enums.add(f.id()));
      fmt.put("enum", enums);
      params.add(param("format", false, fmt, null, "result format, instead of the Accept header"));
      op.put("parameters", params);
      op.put("responses", responses(true, !q.isList() && !q.query().isAskType(), false));
      JsonObject item = new JsonObject();
      item.put("get", op);
      paths.put("/api/queries/" + q.name(), item);
    }
    doc.put("paths", paths);
    return doc;
  }

  private static JsonObject param(String name, boolean required, JsonObject schema, String example, String description) {
    JsonObject p = new JsonObject();
    p.put("name", name);
    p.put("in", "query");
    p.put("required", required);
    p.put("description", description);
    p.put("schema", schema);
    if (example != null) {
      p.put("example", example);
    }
    return p;
  }

  private static JsonObject intSchema(long dflt, long min, long max) {
    JsonObject s = new JsonObject();
    s.put("type", "integer");
    s.put("default", dflt);
    s.put("minimum", min);
    s.put("maximum", max);
    return s;
  }

  private static JsonObject responses(boolean query, boolean graph, boolean list) {
    JsonObject r = new JsonObject();
    JsonObject ok = new JsonObject();
    ok.put("description", list ? "the queries, with their parameters" : "the result");
    JsonObject content = new JsonObject();
    if (list) {
      content.put("application/json", new JsonObject());
    } else {
      ResultFormat.offered(graph).forEach(f -> content.put(f.mediaType(), new JsonObject()));
    }
    ok.put("content", content);
    r.put("200", ok);
    if (query) {
      JsonObject etag = described("the answer's entity tag; give it in If-None-Match to be told when it is unchanged");
      JsonObject schema = new JsonObject();
      schema.put("type", "string");
      etag.put("schema", schema);
      JsonObject headers = new JsonObject();
      headers.put("ETag", etag);
      ok.put("headers", headers);
      r.put("304", described("the answer is the one whose entity tag the request gave in If-None-Match"));
      r.put("400", described("a parameter is missing, unknown or not of its type"));
      r.put("404", described("no such query"));
      r.put("406", described("no acceptable result format"));
      r.put("503", described("the query was stopped by the timeout"));
    }
    return r;
  }

  private static JsonObject described(String text) {
    JsonObject o = new JsonObject();
    o.put("description", text);
    return o;
  }
}
