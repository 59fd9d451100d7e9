package org.yrdkg.serve;

import org.apache.jena.graph.Node;

/**
 * A parameter of a canned query, from a {@code #+ param: NAME TYPE DEFAULT [EXAMPLE]} header line.
 * The default {@code -} makes the parameter optional: left unbound, it matches anything.
 *
 * @param name the SPARQL variable ({@code ?name}) the value is bound to
 * @param type how values are checked and typed
 * @param defaultValue the value when none is given; null when the parameter is optional
 * @param required true when there is no default and the parameter is not optional
 * @param example a value to show in documentation
 */
public record QueryParam(String name, ParamType type, String defaultValue, boolean required, String example) {
  /** The typed term for {@code value}. */
  public Node bind(String value) {
    try {
      return type.parse(value);
    } catch (ParameterException e) {
      throw new ParameterException("parameter '" + name + "': " + e.getMessage());
    }
  }

  /** True when the parameter may be left out and then matches anything. */
  public boolean optional() {
    return !required && defaultValue == null;
  }
}
