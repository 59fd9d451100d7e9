package org.yrdkg.serve;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.Syntax;

/**
 * A canned query ({@code queries/NAME.rq}): its header and its parsed SPARQL.
 *
 * <p>Header lines, before the query: {@code #+ title_zh: …}, {@code #+ title_en: …},
 * {@code #+ description: …} and any number of {@code #+ param: NAME TYPE DEFAULT [EXAMPLE]}, where
 * DEFAULT {@code -} makes the parameter optional (unbound: matches anything) and {@code !} makes it
 * required. Every parameter must be a variable of the query.
 */
public record CannedQuery(String name, String titleZh, String titleEn, String description, List<QueryParam> params,
    String text, Query query) {

  /** The reserved paging and format parameters. */
  public static final Set<String> RESERVED = Set.of("limit", "offset", "format");

  /** Rows a list query returns when no {@code limit} is given, and the most it returns. */
  public static final int DEFAULT_LIMIT = 1000;
  public static final int MAX_LIMIT = 10000;

  /** Parses the file text of query {@code name}; IllegalArgumentException naming the problem. */
  public static CannedQuery parse(String name, String text) {
    if (!name.matches("[a-z0-9][a-z0-9-]*")) {
      throw new IllegalArgumentException(name + ": query names are lower-case words joined by '-'");
    }
    Map<String, String> header = new LinkedHashMap<>();
    List<QueryParam> params = new ArrayList<>();
    for (String line : text.lines().toList()) {
      if (!line.startsWith("#+")) {
        continue;
      }
      String body = line.substring(2).trim();
      int colon = body.indexOf(':');
      if (colon < 0) {
        throw new IllegalArgumentException(name + ": header line without ':': " + line);
      }
      String key = body.substring(0, colon).trim();
      String value = body.substring(colon + 1).trim();
      if (key.equals("param")) {
        params.add(param(name, value));
      } else {
        header.put(key, value);
      }
    }
    for (String key : List.of("title_zh", "title_en", "description")) {
      if (!header.containsKey(key) || header.get(key).isBlank()) {
        throw new IllegalArgumentException(name + ": missing header #+ " + key + ":");
      }
    }
    Query query;
    try {
      query = QueryFactory.create(text, Syntax.syntaxARQ);
    } catch (QueryParseException e) {
      throw new IllegalArgumentException(name + ": " + e.getMessage());
    }
    if (LocalQuery.callsService(query)) {
      throw new IllegalArgumentException(name + ": " + LocalQuery.REFUSED);
    }
    String body = text.lines().filter(l -> !l.startsWith("#")).reduce("", (a, b) -> a + "\n" + b);
    for (QueryParam p : params) {
      if (!Pattern.compile("[?$]" + p.name() + "\\b").matcher(body).find()) {
        throw new IllegalArgumentException(name + ": parameter " + p.name() + " is not a variable of the query");
      }
      if (p.defaultValue() != null) {
        p.bind(p.defaultValue());
      }
      p.bind(p.example());
    }
    return new CannedQuery(name, header.get("title_zh"), header.get("title_en"), header.get("description"),
        List.copyOf(params), text, query);
  }

  private static QueryParam param(String query, String spec) {
    String[] f = spec.split("\\s+");
    if (f.length < 3 || f.length > 4) {
      throw new IllegalArgumentException(query + ": expected '#+ param: NAME TYPE DEFAULT [EXAMPLE]', got: " + spec);
    }
    if (!f[0].matches("[A-Za-z][A-Za-z0-9_]*") || RESERVED.contains(f[0])) {
      throw new IllegalArgumentException(query + ": bad parameter name: " + f[0]);
    }
    ParamType type = ParamType.of(f[1]);
    boolean required = f[2].equals("!");
    String def = required || f[2].equals("-") ? null : f[2];
    String example = f.length == 4 ? f[3] : def != null ? def : type.example();
    return new QueryParam(f[0], type, def, required, example);
  }

  /** SELECT queries return lists and take {@code limit} and {@code offset}. */
  public boolean isList() {
    return query.isSelectType();
  }

  /** {@code select}, {@code construct}, {@code describe} or {@code ask}. */
  public String form() {
    if (query.isSelectType()) {
      return "select";
    }
    if (query.isConstructType()) {
      return "construct";
    }
    return query.isDescribeType() ? "describe" : "ask";
  }

  /**
   * The typed terms for a request: each given value checked against its parameter's type, the
   * defaults filled in, optional parameters left out. Unknown and missing parameters are refused.
   */
  public Map<String, Node> bindings(Map<String, String> given) {
    for (String key : given.keySet()) {
      if (!RESERVED.contains(key) && params.stream().noneMatch(p -> p.name().equals(key))) {
        throw new ParameterException("unknown parameter '" + key + "'; " + name + " takes " + paramNames());
      }
    }
    Map<String, Node> out = new LinkedHashMap<>();
    for (QueryParam p : params) {
      String v = given.get(p.name());
      if (v == null || v.isEmpty()) {
        if (p.required()) {
          throw new ParameterException("missing parameter '" + p.name() + "' (" + p.type().id() + ", e.g. "
              + p.example() + ")");
        }
        v = p.defaultValue();
      }
      if (v != null) {
        out.put(p.name(), p.bind(v));
      }
    }
    return out;
  }

  private String paramNames() {
    List<String> names = new ArrayList<>(params.stream().map(QueryParam::name).toList());
    if (isList()) {
      names.addAll(List.of("limit", "offset"));
    }
    return names.isEmpty() ? "no parameters" : String.join(", ", names);
  }
}
