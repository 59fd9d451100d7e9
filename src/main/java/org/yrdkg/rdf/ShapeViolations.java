package org.yrdkg.rdf;

import java.util.List;

/** The graph does not conform to {@code ontology/shapes.ttl}; the message lists the violations, one a line. */
public class ShapeViolations extends RuntimeException {
  private final List<String> violations;

  public ShapeViolations(List<String> violations) {
    super(violations.size() + " SHACL violation(s): " + String.join("; ", violations.subList(0, Math.min(5, violations.size())))
        + (violations.size() > 5 ? "; …" : ""));
    this.violations = List.copyOf(violations);
  }

  public List<String> violations() {
    return violations;
  }
}
