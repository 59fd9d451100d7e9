package org.yrdkg.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point of {@code java -jar yrdkg.jar}. */
@Command(
    name = "yrdkg",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = "Knowledge graph of the Yangtze River Delta integration plans.",
    subcommands = {ServeCommand.class, BuildCommand.class, QueryCommand.class, InspectCommand.class, ExportCommand.class,
        EvalCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {

  public static void main(String[] args) {
    System.exit(run(args, new PrintWriter(System.out, true, StandardCharsets.UTF_8),
        new PrintWriter(System.err, true, StandardCharsets.UTF_8)));
  }

  /** Runs a command line and returns its exit code: 0 done, 1 refused input or failure, 2 usage error. */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine cli = new CommandLine(new Main());
    cli.setOut(out);
    cli.setErr(err);
    cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
      OutOfMemoryError lack = lackOfMemory(e);
      commandLine.getErr().println("yrdkg: " + (lack != null ? outOfMemory(lack) : oneLine(e)));
      return 1;
    });
    try {
      return cli.execute(args);
    } catch (OutOfMemoryError e) {
      err.println("yrdkg: " + outOfMemory(e));
      return 1;
    }
  }

  /**
   * What a user is told when memory runs out: for the heap, the limit it ran into and how to raise it; for anything
   * else (native buffers, threads, class space), the JVM's own words.
   */
  static String outOfMemory(OutOfMemoryError e) {
    String what = e.getMessage() == null ? "" : e.getMessage();
    if (what.isEmpty() || what.contains("Java heap") || what.contains("GC overhead")) {
      return String.format(Locale.ROOT, "out of memory: the JVM may use at most %d MiB of heap, too little for this"
          + " input; give it more, as in java -Xmx4g -jar yrdkg.jar …", Runtime.getRuntime().maxMemory() >> 20);
    }
    return "out of memory: " + what.lines().findFirst().orElse(what);
  }

  /** The lack of memory that caused {@code e} (as in a worker thread's failure), or null. */
  static OutOfMemoryError lackOfMemory(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof OutOfMemoryError oom) {
        return oom;
      }
    }
    return null;
  }

  // the first line of the message: a parser's message, passed on, can go on to list what it expected
  private static String oneLine(Exception e) {
    String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    return message.lines().findFirst().orElse(message);
  }

  @Override
  public void run() {
    new CommandLine(this).usage(System.out);
  }

  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String v = Main.class.getPackage().getImplementationVersion();
      return new String[] {"yrdkg " + (v == null ? "development build" : v)};
    }
  }
}
