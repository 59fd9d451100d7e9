package org.yrdkg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.junit.jupiter.api.Test;

/** The in-memory copy of an answer keeps its rows, their order and the answer's variables, and nothing else. */
class CannedQueryRowsTest {

  @Test
  void rowsHoldTheAnswersVariablesOnlyInOrderAndRewind() {
    Model m = ModelFactory.createDefaultModel();
    RDFParser.fromString("""
        @prefix : <http://example.org/> .
        :b :p :x ; :q "B" .
        :a :p :y ; :q "A" .
        :c :p :z .
        """).lang(Lang.TURTLE).parse(m);
    String q = """
        PREFIX : <http://example.org/>
        SELECT ?s ?label WHERE { ?s :p ?hidden . OPTIONAL { ?s :q ?label } } ORDER BY ?s
        """;
    ResultSetRewindable rows;
    try (QueryExecution qe = QueryExecution.model(m).query(q).build()) {
      rows = CannedQueryRunner.rows(qe.execSelect());
    }
    assertEquals(List.of("s", "label"), rows.getResultVars());
    assertEquals(3, rows.size());
    List<String> seen = new ArrayList<>();
    while (rows.hasNext()) {
      Binding b = rows.nextBinding();
      assertFalse(b.contains(Var.alloc("hidden")), "a hidden variable was kept");
      Var label = Var.alloc("label");
      seen.add(b.get(Var.alloc("s")).getLocalName() + "=" + (b.contains(label) ? b.get(label).getLiteralLexicalForm() : "-"));
    }
    assertEquals(List.of("a=A", "b=B", "c=-"), seen);
    rows.reset();
    Binding first = rows.nextBinding();
    assertEquals("a", first.get(Var.alloc("s")).getLocalName());
    assertNull(first.get(Var.alloc("hidden")));
  }
}
