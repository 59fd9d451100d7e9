package org.yrdkg.serve;

import java.time.Duration;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModule;
import org.apache.jena.fuseki.server.DataAccessPoint;
import org.apache.jena.fuseki.server.DataAccessPointRegistry;
import org.apache.jena.query.ARQ;
import org.apache.jena.rdf.model.Model;

/**
 * The query timeout of every dataset the server hosts ({@code arq:queryTimeout}, overall), which a
 * client's {@code ?timeout=} may shorten but never lengthen.
 */
public final class FMod_QueryTimeout implements FusekiModule {
  private final Duration timeout;

  public FMod_QueryTimeout(Duration timeout) {
    this.timeout = timeout;
  }

  @Override
  public String name() {
    return "yrdkg query timeout";
  }

  @Override
  public void configured(FusekiServer.Builder builder, DataAccessPointRegistry registry, Model configModel) {
    for (DataAccessPoint dap : registry.accessPoints()) {
      dap.getDataService().getDataset().getContext().set(ARQ.queryTimeout, Long.toString(timeout.toMillis()));
    }
  }
}
