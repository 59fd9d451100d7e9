package org.yrdkg.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphMemFactory;
import org.apache.jena.graph.GraphUtil;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphMapLink;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.yrdkg.rdf.GraphBuilder;
import org.yrdkg.rdf.Iris;
import org.yrdkg.rdf.Ontology;
import org.yrdkg.rdf.Validation;
import org.yrdkg.resolve.KnowledgeBase;
import org.yrdkg.resolve.Resolver;
import org.yrdkg.text.Corpus;
import org.yrdkg.text.InputException;
import org.yrdkg.vocab.Yrd;

/** Builds the graph from seed documents and opens it for reading: in memory, or from a TDB2 store. */
public final class GraphStore {
  /** Writes of a store so far by this process, which name their directories apart. */
  private static final AtomicLong WRITES = new AtomicLong();

  private GraphStore() {}

  /**
   * Reads, extracts, resolves and validates the documents of {@code seeds}: the named graphs,
   * sorted by graph IRI. {@code progress} hears each step. Throws {@link InputException} for bad
   * input and {@link org.yrdkg.rdf.ShapeViolations} when the result breaks the shapes.
   */
  public static Map<String, Model> build(Path seeds, Iris iris, Consumer<String> progress) {
    Map<String, Model> graphs = extract(seeds, iris, progress);
    progress.accept("validating against the shapes");
    validate(graphs);
    return graphs;
  }

  /** Throws {@link org.yrdkg.rdf.ShapeViolations} unless the graphs, together, conform to the shapes. */
  public static void validate(Map<String, Model> graphs) {
    Validation.check(graphs.values().stream().map(Model::getGraph).toList());
  }

  /**
   * The graph of {@code seeds} in memory, its validation running on another thread: the caller
   * prepares to serve meanwhile and must {@code join()} the check before answering anyone.
   */
  public static Checked inMemoryChecked(Path seeds, Consumer<String> progress) {
    Map<String, Model> graphs = extract(seeds, Iris.standard(), progress);
    CompletableFuture<Void> check = CompletableFuture.runAsync(() -> validate(graphs));
    return new Checked(graphs, dataset(graphs), check);
  }

  /**
   * The dataset to serve and query: the named graphs themselves (not copies), the ontology graph,
   * and a default graph holding their union. Built in one pass over the triples, several times
   * faster and smaller than a transactional in-memory dataset; it is meant to be read, not written.
   */
  public static Dataset dataset(Map<String, Model> graphs) {
    Graph union = GraphMemFactory.createDefaultGraph();
    graphs.values().forEach(model -> GraphUtil.addInto(union, model.getGraph()));
    return dataset(graphs, union);
  }

  /** As {@link #dataset(Map)}, given the union of {@code graphs}, already made. */
  static Dataset dataset(Map<String, Model> graphs, Graph union) {
    Map<String, Graph> named = new java.util.LinkedHashMap<>();
    graphs.forEach((name, model) -> named.put(name, model.getGraph()));
    if (!named.containsKey(Yrd.ONTOLOGY_IRI)) {
      Graph ontology = Ontology.ontology();
      named.put(Yrd.ONTOLOGY_IRI, ontology);
      GraphUtil.addInto(union, ontology);
    }
    return datasetOf(named, union);
  }

  /**
   * The dataset of {@code named} graphs (the ontology graph among them) and {@code union}, their union. It holds these
   * graphs and no others: a graph it does not hold reads as empty (a query's {@code GRAPH <x>} or {@code FROM NAMED
   * <x>}) and is not made on demand, as Jena's general dataset would, which under a read transaction is an error
   * (a 500 to the client) and otherwise a change to the served dataset.
   */
  static Dataset datasetOf(Map<String, Graph> named, Graph union) {
    DatasetGraph dsg = new DatasetGraphMapLink(union) {
      @Override
      protected Graph getGraphCreate(Node graphName) {
        return null;
      }
    };
    named.forEach((name, graph) -> dsg.addGraph(NodeFactory.createURI(name), graph));
    return DatasetFactory.wrap(dsg);
  }

  /** A dataset, the named graphs it is made of, and the validation running for it. */
  public record Checked(Map<String, Model> graphs, Dataset dataset, CompletableFuture<Void> validation) {
    /** Waits for the validation; rethrows what it threw. */
    public void await() {
      try {
        validation.join();
      } catch (CompletionException e) {
        if (e.getCause() instanceof RuntimeException r) {
          throw r;
        }
        throw e;
      }
    }
  }

  private static Map<String, Model> extract(Path seeds, Iris iris, Consumer<String> progress) {
    Corpus corpus = Corpus.load(seeds, name -> progress.accept("reading " + name));
    progress.accept("extracting and resolving entities");
    KnowledgeBase kb = Resolver.resolve(corpus);
    progress.accept("writing RDF");
    return GraphBuilder.graphs(corpus, kb, iris, created(seeds));
  }

  /** The graph of the documents in {@code seeds}, in memory: named graphs, ontology graph, union default graph. */
  public static Dataset inMemory(Path seeds, Consumer<String> progress) {
    return dataset(build(seeds, Iris.standard(), progress));
  }

