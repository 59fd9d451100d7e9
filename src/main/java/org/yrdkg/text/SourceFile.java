package org.yrdkg.text;

/**
 * One source file as read from disk.
 *
 * @param name file name (the key of the file in the graph)
 * @param raw the decoded text, exactly as in the file (a BOM removed)
 * @param encoding the charset it was decoded with
 * @param sha256 hex digest of the file's bytes
 */
public record SourceFile(String name, String raw, String encoding, String sha256) {

  /** Code-point offset of a Java {@code char} index in {@link #raw()}, as W3C Web Annotation counts. */
  public int codePointOffset(int charIndex) {
    return raw.codePointCount(0, charIndex);
  }
}
