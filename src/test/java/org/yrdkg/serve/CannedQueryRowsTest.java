package org.yrdkg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.junit.jupiter.api.Test;

/**
 * The in-memory copy of an answer keeps its rows, their order and the answer's variables, and nothing else; it can be
 * read again from the first row, and not changed.
 */
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
    CannedQueryRunner.Result answer;
    try (QueryExecution qe = QueryExecution.model(m).query(q).build()) {
      ResultSet rs = qe.execSelect();
      List<Var> vars = Var.varList(rs.getResultVars());
      answer = new CannedQueryRunner.Result(qe.getQuery(), vars, CannedQueryRunner.rows(rs, vars), null, null);
    }
    assertEquals(3, answer.size());
    for (int pass = 0; pass < 2; pass++) {
      ResultSet rows = answer.resultSet();
      assertEquals(List.of("s", "label"), rows.getResultVars());
      List<String> seen = new ArrayList<>();
      while (rows.hasNext()) {
        Binding b = rows.nextBinding();
        assertFalse(b.contains(Var.alloc("hidden")), "a hidden variable was kept");
        assertNull(b.get(Var.alloc("hidden")));
        Var label = Var.alloc("label");
        seen.add(b.get(Var.alloc("s")).getLocalName() + "=" + (b.contains(label) ? b.get(label).getLiteralLexicalForm() : "-"));
      }
      assertEquals(List.of("a=A", "b=B", "c=-"), seen, "pass " + pass);
    }
    assertThrows(UnsupportedOperationException.class, () -> answer.rows().clear(), "the rows can be changed");
  }
}
