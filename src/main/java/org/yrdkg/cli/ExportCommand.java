package org.yrdkg.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RiotException;
import org.yrdkg.rdf.RdfFiles;
import org.yrdkg.export.EntityGraph;
import org.yrdkg.export.ExportSettings;
import org.yrdkg.export.GraphFormat;
import org.yrdkg.export.GraphFormats;
import org.yrdkg.rdf.GraphBuilder;
import org.yrdkg.rdf.Iris;
import org.yrdkg.store.GraphStore;
import org.yrdkg.text.InputException;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code export}: the entity graph, whole or a subgraph, for graph tools or as RDF. */
@Command(name = "export", mixinStandardHelpOptions = true,
    description = "Write the entity graph (regions, projects, sectors, tasks, actors, targets and the relations between "
        + "them) for Gephi, Cytoscape or yEd, or its RDF; whole, as the result of a CONSTRUCT query, or around one entity.")
public final class ExportCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--format", required = true, paramLabel = "FORMAT",
      description = "graphml, gexf, cytoscape (Cytoscape.js JSON), ttl, jsonld or nq.")
  String format;

  @Option(names = "--out", paramLabel = "FILE", description = "Write to this file (default: standard output).")
  Path out;

  @ArgGroup(exclusive = true)
  Source source = new Source();

  static final class Source {
    @Option(names = "--seeds", paramLabel = "DIR", description = "Build the graph from these documents (default: seeds).")
    Path seeds;

    @Option(names = "--store", paramLabel = "DIR", description = "Read a TDB2 store written by build --store.")
    Path store;

    @Option(names = "--graph", paramLabel = "FILE", description = "Read an RDF file, such as one written by build --out (.trig, .nq, .ttl, .jsonld).")
    Path graph;
  }

  @Option(names = "--around", paramLabel = "IRI", description = "Only the entities within --depth edges of this one.")
  String around;

  @Option(names = "--depth", paramLabel = "N", defaultValue = "1", description = "How far --around reaches (default: ${DEFAULT-VALUE}).")
  int depth;

  @Option(names = "--query", paramLabel = "FILE", description = "Only the result graph of this SPARQL CONSTRUCT query.")
  Path query;

  @Option(names = "--with-provenance", description = "Add the mentions, sentences and paragraphs that state the entities.")
  boolean provenance;

  @Option(names = "--no-tasks", description = "Leave out tasks.")
  boolean noTasks;

  @Override
  public Integer call() throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    GraphFormat f = GraphFormats.byName(format);
    if (out != null) {
      RdfFiles.checkNotADirectory(out);
      GraphFormat named = GraphFormats.byExtensionOf(out).orElse(f);
      if (named != f) {
        throw new InputException("--out " + out + ": ." + named.fileExtension() + " is the extension of " + named.name()
            + ", not of " + f.name() + "; name the file ." + f.fileExtension() + " or give --format " + named.name());
      }
    }
    if (around == null && spec.commandLine().getParseResult().hasMatchedOption("--depth")) {
      throw new InputException("--depth needs --around IRI");
    }
    if (depth < 0) {
      throw new InputException("--depth " + depth + ": must be 0 or more");
    }
    ExportSettings settings = ExportSettings.defaults().withTasks(!noTasks).withProvenance(provenance);
    if (query != null) {
      settings = settings.withConstruct(readQuery(query));
    }
    if (around != null) {
      settings = settings.withAround(around, depth);
    }
    Dataset dataset = open(err);
    Progress.step(err, "selecting the entity graph");
    EntityGraph graph;
    try {
      graph = EntityGraph.of(dataset, settings);
    } catch (InputException e) {
      throw query != null && around == null ? new InputException(query + ": " + e.getMessage()) : e;
    }
    Progress.step(err, "writing " + f.name());
    if (out == null) {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      f.write(graph, bytes);
      PrintWriter stdout = spec.commandLine().getOut();
      stdout.print(bytes.toString(StandardCharsets.UTF_8));
      stdout.flush();
    } else {
      writeFile(f, graph);
    }
    Progress.done(err);
    if (out != null) {
      err.printf("wrote %d nodes and %d edges to %s%n", graph.nodes().size(), graph.edges().size(), out);
    }
    return 0;
  }

  private Dataset open(PrintWriter err) {
    if (source.store != null) {
      return GraphStore.open(source.store);
    }
    if (source.graph != null) {
      return load(source.graph);
    }
    Path seeds = source.seeds != null ? source.seeds : Path.of("seeds");
    return GraphBuilder.dataset(GraphStore.build(seeds, Iris.standard(), step -> Progress.step(err, step)));
  }

  /** An RDF file as the dataset the server would hold: its named graphs (or its one graph), the ontology, the union. */
  private static Dataset load(Path file) {
    if (Files.isDirectory(file)) {
      throw new InputException(file + ": a directory, not an RDF file");
    }
    if (!Files.isRegularFile(file)) {
      throw new InputException(file + ": no such file");
    }
    if (RDFLanguages.filenameToLang(file.toString()) == null) {
      throw new InputException(file + ": not named as an RDF file; its extension says the syntax"
          + " (.trig, .nq, .ttl, .nt, .jsonld, .rdf)");
    }
    Dataset read;
    try {
      read = RDFDataMgr.loadDataset(file.toString());
    } catch (RiotException e) {
      String message = e.getMessage() == null ? "not RDF" : e.getMessage().lines().findFirst().orElse("");
      throw new InputException(file + ": cannot be read as RDF (" + message + ")");
    }
    Map<String, Model> graphs = new TreeMap<>();
    for (Iterator<org.apache.jena.rdf.model.Resource> names = read.listModelNames(); names.hasNext(); ) {
      org.apache.jena.rdf.model.Resource name = names.next();
      graphs.put(name.getURI(), read.getNamedModel(name));
    }
    if (!read.getDefaultModel().isEmpty()) {
      graphs.put(file.toAbsolutePath().toUri().toString(), read.getDefaultModel());
    }
    return GraphBuilder.dataset(graphs);
  }

  /** The text of a CONSTRUCT query file, refused at once (before the graph is built) when it is not a query. */
  private static String readQuery(Path file) {
    String text = QueryFiles.text(file);
    Query query = QueryFiles.parse(file, text);
    if (!query.isConstructType()) {
      throw new InputException(file + ": not a CONSTRUCT query (the export needs a graph, not " + query.queryType()
          + " results)");
    }
    return text;
  }

  private void writeFile(GraphFormat f, EntityGraph graph) {
    RdfFiles.writeAtomically(out, os -> f.write(graph, os));
  }
}
