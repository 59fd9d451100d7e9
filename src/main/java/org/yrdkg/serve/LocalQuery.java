package org.yrdkg.serve;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.apache.jena.atlas.lib.Pair;
import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaRange;
import org.apache.jena.atlas.web.MediaType;
import org.apache.jena.fuseki.DEF;
import org.apache.jena.fuseki.Fuseki;
import org.apache.jena.fuseki.server.CounterName;
import org.apache.jena.fuseki.servlets.ActionExecLib;
import org.apache.jena.fuseki.servlets.ActionLib;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.Responses;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.fuseki.system.ConNeg;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.QueryBuildException;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryExecException;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryException;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.Syntax;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.OpVisitorBase;
import org.apache.jena.sparql.algebra.op.OpOrder;
import org.apache.jena.sparql.algebra.op.OpService;
import org.apache.jena.sparql.algebra.walker.Walker;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Prologue;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecResult;
import org.apache.jena.sparql.expr.ExprFunctionOp;
import org.apache.jena.sparql.expr.ExprVisitorBase;
import org.yrdkg.text.SourceReader;

/**
 * SPARQL query of the served dataset, and of nothing else.
 *
 * <p>A query that asks another endpoint ({@code SERVICE}) is refused with a 400 before it runs. Left to ARQ, {@code
 * SERVICE <http://10.0.0.1/…>} would have the server send requests wherever a client points it, inside the network it
 * runs in. Canned queries and query files are checked alike, and {@link #forbidServiceCalls} has ARQ itself refuse
 * SERVICE on the served dataset, whatever the way in.
 *
 * <p>A query nested deeper than Jena's recursion can go, one that Jena cannot plan (a property function given the
 * wrong arguments), or one whose property function fails as it runs ({@link PropertyFunctionErrors}), which Fuseki
 * would let fail with a 500, is a 400; one that runs out of heap is a 503, as one stopped by the timeout is; a POST
 * body over {@value #MAX_QUERY_BYTES} bytes, which Jena's parser would spend unbounded time on (12 s for 4 MB), is a
 * 413. Unreadable parameters and charsets are refused before this runs ({@link FMod_RequestChecks}).
 */
public final class LocalQuery extends SPARQL_QueryDataset {
  /** The one-line reason given to the client. */
  public static final String REFUSED = "SERVICE is not allowed: yrdkg answers from its own graph and does not query other"
      + " endpoints";

  /** The largest query a POST body may carry; a form is held to Jetty's limit for forms (200,000 bytes). */
  static final int MAX_QUERY_BYTES = 1 << 20;
  /** How much more of a body over that limit is read (and dropped) before the 413 goes out. */
  private static final long DRAIN_BYTES = 64L << 20;
  private static final String PERMIT = "yrdkg.graphPermit";
  private static final String TOO_DEEP = "the query is nested too deeply to run";
  /** The longest reason {@link #reason} gives. */
  public static final int LONGEST_REASON = 200;
  /** How the answer to a query that does not parse begins. */
  private static final String PARSE_ERROR = "Parse error: ";
  /** What Fuseki's steps are given as the query's text for their log, which does not show it. */
  private static final String FOR_LOG = "";
  /** The parameters by which a client names the format of the answer, overriding {@code Accept}. */
  private static final List<String> OUTPUT_PARAMETERS = List.of("output", "format", "results");
  /**
   * The largest CONSTRUCT or DESCRIBE answer written as JSON-LD. Jena's JSON-LD writer builds the whole document in
   * memory: the whole graph (200,000 triples) takes 6 s and some 800 MB of heap, where Turtle takes 1.8 s and N-Triples
   * streams. A larger answer is a 406 pointing to those formats, /dump and /export/jsonld.
   */
  static final int MAX_JSONLD_TRIPLES = 50_000;

  // CONSTRUCT and DESCRIBE answers are built whole in memory and written by non-streaming writers, outside the query
  // timeout: the whole graph as JSON-LD takes 7 s and 700 MB of heap, and 16 such requests at once took the process to
  // 6.4 GB. So only so many are answered at a time; WAITING_PER_TURN times as many more wait their turn, up to the
  // query timeout, each holding a request thread but no answer.
  final Turns graphAnswers;
  /**
   * Places to wait for each turn. With one per turn, 64 clients sending the canned queries in turn over SPARQL got 1–2
   * refusals in 3,000 requests (two of the four places taken by small CONSTRUCTs while the CPU was saturated); with
   * three, a server of two cores holds at most 8 of its 32 request threads for graph answers.
   */
  static final int WAITING_PER_TURN = 3;
  private final Duration wait;
  private final int maxJsonLdTriples;

