import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.yrdkg.resolve.KnowledgeBase;
import org.yrdkg.resolve.Resolver;
import org.yrdkg.text.Corpus;
import org.yrdkg.text.DocumentParser;

/**
 * A sentence without punctuation, of growing length, through parsing, every extractor and resolution: shows that the
 * cost stays bounded and grows about linearly with the sentence (issue: "a 10,000-character sentence without
 * punctuation is processed in bounded time"). Run from the repository root after packaging:
 *
 * <pre>java -cp target/yrdkg.jar bench/LongSentenceBench.java [--lengths 1000,2500,5000,10000,20000] [--rounds 5] [--unit TEXT]</pre>
 *
 * The sentence repeats a unit dense in what the extractors look for (governing verbs, place names, composite
 * abbreviations, project heads, sector words, actors' words) with no clause break anywhere; {@code --unit} repeats
 * another text instead, such as a list of names joined by 、 ({@code --unit 合肥、芜湖、集成电路、沪苏湖铁路、}).
 * Each length is run once to warm up, then timed {@code rounds} times on this thread's CPU clock; the median is
 * printed.
 */
public class LongSentenceBench {
  static final String UNIT = "推进上海江苏浙江安徽沪苏湖铁路合肥机场宁波舟山港区建设集成电路人工智能由省发展改革委牵头会同";

  public static void main(String[] args) throws Exception {
    int[] lengths = {1_000, 2_500, 5_000, 10_000, 20_000};
    int rounds = 5;
    String unit = UNIT;
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--lengths")) {
        lengths = Arrays.stream(args[++i].split(",")).mapToInt(Integer::parseInt).toArray();
      } else if (args[i].equals("--rounds")) {
        rounds = Integer.parseInt(args[++i]);
      } else if (args[i].equals("--unit")) {
        unit = args[++i];
      }
    }
    ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
    Path dir = Files.createTempDirectory("yrdkg-long");
    System.out.printf(Locale.ROOT, "%8s %12s %12s %14s %10s%n", "chars", "median ms", "max ms", "chars/CPU-s",
        "entities");
    double firstPerChar = 0;
    for (int n : lengths) {
      StringBuilder sb = new StringBuilder();
      while (sb.length() < n) {
        sb.append(unit);
      }
      Path file = dir.resolve("long-" + n + ".txt");
      Files.writeString(file, "关于推进一体化发展的实施方案\n" + sb.substring(0, n) + "。\n", StandardCharsets.UTF_8);
      List<Double> ms = new ArrayList<>();
      int entities = 0;
      for (int r = 0; r <= rounds; r++) {
        long c0 = cpu.getCurrentThreadCpuTime();
        KnowledgeBase kb = Resolver.resolve(Corpus.of(List.of(DocumentParser.parse(file))));
        long c1 = cpu.getCurrentThreadCpuTime();
        if (r > 0) {
          ms.add((c1 - c0) / 1e6);
        }
        entities = kb.entities().size();
      }
      ms.sort(null);
      double median = ms.get(ms.size() / 2);
      System.out.printf(Locale.ROOT, "%8d %12.1f %12.1f %14.0f %10d%n", n, median, ms.get(ms.size() - 1),
          n / (median / 1000), entities);
      if (firstPerChar == 0) {
        firstPerChar = median / n;
      } else {
        System.out.printf(Locale.ROOT, "%8s cost per character %.2f× that at %d chars%n", "", median / n / firstPerChar,
            lengths[0]);
      }
    }
  }
}
