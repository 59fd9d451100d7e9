package org.yrdkg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yrdkg.rdf.Iris;

class GraphCacheTest {
  private static final String CODE = "test-code";
  private static Map<String, Model> seedGraphs;

  @TempDir Path tmp;

  @BeforeAll
  static void buildSeeds() {
    seedGraphs = GraphStore.build(Path.of("seeds"), Iris.standard(), step -> { });
  }

  @Test
  void aCachedBuildGivesTheSameDatasetAsAFreshBuild() {
    GraphCache cache = new GraphCache(tmp.resolve("cache"), CODE);
    List<String> warnings = new ArrayList<>();
    cache.store("k", seedGraphs, GraphCache.Extras.NONE, warnings::add);

    Optional<GraphCache.Hit> hit = cache.load("k", warnings::add);

    assertTrue(hit.isPresent());
    assertEquals(List.of(), warnings);
    DatasetGraph cached = hit.get().dataset().asDatasetGraph();
    DatasetGraph fresh = GraphStore.dataset(seedGraphs).asDatasetGraph();
    assertEquals(names(fresh), names(cached));
    for (var name : names(fresh)) {
      Graph f = fresh.getGraph(NodeFactory.createURI(name));
      Graph c = cached.getGraph(NodeFactory.createURI(name));
      assertTrue(f.isIsomorphicWith(c), name);
    }
    assertEquals(fresh.getDefaultGraph().size(), cached.getDefaultGraph().size());
    assertTrue(fresh.getDefaultGraph().isIsomorphicWith(cached.getDefaultGraph()), "the union");
  }

  @Test
  void theDefaultGraphIsTheUnionOfTheNamedGraphsAndTheOntology() {
    Dataset ds = GraphStore.dataset(seedGraphs);
    long named = seedGraphs.values().stream().mapToLong(Model::size).sum();
    Graph union = ds.asDatasetGraph().getDefaultGraph();

    seedGraphs.values().forEach(m -> m.getGraph().find().forEachRemaining(t -> assertTrue(union.contains(t), t::toString)));
    assertTrue(union.size() <= named + ds.getNamedModel(org.yrdkg.vocab.Yrd.ONTOLOGY_IRI).size());
    assertTrue(ds.containsNamedModel(org.yrdkg.vocab.Yrd.ONTOLOGY_IRI));
  }

