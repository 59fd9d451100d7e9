package org.yrdkg.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;

/**
 * The RDF of the exported nodes, through RIOT: Turtle (one graph: the union), JSON-LD (named graphs
 * kept), N-Quads (named graphs kept, lines sorted so that the same graph gives the same bytes).
 */
final class RdfFormat implements GraphFormat {
  private final String name;
  private final String mediaType;
  private final String extension;
  private final RDFFormat format;

  RdfFormat(String name, String mediaType, String extension, RDFFormat format) {
    this.name = name;
    this.mediaType = mediaType;
    this.extension = extension;
    this.format = format;
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public String mediaType() {
    return mediaType;
  }

  @Override
  public String fileExtension() {
    return extension;
  }

  @Override
  public void write(EntityGraph graph, OutputStream out) throws IOException {
    if (format.getLang().equals(Lang.NQUADS)) {
      ByteArrayOutputStream buffer = new ByteArrayOutputStream();
      RDFDataMgr.write(buffer, graph.rdf(), format);
      String[] lines = buffer.toString(StandardCharsets.UTF_8).split("\n");
      Arrays.sort(lines);
      for (String line : lines) {
        if (!line.isEmpty()) {
          out.write((line + "\n").getBytes(StandardCharsets.UTF_8));
        }
      }
    } else if (RDFFormat.TURTLE_BLOCKS.equals(format)) {
      Model union = ModelFactory.createDefaultModel();
      union.setNsPrefixes(graph.rdf().getDefaultModel().getNsPrefixMap());
      union.add(graph.rdf().getDefaultModel());
      graph.rdf().listModelNames().forEachRemaining(g -> union.add(graph.rdf().getNamedModel(g)));
      RDFDataMgr.write(out, union, format);
    } else {
      RDFDataMgr.write(out, graph.rdf(), format);
    }
    out.flush();
  }

  @Override
  public String toString() {
    return name();
  }
}