  /**
   * Answers {@code graphAnswers} CONSTRUCT or DESCRIBE queries at a time; {@link #WAITING_PER_TURN} times as many more
   * wait up to {@code wait}, and the others are told to come back.
   */
  LocalQuery(int graphAnswers, Duration wait) {
    this(graphAnswers, wait, MAX_JSONLD_TRIPLES);
  }

  /** As above, with JSON-LD answers of at most {@code maxJsonLdTriples} triples. */
  LocalQuery(int graphAnswers, Duration wait, int maxJsonLdTriples) {
    this.graphAnswers = new Turns(graphAnswers, WAITING_PER_TURN * graphAnswers);
    this.wait = wait;
    this.maxJsonLdTriples = maxJsonLdTriples;
  }

  /** The query in the body of a POST, read up to {@link #MAX_QUERY_BYTES}. */
  @Override
  protected void executeBody(HttpAction action) {
    byte[] body;
    try {
      body = action.getRequestInputStream().readNBytes(MAX_QUERY_BYTES + 1);
    } catch (IOException e) {
      ServletOps.errorBadRequest("cannot read the request body: " + e.getMessage());
      return;
    }
    if (body.length > MAX_QUERY_BYTES) {
      // read on a little, so that a client still sending its body hears why, rather than a broken connection
      try {
        InputStream in = action.getRequestInputStream();
        byte[] buffer = new byte[1 << 16];
        long drained = 0;
        for (int n = 0; drained < DRAIN_BYTES && n >= 0; n = in.read(buffer)) {
          drained += n;
        }
      } catch (IOException e) {
        // the client went away; the answer is sent all the same
      }
      ServletOps.error(413, "query longer than " + (MAX_QUERY_BYTES >> 20) + " MiB");
    }
    execute(text(body, action), action);
  }

  /**
   * The query a POST body carries, in the charset its {@code Content-Type} names (UTF-8 when it names none, as SPARQL
   * has it). Bytes that are not text in that charset are a 400, rather than a query whose literals quietly hold U+FFFD
   * and match nothing: a query saved in GBK and sent as it is.
   */
  private static String text(byte[] body, HttpAction action) {
    String declared = action.getRequest().getCharacterEncoding();
    Charset charset = declared == null ? StandardCharsets.UTF_8 : Charset.forName(declared);
    String text = SourceReader.strict(body, charset);
    if (text == null) {
      ServletOps.errorBadRequest("the query in the request body is not " + charset.name() + " text; send it in UTF-8");
    }
    return text;
  }

  /**
   * Runs the query, as Fuseki's {@code SPARQLQueryProcessor.execute} runs it but for how a query that does not parse is
   * answered: with the parser's reason on one line ({@link #reason}), and nothing logged. Fuseki logged the
   * reason, which quotes the token the parser stopped at (800 KB for an unclosed string of that size), answered a late
   * parse error (words {@code text:query} cannot take) with the whole query in its message, and serialised every query
   * again for its log. One nested too deeply for Jena's recursive parser, optimiser or writer is a 400.
   */
  @Override
  protected void execute(String queryString, HttpAction action) {
    try {
      run(queryString, action);
    } catch (StackOverflowError e) {
      ServletOps.errorBadRequest(TOO_DEEP);
    } catch (QueryBuildException e) {
      // found while planning the query, before any answer: a property function given the wrong arguments
      ServletOps.errorBadRequest(e.getMessage());
    } catch (QueryCancelledException e) {
      throw e;
    } catch (QueryExecException e) {
      // found while the query runs: a property function given what it cannot take (PropertyFunctionErrors)
      unlessCommitted(action, e);
      ServletOps.errorBadRequest(e.getMessage());
    } catch (OutOfMemoryError e) {
      // the query's rows or values outgrew the heap; once they are dropped the server goes on
      unlessCommitted(action, e);
      ServletOps.error(503, "the query was stopped: it needed more memory than the server has");
    } finally {
      if (action.getRequest().getAttribute(PERMIT) != null) {
        action.getRequest().removeAttribute(PERMIT);
        graphAnswers.give();
      }
    }
  }

