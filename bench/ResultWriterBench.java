import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.BiConsumer;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.RowSetStream;
import org.yrdkg.serve.SparqlJsonResults;
import org.yrdkg.serve.SparqlXmlResults;

/**
 * How long Jena's result writers take to write a page of SELECT results, apart from any query: rows shaped like
 * those of {@code actor-tasks} (a task's IRI, its Chinese label, a role, a verb, the other actors), held in memory and
 * written to memory in each format the canned-query API serves, and in JSON and XML by our own writers too, which the
 * server uses in place of Jena's ({@code JSON (yrdkg)}, {@code XML (yrdkg)}). Run from the repository root after
 * packaging:
 *
 * <pre>java -cp target/yrdkg.jar bench/ResultWriterBench.java [--rows 1000] [--rounds 500]</pre>
 */
public class ResultWriterBench {
  public static void main(String[] args) {
    int rows = 1000;
    int rounds = 500;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--rows" -> rows = Integer.parseInt(args[++i]);
        case "--rounds" -> rounds = Integer.parseInt(args[++i]);
        default -> throw new IllegalArgumentException("unknown option " + args[i]);
      }
    }
    List<Var> vars = List.of(Var.alloc("task"), Var.alloc("taskLabel"), Var.alloc("roleLabel"), Var.alloc("verb"),
        Var.alloc("otherActors"));
    List<Binding> page = new ArrayList<>();
    for (int i = 0; i < rows; i++) {
      page.add(BindingFactory.builder()
          .add(vars.get(0), NodeFactory.createURI("https://w3id.org/yrdkg/id/task/001_bf7f4692ddf9924a-" + i))
          .add(vars.get(1), NodeFactory.createLiteralLang("加快建设长三角生态绿色一体化发展示范区，推动第" + i + "项重点任务落地", "zh"))
          .add(vars.get(2), NodeFactory.createLiteralLang("牵头", "zh"))
          .add(vars.get(3), NodeFactory.createLiteralString("推进"))
          .add(vars.get(4), NodeFactory.createLiteralString("上海市人民政府、江苏省人民政府、浙江省人民政府")).build());
    }
    System.out.printf(Locale.ROOT, "%d rows of 5 columns, %d rounds each (the first half a warm-up)%n", rows, rounds);
    System.out.printf(Locale.ROOT, "%-22s %10s %10s %10s %12s%n", "format", "bytes", "least ms", "median ms", "MB/s median");
    List<Writer> writers = new ArrayList<>();
    for (Lang lang : List.of(ResultSetLang.RS_JSON, ResultSetLang.RS_XML, ResultSetLang.RS_CSV, ResultSetLang.RS_TSV)) {
      writers.add(new Writer(lang.getName(), (out, rs) -> ResultSetMgr.write(out, rs, lang)));
    }
    // nothing here installs ours, so ResultSetMgr's JSON and XML are Jena's writers
    writers.add(1, new Writer("JSON (yrdkg)", (out, rs) -> SparqlJsonResults.INSTANCE.write(out, RowSet.adapt(rs), null)));
    writers.add(3, new Writer("XML (yrdkg)", (out, rs) -> SparqlXmlResults.INSTANCE.write(out, RowSet.adapt(rs), null)));
    for (Writer writer : writers) {
      long[] times = new long[rounds];
      int size = 0;
      for (int r = 0; r < rounds; r++) {
        ResultSet rs = ResultSet.adapt(RowSetStream.create(vars, page.iterator()));
        ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 20);
        long t = System.nanoTime();
        writer.write().accept(out, rs);
        times[r] = System.nanoTime() - t;
        size = out.size();
      }
      long[] warm = Arrays.copyOfRange(times, rounds / 2, rounds);
      Arrays.sort(warm);
      double median = warm[warm.length / 2] / 1e6;
      System.out.printf(Locale.ROOT, "%-22s %10d %10.2f %10.2f %12.1f%n", writer.name(), size, warm[0] / 1e6, median,
          size / 1e3 / median);
    }
  }

  /** A format's name and how to write a result set in it. */
  private record Writer(String name, BiConsumer<OutputStream, ResultSet> write) {}
}
