package io.newstimeline.cli;

import io.newstimeline.schema.AvroRuntime;
import io.newstimeline.InputException;
import java.io.PrintWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;

/**
 * The {@code news-timeline} command line. Bad input (a malformed file, a bad flag, a busy port)
 * prints one line and exits non-zero; it never prints a stack trace.
 */
@Command(
    name = "news-timeline",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Turns news articles into one ordered, corroborated, actor-correlated timeline on Kafka.",
    subcommands = {
        DemoCommand.class,
        ProduceCommand.class,
        GenerateCommand.class,
        RunCommand.class,
        TimelineCommand.class,
        ReplayCommand.class,
        AuditCommand.class,
        ExtractCommand.class,
        EvaluateCommand.class,
        BenchCommand.class,
        HelpCommand.class
    })
public final class Main implements Runnable {

  /** Exit code for bad input: a malformed file, an unknown zone, a busy port. */
  public static final int EXIT_INPUT = 1;
  /** Exit code for a bad command line (picocli's convention). */
  public static final int EXIT_USAGE = 2;
  /** Exit code for an unexpected failure. */
  public static final int EXIT_FAILURE = 3;

  private static final Logger log = LoggerFactory.getLogger(Main.class);

  static {
    AvroRuntime.install(); // before any generated Avro class is copied or decoded
  }

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    System.exit(execute(args));
  }

  /** Runs the command line {@code args} and returns its exit code. */
  public static int execute(String... args) {
    return commandLine().execute(args);
  }

  /** The configured picocli command line, for tests that capture its output. */
  public static CommandLine commandLine() {
    CommandLine cli = new CommandLine(new Main());
    cli.setParameterExceptionHandler((e, argv) -> {
      PrintWriter err = e.getCommandLine().getErr();
      err.println("news-timeline: " + oneLine(e.getMessage()) + " (see '"
          + e.getCommandLine().getCommandSpec().qualifiedName() + " --help')");
      return EXIT_USAGE;
    });
    cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
      PrintWriter err = commandLine.getErr();
      if (e instanceof InputException) {
        err.println("news-timeline: " + oneLine(e.getMessage()));
        return EXIT_INPUT;
      }
      log.debug("Unexpected failure", e);
      err.println("news-timeline: unexpected error: " + e.getClass().getSimpleName() + ": " + oneLine(e.getMessage()));
      return EXIT_FAILURE;
    });
    return cli;
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  private static String oneLine(String message) {
    return message == null ? "" : message.replaceAll("\\s*[\\r\\n]+\\s*", " ").trim();
  }
}
