import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.Segment;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.yrdkg.extract.Gazetteer;

/**
 * What the libraries under extraction cost alone, per CPU-second of this thread, on the seeds' lines: HanLP's Viterbi
 * segmenter as the extractors configure it (no name recognisers), on whole lines and on windows of 28 characters
 * (the size the extractors segment around a name they check), and one pass of the gazetteer's Aho-Corasick automaton.
 * Run from the repository root after packaging:
 *
 * <pre>java -cp target/yrdkg.jar bench/SegmenterBench.java [--rounds 10]</pre>
 */
public class SegmenterBench {
  static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

  public static void main(String[] args) throws Exception {
    int rounds = args.length == 2 && args[0].equals("--rounds") ? Integer.parseInt(args[1]) : 10;
    List<String> lines = new ArrayList<>();
    try (Stream<Path> s = Files.list(Path.of("seeds"))) {
      for (Path f : s.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
        Files.readString(f).lines().map(String::strip).filter(l -> !l.isEmpty()).forEach(lines::add);
      }
    }
    List<String> windows = new ArrayList<>();
    for (String l : lines) {
      for (int i = 0; i < l.length(); i += 14) {
        windows.add(l.substring(i, Math.min(l.length(), i + 28)));
      }
    }
    Segment viterbi = HanLP.newSegment("viterbi").enableNameRecognize(false).enablePlaceRecognize(false)
        .enableOrganizationRecognize(false).enableTranslatedNameRecognize(false).enableJapaneseNameRecognize(false)
        .enableNumberQuantifierRecognize(false);
    Gazetteer gazetteer = Gazetteer.load();
    for (int r = 0; r < rounds; r++) {
      boolean print = r == rounds - 1;
      measure("segmenter, whole lines", lines, t -> viterbi.seg(t).size(), print);
      measure("segmenter, 28-char windows", windows, t -> viterbi.seg(t).size(), print);
      measure("gazetteer automaton", lines, t -> gazetteer.findAll(t).size(), print);
    }
  }

  interface Work {
    int run(String text);
  }

  static void measure(String what, List<String> texts, Work work, boolean print) {
    long chars = texts.stream().mapToLong(String::length).sum();
    long c0 = CPU.getCurrentThreadCpuTime();
    long sink = 0;
    for (String t : texts) {
      sink += work.run(t);
    }
    double cpu = (CPU.getCurrentThreadCpuTime() - c0) / 1e9;
    if (print) {
      System.out.printf(Locale.ROOT, "%-28s %9d chars %7.3fs cpu %6.2f M chars/s (%d)%n", what, chars, cpu,
          chars / cpu / 1e6, sink);
    }
  }
}