  /**
   * A parser's or a function's message as one line of at most {@value #LONGEST_REASON} characters: its lines joined up
   * to the list of what was expected (Lucene's and Jena's parsers list every token they would have taken), spaces
   * collapsed, and cut short with "…" (never inside a surrogate pair). A message of a query's text, or of a token as
   * long as the query, stays short in the answer and in the log.
   */
  public static String reason(String message) {
    StringBuilder joined = new StringBuilder();
    for (String line : message.strip().split("\\R")) {
      if (line.strip().startsWith("Was expecting")) {
        break;
      }
      joined.append(line).append(' ');
    }
    String one = joined.toString().strip().replaceAll("\\s+", " ");
    if (one.length() <= LONGEST_REASON) {
      return one;
    }
    int end = Character.isHighSurrogate(one.charAt(LONGEST_REASON - 2)) ? LONGEST_REASON - 2 : LONGEST_REASON - 1;
    return one.substring(0, end) + "…";
  }

  /** Fuseki's steps once the query has its text: parse, check, choose the dataset, run, send. */
  private void run(String queryString, HttpAction action) {
    if (queryString.isBlank()) {
      ServletOps.errorBadRequest(queryString.isEmpty() ? "Error: Empty query string" : "Error: Blank query string");
    }
    Query query = parse(queryString);
    validateQuery(action, query);
    try {
      action.beginRead();
      Pair<DatasetGraph, Query> chosen = decideDataset(action, query, FOR_LOG);
      Query q = chosen.getRight() != null ? chosen.getRight() : query;
      try (QueryExec exec = createQueryExec(action, q, chosen.getLeft())) {
        sendResults(action, executeQuery(action, exec, query, FOR_LOG), query.getPrologue());
      }
    } catch (QueryParseException e) {
      // a late parse error: the words of a text:query
      action.abortSilent();
      ServletOps.errorBadRequest(PARSE_ERROR + reason(e));
    } catch (QueryCancelledException e) {
      action.abortSilent();
      ActionExecLib.incCounter(action.getEndpoint().getCounters(), CounterName.QueryTimeouts);
      throw e;
    } finally {
      action.endRead();
    }
  }

  /** The query, parsed as Fuseki parses it; a 400 with the parser's reason on one line if it does not parse. */
  private static Query parse(String queryString) {
    try {
      return QueryFactory.create(queryString, Fuseki.BaseParserSPARQL, Syntax.syntaxARQ);
    } catch (QueryException e) {
      // Jena's parser reports running out of stack as a parse error of that name, and nothing more
      if (e.getCause() instanceof StackOverflowError
          || StackOverflowError.class.getSimpleName().equals(String.valueOf(e.getMessage()).strip())) {
        ServletOps.errorBadRequest(TOO_DEEP);
      }
      ServletOps.errorBadRequest(e instanceof QueryParseException ? PARSE_ERROR + reason(e) : reason(e));
      return null;
    }
  }

  private static String reason(QueryException e) {
    return e.getMessage() != null ? reason(e.getMessage())
        : (e.getCause() != null ? e.getCause() : e).getClass().getSimpleName();
  }

  /**
   * Drops what was written of an answer before it failed, or, when some of it has gone to the client already, lets
   * {@code failure} end the response as Fuseki ends it.
   */
  private static <T extends Throwable> void unlessCommitted(HttpAction action, T failure) throws T {
    if (action.getResponse().isCommitted()) {
      throw failure;
    }
    action.getResponse().resetBuffer();
  }

  /**
   * Sends the answer. A graph answer says that it varies by {@code Accept} (Fuseki's graph writers do not), added to
   * the CORS filter's {@code Vary: Origin}, so that no shared cache hands a Turtle answer to a client asking for
   * N-Triples, or one site's answer to another.
   */
  @Override
  protected void sendResults(HttpAction action, QueryExecResult result, Prologue prologue) {
    if (result.isGraph() || result.isDataset()) {
      HttpOut.varyByAccept(action.getResponse());
    }
    long triples = result.isGraph() ? result.graph().size() : result.isDataset() ? result.dataset().stream().count() : 0;
    if (triples > maxJsonLdTriples && isJsonLd(answerType(action))) {
      MediaType other = otherAcceptable(action);
      if (other == null) {
        ServletOps.error(406, "an answer of " + triples + " triples is too large for JSON-LD (at most "
            + maxJsonLdTriples + "); ask for Turtle or N-Triples, or download /dump or /export/jsonld");
      }
      write(action, result, other);
      return;
    }
    super.sendResults(action, result, prologue);
  }

  /**
   * The type Fuseki writes a graph answer in, chosen as Fuseki chooses it: a format parameter ({@code output}, {@code
   * format} or {@code results}, by short name or media type) over the {@code Accept} header, Turtle by default.
   */
  private static String answerType(HttpAction action) {
    String named = namedFormat(action);
    if (named != null) {
      String full = Responses.shortNamesGraph.get(named.toLowerCase(Locale.ROOT));
      return full != null ? full : named;
    }
    MediaType type = ConNeg.chooseContentType(action.getRequest(), DEF.constructOffer, DEF.acceptTurtle);
    return type == null ? null : type.getContentTypeStr();
  }

