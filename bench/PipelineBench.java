import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.yrdkg.extract.Extraction;
import org.yrdkg.extract.ExtractionContext;
import org.yrdkg.extract.Extractor;
import org.yrdkg.extract.Extractors;
import org.yrdkg.rdf.GraphBuilder;
import org.yrdkg.rdf.Iris;
import org.yrdkg.rdf.Validation;
import org.yrdkg.resolve.KnowledgeBase;
import org.yrdkg.resolve.Resolver;
import org.yrdkg.text.Corpus;
import org.yrdkg.text.DocumentParser;
import org.yrdkg.text.StructuredDocument;
import org.yrdkg.store.GraphStore;

/**
 * Pipeline benchmark: seeds (and synthetic corpora of N times their size) through every stage,
 * with time per stage, throughput, peak heap, and the heap still in use once garbage is collected (what the corpus,
 * the knowledge base and the graphs need). Run from the repository root after packaging:
 *
 * <pre>java -Xmx8g -cp target/yrdkg.jar bench/PipelineBench.java [--scale 1,10,100] [--rounds 3] [--store] [--shacl-rounds N] [--extract-rounds N]</pre>
 *
 * Synthetic documents are the seed documents with their paragraphs drawn at random from all
 * seeds, place names swapped for others of the same province, and numbers changed, so that no two
 * are copies and resolution has new names to merge.
 *
 * <p>Each scale prints two rows: wall-clock time per stage, then ("cpu") the CPU time the benchmark's thread spent in
 * each stage. Every stage runs on that one thread, so on a machine shared with other jobs the second row is the one to
 * compare; chars/s and triples/s in it are per CPU-second, that is per core.
 *
 * <p>{@code --extract-rounds N} extracts and resolves each corpus N more times on its own and prints the CPU of each
 * round, the extractors' and resolution's apart, with the least and the median of the last half of the rounds (warm; 40
 * rounds on the ×10 corpus: the JIT compiler goes on improving the extractors for 20 rounds or more). With
 * {@code --rounds 0} only these rounds run. On a virtual machine with 4 KiB pages the same round's CPU varies up to
 * threefold under the default collector; to compare two versions of the code, run both with
 * {@code -XX:+UseParallelGC -XX:+UseTransparentHugePages} (BENCHMARKS.md, twelfth round). The part of each round's CPU
 * spent in the kernel is printed too (read once a round: per call it would cost the extractors a tenth of their time,
 * BENCHMARKS.md, seventeenth round). Most of that variance comes from the collection before each round: the default
 * collector then gives memory back, and the next round takes it again, the kernel zeroing each page on first touch. A
 * minimum heap as large as the maximum, touched up front ({@code -Xms8g -Xmx8g -XX:+AlwaysPreTouch}), keeps the memory
 * and takes the variance away (BENCHMARKS.md, sixteenth round); {@code bench/run-all.sh} runs these rounds so.
 *
 * <p>{@code --shacl-rounds N} validates the last round's graph N more times and prints the CPU of each: validation
 * alone, warm, without the cold start that the shacl column of a single round carries.
 */
public class PipelineBench {
  /** Whether each round also writes a TDB2 store, as {@code build --store} does (column "store"). */
  static boolean store;

  /** How many more times the last round's graph is validated on its own (warm), each printed. */
  static int shaclRounds;

  /** How many more times each corpus is extracted and resolved on its own, after the rounds (warm), each printed. */
  static int extractRounds;

  static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

