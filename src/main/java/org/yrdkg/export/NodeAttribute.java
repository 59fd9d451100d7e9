package org.yrdkg.export;

import java.util.function.Function;

/**
 * The attributes every node carries in the tool formats, in the order they are declared there; the
 * writers derive their typed key declarations from this list, so the formats cannot drift apart.
 */
public enum NodeAttribute {
  IRI("iri", Type.STRING, GraphNode::iri),
  KIND("kind", Type.STRING, n -> n.kind().label()),
  CLASS("class", Type.STRING, GraphNode::type),
  LABEL("label", Type.STRING, GraphNode::label),
  ZH("zh", Type.STRING, GraphNode::zh),
  EN("en", Type.STRING, GraphNode::en),
  PINYIN("pinyin", Type.STRING, GraphNode::pinyin),
  CODE("code", Type.STRING, GraphNode::code),
  STAGE("stage", Type.STRING, GraphNode::stage),
  PROVINCE("province", Type.STRING, GraphNode::province),
  DEGREE("degree", Type.INTEGER, GraphNode::degree),
  COLOR("color", Type.STRING, GraphNode::colour),
  SIZE("size", Type.DOUBLE, GraphNode::size);

  /** Value types, as the formats name them. */
  public enum Type {
    STRING("string", "string"),
    INTEGER("int", "integer"),
    DOUBLE("double", "double");

    private final String graphml;
    private final String gexf;

    Type(String graphml, String gexf) {
      this.graphml = graphml;
      this.gexf = gexf;
    }

    public String graphml() {
      return graphml;
    }

    public String gexf() {
      return gexf;
    }
  }

  private final String key;
  private final Type type;
  private final Function<GraphNode, Object> value;

  NodeAttribute(String key, Type type, Function<GraphNode, Object> value) {
    this.key = key;
    this.type = type;
    this.value = value;
  }

  public String key() {
    return key;
  }

  public Type type() {
    return type;
  }

  /** The node's value: a {@code String}, {@code Integer} or {@code Double}, or {@code null} when the node has none. */
  public Object of(GraphNode node) {
    return value.apply(node);
  }
}
