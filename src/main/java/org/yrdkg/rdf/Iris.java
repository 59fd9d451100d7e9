package org.yrdkg.rdf;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * Instance IRIs: {@code {base}{kind}/{key}}. The key is the GB/T 2260 code of a division, else a
 * readable slug (pinyin of the canonical name; file stems and positions for text units). The base
 * defaults to {@link #DEFAULT_BASE} and can be set, e.g. to a server's own address.
 */
public record Iris(String base) {
  public static final String DEFAULT_BASE = "https://w3id.org/yrdkg/id/";

  public Iris {
    if (!base.endsWith("/")) {
      base = base + "/";
    }
  }

  public static Iris standard() {
    return new Iris(DEFAULT_BASE);
  }

  public Resource of(String kind, String key) {
    return ResourceFactory.createResource(base + kind + "/" + key);
  }

  public Resource file(String fileName) {
    return of("file", fileName);
  }

  /** A part of a file: heading {@code h3}, paragraph {@code p12}, sentence {@code s140}. */
  public Resource unit(String fileName, String unit) {
    return of("text", stem(fileName) + "/" + unit);
  }

  /** The named graph that holds what a file says. */
  public Resource graph(String fileName) {
    return file(fileName);
  }

  /** The named graph of facts from reference data rather than text (the division hierarchy). */
  public Resource referenceGraph() {
    return of("graph", "reference");
  }

  public Resource voidGraph() {
    return ResourceFactory.createResource(base + "void");
  }

  public Resource dataset() {
    return ResourceFactory.createResource(base + "void#dataset");
  }

  /**
   * The GB/T 2260 form of a division code: six digits for provinces, prefectures and counties
   * (江苏省 320000, 南通市 320600), nine for towns. Shorter forms (32, 3206) are padded.
   */
  public static String divisionKey(String code) {
    return code.length() == 2 ? code + "0000" : code.length() == 4 ? code + "00" : code;
  }

  static String stem(String fileName) {
    int dot = fileName.lastIndexOf('.');
    return dot > 0 ? fileName.substring(0, dot) : fileName;
  }

  /** Eight hex digits of SHA-256: a short, stable tie-breaker for keys that would collide. */
  static String shortHash(String s) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 4);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
