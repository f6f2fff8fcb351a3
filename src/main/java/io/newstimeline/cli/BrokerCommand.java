package io.newstimeline.cli;

import io.newstimeline.InputException;
import io.newstimeline.app.EmbeddedStack;
import io.newstimeline.kafka.BrokerOptions;
import io.newstimeline.kafka.ClusterVoters;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code broker}: the embedded broker and schema registry alone, serving until Ctrl-C, for
 * {@code run} and the client commands to use from other processes (as the fault soak does). With
 * {@code --cluster-voters}, one node of a cluster of such brokers, each in its own JVM.
 */
@Command(name = "broker", mixinStandardHelpOptions = true,
    description = "Runs the embedded Kafka broker and schema registry on a data dir until Ctrl-C, for run and the"
        + " other commands to use. With --cluster-voters, one node of a cluster: start every node with the same"
        + " voters, each with its own --node-id, --data-dir and --kafka-port, and the registry on one of them.")
final class BrokerCommand implements Callable<Integer> {

  /** How long a cluster node waits for the other nodes before it gives up. */
  private static final Duration CLUSTER_TIMEOUT = Duration.ofMinutes(5);

  @Option(names = "--data-dir", required = true, paramLabel = "DIR", description = "Where the broker keeps its data.")
  Path dataDir;

  @Option(names = "--kafka-port", defaultValue = "9092", description = "Port of the broker (default: ${DEFAULT-VALUE}).")
  int kafkaPort;

  @Option(names = "--registry-port", defaultValue = "8081", description = "Port of the registry (default: ${DEFAULT-VALUE}).")
  int registryPort;

  @Option(names = "--no-registry", description = "Run no registry on this node (a cluster needs one, on one node).")
  boolean noRegistry;

  @Option(names = "--node-id", defaultValue = "1", paramLabel = "N",
      description = "This node's id among --cluster-voters (default: ${DEFAULT-VALUE}).")
  int nodeId;

  @Option(names = ClusterVoters.FLAG, paramLabel = "ID@127.0.0.1:PORT[,...]",
      description = "The cluster's nodes and their controller ports, the same on every node, e.g."
          + " 1@127.0.0.1:19093,2@127.0.0.1:19094,3@127.0.0.1:19095 (default: a single node).")
  String clusterVoters;

  @Override
  public Integer call() throws Exception {
    BrokerOptions options = BrokerOptions.defaults().withPort(kafkaPort).withDataDir(dataDir.resolve("kafka"));
    String node = "";
    if (clusterVoters != null) {
      ClusterVoters voters;
      try {
        voters = ClusterVoters.parse(clusterVoters);
        options = options.withClusterNode(nodeId, voters);
      } catch (IllegalArgumentException e) {
        throw new InputException(ClusterVoters.FLAG + ": " + e.getMessage(), e);
      }
      node = " (node " + nodeId + " of " + voters.size() + ")";
    }
    try (ShutdownSignal signal = ShutdownSignal.install();
        EmbeddedStack stack = EmbeddedStack.startNode(options, noRegistry ? null : registryPort, CLUSTER_TIMEOUT,
            brokers -> {
              if (signal.stopRequested()) {
                throw new InputException("Stopped while waiting for the other nodes of the cluster");
              }
              System.out.printf("Waiting for the other nodes: %d broker(s) up%n", brokers);
            })) {
      System.out.printf("Broker serving: Kafka at %s%s, registry at %s. Ctrl-C to stop.%n", stack.bootstrapServers(),
          node, stack.registryUrl() == null ? "none on this node" : stack.registryUrl());
      signal.await();
    }
    return 0;
  }
}
