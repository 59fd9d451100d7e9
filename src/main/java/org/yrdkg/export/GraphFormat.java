package org.yrdkg.export;

import java.io.IOException;
import java.io.OutputStream;

/**
 * One file format the entity graph can be written in. {@link #write} takes a finished
 * {@link EntityGraph} and writes the whole file, UTF-8 encoded, to the stream; it writes the same
 * bytes for the same graph, leaves the stream open and never reads the knowledge graph itself.
 */
public interface GraphFormat {
  /** The name used on the command line and in URLs, such as {@code graphml}. */
  String name();

  /** The media type to serve the file with, such as {@code application/graphml+xml}. */
  String mediaType();

  /** The usual file extension, without the dot. */
  String fileExtension();

  void write(EntityGraph graph, OutputStream out) throws IOException;
}
