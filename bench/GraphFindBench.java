import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Triple;
import org.yrdkg.store.GraphCache;
import org.yrdkg.store.GraphStore;

/**
 * The cost of one lookup in the served graph as a later start loads it (the union of the seed graphs, read from the
 * graph cache): what every triple pattern of a query costs before ARQ does anything with the answer. Patterns are
 * drawn from the graph's own triples (20,000 drawn, a fixed seed, duplicates dropped), one set for each shape: a
 * subject, a subject and predicate, a predicate and object, an object, a subject and object, a whole triple. Each
 * set is looked up and its triples read, in rounds; the least time of the rounds is printed, per pattern. Run from the
 * repository root after packaging:
 *
 * <pre>java -cp target/yrdkg.jar bench/GraphFindBench.java [--rounds 25] [--shapes 'S??,SP?,?PO,??O,S?O,SPO']</pre>
 *
 * The shapes run in the order given, in one JVM, so the JIT compiler's view of the lookup code after the first shape
 * carries the earlier shapes' calls; to compare two versions of the code, run both with the same order (and, on a
 * machine whose speed swings, at the same time, each pinned to a core with {@code taskset}).
 */
public class GraphFindBench {
  public static void main(String[] args) throws IOException {
    int rounds = 25;
    String shapes = "S??,SP?,?PO,??O,S?O,SPO";
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--rounds" -> rounds = Integer.parseInt(args[++i]);
        case "--shapes" -> shapes = args[++i];
        default -> throw new IllegalArgumentException("unknown option " + args[i]);
      }
    }
    for (String shape : shapes.split(",")) {
      if (!shape.matches("[S?][P?][O?]")) {
        throw new IllegalArgumentException("a shape is three characters, S or ?, P or ?, O or ?: not " + shape);
      }
    }
    GraphStore.Checked built = GraphStore.inMemoryChecked(Path.of("seeds"), s -> { });
    built.await();
    Path dir = Files.createTempDirectory("yrdkg-findbench");
    try {
      GraphCache cache = new GraphCache(dir);
      cache.store("bench", built.graphs(), GraphCache.Extras.NONE, System.err::println);
      GraphCache.Hit hit = cache.load("bench", System.err::println).orElseThrow();
      Graph union = hit.dataset().asDatasetGraph().getDefaultGraph();
      List<Triple> all = union.find().toList();
      Random random = new Random(42);
      List<Triple> drawn = new ArrayList<>();
      for (int i = 0; i < 20_000; i++) {
        drawn.add(all.get(random.nextInt(all.size())));
      }
      System.out.printf(Locale.ROOT, "%-6s %9s %9s %12s %14s%n", "shape", "patterns", "triples", "least ms",
          "ns a pattern");
      for (String shape : shapes.split(",")) {
        Set<Triple> patterns = new LinkedHashSet<>();
        for (Triple t : drawn) {
          patterns.add(Triple.createMatch(shape.charAt(0) == 'S' ? t.getSubject() : null,
              shape.charAt(1) == 'P' ? t.getPredicate() : null, shape.charAt(2) == 'O' ? t.getObject() : null));
        }
        long least = Long.MAX_VALUE;
        long found = 0;
        for (int r = 0; r < rounds; r++) {
          long t0 = System.nanoTime();
          found = 0;
          for (Triple p : patterns) {
            var it = union.find(p);
            while (it.hasNext()) {
              it.next();
              found++;
            }
          }
          least = Math.min(least, System.nanoTime() - t0);
        }
        System.out.printf(Locale.ROOT, "%-6s %9d %9d %12.3f %14.0f%n", shape, patterns.size(), found, least / 1e6,
            least / (double) patterns.size());
      }
    } finally {
      try (var walk = Files.walk(dir)) {
        walk.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
      }
    }
  }
}
