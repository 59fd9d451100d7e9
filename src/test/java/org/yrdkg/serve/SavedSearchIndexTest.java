package org.yrdkg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.ResultSetFormatter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SavedSearchIndexTest {
  @TempDir Path tmp;

  @Test
  void aSavedIndexAnswersAsTheOneItWasSavedFrom() throws Exception {
    ServedDataset built = ServedDataset.of(Fixture.dataset());
    built.saveIndex(tmp.resolve("index"));

    ServedDataset loaded = ServedDataset.of(Fixture.dataset(), tmp.resolve("index"));

    assertEquals(built.indexedEntries(), loaded.indexedEntries());
    for (String word : List.of("铁路", "接收站", "长三角")) {
      assertEquals(matches(built, word), matches(loaded, word), word);
    }
    assertTrue(matches(loaded, "铁路").size() > 0);
    try (var files = Files.list(tmp.resolve("index"))) {
      assertTrue(files.noneMatch(f -> f.getFileName().toString().equals("write.lock")), "the saved index is not locked");
    }
  }

  @Test
  void aDirectoryWithoutAnIndexMeansBuildingIt() {
    ServedDataset loaded = ServedDataset.of(Fixture.dataset(), tmp.resolve("nothing-here"));

    assertEquals(ServedDataset.of(Fixture.dataset()).indexedEntries(), loaded.indexedEntries());
  }

  private static List<String> matches(ServedDataset data, String word) {
    String q = "PREFIX text: <http://jena.apache.org/text#> SELECT DISTINCT ?s { ?s text:query \"" + word + "\" } ORDER BY ?s";
    try (QueryExecution qe = QueryExecution.create().query(q).dataset(data.dataset()).build()) {
      return ResultSetFormatter.toList(qe.execSelect()).stream().map(r -> r.getResource("s").getURI()).toList();
    }
  }
}
