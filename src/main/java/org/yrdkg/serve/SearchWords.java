package org.yrdkg.serve;

import java.util.regex.Pattern;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.queryparser.classic.QueryParserBase;

/**
 * Words to search for, as the text index's query parser takes them: what a planner types, never Lucene syntax. Its
 * syntax characters ({@code ( ) " * ? : ~ ^ [ ] { } + - ! && || / \}) are escaped, so that {@code 长三角 (} or an
 * unbalanced quote is searched for rather than refused; the operators {@code AND}, {@code OR} and {@code NOT} are kept
 * where they read as such ({@code 铁路 OR 港口}) and dropped where they do not (a lone {@code AND}, {@code OR OR}).
 */
final class SearchWords {
  private static final Pattern OPERATOR = Pattern.compile("\\b(AND|OR|NOT)\\b");

  private SearchWords() {}

  /** The query text for the words of {@code q}; empty when {@code q} has no words but operators. */
  static String of(String q) {
    String words = QueryParserBase.escape(q.strip());
    return parses(words) ? words : OPERATOR.matcher(words).replaceAll(" ").strip().replaceAll("\\s+", " ");
  }

  /** Whether Lucene's query parser takes {@code words}; the analyzer does not matter to the syntax. */
  private static boolean parses(String words) {
    if (words.isEmpty()) {
      return false;
    }
    try {
      new QueryParser("f", new KeywordAnalyzer()).parse(words);
      return true;
    } catch (ParseException e) {
      return false;
    }
  }
}
