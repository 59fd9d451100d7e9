package org.yrdkg.serve;

import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaType;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.LangBuilder;

/** Chooses how to send a resource: an RDF syntax (Turtle first), or an HTML page when the client prefers it. */
final class RdfNegotiation {
  /** The answer when an HTML page is chosen (not an RDF syntax: never written by RIOT). */
  static final Lang HTML = LangBuilder.create("yrdkg-html-page", "text/html").build();
  private static final String OFFER = "text/turtle,application/ld+json,application/rdf+xml,application/n-triples,"
      + "application/json,application/xml,text/plain";

  private RdfNegotiation() {}

  /**
   * The syntax for {@code accept} ({@code ?format=} wins): a {@link Lang}, {@link #HTML}
   * for a page, or throws {@link ParameterException} when nothing offered is acceptable.
   */
  static Lang choose(String accept, String format, boolean htmlOffered) {
    if (format != null) {
      return switch (format) {
        case "ttl", "turtle" -> Lang.TURTLE;
        case "jsonld", "json" -> Lang.JSONLD;
        case "rdfxml", "xml" -> Lang.RDFXML;
        case "nt", "ntriples" -> Lang.NTRIPLES;
        case "html" -> {
          if (!htmlOffered) {
            throw new ParameterException("no HTML here");
          }
          yield HTML;
        }
        default -> throw new ParameterException("unknown format '" + format + "'");
      };
    }
    if (accept == null || accept.isBlank()) {
      return Lang.TURTLE;
    }
    String offer = htmlOffered ? OFFER + ",text/html,application/xhtml+xml" : OFFER;
    MediaType m;
    try {
      m = AcceptList.match(new AcceptList(accept), new AcceptList(offer));
    } catch (RuntimeException e) {
      return Lang.TURTLE;
    }
    if (m == null) {
      throw new ParameterException("no acceptable format; offered: " + offer);
    }
    return switch (m.getContentTypeStr()) {
      case "text/html", "application/xhtml+xml" -> HTML;
      case "application/ld+json", "application/json" -> Lang.JSONLD;
      case "application/rdf+xml", "application/xml" -> Lang.RDFXML;
      case "application/n-triples", "text/plain" -> Lang.NTRIPLES;
      default -> Lang.TURTLE;
    };
  }

  static String contentType(Lang lang) {
    return lang.getHeaderString();
  }
}
