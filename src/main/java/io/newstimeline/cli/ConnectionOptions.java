package io.newstimeline.cli;

import io.newstimeline.InputException;
import io.newstimeline.kafka.TopicCatalog;
import picocli.CommandLine.Option;

/** Where the Kafka cluster and the schema registry are, and which topic names to use. */
public final class ConnectionOptions {

  @Option(names = "--bootstrap-servers", paramLabel = "HOST:PORT[,...]",
      description = "Kafka cluster to use (default: the embedded broker for demo, localhost:9092 for the other commands).")
  String bootstrapServers;

  @Option(names = "--schema-registry-url", paramLabel = "URL",
      description = "Confluent-compatible schema registry to use (default: the embedded one for demo, http://localhost:8081 for the other commands).")
  String schemaRegistryUrl;

  @Option(names = "--topic-prefix", defaultValue = TopicCatalog.DEFAULT_PREFIX, paramLabel = "PREFIX",
      description = "Prefix of every topic name (default: ${DEFAULT-VALUE}).")
  String topicPrefix;

  /** The topic names with the chosen prefix. */
  public TopicCatalog topics() {
    try {
      return TopicCatalog.withPrefix(topicPrefix);
    } catch (IllegalArgumentException e) {
      throw new InputException("--topic-prefix: " + e.getMessage(), e);
    }
  }

  /** The bootstrap servers given, or the local embedded broker's default address. */
  public String bootstrapServersOrLocal() {
    return bootstrapServers != null ? bootstrapServers : "localhost:9092";
  }

  /** The registry URL given, or the local embedded registry's default address. */
  public String schemaRegistryUrlOrLocal() {
    return schemaRegistryUrl != null ? schemaRegistryUrl : "http://localhost:8081";
  }
}