  private static String namedFormat(HttpAction action) {
    return OUTPUT_PARAMETERS.stream().map(p -> action.getRequest().getParameter(p)).filter(v -> v != null)
        .findFirst().orElse(null);
  }

  private static boolean isJsonLd(String contentType) {
    Lang lang = contentType == null ? null : RDFLanguages.contentTypeToLang(contentType);
    return lang != null && RDFLanguages.sameLang(lang, Lang.JSONLD);
  }

  /**
   * The format other than JSON-LD that the request's {@code Accept} header takes best, or null: none when a parameter
   * names the format ({@code output=json-ld}), or when the header takes nothing else.
   */
  private static MediaType otherAcceptable(HttpAction action) {
    String accept = action.getRequest().getHeader("Accept");
    if (accept == null || namedFormat(action) != null) {
      return null;
    }
    List<MediaRange> others = DEF.constructOffer.entries().stream().filter(m -> !isJsonLd(m.getContentTypeStr()))
        .toList();
    try {
      return AcceptList.match(new AcceptList(accept), new AcceptList(others));
    } catch (RuntimeException e) {
      return null;
    }
  }

  /** Writes the graph or dataset of {@code result} as {@code type}, as Fuseki writes graph answers. */
  private static void write(HttpAction action, QueryExecResult result, MediaType type) {
    String contentType = type.getContentTypeStr();
    Lang lang = RDFLanguages.contentTypeToLang(contentType);
    RDFFormat format = ActionLib.getNetworkFormatForLang(lang);
    ServletOps.success(action);
    if (RDFLanguages.isQuads(lang)) {
      ActionLib.datasetResponse(action, result.isGraph() ? DatasetGraphFactory.wrap(result.graph()) : result.dataset(),
          format, contentType);
    } else {
      ActionLib.graphResponse(action, result.isGraph() ? result.graph() : result.dataset().getDefaultGraph(), format,
          contentType);
    }
  }


  @Override
  protected void validateQuery(HttpAction action, Query query) {
    super.validateQuery(action, query);
    if (callsService(query)) {
      ServletOps.errorBadRequest(REFUSED);
    }
    if (query.isConstructType() || query.isDescribeType()) {
      Turns.Outcome turn = graphAnswers.take(wait);
      if (turn != Turns.Outcome.TAKEN) {
        // no place to wait: come back soon; waited in vain: come back after as long again
        long retry = turn == Turns.Outcome.FULL ? Math.min(5, Math.max(1, wait.toSeconds())) : Math.max(1, wait.toSeconds());
        action.getResponse().setHeader("Retry-After", String.valueOf(retry));
        ServletOps.error(503, "the server is busy answering other CONSTRUCT and DESCRIBE queries; try again later");
      }
      action.getRequest().setAttribute(PERMIT, Boolean.TRUE);
    }
  }

  /**
   * Whether {@code query} has a {@code SERVICE} anywhere: in its pattern, a subquery, or the pattern of an EXISTS in any
   * expression (FILTER, BIND, SELECT, ORDER BY, HAVING).
   */
  public static boolean callsService(Query query) {
    ServiceFinder finder = new ServiceFinder();
    finder.walk(Algebra.compile(query));
    return finder.found;
  }

  /** Walks an algebra expression and the patterns of the EXISTS inside its expressions, looking for SERVICE. */
  private static final class ServiceFinder extends OpVisitorBase {
    boolean found;

    private final ExprVisitorBase exprs = new ExprVisitorBase() {
      @Override
      public void visit(ExprFunctionOp func) {
        // an EXISTS outside a FILTER keeps its pattern as syntax until it runs
        Op pattern = func.getGraphPattern() != null ? func.getGraphPattern()
            : func.getElement() != null ? Algebra.compile(func.getElement()) : null;
        if (pattern != null) {
          walk(pattern);
        }
      }
    };

    void walk(Op op) {
      Walker.walk(op, this, exprs);
    }

    @Override
    public void visit(OpService op) {
      found = true;
    }

    // the walker does not look into sort keys
    @Override
    public void visit(OpOrder op) {
      op.getConditions().forEach(c -> Walker.walk(c.getExpression(), exprs));
    }
  }

  /** Makes ARQ refuse {@code SERVICE} in every query run on {@code dataset}, however it reaches it. */
  static void forbidServiceCalls(DatasetGraph dataset) {
    dataset.getContext().set(ARQ.httpServiceAllowed, false);
  }
}
