package org.yrdkg.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.yrdkg.text.InputException;
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
      commandLine.getErr().println("yrdkg: " + oneLine(e));
      return 1;
    });
    return cli.execute(args);
  }

  private static String oneLine(Exception e) {
    if (e instanceof InputException) {
      return e.getMessage();
    }
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