  @Test
  void aChangedAddedOrRemovedSeedFileChangesTheKey() throws IOException {
    Path seeds = copyOfSeeds();
    GraphCache cache = new GraphCache(tmp.resolve("cache"), CODE);
    String before = cache.key(seeds, Iris.standard(), "2019-12-01");
    Path first;
    try (Stream<Path> files = Files.list(seeds)) {
      first = files.sorted().findFirst().orElseThrow();
    }

    Files.writeString(first, "。", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
    String edited = cache.key(seeds, Iris.standard(), "2019-12-01");
    Files.writeString(seeds.resolve("zzz.txt"), "长三角一体化。", StandardCharsets.UTF_8);
    String added = cache.key(seeds, Iris.standard(), "2019-12-01");
    Files.delete(first);
    String removed = cache.key(seeds, Iris.standard(), "2019-12-01");

    assertEquals(4, Stream.of(before, edited, added, removed).distinct().count());
    assertEquals(before, new GraphCache(tmp.resolve("elsewhere"), CODE).key(copyOfSeeds("again"), Iris.standard(), "2019-12-01"),
        "the key depends on the files' names and bytes, not on where they are");
  }

  @Test
  void theKeyDependsOnTheCodeTheBaseAndTheDate() {
    Path seeds = Path.of("seeds");
    String key = new GraphCache(tmp, CODE).key(seeds, Iris.standard(), "2019-12-01");

    assertNotEquals(key, new GraphCache(tmp, "other-code").key(seeds, Iris.standard(), "2019-12-01"));
    assertNotEquals(key, new GraphCache(tmp, CODE).key(seeds, new Iris("http://example.org/id/"), "2019-12-01"));
    assertNotEquals(key, new GraphCache(tmp, CODE).key(seeds, Iris.standard(), "2020-01-01"));
  }

  @Test
  void aMissingEntryIsAQuietMiss() {
    List<String> warnings = new ArrayList<>();

    assertFalse(new GraphCache(tmp, CODE).load("nothing", warnings::add).isPresent());
    assertEquals(List.of(), warnings);
  }

  @Test
  void aDamagedEntryIsReportedInOneLineRemovedAndThenRebuilt() throws IOException {
    GraphCache cache = new GraphCache(tmp.resolve("cache"), CODE);
    Map<String, Model> small = Map.of(seedGraphs.keySet().iterator().next(), seedGraphs.values().iterator().next());
    for (Damage damage : Damage.values()) {
      cache.store("k", small, GraphCache.Extras.NONE, w -> { });
      damage.apply(cache.dir().resolve("k"));
      List<String> warnings = new ArrayList<>();

      assertFalse(cache.load("k", warnings::add).isPresent(), damage.name());
      assertEquals(1, warnings.size(), damage.name());
      assertTrue(warnings.get(0).contains("damaged") && warnings.get(0).lines().count() == 1, warnings.get(0));
      assertFalse(Files.exists(cache.dir().resolve("k")), damage.name());

      cache.store("k", small, GraphCache.Extras.NONE, w -> { });
      assertTrue(cache.load("k", w -> { }).isPresent(), damage.name() + ": stored again, it loads");
    }
  }

  @Test
  void halfWrittenEntriesAreNeverRead() throws IOException {
    GraphCache cache = new GraphCache(tmp.resolve("cache"), CODE);
    Map<String, Model> small = Map.of(seedGraphs.keySet().iterator().next(), seedGraphs.values().iterator().next());
    cache.store("k", small, dir -> {
      throw new IOException("disk full");
    }, w -> { });

    assertFalse(cache.load("k", w -> { }).isPresent());
    try (Stream<Path> left = Files.list(cache.dir())) {
      assertEquals(List.of(), left.toList(), "a failed store leaves nothing behind");
    }
  }

  @Test
  void extraFilesAreKeptWithTheEntry() throws IOException {
    GraphCache cache = new GraphCache(tmp.resolve("cache"), CODE);
    Map<String, Model> small = Map.of(seedGraphs.keySet().iterator().next(), seedGraphs.values().iterator().next());
    cache.store("k", small, dir -> Files.writeString(dir.resolve("index"), "data"), w -> { });

    GraphCache.Hit hit = cache.load("k", w -> { }).orElseThrow();

    assertEquals("data", Files.readString(hit.extras().resolve("index")));
  }

  /** Ways an entry gets damaged: a crash mid-write of a file, a flipped byte, a lost manifest. */
  enum Damage {
    TRUNCATED_GRAPHS {
      @Override
      void apply(Path entry) throws IOException {
        Path f = entry.resolve("graphs.bin");
        byte[] b = Files.readAllBytes(f);
        Files.write(f, java.util.Arrays.copyOf(b, b.length / 2));
      }
    },
    FLIPPED_BYTE {
      @Override
      void apply(Path entry) throws IOException {
        Path f = entry.resolve("graphs.bin");
        byte[] b = Files.readAllBytes(f);
        b[b.length / 3] ^= 0x55;
        Files.write(f, b);
      }
    },
    NO_MANIFEST {
      @Override
      void apply(Path entry) throws IOException {
        Files.delete(entry.resolve("MANIFEST"));
      }
    },
    GARBAGE_MANIFEST {
      @Override
      void apply(Path entry) throws IOException {
        Files.writeString(entry.resolve("MANIFEST"), "\u0000\u0001junk");
      }
    };

    abstract void apply(Path entry) throws IOException;
  }

  private Path copyOfSeeds() throws IOException {
    return copyOfSeeds("seeds");
  }

  private Path copyOfSeeds(String name) throws IOException {
    Path dir = Files.createDirectories(tmp.resolve(name));
    try (Stream<Path> files = Files.list(Path.of("seeds"))) {
      for (Path f : files.toList()) {
        Files.copy(f, dir.resolve(f.getFileName()));
      }
    }
    return dir;
  }

  private static List<String> names(DatasetGraph dsg) {
    List<String> out = new ArrayList<>();
    dsg.listGraphNodes().forEachRemaining(n -> out.add(n.getURI()));
    out.sort(null);
    return out;
  }
}
