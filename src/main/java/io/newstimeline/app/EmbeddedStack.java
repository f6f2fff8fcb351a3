package io.newstimeline.app;

import io.newstimeline.kafka.BrokerOptions;
import io.newstimeline.kafka.EmbeddedKafkaBroker;
import io.newstimeline.schema.EmbeddedSchemaRegistryServer;
import io.newstimeline.schema.InMemorySchemaRegistry;
import io.newstimeline.schema.KafkaSchemaLog;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.IntConsumer;

/**
 * The local default: a real single-node KRaft broker and a Confluent-compatible schema registry,
 * both in this JVM and bound to loopback. The broker keeps its data under {@code <dataDir>/kafka}.
 * Either part can be left out when the user points at a real cluster or registry instead.
 */
public final class EmbeddedStack implements AutoCloseable {

  private final EmbeddedKafkaBroker broker;
  private final KafkaSchemaLog schemaLog;
  private final EmbeddedSchemaRegistryServer registry;
  private final String bootstrapServers;
  private final String registryUrl;

  private EmbeddedStack(EmbeddedKafkaBroker broker, KafkaSchemaLog schemaLog, EmbeddedSchemaRegistryServer registry,
      String bootstrapServers, String registryUrl) {
    this.broker = broker;
    this.schemaLog = schemaLog;
    this.registry = registry;
    this.bootstrapServers = bootstrapServers;
    this.registryUrl = registryUrl;
  }

  /**
   * Starts the broker on {@code kafkaPort} and the registry on {@code registryPort} (0 picks a free
   * port for either).
   *
   * @throws io.newstimeline.InputException when a port is busy or the data dir is in use
   */
  public static EmbeddedStack start(Path dataDir, int kafkaPort, int registryPort) {
    return start(null, null, dataDir, kafkaPort, registryPort, KafkaSchemaLog.DEFAULT_TOPIC);
  }

  /**
   * Starts what is missing: a broker unless {@code bootstrapServers} is given, a registry (keeping
   * its schemas on the cluster's topic {@code registryTopic}) unless {@code registryUrl} is given.
   *
   * @throws io.newstimeline.InputException when a port is busy, the data dir is in use, or the
   *     registry topic holds records the registry did not write
   */
  public static EmbeddedStack start(String bootstrapServers, String registryUrl, Path dataDir, int kafkaPort,
      int registryPort, String registryTopic) {
    EmbeddedKafkaBroker broker = null;
    KafkaSchemaLog schemaLog = null;
    EmbeddedSchemaRegistryServer registry = null;
    try {
      if (bootstrapServers == null) {
        broker = EmbeddedKafkaBroker.start(
            BrokerOptions.defaults().withPort(kafkaPort).withDataDir(dataDir.resolve("kafka")));
        bootstrapServers = broker.bootstrapServers();
      }
      if (registryUrl == null) {
        // Schemas live on a compacted topic of the cluster, as with Confluent's registry, so a
        // restart on the same data keeps every schema id; the topic is not Confluent's _schemas.
        schemaLog = KafkaSchemaLog.open(bootstrapServers, registryTopic);
        registry = EmbeddedSchemaRegistryServer.start(new InMemorySchemaRegistry(schemaLog), registryPort);
        registryUrl = registry.url();
      }
      return new EmbeddedStack(broker, schemaLog, registry, bootstrapServers, registryUrl);
    } catch (RuntimeException e) {
      if (schemaLog != null) {
        schemaLog.close();
      }
      if (broker != null) {
        broker.close();
      }
      throw e;
    }
  }

  /**
   * Starts a broker with {@code options}, which may make it one node of a cluster, and returns once
   * every node of its cluster is up (handing {@code onWaiting} the brokers seen meanwhile); then
   * the registry on {@code registryPort} unless it is null. A cluster keeps one registry: it reads
   * its log only when it starts, so a second one would not see the first one's schemas.
   *
   * @throws io.newstimeline.InputException when a port is busy or the data dir is in use
   */
  public static EmbeddedStack startNode(BrokerOptions options, Integer registryPort, Duration clusterTimeout,
      IntConsumer onWaiting) throws InterruptedException {
    EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start(options);
    KafkaSchemaLog schemaLog = null;
    try {
      broker.awaitAllBrokers(clusterTimeout, onWaiting);
      if (registryPort == null) {
        return new EmbeddedStack(broker, null, null, broker.bootstrapServers(), null);
      }
      schemaLog = KafkaSchemaLog.open(broker.bootstrapServers(), KafkaSchemaLog.DEFAULT_TOPIC);
      EmbeddedSchemaRegistryServer registry = EmbeddedSchemaRegistryServer.start(new InMemorySchemaRegistry(schemaLog),
          registryPort);
      return new EmbeddedStack(broker, schemaLog, registry, broker.bootstrapServers(), registry.url());
    } catch (RuntimeException | InterruptedException e) {
      if (schemaLog != null) {
        schemaLog.close();
      }
      broker.close();
      throw e;
    }
  }

  /** The cluster to use: the embedded broker's address or the one given. */
  public String bootstrapServers() {
    return bootstrapServers;
  }

  /** The registry to use: the embedded registry's URL or the one given; null for a cluster node without one. */
  public String registryUrl() {
    return registryUrl;
  }

  /** Whether this stack runs its own broker (rather than using a given cluster). */
  public boolean embeddedBroker() {
    return broker != null;
  }

  @Override
  public void close() {
    if (registry != null) {
      registry.close();
    }
    if (schemaLog != null) {
      schemaLog.close();
    }
    if (broker != null) {
      broker.close();
    }
  }
}
