package org.yrdkg.serve;

import java.util.List;
import java.util.Locale;
import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaType;

/**
 * A format a query result can be written in, chosen by {@code Accept} (or {@code ?format=} /
 * {@code --format}): SPARQL results in JSON, XML, CSV or TSV, or a text table, for SELECT and ASK;
 * Turtle, JSON-LD, N-Triples or RDF/XML for CONSTRUCT and DESCRIBE.
 */
public enum ResultFormat {
  JSON("json", "application/sparql-results+json", false),
  XML("xml", "application/sparql-results+xml", false),
  CSV("csv", "text/csv", false),
  TSV("tsv", "text/tab-separated-values", false),
  TABLE("table", "text/plain", false),
  TURTLE("ttl", "text/turtle", true),
  JSONLD("jsonld", "application/ld+json", true),
  NTRIPLES("nt", "application/n-triples", true),
  RDFXML("rdfxml", "application/rdf+xml", true);

  private final String id;
  private final String mediaType;
  private final boolean graph;

  ResultFormat(String id, String mediaType, boolean graph) {
    this.id = id;
    this.mediaType = mediaType;
    this.graph = graph;
  }

  /** The short name used by {@code ?format=} and {@code --format}. */
  public String id() {
    return id;
  }

  public String mediaType() {
    return mediaType;
  }

  /** True for RDF graph formats (CONSTRUCT, DESCRIBE). */
  public boolean isGraph() {
    return graph;
  }

  /** The formats offered for results of this kind, the default first. */
  public static List<ResultFormat> offered(boolean graphResult) {
    return graphResult ? List.of(TURTLE, JSONLD, NTRIPLES, RDFXML) : List.of(JSON, XML, CSV, TSV);
  }

  /** The format named {@code id} (also {@code turtle}, {@code json-ld}, {@code ntriples}, {@code text}). */
  public static ResultFormat byId(String id) {
    String s = id.toLowerCase(Locale.ROOT);
    for (ResultFormat f : values()) {
      if (f.id.equals(s)) {
        return f;
      }
    }
    return switch (s) {
      case "turtle" -> TURTLE;
      case "json-ld" -> JSONLD;
      case "ntriples", "n-triples" -> NTRIPLES;
      case "rdf", "xml-rdf" -> RDFXML;
      case "text", "txt" -> TABLE;
      default -> throw new ParameterException("unknown format '" + id + "'");
    };
  }

  /**
   * The best offered format for an {@code Accept} header (null or empty: the default); null when
   * nothing offered is acceptable.
   */
  /** The Accept header less the media ranges it refuses with q=0 (RFC 9110: "not acceptable"). */
  static String withoutRefused(String accept) {
    StringBuilder kept = new StringBuilder();
    for (String range : accept.split(",")) {
      if (!range.replace(" ", "").matches("(?i).*;q=0(\\.0{0,3})?(;.*)?")) {
        kept.append(kept.isEmpty() ? "" : ",").append(range.strip());
      }
    }
    return kept.toString();
  }

  public static ResultFormat negotiate(String accept, boolean graphResult) {
    List<ResultFormat> offer = offered(graphResult);
    if (accept == null || accept.isBlank()) {
      return offer.get(0);
    }
    accept = withoutRefused(accept);
    if (accept.isEmpty()) {
      return null;
    }
    StringBuilder types = new StringBuilder();
    for (ResultFormat f : offer) {
      types.append(types.isEmpty() ? "" : ",").append(f.mediaType);
    }
    // Plain JSON and XML clients get the SPARQL results (or JSON-LD / RDF/XML) formats.
    types.append(",application/json,application/xml,text/plain");
    MediaType m;
    try {
      m = AcceptList.match(new AcceptList(accept), new AcceptList(types.toString()));
    } catch (RuntimeException e) {
      return offer.get(0);
    }
    if (m == null) {
      return null;
    }
    String ct = m.getContentTypeStr();
    for (ResultFormat f : offer) {
      if (f.mediaType.equals(ct)) {
        return f;
      }
    }
    return switch (ct) {
      case "application/json" -> graphResult ? JSONLD : JSON;
      case "application/xml" -> graphResult ? RDFXML : XML;
      case "text/plain" -> graphResult ? NTRIPLES : TSV;
      default -> offer.get(0);
    };
  }
}
