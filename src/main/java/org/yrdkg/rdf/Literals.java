package org.yrdkg.rdf;

import java.math.BigDecimal;
import java.math.BigInteger;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.ResourceFactory;

/** Typed literals in the datatypes the shapes expect. */
final class Literals {
  private Literals() {}

  static Literal integer(long n) {
    return ResourceFactory.createTypedLiteral(BigInteger.valueOf(n).toString(), XSDDatatype.XSDinteger);
  }

  static Literal offset(long n) {
    return ResourceFactory.createTypedLiteral(Long.toString(n), XSDDatatype.XSDnonNegativeInteger);
  }

  static Literal decimal(BigDecimal d) {
    return ResourceFactory.createTypedLiteral(d.toPlainString(), XSDDatatype.XSDdecimal);
  }

  static Literal string(String s) {
    return ResourceFactory.createStringLiteral(s);
  }

  static Literal zh(String s) {
    return ResourceFactory.createLangLiteral(s, "zh");
  }
}
