package org.yrdkg.cli;

import java.io.PrintWriter;

/** One self-overwriting status line on a terminal; silent when output is not a terminal. */
final class Progress {
  private static final boolean TERMINAL = System.console() != null;

  private Progress() {}

  static void step(PrintWriter err, String message) {
    if (TERMINAL) {
      err.print("\r\033[K" + message);
      err.flush();
    }
  }

  static void done(PrintWriter err) {
    if (TERMINAL) {
      err.print("\r\033[K");
      err.flush();
    }
  }
}
