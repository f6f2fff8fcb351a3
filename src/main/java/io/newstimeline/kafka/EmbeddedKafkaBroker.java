package io.newstimeline.kafka;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.IntConsumer;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.common.utils.Utils;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real Kafka broker running in this JVM: one KRaft process that is both broker and controller,
 * listening on loopback only. Alone, it is a single-node cluster with every replication factor at
 * 1; started with {@link BrokerOptions#withClusterNode}, it is one node of a cluster whose other
 * nodes run in other JVMs ({@code broker --node-id N --cluster-voters ...}), with internal topics
 * replicated min(3, nodes) times.
 *
 * <pre>{@code
 * try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start(BrokerOptions.defaults().withPort(0))) {
 *   String bootstrap = broker.bootstrapServers();
 * }
 * }</pre>
 */
public final class EmbeddedKafkaBroker implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(EmbeddedKafkaBroker.class);

  private final KafkaRaftServer server;
  private final DataDirLock dataDirLock;
  private final Path dataDir;
  private final boolean temporaryDataDir;
  private final String clusterId;
  private final int port;
  private final List<BrokerListener> listeners;
  private final int clusterSize;
  private boolean closed;

  private EmbeddedKafkaBroker(
      KafkaRaftServer server, DataDirLock dataDirLock, Path dataDir, boolean temporaryDataDir, String clusterId, int port,
      List<BrokerListener> listeners, int clusterSize) {
    this.listeners = listeners;
    this.clusterSize = clusterSize;
    this.server = server;
    this.dataDirLock = dataDirLock;
    this.dataDir = dataDir;
    this.temporaryDataDir = temporaryDataDir;
    this.clusterId = clusterId;
    this.port = port;
  }

  /**
   * Returns a started broker, ready for clients, configured by {@code options}.
   *
   * @throws PortInUseException when the client port is taken; nothing is left running
   * @throws BrokerStartupException when the data directory cannot be used
   */
  public static EmbeddedKafkaBroker start(BrokerOptions options) {
    long startNanos = System.nanoTime();
    if (options.port() != 0) {
      LoopbackPorts.requireFree(options.port());
    }
    int port = options.port() == 0 ? LoopbackPorts.pickFree() : options.port();
    ClusterVoters voters;
    if (options.voters().isPresent()) {
      voters = options.voters().get();
      // Kafka halts the JVM when a listener cannot bind: say which port is taken instead.
      int controllerPort = voters.controllerPort(options.nodeId());
      if (voters.voters().stream().anyMatch(v -> v.controllerPort() == options.port())) {
        throw new BrokerStartupException("Kafka port " + options.port() + " is a controller port in " + ClusterVoters.FLAG
            + "; choose another with " + PortInUseException.PORT_FLAG);
      }
      try {
        LoopbackPorts.requireFree(controllerPort);
      } catch (PortInUseException e) {
        throw new BrokerStartupException("Controller port " + controllerPort + " of node " + options.nodeId()
            + " is already in use; choose another in " + ClusterVoters.FLAG, e);
      }
    } else {
      // Kafka halts the JVM when a listener cannot bind, so give the controller a port that was just free.
      int controllerPort = LoopbackPorts.pickFree();
      while (controllerPort == port) {
        controllerPort = LoopbackPorts.pickFree();
      }
      voters = ClusterVoters.of(1, controllerPort);
    }
    boolean temporary = options.dataDir().isEmpty();
    Path dataDir = options.dataDir().orElseGet(EmbeddedKafkaBroker::createTemporaryDataDir).toAbsolutePath().normalize();
    DataDirLock lock = null;
    try {
      lock = DataDirLock.acquire(dataDir);
      String clusterId = BrokerStorage.formatIfNew(dataDir, options.nodeId(),
          options.voters().map(ClusterVoters::clusterId).orElse(null));
      List<BrokerListener> listeners = options.listeners().stream()
          .map(l -> l.port() != 0 ? l : new BrokerListener(l.name(), l.securityProtocol(), LoopbackPorts.pickFree(),
              l.settings()))
          .toList();
      KafkaRaftServer server = startServer(dataDir, port, options.nodeId(), voters, listeners);
      EmbeddedKafkaBroker broker = new EmbeddedKafkaBroker(server, lock, dataDir, temporary, clusterId, port, listeners,
          voters.size());
      // A lone node upgrades a data dir formatted by an older build; cluster nodes are formatted at level 2
      // and have no quorum to answer before the others are up.
      if (voters.size() == 1) {
        try {
          TransactionVersion.upgrade(broker.bootstrapServers());
        } catch (RuntimeException e) {
          broker.close();
          throw e;
        }
      }
      log.info("Kafka broker ready at {} in {} ms (cluster {}, data in {})", broker.bootstrapServers(),
          TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startNanos), clusterId, dataDir);
      return broker;
    } catch (RuntimeException e) {
      if (lock != null) {
        lock.close();
      }
      if (temporary) {
        deleteQuietly(dataDir);
      }
      throw e;
    }
  }

  /** Returns the {@code bootstrap.servers} value clients use to reach this broker. */
  public String bootstrapServers() {
    return LoopbackPorts.HOST + ":" + port;
  }

  /** Returns the listener named {@code name} among those added with {@link BrokerOptions#withListener}, with its port. */
  public BrokerListener listener(String name) {
    return listeners.stream().filter(l -> l.name().equals(name)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("No listener " + name));
  }

  /** Returns the port clients connect to. */
  public int port() {
    return port;
  }

  /** Returns the id of the cluster, kept in the data directory and unchanged across restarts. */
  public String clusterId() {
    return clusterId;
  }

  /** Returns how many nodes the cluster has: 1 unless started as a node of a larger one. */
  public int clusterSize() {
    return clusterSize;
  }

  /**
   * Returns once every node of the cluster has registered as a broker, handing {@code onWaiting}
   * the brokers seen so far about every second meanwhile: topics created before that would get
   * fewer replicas than the cluster will have.
   *
   * @throws BrokerStartupException when the cluster is not complete within {@code timeout}
   */
  public void awaitAllBrokers(Duration timeout, IntConsumer onWaiting) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    try (Admin admin = Admin.create(KafkaClientConfigs.common(bootstrapServers(), "news-timeline-cluster-check"))) {
      while (true) {
        int brokers;
        try {
          brokers = admin.describeCluster().nodes().get(5, TimeUnit.SECONDS).size();
        } catch (ExecutionException | TimeoutException e) {
          brokers = 0;
        }
        if (brokers >= clusterSize) {
          return;
        }
        if (System.nanoTime() > deadline) {
          throw new BrokerStartupException("Only " + brokers + " of the cluster's " + clusterSize
              + " brokers are up after " + timeout.toSeconds() + " s; start the others with the same "
              + ClusterVoters.FLAG);
        }
        onWaiting.accept(brokers);
        Thread.sleep(1000);
      }
    }
  }

  /** Returns the directory holding the broker's logs and metadata. */
  public Path dataDir() {
    return dataDir;
  }

  /** Stops the broker and, when its data directory was temporary, deletes it. Safe to call twice. */
  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    long stopNanos = System.nanoTime();
    try {
      server.shutdown();
      server.awaitShutdown();
    } finally {
      dataDirLock.close();
      if (temporaryDataDir) {
        deleteQuietly(dataDir);
      }
    }
    log.info("Kafka broker at {} stopped in {} ms", bootstrapServers(),
        TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - stopNanos));
  }

  private static KafkaRaftServer startServer(Path dataDir, int port, int nodeId, ClusterVoters voters,
      List<BrokerListener> listeners) {
    KafkaConfig config = new KafkaConfig(BrokerProperties.of(dataDir, port, nodeId, voters, listeners), false);
    KafkaRaftServer server;
    try {
      server = new KafkaRaftServer(config, Time.SYSTEM);
    } catch (RuntimeException e) {
      throw translate(e, port);
    }
    try {
      server.startup();
      return server;
    } catch (RuntimeException e) {
      shutdownQuietly(server);
      throw translate(e, port);
    }
  }

  /** Returns the user-facing exception for a failed start, when the cause is one the user can fix. */
  private static RuntimeException translate(RuntimeException e, int port) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof BindException) {
        // Lost a race for the port between our check and the broker's bind.
        return new PortInUseException(port, e);
      }
    }
    return e;
  }

  private static void shutdownQuietly(KafkaRaftServer server) {
    try {
      server.shutdown();
      server.awaitShutdown();
    } catch (RuntimeException e) {
      log.warn("Could not stop a broker that failed to start: {}", e.toString());
    }
  }

  private static Path createTemporaryDataDir() {
    try {
      return Files.createTempDirectory("news-timeline-kafka-");
    } catch (IOException e) {
      throw new UncheckedIOException("Could not create a temporary data directory", e);
    }
  }

  private static void deleteQuietly(Path dir) {
    try {
      Utils.delete(dir.toFile());
    } catch (IOException e) {
      log.warn("Could not delete temporary data directory {}: {}", dir, e.toString());
    }
  }
}
