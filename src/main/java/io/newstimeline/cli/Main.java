package io.newstimeline.cli;

import io.newstimeline.schema.AvroRuntime;
import io.newstimeline.InputException;
import io.newstimeline.UnavailableException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ServiceLoader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.ParseResult;
import org.apache.kafka.common.errors.AuthenticationException;
import io.newstimeline.kafka.ClientSettings;
import io.newstimeline.kafka.KafkaClientConfigs;
import io.newstimeline.schema.RegistryAuth;
import io.newstimeline.schema.SchemaRegistryException;

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
        BrokerCommand.class,
        TransactionsCommand.class,
        TimelineCommand.class,
        ReplayCommand.class,
        AuditCommand.class,
        ExtractCommand.class,
        DatesCommand.class,
        HelpCommand.class
    })
public final class Main implements Runnable {

  /** Exit code for bad input: a malformed file, an unknown zone, a busy port. */
  public static final int EXIT_INPUT = 1;
  /** Exit code for a bad command line (picocli's convention). */
  public static final int EXIT_USAGE = 2;
  /** Exit code for an unexpected failure. */
  public static final int EXIT_FAILURE = 3;
  /** Exit code when the Kafka cluster or the schema registry does not answer. */
  public static final int EXIT_UNAVAILABLE = 5;

  private static final Logger log = LoggerFactory.getLogger(Main.class);

  static {
    AvroRuntime.install(); // before any generated Avro class is copied or decoded
  }

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    System.exit(execute(args));
  }

  /** Runs the command line {@code args} and returns its exit code; the config file, if any, gives defaults. */
  public static int execute(String... args) {
    CommandLine cli = commandLine();
    try {
      ConfigFile.locate(System.getenv(), Path.of(System.getProperty("user.home")))
          .ifPresent(file -> cli.setDefaultValueProvider(ConfigFile.provider(file)));
    } catch (InputException e) {
      cli.getErr().println("news-timeline: " + oneLine(e.getMessage()));
      return EXIT_INPUT;
    }
    return cli.execute(args);
  }

  /** The configured picocli command line, for tests that capture its output. */
  public static CommandLine commandLine() {
    CommandLine cli = new CommandLine(new Main());
    for (ToolCommand tool : ServiceLoader.load(ToolCommand.class)) {
      cli.addSubcommand(tool);
    }
    cli.setExecutionStrategy(Main::applyConnectionThenRun);
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
      if (e instanceof UnavailableException) {
        err.println("news-timeline: " + oneLine(e.getMessage()));
        return EXIT_UNAVAILABLE;
      }
      log.debug("Unexpected failure", e);
      err.println("news-timeline: unexpected error: " + e.getClass().getSimpleName() + ": " + oneLine(e.getMessage()));
      return EXIT_FAILURE;
    });
    return cli;
  }

  /**
   * Applies the client settings of the command's connection options, runs the command, then clears
   * them again: they belong to this one run (tests run many commands in one JVM).
   */
  private static int applyConnectionThenRun(ParseResult parseResult) {
    try {
      return runWithConnection(parseResult);
    } finally {
      KafkaClientConfigs.useEverywhere(ClientSettings.NONE);
      Registries.authenticateWith(RegistryAuth.NONE);
    }
  }

  private static int runWithConnection(ParseResult parseResult) {
    CommandLine.Model.CommandSpec command = parseResult.subcommand() != null
        ? parseResult.subcommand().commandSpec() : parseResult.commandSpec();
    PrintWriter err = parseResult.commandSpec().commandLine().getErr();
    ConnectionOptions connection = null;
    try {
      for (CommandLine.Model.CommandSpec mixin : command.mixins().values()) {
        if (mixin.userObject() instanceof ConnectionOptions options) {
          options.apply();
          connection = options;
        }
      }
    } catch (InputException e) {
      err.println("news-timeline: " + oneLine(e.getMessage()));
      return EXIT_INPUT;
    }
    try {
      return new CommandLine.RunLast().execute(parseResult);
    } catch (CommandLine.ExecutionException e) {
      SchemaRegistryException registryError = cause(e, SchemaRegistryException.class);
      if (registryError != null && registryError.errorCode() == SchemaRegistryException.INCOMPATIBLE_SCHEMA) {
        // A contract change the subject's compatibility level forbids: the registry's own words, on one line.
        err.println("news-timeline: the schema registry refused an incompatible schema (409): "
            + oneLine(registryError.getMessage()));
        return EXIT_INPUT;
      }
      AuthenticationException refused = cause(e, AuthenticationException.class);
      if (refused == null || connection == null) {
        throw e;
      }
      // Wrong credentials never heal by retrying: say so on one line instead of a stack trace.
      err.println("news-timeline: cannot authenticate to the "
          + KafkaClientConfigs.everywhere().kafka().getOrDefault("security.protocol", "PLAINTEXT")
          + " listener at " + connection.bootstrapServersOrLocal() + ": " + oneLine(refused.getMessage()));
      return EXIT_INPUT;
    }
  }

  private static <T extends Throwable> T cause(Throwable e, Class<T> type) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (type.isInstance(cause)) {
        return type.cast(cause);
      }
    }
    return null;
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  private static String oneLine(String message) {
    return message == null ? "" : message.replaceAll("\\s*[\\r\\n]+\\s*", " ").trim();
  }
}
