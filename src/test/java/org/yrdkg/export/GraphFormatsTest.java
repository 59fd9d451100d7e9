package org.yrdkg.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.yrdkg.export.Fixture.*;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import org.yrdkg.text.InputException;

/** What every format promises: found by its name, same bytes for the same graph, UTF-8 Chinese intact, empty graphs fine. */
class GraphFormatsTest {

  static List<GraphFormat> formats() {
    return GraphFormats.all();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("formats")
  void isFoundByItsName(GraphFormat format) {
    assertSame(format, GraphFormats.byName(format.name()));
    assertSame(format, GraphFormats.byName(format.name().toUpperCase(Locale.ROOT)));
    assertTrue(format.mediaType().contains("/"));
    assertTrue(!format.fileExtension().startsWith("."));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("formats")
  void writesTheSameBytesForTheSameGraph(GraphFormat format) {
    ExportSettings s = ExportSettings.defaults().withProvenance(true);

    assertArrayEquals(write(format, graph(s)), write(format, graph(s)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("formats")
  void keepsChineseLabelsInUtf8(GraphFormat format) {
    String text = new String(write(format, graph()), StandardCharsets.UTF_8);

    assertTrue(text.contains("如东LNG接收站"), format.name());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("formats")
  void writesAnEmptyGraph(GraphFormat format) {
    String q = "CONSTRUCT { ?s ?p ?o } WHERE { FILTER(false) }";
    EntityGraph empty = graph(ExportSettings.defaults().withConstruct(q));

    assertEquals(0, empty.nodes().size());
    write(format, empty);
  }

  @Test
  void unknownNameIsRefusedWithTheKnownOnes() {
    InputException e = assertThrows(InputException.class, () -> GraphFormats.byName("dot"));

    assertEquals("dot: unknown export format (use graphml, gexf, cytoscape, ttl, jsonld, nq)", e.getMessage());
  }
}