  /**
   * Writes the graphs to a TDB2 store at {@code dir}: into a new directory beside it, swapped in
   * only when complete, so a failed build leaves the previous store as it was. Two builds of one
   * store at once each write their own; the store is then the one swapped in last.
   */
  public static void writeStore(Map<String, Model> graphs, Path dir) {
    checkStoreTarget(dir);
    Path target = dir.toAbsolutePath().normalize();
    // named for this process and call: two builds of one store at once must not write into, or delete, each other's
    String mine = ProcessHandle.current().pid() + "-" + WRITES.incrementAndGet();
    Path fresh = target.resolveSibling(target.getFileName() + ".new-" + mine);
    Path old = target.resolveSibling(target.getFileName() + ".old-" + mine);
    try {
      removeLeftovers(target);
      Trees.delete(fresh);
      Dataset ds = TDB2Factory.connectDataset(fresh.toString());
      ds.executeWrite(() -> {
        graphs.forEach(ds::addNamedModel);
        ds.addNamedModel(Yrd.ONTOLOGY_IRI, ModelFactory.createModelForGraph(Ontology.ontology()));
      });
      TDBInternal.expel(ds.asDatasetGraph());
      Trees.delete(old);
      try {
        Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
      } catch (NoSuchFileException none) {
        // no store there yet, or another build is moving its own in at this moment
      }
      try {
        Files.move(fresh, target, StandardCopyOption.ATOMIC_MOVE);
      } catch (IOException e) {
        if (Files.exists(old)) {
          try {
            Files.move(old, target, StandardCopyOption.ATOMIC_MOVE); // the previous store back in its place
          } catch (IOException taken) {
            Trees.deleteQuietly(old); // another build's store is in its place, and supersedes it
          }
        }
        throw e instanceof DirectoryNotEmptyException || e instanceof FileAlreadyExistsException
            ? new IOException("another build put its store there at the same moment", e) : e;
      }
      Trees.delete(old);
    } catch (IOException e) {
      Trees.deleteQuietly(fresh);
      throw new InputException(dir + ": store cannot be written (" + e.getMessage() + ")");
    }
  }

  /**
   * Removes what builds of {@code target} that ended abruptly left beside it: {@code NAME.new-PID-N} and {@code
   * NAME.old-PID-N} of processes that are gone, when they are stores (or empty), as the builds left them.
   */
  private static void removeLeftovers(Path target) throws IOException {
    Pattern ours = Pattern.compile(
        Pattern.quote(target.getFileName().toString()) + "\\.(?:new|old)-(\\d{1,18})-\\d+");
    List<Path> left;
    try (Stream<Path> siblings = Files.list(target.getParent())) {
      left = siblings.filter(p -> {
        Matcher m = ours.matcher(p.getFileName().toString());
        return m.matches() && ProcessHandle.of(Long.parseLong(m.group(1))).map(h -> !h.isAlive()).orElse(true);
      }).toList();
    }
    for (Path p : left) {
      try {
        if (Files.isDirectory(p) && storeOrEmpty(p)) {
          Trees.delete(p);
        }
      } catch (IOException e) {
        // removed by another build meanwhile, or not removable now: the next build meets it again
      }
    }
  }


  /**
   * Refuses a {@code --store} directory that {@link #writeStore} could not replace without destroying something else:
   * an existing file, or a directory that is neither empty nor a TDB2 store. Called before a build, so that the
   * refusal comes before the work.
   */
  public static void checkStoreTarget(Path dir) {
    Path target = dir.toAbsolutePath().normalize();
    if (target.getParent() == null) {
      throw new InputException(dir + ": the root directory cannot be a store");
    }
    if (Files.exists(target) && !Files.isDirectory(target)) {
      throw new InputException(dir + ": a file, not a store directory; the store would replace it (choose a new"
          + " directory, or remove the file)");
    }
    if (Files.isDirectory(target) && !isStoreOrEmpty(target)) {
      throw new InputException(dir + ": a directory that is not a TDB2 store; the store would replace it and"
          + " everything in it (choose a new directory, or an empty one)");
    }
  }

  // A directory TDB2 made (its data lives in Data-NNNN directories), or an empty one.
  private static boolean isStoreOrEmpty(Path dir) {
    try {
      return storeOrEmpty(dir);
    } catch (IOException e) {
      throw new InputException(dir + ": cannot be read (" + e.getMessage() + ")");
    }
  }

  private static boolean storeOrEmpty(Path dir) throws IOException {
    try (Stream<Path> list = Files.list(dir)) {
      List<String> names = list.map(p -> p.getFileName().toString()).toList();
      return names.isEmpty() || names.stream().anyMatch(n -> n.startsWith("Data-"));
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  /** Opens a store written by {@link #writeStore}; its default graph is the union of its named graphs. */
  public static Dataset open(Path dir) {
    if (!Files.isDirectory(dir)) {
      throw new InputException(dir + ": no such store directory");
    }
    try (Stream<Path> list = Files.list(dir)) {
      if (list.noneMatch(p -> p.getFileName().toString().startsWith("Data-"))) {
        throw new InputException(dir + ": not a TDB2 store (build one with: build --seeds DIR --store " + dir + ")");
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Dataset ds = TDB2Factory.connectDataset(dir.toString());
    ds.getContext().set(TDB2.symUnionDefaultGraph, true);
    return ds;
  }

  /** The build date recorded in the dataset description: SOURCE_DATE_EPOCH if set, else the newest seed file's date. */
  public static String created(Path seeds) {
    String epoch = System.getenv("SOURCE_DATE_EPOCH");
    Instant when;
    if (epoch != null && epoch.matches("\\d+")) {
      when = Instant.ofEpochSecond(Long.parseLong(epoch));
    } else {
      try (Stream<Path> files = Files.list(seeds)) {
        when = files.map(GraphStore::modified).max(Comparator.naturalOrder()).orElse(Instant.EPOCH);
      } catch (IOException e) {
        when = Instant.EPOCH;
      }
    }
    return when.atZone(ZoneOffset.UTC).toLocalDate().toString();
  }

  private static Instant modified(Path p) {
    try {
      return Files.getLastModifiedTime(p).toInstant();
    } catch (IOException e) {
      return Instant.EPOCH;
    }
  }

}
