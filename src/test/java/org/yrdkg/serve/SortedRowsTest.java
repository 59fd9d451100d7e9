package org.yrdkg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.apache.jena.datatypes.BaseDatatype;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.SortCondition;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.engine.iterator.QueryIterPlainWrapper;
import org.apache.jena.sparql.engine.iterator.QueryIterSort;
import org.apache.jena.sparql.engine.iterator.QueryIterTopN;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.function.FunctionBase1;
import org.apache.jena.sparql.function.FunctionRegistry;
import org.apache.jena.sparql.util.ExprUtils;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.junit.jupiter.api.Test;

class SortedRowsTest {
  private static final Var[] VARS = {Var.alloc("a"), Var.alloc("b"), Var.alloc("c")};
  /** Keys of every kind ARQ orders: numbers, strings, language strings, IRIs, blank nodes, dates, booleans, errors. */
  private static final String[] KEYS = {"?a", "?b", "?c", "STR(?a)", "?a + 1", "LANG(?b)", "UCASE(STR(?c))",
      "DATATYPE(?a)", "isIRI(?b)", "STRLEN(STR(?c))",
      "<http://www.w3.org/2001/XMLSchema#integer>(?a)"};
  private static final List<Node> VALUES = values();

  private static List<Node> values() {
    List<Node> values = new ArrayList<>();
    for (String n : List.of("-2", "0", "1", "7", "10")) {
      values.add(NodeFactory.createLiteralDT(n, XSDDatatype.XSDinteger));
    }
    values.add(NodeFactory.createLiteralDT("1.5", XSDDatatype.XSDdecimal));
    values.add(NodeFactory.createLiteralDT("1.0e0", XSDDatatype.XSDdouble));
    values.add(NodeFactory.createLiteralDT("NaN", XSDDatatype.XSDdouble));
    for (String s : List.of("", "a", "B", "b", "长三角", "上海")) {
      values.add(NodeFactory.createLiteralString(s));
    }
    values.add(NodeFactory.createLiteralLang("江苏", "zh"));
    values.add(NodeFactory.createLiteralLang("Jiangsu", "en"));
    values.add(NodeFactory.createLiteralLang("a", "en"));
    values.add(NodeFactory.createURI("https://w3id.org/yrdkg/id/region/320000"));
    values.add(NodeFactory.createURI("https://w3id.org/yrdkg/id/region/310000"));
    values.add(NodeFactory.createURI("urn:x"));
    values.add(NodeFactory.createBlankNode("b1"));
    values.add(NodeFactory.createBlankNode("b2"));
    values.add(NodeFactory.createLiteralDT("2025-01-01T00:00:00Z", XSDDatatype.XSDdateTime));
    values.add(NodeFactory.createLiteralDT("2025-01-01T08:00:00", XSDDatatype.XSDdateTime));
    values.add(NodeFactory.createLiteralDT("2025-06-30", XSDDatatype.XSDdate));
    values.add(NodeFactory.createLiteralDT("true", XSDDatatype.XSDboolean));
    values.add(NodeFactory.createLiteralDT("false", XSDDatatype.XSDboolean));
    values.add(NodeFactory.createLiteralDT("x", new BaseDatatype("urn:type")));
    return values;
  }

  private static ExecutionContext context() {
    return ExecutionContext.create(DatasetGraphFactory.create());
  }

