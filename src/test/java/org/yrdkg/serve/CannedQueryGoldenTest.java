package org.yrdkg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.StringJoiner;
import java.util.stream.Stream;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every query of {@code queries/}, run over HTTP on the fixture with its defaults (and the examples
 * of required parameters), gives its reviewed golden result: {@code golden/queries/NAME.tsv} row by
 * row for SELECT, {@code NAME.nt} as an isomorphic graph for CONSTRUCT. A query without a golden fails.
 */
class CannedQueryGoldenTest {
  static final Path GOLDEN = Path.of("src/test/resources/golden/queries");
  @RegisterExtension
  static final TestServer s = TestServer.fixture();

  @TestFactory
  Stream<DynamicTest> eachQueryGivesItsGoldenResult() {
    return CannedQueries.load(Path.of("queries")).all().stream()
        .map(q -> DynamicTest.dynamicTest(q.name(), () -> check(q)));
  }

  private static void check(CannedQuery q) throws Exception {
    StringJoiner params = new StringJoiner("&", "?", "");
    params.setEmptyValue("");
    q.params().stream().filter(QueryParam::required).forEach(p -> params.add(p.name() + "=" + TestServer.enc(p.example())));
    Path tsv = GOLDEN.resolve(q.name() + ".tsv");
    Path nt = GOLDEN.resolve(q.name() + ".nt");
    assertTrue(Files.exists(tsv) || Files.exists(nt), "no golden result for " + q.name());
    if (Files.exists(tsv)) {
      HttpResponse<String> r = s.get("/api/queries/" + q.name() + params, "text/tab-separated-values");
      assertEquals(200, r.statusCode(), r.body());
      assertEquals(Files.readString(tsv, StandardCharsets.UTF_8), r.body());
    } else {
      HttpResponse<String> r = s.get("/api/queries/" + q.name() + params, "application/n-triples");
      assertEquals(200, r.statusCode(), r.body());
      Model expected = ModelFactory.createDefaultModel();
      RDFParser.source(nt).lang(Lang.NTRIPLES).parse(expected);
      Model actual = ModelFactory.createDefaultModel();
      RDFParser.fromString(r.body(), Lang.NTRIPLES).parse(actual);
      assertTrue(expected.isIsomorphicWith(actual), "differs from " + nt + ":\n" + r.body());
    }
  }

  @org.junit.jupiter.api.Test
  void atLeastFifteenQueries() {
    assertTrue(CannedQueries.load(Path.of("queries")).size() >= 15);
  }
}
