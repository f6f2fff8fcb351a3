package io.newstimeline.kafka;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * How to start an {@link EmbeddedKafkaBroker}: client port, controller port and data directory.
 * Immutable; each {@code with…} method returns a copy.
 */
public final class BrokerOptions {

  /** The client port used unless another is chosen. */
  public static final int DEFAULT_PORT = 9092;

  private final int port;
  private final int controllerPort;
  private final Path dataDir;

  private BrokerOptions(int port, int controllerPort, Path dataDir) {
    this.port = requirePort(port, "Kafka port");
    this.controllerPort = requirePort(controllerPort, "Controller port");
    this.dataDir = dataDir;
  }

  /** Options for port {@value #DEFAULT_PORT}, any free controller port and a temporary data directory. */
  public static BrokerOptions defaults() {
    return new BrokerOptions(DEFAULT_PORT, 0, null);
  }

  /** A copy listening for clients on {@code port}; 0 picks a free port. */
  public BrokerOptions withPort(int port) {
    return new BrokerOptions(port, controllerPort, dataDir);
  }

  /** A copy whose KRaft controller listens on {@code controllerPort}; 0 (the default) picks a free port. */
  public BrokerOptions withControllerPort(int controllerPort) {
    return new BrokerOptions(port, controllerPort, dataDir);
  }

  /**
   * A copy keeping its logs and metadata in {@code dataDir}, which is formatted when new and reused,
   * with its topics, records and cluster id, when it already holds a broker's data.
   */
  public BrokerOptions withDataDir(Path dataDir) {
    return new BrokerOptions(port, controllerPort, Objects.requireNonNull(dataDir, "dataDir"));
  }

  /** The client port; 0 means a free one is picked at start. */
  public int port() {
    return port;
  }

  /** The controller port; 0 means a free one is picked at start. */
  public int controllerPort() {
    return controllerPort;
  }

  /** The data directory, or empty for a temporary one deleted on close. */
  public Optional<Path> dataDir() {
    return Optional.ofNullable(dataDir);
  }

  @Override
  public String toString() {
    return "BrokerOptions[port=" + port + ", controllerPort=" + controllerPort
        + ", dataDir=" + (dataDir == null ? "<temporary>" : dataDir) + "]";
  }

  private static int requirePort(int port, String what) {
    if (port < 0 || port > 65_535) {
      throw new IllegalArgumentException(what + " must be between 0 and 65535: " + port);
    }
    return port;
  }
}
