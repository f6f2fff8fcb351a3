package io.newstimeline.cli;

import io.newstimeline.app.EmbeddedStack;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code broker}: the embedded broker and schema registry alone, serving until Ctrl-C, for
 * {@code run} and the client commands to use from other processes (as the fault soak does).
 */
@Command(name = "broker", mixinStandardHelpOptions = true,
    description = "Runs the embedded Kafka broker and schema registry on a data dir until Ctrl-C, for run and the"
        + " other commands to use.")
final class BrokerCommand implements Callable<Integer> {

  @Option(names = "--data-dir", required = true, paramLabel = "DIR", description = "Where the broker keeps its data.")
  Path dataDir;

  @Option(names = "--kafka-port", defaultValue = "9092", description = "Port of the broker (default: ${DEFAULT-VALUE}).")
  int kafkaPort;

  @Option(names = "--registry-port", defaultValue = "8081", description = "Port of the registry (default: ${DEFAULT-VALUE}).")
  int registryPort;

  @Override
  public Integer call() throws Exception {
    try (ShutdownSignal signal = ShutdownSignal.install();
        EmbeddedStack stack = EmbeddedStack.start(dataDir, kafkaPort, registryPort)) {
      System.out.printf("Broker serving: Kafka at %s, registry at %s. Ctrl-C to stop.%n", stack.bootstrapServers(),
          stack.registryUrl());
      signal.await();
    }
    return 0;
  }
}
