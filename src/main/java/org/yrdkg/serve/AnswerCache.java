package org.yrdkg.serve;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The canned-query answers the server has written, kept for repeated requests: the graph does not change while it is
 * served, so the same request (query, parameters, page and format) gets the same bytes, without running the query or
 * writing its rows again. Bounded by the bytes it holds (each answer counting {@link #OVERHEAD} more, so that empty
 * answers are bounded too), the least recently used dropped first. Each body carries an entity tag, a digest of its
 * bytes, for conditional requests. Errors and answers stopped by the timeout are never written, so never kept.
 */
public final class AnswerCache {
  /** What an answer costs beyond its bytes: its key, its tag and the cache's own entry, roughly. */
  static final int OVERHEAD = 512;

  /** A request for an answer in one format. */
  public record Key(CannedQueryRunner.Request request, ResultFormat format) {}

  /** A written answer and its entity tag (quoted, as HTTP writes it). */
  public record Body(byte[] bytes, String etag) {}

  /** Null when nothing is kept. */
  private final Cache<Key, Body> bodies;

  /** A cache of at most {@code maxBytes}; 0 keeps nothing (every answer is still tagged). */
  public AnswerCache(long maxBytes) {
    if (maxBytes < 0) {
      throw new IllegalArgumentException("maxBytes must not be negative: " + maxBytes);
    }
    bodies = maxBytes == 0 ? null
        // the bound is kept at once, by the thread that adds a body, rather than later by a pool of Caffeine's own
        : Caffeine.newBuilder().executor(Runnable::run).maximumWeight(maxBytes)
            .weigher((Key k, Body b) -> (int) Math.min(Integer.MAX_VALUE, (long) b.bytes().length + OVERHEAD)).build();
  }

  /** The body kept for {@code key}, or null. */
  public Body get(Key key) {
    return bodies == null ? null : bodies.getIfPresent(key);
  }

  /**
   * Tags {@code bytes}, the answer just written for {@code key}, and keeps them. Two requests for the same new answer
   * may both compute it (the query is not run inside the cache, which would hold other keys back while it runs); they
   * write the same bytes, and the last kept stays.
   */
  public Body keep(Key key, byte[] bytes) {
    Body b = new Body(bytes, etag(bytes));
    if (bodies != null) {
      bodies.put(key, b);
    }
    return b;
  }

  /** How many answers are kept (0 when nothing is); for tests. */
  public long size() {
    if (bodies == null) {
      return 0;
    }
    bodies.cleanUp();
    return bodies.estimatedSize();
  }

  /**
   * Whether an {@code If-None-Match} header value names {@code etag}: {@code *}, or a list of tags, weak ones compared
   * weakly (RFC 9110, 13.1.2).
   */
  static boolean matches(String ifNoneMatch, String etag) {
    if (ifNoneMatch == null) {
      return false;
    }
    Set<String> tags = Stream.of(ifNoneMatch.split(",")).map(String::strip)
        .map(t -> t.startsWith("W/") ? t.substring(2) : t).collect(Collectors.toSet());
    return tags.contains("*") || tags.contains(etag);
  }

  private static String etag(byte[] bytes) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes);
      return "\"" + Base64.getUrlEncoder().withoutPadding().encodeToString(digest).substring(0, 22) + "\"";
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this Java", e);
    }
  }
}
