package org.yrdkg.cli;

import java.nio.file.Path;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.Syntax;
import org.apache.jena.update.UpdateFactory;
import org.yrdkg.serve.LocalQuery;
import org.yrdkg.text.InputException;
import org.yrdkg.text.SourceReader;

/**
 * SPARQL query files given on the command line ({@code query --file}, {@code export --query}), read and checked before
 * any graph is built, so that a bad file is refused at once with a one-line reason naming it.
 */
final class QueryFiles {
  private QueryFiles() {}

  /** The text of {@code file}, which must be UTF-8 text (see {@link SourceReader#readUtf8}). */
  static String text(Path file) {
    return SourceReader.readUtf8(file);
  }

  /**
   * {@code text}, read from {@code file}, as a query (SPARQL 1.1 with ARQ's extensions). Refused: a syntax error (with
   * the parser's reason on one line, which gives line and column), an update (the graph is read-only), and a query
   * that calls another endpoint.
   */
  static Query parse(Path file, String text) {
    Query query;
    try {
      query = QueryFactory.create(text, Syntax.syntaxARQ);
    } catch (QueryParseException e) {
      if (isUpdate(text)) {
        throw new InputException(file + ": a SPARQL update; yrdkg's graph is read-only and it runs queries only"
            + " (SELECT, ASK, CONSTRUCT, DESCRIBE)");
      }
      String message = e.getMessage() == null ? "" : LocalQuery.reason(e.getMessage());
      throw new InputException(
          file + ": not a valid SPARQL query" + (message.isBlank() ? "" : " (" + message.strip() + ")"));
    }
    if (LocalQuery.callsService(query)) {
      throw new InputException(file + ": " + LocalQuery.REFUSED);
    }
    return query;
  }

  private static boolean isUpdate(String text) {
    try {
      UpdateFactory.create(text, Syntax.syntaxARQ);
      return true;
    } catch (QueryParseException e) {
      return false;
    }
  }
}