  private static List<Binding> rows(Random random, int n) {
    List<Binding> rows = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      if (i > 0 && random.nextInt(8) == 0) {
        rows.add(rows.get(random.nextInt(i))); // a repeat
        continue;
      }
      BindingBuilder b = BindingFactory.builder();
      for (Var v : VARS) {
        if (random.nextInt(6) > 0) {
          b.add(v, VALUES.get(random.nextInt(VALUES.size())));
        }
      }
      rows.add(b.build());
    }
    return rows;
  }

  private static List<SortCondition> conditions(Random random) {
    List<SortCondition> conditions = new ArrayList<>();
    for (int i = 1 + random.nextInt(3); i > 0; i--) {
      int direction = switch (random.nextInt(3)) {
        case 0 -> Query.ORDER_ASCENDING;
        case 1 -> Query.ORDER_DESCENDING;
        default -> Query.ORDER_DEFAULT;
      };
      conditions.add(new SortCondition(ExprUtils.parse(KEYS[random.nextInt(KEYS.length)]), direction));
    }
    return conditions;
  }

  private static List<Binding> drain(QueryIterator rows) {
    List<Binding> out = new ArrayList<>();
    rows.forEachRemaining(out::add);
    rows.close();
    return out;
  }

  private static QueryIterator over(List<Binding> rows, ExecutionContext cxt) {
    return QueryIterPlainWrapper.create(rows.iterator(), cxt);
  }

  private static void assertSameRows(List<Binding> expected, List<Binding> actual, String message) {
    Comparator<Binding> any = Comparator.comparing(Binding::toString);
    assertEquals(expected.stream().sorted(any).toList(), actual.stream().sorted(any).toList(), message);
  }

  @Test
  void rowsComeInArqsOrderWheneverItsComparisonsAreConsistent() {
    Random random = new Random(20190601);
    int compared = 0;
    for (int round = 0; round < 600; round++) {
      List<Binding> rows = rows(random, random.nextInt(4) == 0 ? random.nextInt(5) : random.nextInt(250));
      List<SortCondition> conditions = conditions(random);
      ExecutionContext cxt = context();
      String what = "round " + round + ", " + conditions + ", " + rows.size() + " rows";
      List<Binding> ours = drain(SortedRows.all(over(rows, cxt), conditions, cxt));
      List<Binding> arqs;
      try {
        arqs = drain(new QueryIterSort(over(rows, cxt), conditions, cxt));
      } catch (IllegalArgumentException inconsistent) {
        assertSameRows(rows, ours, what);
        continue;
      }
      assertEquals(arqs, ours, what);
      compared++;
    }
    assertEquals(600, compared, "ARQ's sort found its comparisons consistent");
  }

  @Test
  void theLeastRowsAreArqsWithAndWithoutRepeats() {
    Random random = new Random(20191201);
    for (int round = 0; round < 600; round++) {
      List<Binding> rows = rows(random, random.nextInt(250));
      List<SortCondition> conditions = conditions(random);
      long limit = random.nextInt(4) == 0 ? random.nextInt(3) : random.nextInt(60);
      boolean distinct = random.nextBoolean();
      ExecutionContext cxt = context();
      String what = "round " + round + ", " + conditions + ", limit " + limit + (distinct ? ", distinct" : "");
      List<Binding> arqs = drain(new QueryIterTopN(over(rows, cxt), conditions, limit, distinct, cxt));
      assertEquals(arqs, drain(SortedRows.least(over(rows, cxt), conditions, limit, distinct, cxt)), what);
    }
  }

  @Test
  void aKeyThatChangesAtEachLookIsTakenOnceSoTheSortCompletes() {
    Random random = new Random(5);
    List<Binding> rows = rows(random, 20_000);
    List<SortCondition> byChance = List.of(new SortCondition(ExprUtils.parse("RAND()"), Query.ORDER_ASCENDING));
    ExecutionContext cxt = context();
    assertSameRows(rows, drain(SortedRows.all(over(rows, cxt), byChance, cxt)), "every row once");
    assertEquals(500, drain(SortedRows.least(over(rows, cxt), byChance, 500, false, cxt)).size());
  }

  @Test
  void inconsistentComparisonsFallBackToAStableMergeSort() {
    Random random = new Random(11);
    Integer[] numbers = new Integer[5_000];
    for (int i = 0; i < numbers.length; i++) {
      numbers[i] = random.nextInt(100);
    }
    Integer[] byChance = numbers.clone();
    SortedRows.sort(byChance, (x, y) -> random.nextInt(3) - 1);
    Arrays.sort(numbers);
    Integer[] again = byChance.clone();
    Arrays.sort(again);
    assertEquals(Arrays.asList(numbers), Arrays.asList(again), "the same numbers, in some order");

    // with a consistent order the fallback and Arrays.sort agree, ties in the order they came
    String[] words = new String[3_000];
    for (int i = 0; i < words.length; i++) {
      words[i] = (char) ('a' + random.nextInt(5)) + String.valueOf(i);
    }
    Comparator<String> firstLetter = Comparator.comparing(w -> w.charAt(0));
    String[] expected = words.clone();
    Arrays.sort(expected, firstLetter);
    int[] calls = {0};
    Comparator<String> failsOnce = (x, y) -> {
      if (++calls[0] == 1_000) {
        throw new IllegalArgumentException("Comparison method violates its general contract!");
      }
      return firstLetter.compare(x, y);
    };
    String[] sorted = words.clone();
    SortedRows.sort(sorted, failsOnce);
    assertEquals(Arrays.asList(expected), Arrays.asList(sorted));
  }

  @Test
  void aCancelledQueryStopsSortingBetweenComparisons() {
    List<Binding> rows = rows(new Random(3), 5_000);
    ExecutionContext cxt = context();
    QueryIterator[] sorting = new QueryIterator[1];
    // the query is cancelled just as the last row comes in: while sorting
    Function<List<Binding>, QueryIterator> thenCancel = list -> QueryIterPlainWrapper.create(new Iterator<>() {
      private int next;

      @Override
      public boolean hasNext() {
        if (next == list.size()) {
          sorting[0].cancel();
          return false;
        }
        return true;
      }

      @Override
      public Binding next() {
        return list.get(next++);
      }
    }, cxt);
    List<SortCondition> byA = List.of(new SortCondition(ExprUtils.parse("?a"), Query.ORDER_ASCENDING));
    sorting[0] = SortedRows.all(thenCancel.apply(rows), byA, cxt);
    assertThrows(QueryCancelledException.class, sorting[0]::hasNext);
    sorting[0] = SortedRows.least(thenCancel.apply(rows), byA, 900, false, cxt);
    assertThrows(QueryCancelledException.class, sorting[0]::hasNext);
  }

  private static List<String> select(DatasetGraph data, String query) {
    return Txn.calculateRead(data, () -> {
      try (QueryExec exec = QueryExec.dataset(data).query(query).build()) {
        RowSet rows = exec.select();
        List<String> out = new ArrayList<>();
        rows.forEachRemaining(b -> out.add(b.toString()));
        return out;
      }
    });
  }

  /** A sort key that counts how often it is computed. */
  private static final String COUNTED = "urn:yrdkg:test:counted";
  private static final AtomicInteger KEYS_COMPUTED = new AtomicInteger();

  static {
    FunctionRegistry.get().put(COUNTED, uri -> new FunctionBase1() {
      @Override
      public NodeValue exec(NodeValue v) {
        KEYS_COMPUTED.incrementAndGet();
        return v;
      }
    });
  }

  private static final List<String> QUERIES = List.of(
      "SELECT ?s ?o WHERE { ?s ?p ?o } ORDER BY ?o ?s",
      "SELECT ?s ?o WHERE { ?s ?p ?o } ORDER BY DESC(STR(?o)) ?s LIMIT 25",
      "SELECT DISTINCT ?o WHERE { ?s ?p ?o } ORDER BY ?o LIMIT 10",
      "SELECT ?s (COUNT(*) AS ?n) WHERE { ?s ?p ?o } GROUP BY ?s ORDER BY DESC(?n) ?s",
      "SELECT ?s WHERE { { SELECT ?s ?o WHERE { ?s ?p ?o } ORDER BY ?o LIMIT 30 } } ORDER BY DESC(?s)");

  private static void fill(DatasetGraph data) {
    Random random = new Random(9);
    Txn.executeWrite(data, () -> {
      for (int i = 0; i < 3_000; i++) {
        Node g = NodeFactory.createURI("urn:g" + random.nextInt(3));
        Node s = NodeFactory.createURI("urn:s" + random.nextInt(400));
        Node p = NodeFactory.createURI("urn:p" + random.nextInt(5));
        data.add(Quad.create(g, s, p, VALUES.get(random.nextInt(VALUES.size() - 3))));
      }
    });
  }

  @Test
  void theServedDatasetSortsThisWayInMemoryAndOnTdb2() {
    for (DatasetGraph data : List.of(DatasetGraphFactory.createTxnMem(), DatabaseMgr.createDatasetGraph())) {
      fill(data);
      Dataset plain = DatasetFactory.wrap(data);
      List<List<String>> before = QUERIES.stream().map(q -> select(unionOf(data), q)).toList();
      ServedDataset served = ServedDataset.of(plain);
      for (int i = 0; i < QUERIES.size(); i++) {
        assertEquals(before.get(i), select(served.graph(), QUERIES.get(i)), QUERIES.get(i));
      }
      int rows = select(served.graph(), "SELECT * WHERE { ?s ?p ?o }").size();
      KEYS_COMPUTED.set(0);
      select(served.graph(), "SELECT ?s WHERE { ?s ?p ?o } ORDER BY <" + COUNTED + ">(?o)");
      assertEquals(rows, KEYS_COMPUTED.get(), "one key per row");
      KEYS_COMPUTED.set(0);
      select(served.graph(), "SELECT ?s WHERE { ?s ?p ?o } ORDER BY <" + COUNTED + ">(?o) LIMIT 7");
      assertEquals(rows, KEYS_COMPUTED.get(), "one key per row, for the least rows too");
      List<String> byChance = select(served.graph(), "SELECT ?s ?p ?o WHERE { ?s ?p ?o } ORDER BY RAND()");
      List<String> all = select(served.graph(), "SELECT ?s ?p ?o WHERE { ?s ?p ?o }");
      assertEquals(all.stream().sorted().toList(), byChance.stream().sorted().toList());
      assertNotEquals(all, byChance, "shuffled");
    }
  }

  /** The same data with the union as default graph, queried by ARQ's own executor. */
  private static DatasetGraph unionOf(DatasetGraph data) {
    DatasetGraph union = DatasetGraphFactory.createTxnMem();
    Txn.executeRead(data, () -> Txn.executeWrite(union, () -> data.find().forEachRemaining(q -> {
      union.add(q);
      union.getDefaultGraph().add(q.asTriple());
    })));
    return union;
  }
}
