package org.yrdkg.serve;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Written canned-query answers kept for repeated requests: one request however spelt, the cache within its bytes
 * (empty answers included), entity tags and conditional requests over HTTP, and the same bytes for every client.
 */
class AnswerCacheTest {
  @RegisterExtension static final TestServer s = TestServer.fixture();

  static final CannedQueries QUERIES = CannedQueries.load(Path.of("queries"));

  static AnswerCache.Key key(String query, Map<String, String> given, ResultFormat f) {
    return new AnswerCache.Key(CannedQueryRunner.request(QUERIES.get(query).orElseThrow(), given), f);
  }

  static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void oneRequestHoweverSpeltAndOnlyThat() {
    AnswerCache.Key plain = key("lng-terminals", Map.of(), ResultFormat.JSON);
    assertEquals(plain, key("lng-terminals", Map.of("limit", "1000", "offset", "0"), ResultFormat.JSON));
    assertEquals(plain, key("lng-terminals", Map.of("limit", "", "format", "json"), ResultFormat.JSON));
    assertNotEquals(plain, key("lng-terminals", Map.of("limit", "1"), ResultFormat.JSON));
    assertNotEquals(plain, key("lng-terminals", Map.of("offset", "1"), ResultFormat.JSON));
    assertNotEquals(plain, key("lng-terminals", Map.of(), ResultFormat.CSV));
    assertNotEquals(key("in-region", Map.of("region", Fixture.ID + "region/320000"), ResultFormat.JSON),
        key("in-region", Map.of("region", Fixture.ID + "region/310000"), ResultFormat.JSON));
    // the default region, spelt out
    assertEquals(key("in-region", Map.of(), ResultFormat.JSON),
        key("in-region", Map.of("region", Fixture.ID + "region/320000"), ResultFormat.JSON));
    assertThrows(ParameterException.class, () -> key("lng-terminals", Map.of("limit", "0"), ResultFormat.JSON));
  }

  @Test
  void keptBodiesStayWithinTheirBytes() {
    AnswerCache.Key a = key("lng-terminals", Map.of(), ResultFormat.JSON);
    AnswerCache.Key b = key("lng-terminals", Map.of(), ResultFormat.CSV);
    byte[] body = new byte[1000];
    AnswerCache tooSmall = new AnswerCache(1000 + AnswerCache.OVERHEAD - 1);
    tooSmall.keep(a, body);
    assertNull(tooSmall.get(a), "a body larger than the cache was kept");
    assertEquals(0, tooSmall.size());

    AnswerCache roomForOne = new AnswerCache(1000 + AnswerCache.OVERHEAD);
    AnswerCache.Body kept = roomForOne.keep(a, body);
    assertSame(kept, roomForOne.get(a));
    roomForOne.keep(b, body);
    assertEquals(1, roomForOne.size(), "two bodies kept in room for one");

    AnswerCache none = new AnswerCache(0);
    AnswerCache.Body tagged = none.keep(a, bytes("x"));
    assertNull(none.get(a));
    assertTrue(tagged.etag().matches("\"[A-Za-z0-9_-]{22}\""), tagged.etag());
    assertThrows(IllegalArgumentException.class, () -> new AnswerCache(-1));
  }

  @Test
  void emptyBodiesCountToo() {
    AnswerCache cache = new AnswerCache(10L * AnswerCache.OVERHEAD);
    for (int y = 1900; y < 1950; y++) {
      cache.keep(key("targets", Map.of("year", String.valueOf(y)), ResultFormat.CSV), new byte[0]);
    }
    assertTrue(cache.size() <= 10, cache.size() + " empty bodies kept in room for 10");
  }

  @Test
  void tagsFollowTheBytesAndConditionsFollowRfc9110() {
    AnswerCache.Key k = key("lng-terminals", Map.of(), ResultFormat.JSON);
    AnswerCache cache = new AnswerCache(1 << 20);
    String tag = cache.keep(k, bytes("答案")).etag();
    assertEquals(tag, new AnswerCache(0).keep(k, bytes("答案")).etag(), "the tag of the same bytes changed");
    assertNotEquals(tag, cache.keep(k, bytes("答")).etag());
    assertTrue(AnswerCache.matches(tag, tag));
    assertTrue(AnswerCache.matches("\"other\", " + tag, tag));
    assertTrue(AnswerCache.matches("W/" + tag, tag), "If-None-Match compares weakly");
    assertTrue(AnswerCache.matches("*", tag));
    assertFalse(AnswerCache.matches(null, tag));
    assertFalse(AnswerCache.matches("\"other\"", tag));
    assertFalse(AnswerCache.matches(tag.replace("\"", ""), tag), "an unquoted tag is not the tag");
    assertFalse(AnswerCache.matches("", tag));
  }

