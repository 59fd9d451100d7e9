package org.yrdkg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.BufferPoolMXBean;
import java.lang.management.ManagementFactory;
import java.net.http.HttpResponse;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Responses are written through buffers that Jetty's pool reuses, not through a fresh native buffer each, which the
 * process would hold until a collection happened to free it.
 */
class ResponseBuffersTest {
  @RegisterExtension static final TestServer s = TestServer.fixture();

  @Test
  void everyConnectorWritesThroughPooledBuffers() {
    int connectors = 0;
    for (Connector c : s.server.getJettyServer().getConnectors()) {
      HttpConnectionFactory http = c.getConnectionFactory(HttpConnectionFactory.class);
      if (http != null) {
        connectors++;
        assertEquals(YrdkgServer.OUTPUT_BUFFER_BYTES, http.getHttpConfiguration().getOutputBufferSize());
      }
    }
    assertTrue(connectors > 0, "no HTTP connector");
  }

  /** Forty answers of a few kilobytes each: with a 5 MiB buffer per response they took 200 MiB of native memory. */
  @Test
  void manyAnswersHoldLittleNativeMemory() {
    BufferPoolMXBean direct = ManagementFactory.getPlatformMXBeans(BufferPoolMXBean.class).stream()
        .filter(b -> b.getName().equals("direct")).findFirst().orElseThrow();
    for (int i = 0; i < 3; i++) {
      assertEquals(200, s.sparql(SparqlEndpointTest.COUNT_LNG, "application/sparql-results+json").statusCode());
    }
    long before = direct.getMemoryUsed();
    for (int i = 0; i < 40; i++) {
      // written in pieces, as SPARQL answers are, so that they go through the response's buffer
      HttpResponse<String> r = s.sparql("SELECT ?s ?p ?o { ?s ?p ?o } LIMIT 20 OFFSET " + i, "application/sparql-results+json");
      assertEquals(200, r.statusCode(), r.body());
    }
    long grown = direct.getMemoryUsed() - before;
    assertTrue(grown < 8L << 20, "40 answers took " + (grown >> 20) + " MiB of native buffers");
  }
}
