package org.yrdkg.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.yrdkg.export.Fixture.*;

import java.io.ByteArrayInputStream;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;

class RdfFormatTest {
  private static final String YRD = "https://w3id.org/yrdkg/ontology#";

  @Test
  void turtleIsTheUnionOfTheSelectedStatements() {
    EntityGraph g = graph(ExportSettings.defaults().withAround(RUDONG_LNG, 1));

    Model back = ModelFactory.createDefaultModel();
    RDFParser.source(new ByteArrayInputStream(write(GraphFormats.byName("ttl"), g))).lang(Lang.TURTLE).parse(back);

    assertTrue(back.contains(back.createResource(RUDONG_LNG), back.createProperty(YRD, "locatedIn"), back.createResource(RUDONG)));
    assertTrue(back.contains(back.createResource(RUDONG), RDFS.label, back.createLiteral("如东县", "zh")));
    assertFalse(back.containsResource(back.createResource(NANTONG)), "a region outside the neighbourhood");
    assertFalse(back.contains(null, back.createProperty(YRD, "mention")));
    assertTrue(back.isIsomorphicWith(union(g)));
  }

  @Test
  void nQuadsKeepTheNamedGraphsAndAreSorted() {
    EntityGraph g = graph();
    String nq = text(GraphFormats.byName("nq"), g);

    Dataset back = DatasetFactory.create();
    RDFParser.fromString(nq, Lang.NQUADS).parse(back);

    assertTrue(back.containsNamedModel(ID + "graph/reference"));
    assertTrue(back.getNamedModel(ID + "graph/reference").contains(back.getDefaultModel().createResource(RUDONG),
        back.getDefaultModel().createProperty(YRD, "divisionCode")));
    String[] lines = nq.split("\n");
    String[] sorted = lines.clone();
    java.util.Arrays.sort(sorted);
    assertEquals(java.util.List.of(sorted), java.util.List.of(lines));
  }

  @Test
  void jsonLdParsesBackToTheSameDataset() {
    EntityGraph g = graph(ExportSettings.defaults().withProvenance(true));

    Dataset back = DatasetFactory.create();
    RDFParser.source(new ByteArrayInputStream(write(GraphFormats.byName("jsonld"), g))).lang(Lang.JSONLD).parse(back);

    assertEquals(g.rdf().asDatasetGraph().stream().count(), back.asDatasetGraph().stream().count());
    assertTrue(back.getUnionModel().contains(null, back.getDefaultModel().createProperty(YRD, "mention")));
  }

  private static Model union(EntityGraph g) {
    Model m = ModelFactory.createDefaultModel().add(g.rdf().getDefaultModel());
    g.rdf().listModelNames().forEachRemaining(n -> m.add(g.rdf().getNamedModel(n)));
    return m;
  }
}