  @Test
  void aRepeatedRequestGetsTheSameBytesAndTagAndAConditionalOneNone() {
    String path = "/api/queries/lng-terminals";
    HttpResponse<String> first = s.get(path, "application/sparql-results+json");
    HttpResponse<String> again = s.get(path + "?limit=1000", "application/sparql-results+json");
    assertEquals(200, first.statusCode());
    String tag = first.headers().firstValue("ETag").orElseThrow();
    assertEquals(first.body(), again.body());
    assertEquals(tag, again.headers().firstValue("ETag").orElseThrow());

    HttpResponse<String> unchanged = conditional(path, "application/sparql-results+json", tag);
    assertEquals(304, unchanged.statusCode());
    assertEquals("", unchanged.body());
    assertEquals(tag, unchanged.headers().firstValue("ETag").orElseThrow());
    assertEquals(200, conditional(path, "application/sparql-results+json", "\"not-it\"").statusCode());

    HttpResponse<String> csv = s.get(path, "text/csv");
    assertNotEquals(tag, csv.headers().firstValue("ETag").orElseThrow(), "CSV and JSON share a tag");
    assertEquals(200, conditional(path, "text/csv", tag).statusCode(), "the JSON tag matched the CSV answer");
    HttpResponse<String> page = s.get(path + "?limit=1", "application/sparql-results+json");
    assertNotEquals(tag, page.headers().firstValue("ETag").orElseThrow());

    HttpResponse<String> refused = s.get(path + "?limit=0", null);
    assertEquals(400, refused.statusCode());
    assertTrue(refused.headers().firstValue("ETag").isEmpty(), "an error was tagged");
  }

  @Test
  void aScriptOfAnotherSiteMayReadTheTagAndCachesKeepSitesApart() {
    String path = "/api/queries/lng-terminals";
    HttpResponse<String> cross = s.send(HttpRequest.newBuilder(URI.create(s.url(path)))
        .header("Accept", "text/csv").header("Origin", "https://example.org").GET().build());
    assertEquals(200, cross.statusCode());
    assertEquals("https://example.org", cross.headers().firstValue("Access-Control-Allow-Origin").orElseThrow());
    List<String> exposed = List.of(String.join(",", cross.headers().allValues("Access-Control-Expose-Headers"))
        .split("\\s*,\\s*"));
    assertTrue(exposed.contains("ETag"), "ETag is not exposed: " + exposed);
    assertTrue(exposed.contains("Content-Type"), "the filter's own exposed headers were replaced: " + exposed);
    List<String> vary = List.of(String.join(",", cross.headers().allValues("Vary")).split("\\s*,\\s*"));
    assertTrue(vary.contains("Origin") && vary.contains("Accept"), "Vary: " + vary);

    // a request of the same site varies as much: a cache must not give it to another site's script
    HttpResponse<String> same = s.get(path, "text/csv");
    vary = List.of(String.join(",", same.headers().allValues("Vary")).split("\\s*,\\s*"));
    assertTrue(vary.contains("Origin") && vary.contains("Accept"), "Vary: " + vary);
    assertTrue(same.headers().firstValue("Access-Control-Expose-Headers").isEmpty());
  }

  @Test
  void graphAnswersAreKeptAndTaggedToo() {
    String path = "/api/queries/neighbourhood";
    HttpResponse<String> first = s.get(path, "text/turtle");
    assertEquals(200, first.statusCode());
    String tag = first.headers().firstValue("ETag").orElseThrow();
    assertEquals(first.body(), s.get(path, "text/turtle").body());
    assertEquals(304, conditional(path, "text/turtle", tag).statusCode());
  }

  @Test
  void manyClientsAtOnceGetOneAnswer() throws Exception {
    String path = "/api/queries/actor-tasks?actor=" + TestServer.enc(Fixture.ID + "actor/jiang-su-sheng-ren-min-zheng-fu");
    ExecutorService pool = Executors.newFixedThreadPool(16);
    try {
      List<Future<HttpResponse<String>>> all = new ArrayList<>();
      for (int i = 0; i < 64; i++) {
        all.add(pool.submit(() -> s.get(path, "text/csv")));
      }
      String body = null;
      String tag = null;
      for (Future<HttpResponse<String>> f : all) {
        HttpResponse<String> r = f.get();
        assertEquals(200, r.statusCode(), r.body());
        body = body == null ? r.body() : body;
        tag = tag == null ? r.headers().firstValue("ETag").orElseThrow() : tag;
        assertEquals(body, r.body());
        assertEquals(tag, r.headers().firstValue("ETag").orElseThrow());
      }
      assertTrue(body.lines().count() >= 2, "the example actor has no task in the fixture: " + body);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void theKeptAnswerIsTheComputedOne() {
    CannedQueryRunner runner = new CannedQueryRunner(Fixture.served(), Duration.ofSeconds(30));
    CannedQuery q = QUERIES.get("sub-regions").orElseThrow();
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    runner.run(q, Map.of()).write(out, ResultFormat.CSV);
    String computed = out.toString(StandardCharsets.UTF_8);
    s.get("/api/queries/sub-regions", "text/csv");
    assertEquals(computed, s.get("/api/queries/sub-regions", "text/csv").body());
    assertArrayEquals(bytes(computed), bytes(s.get("/api/queries/sub-regions?format=csv", null).body()));
  }

  HttpResponse<String> conditional(String path, String accept, String tag) {
    return s.send(HttpRequest.newBuilder(URI.create(s.url(path))).header("Accept", accept)
        .header("If-None-Match", tag).GET().build());
  }
}
