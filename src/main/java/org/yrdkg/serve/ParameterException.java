package org.yrdkg.serve;

/** A canned-query parameter that is missing, unknown or not of its type; the message says which and why. */
public final class ParameterException extends RuntimeException {
  public ParameterException(String message) {
    super(message);
  }
}
