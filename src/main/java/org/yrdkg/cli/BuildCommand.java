package org.yrdkg.cli;

import java.io.PrintWriter;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.jena.rdf.model.Model;
import org.yrdkg.rdf.Iris;
import org.yrdkg.rdf.RdfFiles;
import org.yrdkg.rdf.ShapeViolations;
import org.yrdkg.store.GraphStore;
import org.yrdkg.text.InputException;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code build}: documents in, validated RDF out (a file or a TDB2 store). */
@Command(name = "build", mixinStandardHelpOptions = true,
    description = "Extract the graph from the documents, validate it against the shapes, and write it.")
public final class BuildCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--seeds", paramLabel = "DIR", defaultValue = "seeds", description = "Directory of .txt documents (default: ${DEFAULT-VALUE}).")
  Path seeds;

  @ArgGroup(exclusive = true, multiplicity = "1")
  Target target;

  static final class Target {
    @Option(names = "--out", paramLabel = "FILE", description = "Write a file: .trig, .nq (sorted), .ttl (union) or .jsonld.")
    Path out;

    @Option(names = "--store", paramLabel = "DIR", description = "Write a TDB2 store (swapped in only when complete).")
    Path store;
  }

  @Option(names = "--base", paramLabel = "IRI", defaultValue = Iris.DEFAULT_BASE, description = "Base of instance IRIs (default: ${DEFAULT-VALUE}).")
  String base;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    checkBase(base);
    if (target.out != null) {
      RdfFiles.checkFormat(target.out);
    } else {
      GraphStore.checkStoreTarget(target.store);
    }
    Map<String, Model> graphs;
    try {
      graphs = GraphStore.build(seeds, new Iris(base), step -> Progress.step(err, step));
    } catch (ShapeViolations v) {
      Progress.done(err);
      v.violations().forEach(line -> err.println("  " + line));
      err.println("yrdkg: the graph breaks the shapes in " + v.violations().size() + " place(s); nothing written");
      return 1;
    }
    Progress.step(err, "writing");
    long triples = graphs.values().stream().mapToLong(Model::size).sum();
    if (target.out != null) {
      RdfFiles.write(graphs, target.out);
    } else {
      GraphStore.writeStore(graphs, target.store);
    }
    Progress.done(err);
    out.printf("wrote %d triples in %d named graphs to %s%n", triples, graphs.size(),
        target.out != null ? target.out : target.store);
    return 0;
  }

  /** Refuses a base that would make instance IRIs relative or unusable: it must be an absolute http(s) IRI. */
  static void checkBase(String base) {
    URI uri;
    try {
      uri = new URI(base);
    } catch (URISyntaxException e) {
      uri = null;
    }
    if (uri == null || !uri.isAbsolute() || uri.getHost() == null
        || !(uri.getScheme().equals("http") || uri.getScheme().equals("https"))) {
      throw new InputException("--base " + base + ": not an absolute http(s) IRI (such as " + Iris.DEFAULT_BASE + ")");
    }
  }
}
