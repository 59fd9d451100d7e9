import java.nio.charset.StandardCharsets;
import java.nio.file.*;
import java.util.*;
import java.util.stream.*;
import org.yrdkg.text.*;
/**
 * Copy detection and alignment alone on synthetic corpora (the same corpora as {@code PipelineBench}): for each
 * scale, the number of documents, how many of them are found to be copies of another, and the time of finding
 * them ({@code CopyAligner.copies}) and of aligning each with its fullest version. Run from the repository root
 * after packaging:
 *
 * <pre>java -Xmx8g -cp target/yrdkg.jar bench/CopyAlignBench.java 10,30,60</pre>
 */
public class CopyAlignBench {
  public static void main(String[] a) throws Exception {
    for (String sc : a[0].split(",")) {
      int scale = Integer.parseInt(sc);
      Path dir = synthetic(Path.of("seeds"), scale);
      List<StructuredDocument> docs = new ArrayList<>();
      try (Stream<Path> s = Files.list(dir)) { for (Path f : s.sorted().toList()) docs.add(DocumentParser.parse(f)); }
      for (int r = 0; r < 2; r++) {
        long t0 = System.nanoTime();
        Map<String, StructuredDocument> fullOf = CopyAligner.copies(docs);
        long t1 = System.nanoTime();
        int n = 0;
        for (StructuredDocument d : docs) { var f = fullOf.get(d.name()); if (f != null) { CopyAligner.align(d, f); n++; } }
        long t2 = System.nanoTime();
        System.out.printf(Locale.ROOT, "x%d: %d documents, %d copies; finding copies %.2f s, aligning them %.2f s%n", scale, docs.size(), n, (t1-t0)/1e9, (t2-t1)/1e9);
      }
      try (Stream<Path> s = Files.list(dir)) {
        for (Path f : s.toList()) {
          Files.delete(f);
        }
      }
      Files.delete(dir);
    }
  }

  /** As {@code PipelineBench.synthetic}: documents of paragraphs drawn from all seeds, places swapped, numbers changed. */
  static Path synthetic(Path seeds, int scale) throws java.io.IOException {
    Path dir = Files.createTempDirectory("yrdkg-bench-x" + scale);
    List<String> paragraphs = new ArrayList<>(); List<String> sources = new ArrayList<>();
    try (Stream<Path> s = Files.list(seeds)) {
      for (Path f : s.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
        String raw = Files.readString(f); sources.add(raw);
        for (String p : raw.split("\n")) if (p.strip().length() > 20) paragraphs.add(p.strip());
      }
    }
    String[][] swaps = {{"上海", "南京", "杭州", "合肥", "苏州", "宁波", "无锡", "温州", "芜湖", "南通"}, {"江苏", "浙江", "安徽", "江西", "福建", "山东"}};
    Random random = new Random(scale);
    long target = sources.stream().mapToLong(String::length).sum() * scale; long written = 0;
    for (int n = 0; written < target; n++) {
      StringBuilder doc = new StringBuilder("第一章 总体要求\n\n"); int size = 40 + random.nextInt(80);
      for (int k = 0; k < size; k++) {
        if (k % 15 == 14) doc.append("第").append("一二三四五六七八九十".charAt((k / 15) % 10)).append("节 重点任务\n\n");
        String p = paragraphs.get(random.nextInt(paragraphs.size()));
        for (String[] g : swaps) { p = p.replace(g[random.nextInt(g.length)], g[random.nextInt(g.length)]); }
        p = p.replaceAll("\\d", String.valueOf(random.nextInt(10)));
        doc.append(p).append("\n\n");
      }
      Files.writeString(dir.resolve(String.format("doc%05d.txt", n)), doc, StandardCharsets.UTF_8); written += doc.length();
    }
    return dir;
  }
}
