package org.yrdkg.export;

import java.util.List;
import java.util.Locale;
import org.apache.jena.riot.RDFFormat;
import org.yrdkg.text.InputException;

/** The formats the entity graph can be written in, looked up by name. */
public final class GraphFormats {
  private static final List<GraphFormat> ALL = List.of(new GraphMlFormat(), new GexfFormat(), new CytoscapeFormat(),
      new RdfFormat("ttl", "text/turtle", "ttl", RDFFormat.TURTLE_BLOCKS),
      new RdfFormat("jsonld", "application/ld+json", "jsonld", RDFFormat.JSONLD11),
      new RdfFormat("nq", "application/n-quads", "nq", RDFFormat.NQUADS));

  private GraphFormats() {}

  /** All formats, graph-tool formats first. */
  public static List<GraphFormat> all() {
    return ALL;
  }

  public static List<String> names() {
    return ALL.stream().map(GraphFormat::name).toList();
  }

  /** The format whose usual extension {@code file} has (case-insensitive), if any. */
  public static java.util.Optional<GraphFormat> byExtensionOf(java.nio.file.Path file) {
    java.nio.file.Path name = file.getFileName();
    String s = name == null ? "" : name.toString();
    int dot = s.lastIndexOf('.');
    String ext = dot < 0 ? "" : s.substring(dot + 1).toLowerCase(Locale.ROOT);
    return ALL.stream().filter(f -> f.fileExtension().equals(ext)).findFirst();
  }

  /** The format of that name (case-insensitive); an {@link InputException} naming the known ones otherwise. */
  public static GraphFormat byName(String name) {
    String wanted = name == null ? "" : name.toLowerCase(Locale.ROOT);
    return ALL.stream().filter(f -> f.name().equals(wanted)).findFirst().orElseThrow(() -> new InputException(
        name + ": unknown export format (use " + String.join(", ", names()) + ")"));
  }
}
