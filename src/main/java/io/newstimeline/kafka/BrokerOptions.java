package io.newstimeline.kafka;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * How to start an {@link EmbeddedKafkaBroker}: client port and data directory. The KRaft
 * controller always takes a free port: nothing outside the broker connects to it. Immutable; each
 * {@code with…} method returns a copy.
 */
public final class BrokerOptions {

  /** The client port used unless another is chosen. */
  public static final int DEFAULT_PORT = 9092;

  private final int port;
  private final Path dataDir;

  private BrokerOptions(int port, Path dataDir) {
    if (port < 0 || port > 65_535) {
      throw new IllegalArgumentException("Kafka port must be between 0 and 65535: " + port);
    }
    this.port = port;
    this.dataDir = dataDir;
  }

  /** Options for port {@value #DEFAULT_PORT} and a temporary data directory. */
  public static BrokerOptions defaults() {
    return new BrokerOptions(DEFAULT_PORT, null);
  }

  /** A copy listening for clients on {@code port}; 0 picks a free port. */
  public BrokerOptions withPort(int port) {
    return new BrokerOptions(port, dataDir);
  }

  /**
   * A copy keeping its logs and metadata in {@code dataDir}, which is formatted when new and reused,
   * with its topics, records and cluster id, when it already holds a broker's data.
   */
  public BrokerOptions withDataDir(Path dataDir) {
    return new BrokerOptions(port, Objects.requireNonNull(dataDir, "dataDir"));
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
    return "BrokerOptions[port=" + port + ", dataDir=" + (dataDir == null ? "<temporary>" : dataDir) + "]";
  }
}
