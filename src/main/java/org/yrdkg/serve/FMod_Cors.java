package org.yrdkg.serve;

import java.util.Set;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModule;
import org.apache.jena.rdf.model.Model;

/** CORS on every path, so that pages on other sites can query the endpoint and fetch the data. */
public final class FMod_Cors implements FusekiModule {
  @Override
  public String name() {
    return "yrdkg CORS";
  }

  @Override
  public void prepare(FusekiServer.Builder builder, Set<String> datasetNames, Model configModel) {
    // Fuseki's own filter, with its defaults: any origin; GET, POST, OPTIONS …; the SPARQL headers.
    builder.enableCors(true, null);
  }
}
