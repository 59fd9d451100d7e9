package org.yrdkg.rdf;

import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.yrdkg.text.InputException;

/**
 * Writes the named graphs to a file, in the format its extension names: {@code .trig}, {@code
 * .nq} (sorted lines, byte-identical for the same input), {@code .ttl} (the union, since Turtle
 * holds one graph), {@code .jsonld}. The default graph is not written: it is the union of the
 * named graphs and is rebuilt when the file is loaded. A file is written beside its target and
 * moved into place when complete.
 */
public final class RdfFiles {
  private RdfFiles() {}

  /** Refuses, before any work is done, a target whose extension names no format this class writes. */
  public static void checkFormat(Path out) {
    String name = out.getFileName() == null ? "" : out.getFileName().toString().toLowerCase(Locale.ROOT);
    if (!(name.endsWith(".nq") || name.endsWith(".trig") || name.endsWith(".ttl") || name.endsWith(".jsonld"))) {
      throw new InputException(out + ": unknown output format (use .trig, .nq, .ttl or .jsonld)");
    }
    checkNotADirectory(out);
  }

  /** Refuses an output path that is a directory, before the work that would be written there. */
  public static void checkNotADirectory(Path out) {
    if (Files.isDirectory(out)) {
      throw new InputException(out + ": a directory; the output is one file");
    }
  }

  public static void write(Map<String, Model> graphs, Path out) {
    checkFormat(out);
    String name = out.getFileName().toString().toLowerCase(Locale.ROOT);
    writeAtomically(out, os -> {
      if (name.endsWith(".nq")) {
        os.write(sortedNQuads(graphs).getBytes(StandardCharsets.UTF_8));
      } else if (name.endsWith(".trig")) {
        RDFDataMgr.write(os, dataset(graphs), RDFFormat.TRIG_BLOCKS);
      } else if (name.endsWith(".ttl")) {
        Model union = ModelFactory.createDefaultModel();
        graphs.values().forEach(union::add);
        RDFDataMgr.write(os, union, RDFFormat.TURTLE_BLOCKS);
      } else {
        RDFDataMgr.write(os, dataset(graphs), RDFFormat.JSONLD11);
      }
    });
  }

  /** Something that writes a whole file's content. */
  @FunctionalInterface
  public interface Content {
    void writeTo(OutputStream os) throws IOException;
  }

  /**
   * Writes {@code out} through a hidden file beside it that is moved into place only when
   * complete, so a failure never leaves a half-written file; the file gets the usual permissions.
   */
  public static void writeAtomically(Path out, Content content) {
    Path target = out.toAbsolutePath();
    Path tmp = target.resolveSibling("." + target.getFileName() + "." + ProcessHandle.current().pid() + ".part");
    try {
      Files.createDirectories(target.getParent());
      try (OutputStream os = Files.newOutputStream(tmp)) {
        content.writeTo(os);
      } catch (IOException | RuntimeException | Error e) {
        // out of memory included: the hidden file is not left behind
        Files.deleteIfExists(tmp);
        throw e;
      }
      Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new InputException(out + ": cannot be written (" + e.getMessage() + ")");
    }
  }

  /** The named graphs as N-Quads, lines sorted: the canonical form for comparing builds. */
  public static String sortedNQuads(Map<String, Model> graphs) {
    StringWriter w = new StringWriter();
    RDFDataMgr.write(w, dataset(graphs).asDatasetGraph(), Lang.NQUADS);
    String[] lines = w.toString().split("\n");
    Arrays.sort(lines);
    return lines.length == 0 || lines[0].isEmpty() && lines.length == 1 ? "" : String.join("\n", lines) + "\n";
  }

  private static Dataset dataset(Map<String, Model> graphs) {
    Dataset ds = DatasetFactory.create();
    graphs.forEach(ds::addNamedModel);
    return ds;
  }
}