  public static void main(String[] args) throws Exception {
    List<Integer> scales = List.of(1, 10, 100);
    int rounds = 3;
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--scale")) {
        scales = Stream.of(args[++i].split(",")).map(Integer::valueOf).toList();
      } else if (args[i].equals("--rounds")) {
        rounds = Integer.parseInt(args[++i]);
      } else if (args[i].equals("--shacl-rounds")) {
        shaclRounds = Integer.parseInt(args[++i]);
      } else if (args[i].equals("--extract-rounds")) {
        extractRounds = Integer.parseInt(args[++i]);
      } else if (args[i].equals("--store")) {
        store = true;
      }
    }
    Path seeds = Path.of("seeds");
    System.out.printf(Locale.ROOT, "%-6s %10s %8s %8s %8s %8s %8s %7s %8s %10s %10s %9s%n", "scale", "chars", "parse", "align",
        "extract", "rdf", "shacl", "store", "total", "chars/s", "triples/s", "heap MiB");
    for (int scale : scales) {
      Path dir = scale == 1 ? seeds : synthetic(seeds, scale);
      try {
        for (int r = 0; r < rounds; r++) {
          run(dir, scale, r == rounds - 1);
        }
        extractOnly(dir, scale);
      } finally {
        if (scale != 1) {
          deleteTree(dir); // the synthetic corpus: about 0.3 MB per unit of scale
        }
      }
    }
  }

  static void run(Path dir, int scale, boolean print) throws IOException {
    resetPeaks();
    List<Path> files;
    try (Stream<Path> s = Files.list(dir)) {
      files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    }
    long chars = 0;
    long t0 = System.nanoTime();
    long c0 = CPU.getCurrentThreadCpuTime();
    List<StructuredDocument> docs = new ArrayList<>();
    for (Path f : files) {
      StructuredDocument d = DocumentParser.parse(f);
      chars += d.source().raw().length();
      docs.add(d);
    }
    long t1 = System.nanoTime();
    long c1 = CPU.getCurrentThreadCpuTime();
    Corpus corpus = Corpus.of(docs);
    long t2 = System.nanoTime();
    long c2 = CPU.getCurrentThreadCpuTime();
    KnowledgeBase kb = Resolver.resolve(corpus);
    long t3 = System.nanoTime();
    long c3 = CPU.getCurrentThreadCpuTime();
    Map<String, Model> graphs = GraphBuilder.graphs(corpus, kb, Iris.standard(), "2019-12-01");
    long t4 = System.nanoTime();
    long c4 = CPU.getCurrentThreadCpuTime();
    Model union = ModelFactory.createDefaultModel();
    graphs.values().forEach(union::add);
    Validation.check(union.getGraph());
    long t5 = System.nanoTime();
    long c5 = CPU.getCurrentThreadCpuTime();
    if (store) {
      Path storeDir = Files.createTempDirectory("yrdkg-bench-store").resolve("tdb2");
      GraphStore.writeStore(graphs, storeDir);
      deleteTree(storeDir.getParent());
    }
    long t6 = System.nanoTime();
    long c6 = CPU.getCurrentThreadCpuTime();
    if (print) {
      double total = (t6 - t0) / 1e9;
      System.out.printf(Locale.ROOT, "x%-5d %10d %7.2fs %7.2fs %7.2fs %7.2fs %7.2fs %7s %7.2fs %10.0f %10.0f %9d%n", scale,
          chars, (t1 - t0) / 1e9, (t2 - t1) / 1e9, (t3 - t2) / 1e9, (t4 - t3) / 1e9, (t5 - t4) / 1e9,
          store ? String.format(Locale.ROOT, "%.2fs", (t6 - t5) / 1e9) : "-", total, chars / ((t3 - t0) / 1e9),
          union.size() / total, peakHeap() >> 20);
      // the same stages in CPU time of this thread, which other processes on the machine do not inflate
      double cpu = (c6 - c0) / 1e9;
      System.out.printf(Locale.ROOT, "%-6s %10s %7.2fs %7.2fs %7.2fs %7.2fs %7.2fs %7s %7.2fs %10.0f %10.0f%n", "  cpu",
          "", (c1 - c0) / 1e9, (c2 - c1) / 1e9, (c3 - c2) / 1e9, (c4 - c3) / 1e9, (c5 - c4) / 1e9,
          store ? String.format(Locale.ROOT, "%.2fs", (c6 - c5) / 1e9) : "-", cpu, chars / ((c3 - c0) / 1e9), union.size() / cpu);
      // what the align column depends on: the documents found to be copies of another, each aligned with it
      long copies = docs.stream().filter(d -> corpus.alignment(d.name()) != null).count();
      System.out.printf(Locale.ROOT, "%-6s %d of %d documents are copies of another%n", "  copies", copies, docs.size());
      // what stays: the corpus, the knowledge base, the named graphs and their union, collected of all garbage
      long live = liveHeap();
      System.out.printf(Locale.ROOT, "%-6s peak %d MiB; live %d MiB once garbage is collected, holding the corpus, the"
          + " knowledge base (%d entities), the graphs and their union (%d triples): %d bytes per triple%n", "  heap",
          peakHeap() >> 20, live >> 20, kb.entities().size(), union.size(), live / Math.max(1, union.size()));
      for (int r = 0; r < shaclRounds; r++) {
        long v0 = CPU.getCurrentThreadCpuTime();
        Validation.check(union.getGraph());
        long v = CPU.getCurrentThreadCpuTime() - v0;
        System.out.printf(Locale.ROOT, "x%-5d validation again, round %d: %.2f s CPU (%.2f s per million triples)%n", scale,
            r + 1, v / 1e9, v / 1e3 / union.size());
      }
    }
  }

  /**
   * Extraction and resolution alone, {@code --extract-rounds} times: the documents parsed afresh each round (nothing
   * read before is reused). Each round's CPU is split in two: the extractors (each wrapped to time its own calls, inside
   * the same resolve call) and resolution, the rest (copies, merging, canonical names, relations). The JIT compiler
   * keeps improving the extractors for 20 rounds or more on the ×10 corpus, so "warm" is the last half of the rounds;
   * the least and the median of those are printed.
   */
  static void extractOnly(Path dir, int scale) throws IOException {
    if (extractRounds == 0) {
      return;
    }
    List<Path> files;
    try (Stream<Path> s = Files.list(dir)) {
      files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    }
    List<Long> extract = new ArrayList<>();
    List<Long> rest = new ArrayList<>();
    List<Long> kernel = new ArrayList<>();
    long chars = 0;
    for (int r = 0; r < extractRounds; r++) {
      List<StructuredDocument> docs = new ArrayList<>();
      chars = 0;
      for (Path f : files) {
        StructuredDocument d = DocumentParser.parse(f);
        chars += d.source().raw().length();
        docs.add(d);
      }
      Corpus corpus = Corpus.of(docs);
      long[] inExtractors = new long[1];
      List<Extractor> timed = Extractors.defaults().stream().map(x -> timed(x, inExtractors)).toList();
      System.gc();
      long u0 = CPU.getCurrentThreadUserTime();
      long c0 = CPU.getCurrentThreadCpuTime();
      Resolver.resolve(corpus, timed);
      long all = CPU.getCurrentThreadCpuTime() - c0;
      long user = CPU.getCurrentThreadUserTime() - u0;
      extract.add(inExtractors[0]);
      kernel.add(Math.max(0, all - user));
      rest.add(all - inExtractors[0]);
    }
    System.out.printf(Locale.ROOT, "x%-5d extraction alone, CPU per round: extractors %s; resolution %s%n", scale,
        seconds(extract), seconds(rest));
    long[] e = warm(extract);
    long[] r = warm(rest);
    long[] k = warm(kernel);
    System.out.printf(Locale.ROOT, "x%-5d warm (last %d rounds): extractors least %.3f s (%.2f M chars/s), median %.3f s"
        + " (%.2f M chars/s); resolution least %.3f s, median %.3f s; both, median %.2f M chars/s, of which in the"
        + " kernel median %.3f s%n", scale, extract.size() - extract.size() / 2, e[0] / 1e9, chars * 1e3 / e[0],
        e[1] / 1e9, chars * 1e3 / e[1], r[0] / 1e9, r[1] / 1e9, chars * 1e3 / (e[1] + r[1]), k[1] / 1e9);
  }

  // An extractor that adds the CPU time of each of its calls to total[0]. Only the CPU time is read per call: JDK 17
  // reads the user-mode time from /proc (an open, a read and a close, tens of microseconds, counted in ticks of
  // 10 ms), which per call would charge the extractors a tenth of their time for a figure too coarse to mean anything.
  static Extractor timed(Extractor x, long[] total) {
    return new Extractor() {
      @Override
      public String name() {
        return x.name();
      }

      @Override
      public Set<Resource> produces() {
        return x.produces();
      }

      @Override
      public Extraction extract(StructuredDocument doc, ExtractionContext ctx) {
        long c0 = CPU.getCurrentThreadCpuTime();
        try {
          return x.extract(doc, ctx);
        } finally {
          total[0] += CPU.getCurrentThreadCpuTime() - c0;
        }
      }
    };
  }

  // The least and the median of the last half of the rounds.
  static long[] warm(List<Long> rounds) {
    List<Long> warm = new ArrayList<>(rounds.subList(rounds.size() / 2, rounds.size()));
    warm.sort(null);
    return new long[] {warm.get(0), warm.get(warm.size() / 2)};
  }

  static List<String> seconds(List<Long> nanos) {
    return nanos.stream().map(c -> String.format(Locale.ROOT, "%.2f", c / 1e9)).toList();
  }

  /** A corpus of {@code scale} times the seeds: varied documents, not copies. */
  static Path synthetic(Path seeds, int scale) throws IOException {
    Path dir = Files.createTempDirectory("yrdkg-bench-x" + scale);
    List<String> paragraphs = new ArrayList<>();
    List<String> sources = new ArrayList<>();
    try (Stream<Path> s = Files.list(seeds)) {
      for (Path f : s.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
        String raw = Files.readString(f);
        sources.add(raw);
        for (String p : raw.split("\n")) {
          if (p.strip().length() > 20) {
            paragraphs.add(p.strip());
          }
        }
      }
    }
    String[][] swaps = {{"上海", "南京", "杭州", "合肥", "苏州", "宁波", "无锡", "温州", "芜湖", "南通"},
        {"江苏", "浙江", "安徽", "江西", "福建", "山东"}};
    Random random = new Random(scale);
    long target = sources.stream().mapToLong(String::length).sum() * scale;
    long written = 0;
    for (int n = 0; written < target; n++) {
      StringBuilder doc = new StringBuilder("第一章 总体要求\n\n");
      int size = 40 + random.nextInt(80);
      for (int k = 0; k < size; k++) {
        if (k % 15 == 14) {
          doc.append("第").append("一二三四五六七八九十".charAt((k / 15) % 10)).append("节 重点任务\n\n");
        }
        String p = paragraphs.get(random.nextInt(paragraphs.size()));
        for (String[] group : swaps) {
          String from = group[random.nextInt(group.length)];
          String to = group[random.nextInt(group.length)];
          p = p.replace(from, to);
        }
        p = p.replaceAll("\\d", String.valueOf(random.nextInt(10)));
        doc.append(p).append("\n\n");
      }
      Files.writeString(dir.resolve(String.format("doc%05d.txt", n)), doc, StandardCharsets.UTF_8);
      written += doc.length();
    }
    return dir;
  }

  static void deleteTree(Path dir) throws IOException {
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }

  static void resetPeaks() {
    System.gc();
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      pool.resetPeakUsage();
    }
  }

  /** Heap in use after a full collection: what is still referenced. */
  static long liveHeap() {
    System.gc();
    System.gc();
    long used = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        used += pool.getUsage().getUsed();
      }
    }
    return used;
  }

  static long peakHeap() {
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    return peak;
  }
}
