package org.yrdkg.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModule;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;
import org.apache.jena.system.Txn;
import org.yrdkg.export.EntityGraph;
import org.yrdkg.export.ExportSettings;
import org.yrdkg.export.GraphFormat;
import org.yrdkg.export.GraphFormats;
import org.yrdkg.text.InputException;

/**
 * The entity graph as a download, {@code GET /export/{format}} with the options of the
 * {@code export} command as query parameters: {@code around} (an entity's IRI) with {@code depth}
 * (default 1, at most {@value #MAX_DEPTH}), {@code query} (the name of a canned CONSTRUCT query,
 * its own parameters beside it), {@code provenance} and {@code tasks} ({@code true} or
 * {@code false}). Unknown format or query 404, an {@code around} that is not an entity 404, any
 * other bad parameter 400, each with a one-line message.
 */
public final class FMod_Export implements FusekiModule {
  static final int MAX_DEPTH = 5;
  private static final Set<String> OPTIONS = Set.of("around", "depth", "query", "provenance", "tasks");
  private static final int CACHED = 16;

  private final ServedDataset data;
  private final CannedQueries queries;
  // The data is read-only, so a selection once read stays right; the view asks for the same ones again and
  // again. A selection being read is shared: a second request for it waits for the first instead of reading it too.
  private final Map<ExportSettings, CompletableFuture<EntityGraph>> cache = new LinkedHashMap<>(CACHED, 0.75f, true) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<ExportSettings, CompletableFuture<EntityGraph>> eldest) {
      return size() > CACHED;
    }
  };

  // Written exports, by selection and format, so that clients asking for the same download share one copy: every
  // request writing its own was 60 MB of heap per whole-graph JSON-LD export in flight (32 at once took the process
  // from 0.4 to 2.9 GB). Kept up to CACHED_BYTES, least recently asked first out; one larger is not kept.
  private static final long CACHED_BYTES = 48L << 20;
  private final Map<BodyKey, CompletableFuture<byte[]>> bodies = new LinkedHashMap<>(16, 0.75f, true);
  private long bodyBytes;
  // At most one export is written per core at a time, and as many more requests wait for a turn (up to `wait`); twice
  // as many may wait for a body another request is writing. Each waiting request holds a server thread, so the others
  // are told to come back (see Turns).
  private final Turns writers;
  private final Turns sharers;
  private final Duration wait;

  private record BodyKey(ExportSettings settings, String format) {}

  public FMod_Export(ServedDataset data, CannedQueries queries) {
    this(data, queries, Runtime.getRuntime().availableProcessors(), Duration.ofSeconds(60));
  }

  /** As above, with {@code writers} exports written at a time, a request waiting at most {@code wait} for its turn. */
  FMod_Export(ServedDataset data, CannedQueries queries, int writers, Duration wait) {
    this.data = data;
    this.queries = queries;
    this.writers = Turns.perCore(writers);
    this.sharers = new Turns(0, 2 * writers);
    this.wait = wait;
  }

  @Override
  public String name() {
    return "yrdkg export";
  }

  @Override
  public void prepare(FusekiServer.Builder builder, Set<String> datasetNames, Model configModel) {
    builder.addServlet("/export/*", new ExportServlet());
  }

  /** The entity graph for {@code settings}, from the cache when it was read before. */
  EntityGraph graph(ExportSettings settings) {
    return shared(cache, settings, () -> EntityGraph.of(data.dataset(), settings), done -> { }, null);
  }

  /**
   * The export of {@code settings} in {@code format}, written once and shared by every request for it while it is
   * cached; {@link Busy} when no writer is free in time, or when it is not written yet and too many requests wait.
   */
  byte[] body(ExportSettings settings, GraphFormat format) {
    BodyKey key = new BodyKey(settings, format.name());
    return shared(bodies, key, () -> write(settings, format), done -> keep(key, done), sharers);
  }


  /**
   * The value {@code cache} holds for {@code key}, made by {@code make} when it holds none; a caller asking for a value
   * being made waits for it instead of making it too, in a place of {@code waitIn} when given ({@link Busy} when there
   * is none). {@code made} hears each value made; a failure is not kept.
   */
  private static <K, V> V shared(Map<K, CompletableFuture<V>> cache, K key, Supplier<V> make,
      Consumer<CompletableFuture<V>> made, Turns waitIn) {
    CompletableFuture<V> mine = new CompletableFuture<>();
    CompletableFuture<V> found;
    synchronized (cache) {
      found = cache.putIfAbsent(key, mine);
    }
    if (found == null) {
      try {
        mine.complete(make.get());
        made.accept(mine);
      } catch (RuntimeException e) {
        synchronized (cache) {
          cache.remove(key, mine);
        }
        mine.completeExceptionally(e);
      }
      return valueOf(mine);
    }
    if (found.isDone() || waitIn == null) {
      return valueOf(found);
    }
    if (!waitIn.enter()) {
      throw new Busy(Turns.Outcome.FULL);
    }
    try {
      return valueOf(found);
    } finally {
      waitIn.leave();
    }
  }

  private static <V> V valueOf(CompletableFuture<V> f) {
    try {
      return f.join();
    } catch (CompletionException e) {
      throw e.getCause() instanceof RuntimeException r ? r : e;
    }
  }

  private byte[] write(ExportSettings settings, GraphFormat format) {
    Turns.Outcome turn = writers.take(wait);
    if (turn != Turns.Outcome.TAKEN) {
      throw new Busy(turn);
    }
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      format.write(graph(settings), out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      writers.give();
    }
  }

  // Counts a written body in the cache, and drops the least recently asked bodies until the cache is within bounds.
  private void keep(BodyKey key, CompletableFuture<byte[]> done) {
    synchronized (bodies) {
      if (bodies.get(key) != done) {
        return;
      }
      bodyBytes += done.join().length;
      var it = bodies.entrySet().iterator();
      while (bodyBytes > CACHED_BYTES && it.hasNext()) {
        CompletableFuture<byte[]> f = it.next().getValue();
        if (f.isDone() && !f.isCompletedExceptionally()) {
          bodyBytes -= f.join().length;
          it.remove();
        }
      }
    }
  }

  /** Every export writer busy, and no place to wait or for longer than a client should wait: 503. */
  static final class Busy extends RuntimeException {
    final Turns.Outcome why;

    Busy(Turns.Outcome why) {
      super("the server is busy writing other exports; try again later");
      this.why = why;
    }
  }

  private final class ExportServlet extends HttpServlet {
    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
      String name = req.getPathInfo() == null ? "" : req.getPathInfo().replaceFirst("^/", "");
      GraphFormat format;
      try {
        format = GraphFormats.byName(name);
      } catch (InputException e) {
        HttpOut.error(resp, 404, (name.isEmpty() ? "no format given" : "'" + name + "': unknown export format")
            + "; use /export/{" + String.join("|", GraphFormats.names()) + "}");
        return;
      }
      Map<String, String> given = new LinkedHashMap<>();
      for (var e : req.getParameterMap().entrySet()) {
        if (e.getValue().length > 1) {
          HttpOut.error(resp, 400, "parameter '" + e.getKey() + "' given more than once");
          return;
        }
        given.put(e.getKey(), e.getValue()[0]);
      }
      ExportSettings settings;
      try {
        settings = settings(given);
      } catch (NotFound e) {
        HttpOut.error(resp, 404, e.getMessage());
        return;
      } catch (ParameterException | InputException e) {
        HttpOut.error(resp, 400, e.getMessage());
        return;
      }
      byte[] body;
      try {
        body = body(settings, format);
      } catch (InputException e) {
        // The around IRI was checked to be known; what is left is an IRI that names no entity (a sentence, a class).
        HttpOut.error(resp, settings.around() != null ? 404 : 400, e.getMessage());
        return;
      } catch (Busy e) {
        long retry = Math.max(1, wait.toSeconds());
        resp.setHeader("Retry-After", String.valueOf(e.why == Turns.Outcome.FULL ? Math.min(5, retry) : retry));
        HttpOut.error(resp, 503, e.getMessage());
        return;
      }
      resp.setStatus(200);
      resp.setContentType(format.mediaType() + "; charset=utf-8");
      resp.setHeader("Content-Disposition", "attachment; filename=\"" + fileName(settings, format) + "\"");
      resp.setContentLength(body.length);
      try (OutputStream out = resp.getOutputStream()) {
        out.write(body);
      }
    }
  }

  /** The settings a request asks for; {@link ParameterException} or {@link NotFound} naming what is wrong. */
  ExportSettings settings(Map<String, String> given) {
    String queryName = given.get("query");
    Optional<CannedQuery> cq = Optional.empty();
    if (queryName != null) {
      cq = queries.get(queryName);
      if (cq.isEmpty()) {
        throw new NotFound("no canned query named '" + queryName + "' (see /api/queries)");
      }
      if (!cq.get().query().isConstructType()) {
        throw new ParameterException("query '" + queryName + "' is a " + cq.get().form()
            + " query; the export needs a CONSTRUCT query's graph");
      }
    }
    Map<String, String> queryParams = new LinkedHashMap<>();
    for (var e : given.entrySet()) {
      if (!OPTIONS.contains(e.getKey())) {
        if (cq.isEmpty()) {
          throw new ParameterException("unknown parameter '" + e.getKey() + "'; /export takes "
              + String.join(", ", List.of("around", "depth", "query", "provenance", "tasks")));
        }
        queryParams.put(e.getKey(), e.getValue());
      }
    }
    ExportSettings settings = ExportSettings.defaults()
        .withTasks(bool(given, "tasks", true))
        .withProvenance(bool(given, "provenance", false));
    if (cq.isPresent()) {
      settings = settings.withConstruct(bound(cq.get(), queryParams));
    }
    String around = given.get("around");
    String depthText = given.get("depth");
    if (around == null && depthText != null) {
      throw new ParameterException("parameter 'depth' needs 'around' (the IRI of an entity)");
    }
    if (around != null) {
      int depth = depth(depthText);
      if (!around.matches("[a-zA-Z][a-zA-Z0-9+.-]*:\\S+")) {
        throw new ParameterException("parameter 'around': not an IRI: '" + clip(around) + "'");
      }
      boolean known = Txn.calculateRead(data.graph(), () -> Describer.known(data.unionGraph(), around));
      if (!known) {
        throw new NotFound("nothing is known about " + around);
      }
      settings = settings.withAround(around, depth);
    }
    return settings;
  }

  /** The canned query with its parameters put in as constants (typed by the query's header, never spliced as text). */
  private static String bound(CannedQuery cq, Map<String, String> params) {
    Map<String, Node> terms = cq.bindings(params);
    Map<Var, Node> vars = new LinkedHashMap<>();
    terms.forEach((k, v) -> vars.put(Var.alloc(k), v));
    Query q = QueryTransformOps.replaceVars(cq.query(), vars);
    return q.serialize();
  }

  private static int depth(String text) {
    if (text == null || text.isEmpty()) {
      return 1;
    }
    if (!text.matches("[0-9]{1,3}") || Integer.parseInt(text) > MAX_DEPTH) {
      throw new ParameterException("parameter 'depth': a whole number from 0 to " + MAX_DEPTH + ", not '" + clip(text) + "'");
    }
    return Integer.parseInt(text);
  }

  private static boolean bool(Map<String, String> given, String name, boolean dflt) {
    String v = given.get(name);
    if (v == null || v.isEmpty()) {
      return dflt;
    }
    return switch (v) {
      case "true", "1", "yes" -> true;
      case "false", "0", "no" -> false;
      default -> throw new ParameterException("parameter '" + name + "': true or false, not '" + clip(v) + "'");
    };
  }

  /** {@code yrdkg.graphml}, or {@code yrdkg-320623.graphml} around an entity: ASCII only, so every client keeps it. */
  static String fileName(ExportSettings settings, GraphFormat format) {
    String name = "yrdkg";
    if (settings.around() != null) {
      String iri = settings.around();
      String local = iri.substring(Math.max(iri.lastIndexOf('/'), iri.lastIndexOf('#')) + 1).replaceAll("[^A-Za-z0-9._-]", "");
      if (!local.isEmpty()) {
        name += "-" + local;
      }
    }
    return name + "." + format.fileExtension();
  }

  private static String clip(String s) {
    return s.length() > 60 ? s.substring(0, 60) + "…" : s;
  }

  /** A request for something that does not exist: 404. */
  private static final class NotFound extends RuntimeException {
    NotFound(String message) {
      super(message);
    }
  }
}
