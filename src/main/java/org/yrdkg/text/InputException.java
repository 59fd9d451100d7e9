package org.yrdkg.text;

/** Input that yrdkg refuses to process; the message is one line fit to show a user as it is. */
public class InputException extends RuntimeException {
  public InputException(String message) {
    super(message);
  }
}
