package org.yrdkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yrdkg.cli.InspectCommandTest.Result;
import org.yrdkg.text.InputException;

class ServeCommandTest {
  @TempDir Path tmp;

  /** One seed document, so that the server builds in seconds. */
  private Path oneSeed() throws Exception {
    Path seeds = Files.createDirectories(tmp.resolve("seeds"));
    Files.copy(Path.of("seeds", "000_5458c743c764a4ac.txt"), seeds.resolve("000.txt"));
    return seeds;
  }

  @Test
  void theSelfTestAsksForEveryKindOfAnswerAndStops() throws Exception {
    Result r = InspectCommandTest.run("serve", "--seeds", oneSeed().toString(), "--port", "0", "--no-cache",
        "--self-test");

    assertEquals(0, r.code(), r.out() + r.err());
    String last = r.out().strip().lines().reduce((a, b) -> b).orElse("");
    // 19 canned queries, the SPARQL endpoint, pages, the API's index, search, an entity four ways
    assertTrue(last.matches("self-test: \\d+ requests, every answer as expected, in [0-9.]+ s"), r.out());
    int asked = Integer.parseInt(last.replaceAll("\\D*(\\d+).*", "$1"));
    assertTrue(asked >= 19 + 14, r.out());
    assertTrue(!r.err().contains(" 200 "), "no request log in a self-test: " + r.err());
  }

  @Test
  void theSelfTestReportsACannedQueryTheServerCannotAnswer() throws Exception {
    Path queries = Files.createDirectories(tmp.resolve("queries"));
    Files.copy(Path.of("queries", "actors.rq"), queries.resolve("actors.rq"));
    Files.writeString(queries.resolve("everything-thrice.rq"), """
        #+ title_zh: 三重积
        #+ title_en: Every triple three times over
        #+ description: A cross product no timeout lets finish.
        SELECT (COUNT(*) AS ?n) WHERE { ?a ?p ?b . ?c ?q ?d . ?e ?r ?f }
        """);

    Result r = InspectCommandTest.run("serve", "--seeds", oneSeed().toString(), "--port", "0", "--no-cache",
        "--queries", queries.toString(), "--timeout", "1", "--self-test");

    assertEquals(1, r.code(), r.out() + r.err());
    assertTrue(r.out().lines().anyMatch(l -> l.startsWith("self-test: GET /api/queries/everything-thrice: status 5")),
        r.out());
    assertTrue(r.out().contains(", 1 not as expected, in "), r.out());
  }

  @Test
  void aMalformedCannedQueryStopsTheServerFromStartingInOneLine() throws Exception {
    Path queries = Files.createDirectories(tmp.resolve("queries"));
    Files.writeString(queries.resolve("broken.rq"), """
        #+ title_zh: 坏
        #+ title_en: Broken
        #+ description: Not SPARQL.
        SELECT ?s WHERE { ?s ?p
        """);

    Result r = InspectCommandTest.run("serve", "--seeds", oneSeed().toString(), "--port", "0", "--no-cache",
        "--queries", queries.toString(), "--self-test");

    assertEquals(1, r.code(), r.out() + r.err());
    String error = r.err().strip().lines().reduce((a, b) -> b).orElse("");
    assertTrue(error.startsWith("yrdkg: " + queries.resolve("broken.rq") + ": "), r.err());
    assertTrue(!r.err().contains("\tat ") && !r.out().contains("yrdkg serving"), r.out() + r.err());
  }

  @Test
  void aBuildStopsAtItsNextStepOnceTheCannedQueriesHaveFailed() {
    List<String> steps = new ArrayList<>();
    CompletableFuture<Object> parsing = new CompletableFuture<>();
    Consumer<String> progress = ServeCommand.unlessFailed(parsing, steps::add);

    progress.accept("reading");
    parsing.completeExceptionally(new InputException("queries/broken.rq: missing header"));
    InputException e = assertThrows(InputException.class, () -> progress.accept("extracting"));

    assertEquals(List.of("reading"), steps);
    assertEquals("queries/broken.rq: missing header", e.getMessage());
  }

  @Test
  void aTakenPortIsRefusedAtOnceInOneLine() throws Exception {
    try (ServerSocket taken = new ServerSocket(0)) {
      Result r = InspectCommandTest.run("serve", "--port", String.valueOf(taken.getLocalPort()));

      assertEquals(1, r.code());
      assertEquals(1, r.err().strip().lines().count(), r.err());
      assertTrue(r.err().contains("is in use"), r.err());
    }
  }

  @Test
  void aPortOutOfRangeIsRefused() {
    Result r = InspectCommandTest.run("serve", "--port", "70000");

    assertEquals(1, r.code());
    assertTrue(r.err().contains("not a TCP port"), r.err());
  }

  @Test
  void aMissingSeedsDirectoryIsRefused() {
    Result r = InspectCommandTest.run("serve", "--port", "0", "--seeds", "no-such-dir");

    assertEquals(1, r.code());
    assertTrue(r.err().contains("no-such-dir"), r.err());
  }

  @Test
  void aNegativeOrNonNumericAnswerCacheIsRefusedInOneLine() {
    for (String rows : new String[] {"-1", "lots"}) {
      Result r = InspectCommandTest.run("serve", "--port", "0", "--answer-cache", rows);

      assertTrue(r.code() != 0, "exit " + r.code() + " for --answer-cache " + rows);
      assertTrue(r.err().contains("--answer-cache"), r.err());
      assertTrue(r.err().lines().findFirst().orElse("").contains("--answer-cache"), r.err());
    }
  }
}
