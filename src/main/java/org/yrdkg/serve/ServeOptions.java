package org.yrdkg.serve;

import java.time.Duration;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Settings of one server.
 *
 * @param port TCP port; 0 picks a free one (tests)
 * @param timeout longest a query may run before it is cancelled
 * @param base the namespace of instance IRIs, mapped to this server's {@code /id/}
 * @param requestLog receives one line per HTTP request
 * @param answerCacheBytes how many bytes of written canned-query answers the server keeps for repeated requests; 0
 *     keeps none
 */
public record ServeOptions(int port, Duration timeout, String base, Consumer<String> requestLog, long answerCacheBytes) {
  /** The instance namespace of the design: {@code https://w3id.org/yrdkg/id/}. */
  public static final String DEFAULT_BASE = "https://w3id.org/yrdkg/id/";
  /**
   * Canned-query answers kept by default, in MiB: some forty pages of a thousand rows with their sentences, far more
   * of the smaller answers. A full cache of 64 MiB kept 66 MB more heap live and 73 MiB more resident than none
   * (BENCHMARKS.md); half that leaves a burst of heavy requests its room under the 512 MiB a serving process may use.
   */
  public static final int DEFAULT_ANSWER_CACHE_MIB = 32;

  public ServeOptions {
    Objects.requireNonNull(timeout);
    Objects.requireNonNull(base);
    Objects.requireNonNull(requestLog);
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("port out of range: " + port);
    }
    if (timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("timeout must be positive: " + timeout);
    }
    if (!base.endsWith("/")) {
      throw new IllegalArgumentException("base must end with /: " + base);
    }
    if (answerCacheBytes < 0) {
      throw new IllegalArgumentException("answer cache must not be negative: " + answerCacheBytes);
    }
  }

  /** Port 3030, 10 s timeout, the design's base, no request log, {@link #DEFAULT_ANSWER_CACHE_MIB} MiB of answers kept. */
  public static ServeOptions defaults() {
    return new ServeOptions(3030, Duration.ofSeconds(10), DEFAULT_BASE, line -> {}, DEFAULT_ANSWER_CACHE_MIB * 1024L * 1024L);
  }

  public ServeOptions withPort(int p) {
    return new ServeOptions(p, timeout, base, requestLog, answerCacheBytes);
  }

  public ServeOptions withTimeout(Duration t) {
    return new ServeOptions(port, t, base, requestLog, answerCacheBytes);
  }

  public ServeOptions withRequestLog(Consumer<String> log) {
    return new ServeOptions(port, timeout, base, log, answerCacheBytes);
  }

  public ServeOptions withAnswerCacheBytes(long bytes) {
    return new ServeOptions(port, timeout, base, requestLog, bytes);
  }
}
