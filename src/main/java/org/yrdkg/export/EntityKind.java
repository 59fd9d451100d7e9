package org.yrdkg.export;

import java.util.List;
import org.apache.jena.rdf.model.Resource;
import org.yrdkg.vocab.Yrd;

/**
 * What a node of the exported graph is: one of the seven top classes of the ontology, or a piece of
 * provenance (a mention, sentence or paragraph). A class belongs to the kind whose top class it is
 * a subclass of; each kind has its own colour in the tools.
 */
public enum EntityKind {
  REGION("Region", "#4E79A7", Yrd.Region),
  PROJECT("Project", "#F28E2B", Yrd.Project),
  SECTOR("Sector", "#59A14F", Yrd.Sector),
  TASK("Task", "#E15759", Yrd.Task),
  ACTOR("Actor", "#76B7B2", Yrd.Actor),
  TARGET("Target", "#EDC948", Yrd.Target),
  POLICY_DOCUMENT("PolicyDocument", "#B07AA1", Yrd.PolicyDocument),
  PROVENANCE("Provenance", "#BAB0AC", Yrd.Mention, Yrd.Sentence, Yrd.Paragraph);

  private final String label;
  private final String colour;
  private final List<Resource> topClasses;

  EntityKind(String label, String colour, Resource... topClasses) {
    this.label = label;
    this.colour = colour;
    this.topClasses = List.of(topClasses);
  }

  /** The name written to the files: the local name of the top class, or {@code Provenance}. */
  public String label() {
    return label;
  }

  /** The colour of the kind's nodes, {@code #RRGGBB}. */
  public String colour() {
    return colour;
  }

  public List<Resource> topClasses() {
    return topClasses;
  }

  public boolean isProvenance() {
    return this == PROVENANCE;
  }
}
