package org.yrdkg.serve;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Pattern;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.irix.IRIException;
import org.apache.jena.irix.IRIx;

/**
 * The type of a canned-query parameter: how a value given as text (a URL parameter or a
 * {@code --param}) becomes one typed RDF term, or is refused. Values never reach the query text.
 */
public enum ParamType {
  /** An absolute http(s) IRI. */
  IRI("string", "uri", "https://w3id.org/yrdkg/id/region/320000") {
    @Override
    Node parse(String v) {
      if (v.length() > 2000 || !ABSOLUTE_HTTP.matcher(v).matches()) {
        throw new ParameterException("not an absolute http(s) IRI: " + show(v));
      }
      try {
        IRIx iri = IRIx.create(v);
        if (!iri.isReference()) {
          throw new ParameterException("not a valid IRI: " + show(v));
        }
      } catch (IRIException e) {
        throw new ParameterException("not a valid IRI: " + show(v));
      }
      return NodeFactory.createURI(v);
    }
  },
  /** A plain string (xsd:string). */
  STRING("string", null, "接收站") {
    @Override
    Node parse(String v) {
      if (v.length() > 500) {
        throw new ParameterException("string longer than 500 characters");
      }
      return NodeFactory.createLiteralString(v);
    }
  },
  /**
   * Words to search for with {@code text:query} (an xsd:string): taken as words, never as Lucene syntax, as
   * {@code /search} takes them ({@link SearchWords}).
   */
  WORDS("string", null, "接收站") {
    @Override
    Node parse(String v) {
      Node words = STRING.parse(v);
      String lucene = SearchWords.of(words.getLiteralLexicalForm());
      if (lucene.isEmpty()) {
        throw new ParameterException("no words to search for in " + show(v));
      }
      return NodeFactory.createLiteralString(lucene);
    }
  },
  /** An xsd:integer. */
  INTEGER("integer", null, "2025") {
    @Override
    Node parse(String v) {
      if (!INTEGER_TEXT.matcher(v).matches()) {
        throw new ParameterException("not an integer: " + show(v));
      }
      return NodeFactory.createLiteralDT(new BigInteger(v).toString(), XSDDatatype.XSDinteger);
    }
  },
  /** An xsd:decimal. */
  DECIMAL("number", null, "3.0") {
    @Override
    Node parse(String v) {
      if (v.length() > 40) {
        throw new ParameterException("not a decimal number: " + show(v));
      }
      try {
        BigDecimal d = new BigDecimal(v);
        return NodeFactory.createLiteralDT(d.toPlainString(), XSDDatatype.XSDdecimal);
      } catch (NumberFormatException e) {
        throw new ParameterException("not a decimal number: " + show(v));
      }
    }
  },
  /** An xsd:boolean, {@code true} or {@code false}. */
  BOOLEAN("boolean", null, "true") {
    @Override
    Node parse(String v) {
      if (!v.equals("true") && !v.equals("false")) {
        throw new ParameterException("not true or false: " + show(v));
      }
      return NodeFactory.createLiteralDT(v, XSDDatatype.XSDboolean);
    }
  },
  /** An xsd:date, {@code YYYY-MM-DD}. */
  DATE("string", "date", "2019-12-01") {
    @Override
    Node parse(String v) {
      try {
        return NodeFactory.createLiteralDT(LocalDate.parse(v).toString(), XSDDatatype.XSDdate);
      } catch (DateTimeParseException e) {
        throw new ParameterException("not a date (YYYY-MM-DD): " + show(v));
      }
    }
  };

  private static final Pattern ABSOLUTE_HTTP = Pattern.compile("https?://[^\\s<>\"{}|\\\\^`]+");
  private static final Pattern INTEGER_TEXT = Pattern.compile("[+-]?[0-9]{1,18}");

  private final String jsonType;
  private final String jsonFormat;
  private final String example;

  ParamType(String jsonType, String jsonFormat, String example) {
    this.jsonType = jsonType;
    this.jsonFormat = jsonFormat;
    this.example = example;
  }

  /** The RDF term for {@code value}; a {@link ParameterException} saying why when it is not one. */
  abstract Node parse(String value);

  /** The name used in query headers and the API: {@code iri}, {@code string} … */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The JSON Schema type of the parameter in the OpenAPI document. */
  public String jsonType() {
    return jsonType;
  }

  /** The JSON Schema format, or null. */
  public String jsonFormat() {
    return jsonFormat;
  }

  /** A value of this type, for documentation. */
  public String example() {
    return example;
  }

  /** The type named {@code id} in a header line. */
  public static ParamType of(String id) {
    for (ParamType t : values()) {
      if (t.id().equals(id)) {
        return t;
      }
    }
    throw new IllegalArgumentException("unknown parameter type '" + id
        + "' (iri, string, words, integer, decimal, boolean, date)");
  }

  private static String show(String v) {
    String s = v.length() > 60 ? v.substring(0, 60) + "…" : v;
    return "'" + s.replaceAll("\\p{Cntrl}", "?") + "'";
  }
}
