package org.yrdkg.export;

import java.util.Locale;

/**
 * A node of the exported graph: an entity (or, on request, a piece of provenance) with the
 * attributes graph tools show. Absent attributes are {@code null}; {@code degree} counts the edges
 * of the exported graph that touch the node.
 *
 * @param iri the node's IRI, also its id where the format allows one
 * @param kind its top class
 * @param type the local name of its most specific class, such as {@code LNGTerminal}
 * @param label what a tool shows: the zh label, else the en label, else pinyin, else the IRI's last segment
 * @param zh the {@code @zh} label (for provenance: the text of the mention, sentence or paragraph)
 * @param en the {@code @en} label
 * @param pinyin the {@code @zh-Latn-pinyin} label
 * @param code the GB/T 2260 division code of a region
 * @param stage the local name of a project's stage, such as {@code UnderConstruction}
 * @param province the zh names, comma-separated, of the province-level divisions the node is (a
 *     province), lies in (a region) or is linked to through a region (anything else), or {@code null}
 * @param degree the number of edge ends at the node
 */
public record GraphNode(String iri, EntityKind kind, String type, String label, String zh, String en, String pinyin,
    String code, String stage, String province, int degree) {

  /** The node's colour, by kind, as {@code #RRGGBB}. */
  public String colour() {
    return kind.colour();
  }

  /** Red, green and blue of {@link #colour()}, 0–255 each. */
  public int[] rgb() {
    int v = Integer.parseInt(colour().substring(1), 16);
    return new int[] {v >> 16 & 0xFF, v >> 8 & 0xFF, v & 0xFF};
  }

  /** The node's size: grows with the square root of its degree, so hubs stand out without swamping the view. */
  public double size() {
    return Double.parseDouble(String.format(Locale.ROOT, "%.1f", 10 + 5 * Math.sqrt(degree)));
  }
}
