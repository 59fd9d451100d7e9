package org.yrdkg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.junit.jupiter.api.Test;

class TermIndexTest {
  private static final String EX = "https://w3id.org/yrdkg/id/actor/";

  @Test
  void givenATermTableWhenLookingUpEachTermThenItsPositionComesBack() {
    // Given terms that differ only at their ends (IRIs sharing a long prefix) and literals differing by tag or type
    List<Node> terms = new ArrayList<>();
    for (int i = 0; i < 5_000; i++) {
      terms.add(NodeFactory.createURI(EX + "x" + i));
    }
    terms.add(NodeFactory.createLiteralLang("上海", "zh"));
    terms.add(NodeFactory.createLiteralLang("上海", "en"));
    terms.add(NodeFactory.createLiteralString("2025"));
    terms.add(NodeFactory.createLiteralDT("2025", XSDDatatype.XSDgYear));
    terms.add(NodeFactory.createBlankNode("b0"));
    TermIndex index = TermIndex.of(terms.toArray(Node[]::new));

    // When each is looked up by an equal term that is not the same object, then its position comes back
    for (int i = 0; i < terms.size(); i++) {
      Node copy = copyOf(terms.get(i));
      assertEquals(i, index.id(copy), copy::toString);
      assertEquals(i, index.id(terms.get(i)));
    }
    // and a term not in the table is absent, even one equal in text to a term that is
    assertEquals(TermIndex.ABSENT, index.id(NodeFactory.createURI(EX + "x5000")));
    assertEquals(TermIndex.ABSENT, index.id(NodeFactory.createLiteralLang("上海", "fr")));
    assertEquals(TermIndex.ABSENT, index.id(NodeFactory.createLiteralDT("2025", XSDDatatype.XSDinteger)));
  }

  @Test
  void givenATermTwiceWhenIndexingThenNoIndexIsMade() {
    Node a = NodeFactory.createURI(EX + "a");
    assertNull(TermIndex.of(new Node[] {a, NodeFactory.createURI(EX + "b"), NodeFactory.createURI(EX + "a")}));
  }

  @Test
  void anEmptyTableHoldsNothing() {
    assertEquals(TermIndex.ABSENT, TermIndex.of(new Node[0]).id(NodeFactory.createURI(EX + "a")));
  }

  private static Node copyOf(Node n) {
    if (n.isURI()) {
      return NodeFactory.createURI(new String(n.getURI()));
    }
    if (n.isBlank()) {
      return NodeFactory.createBlankNode(new String(n.getBlankNodeLabel()));
    }
    String lex = new String(n.getLiteralLexicalForm());
    return n.getLiteralLanguage().isEmpty() ? NodeFactory.createLiteralDT(lex, n.getLiteralDatatype())
        : NodeFactory.createLiteralLang(lex, n.getLiteralLanguage());
  }
}
