package io.newstimeline.kafka;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * How to start an {@link EmbeddedKafkaBroker}: client port, data directory and, for a node of a
 * cluster, its node id and the cluster's controller quorum. A single node's KRaft controller takes
 * a free port (nothing outside the broker connects to it); a cluster node's is its own entry among
 * the voters. Immutable; each {@code with…} method returns a copy.
 */
public final class BrokerOptions {

  /** The client port used unless another is chosen. */
  public static final int DEFAULT_PORT = 9092;

  private final int port;
  private final Path dataDir;
  private final List<BrokerListener> listeners;
  private final int nodeId;
  private final ClusterVoters voters;

  private BrokerOptions(int port, Path dataDir, List<BrokerListener> listeners) {
    this(port, dataDir, listeners, BrokerProperties.NODE_ID, null);
  }

  private BrokerOptions(int port, Path dataDir, List<BrokerListener> listeners, int nodeId, ClusterVoters voters) {
    if (port < 0 || port > 65_535) {
      throw new IllegalArgumentException("Kafka port must be between 0 and 65535: " + port);
    }
    this.port = port;
    this.dataDir = dataDir;
    this.listeners = List.copyOf(listeners);
    if (voters != null) {
      voters.controllerPort(nodeId); // throws when the node is not a voter
    }
    this.nodeId = nodeId;
    this.voters = voters;
  }

  /** Options for port {@value #DEFAULT_PORT} and a temporary data directory. */
  public static BrokerOptions defaults() {
    return new BrokerOptions(DEFAULT_PORT, null, List.of());
  }

  /** A copy listening for clients on {@code port}; 0 picks a free port. */
  public BrokerOptions withPort(int port) {
    return new BrokerOptions(port, dataDir, listeners, nodeId, voters);
  }

  /** A copy that also listens on {@code listener} (e.g. a SASL_SSL one), besides the plaintext port. */
  public BrokerOptions withListener(BrokerListener listener) {
    List<BrokerListener> more = new ArrayList<>(listeners);
    more.add(listener);
    return new BrokerOptions(port, dataDir, more, nodeId, voters);
  }

  /** The listeners besides the plaintext one. */
  public List<BrokerListener> listeners() {
    return listeners;
  }

  /**
   * A copy keeping its logs and metadata in {@code dataDir}, which is formatted when new and reused,
   * with its topics, records and cluster id, when it already holds a broker's data.
   */
  public BrokerOptions withDataDir(Path dataDir) {
    return new BrokerOptions(port, Objects.requireNonNull(dataDir, "dataDir"), listeners, nodeId, voters);
  }

  /**
   * A copy starting node {@code nodeId} of the cluster whose controller quorum is {@code voters}:
   * the node listens for controllers on its own voter port, and the replication factors of the
   * internal topics fit the cluster's size.
   *
   * @throws IllegalArgumentException when {@code nodeId} is not among the voters
   */
  public BrokerOptions withClusterNode(int nodeId, ClusterVoters voters) {
    return new BrokerOptions(port, dataDir, listeners, nodeId, Objects.requireNonNull(voters, "voters"));
  }

  /** The node id: {@value BrokerProperties#NODE_ID} for a single node. */
  public int nodeId() {
    return nodeId;
  }

  /** The cluster's controller quorum, or empty for a single node. */
  public Optional<ClusterVoters> voters() {
    return Optional.ofNullable(voters);
  }

  /** The client port; 0 means a free one is picked at start. */
  public int port() {
    return port;
  }

  /** The data directory, or empty for a temporary one deleted on close. */
  public Optional<Path> dataDir() {
    return Optional.ofNullable(dataDir);
  }

  @Override
  public String toString() {
    return "BrokerOptions[port=" + port + ", dataDir=" + (dataDir == null ? "<temporary>" : dataDir)
        + (voters == null ? "" : ", node " + nodeId + " of " + voters) + "]";
  }
}
