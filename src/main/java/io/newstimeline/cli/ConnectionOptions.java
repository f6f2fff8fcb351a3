package io.newstimeline.cli;

import io.newstimeline.InputException;
import io.newstimeline.kafka.ClientSettings;
import io.newstimeline.kafka.KafkaClientConfigs;
import io.newstimeline.UnavailableException;
import io.newstimeline.kafka.ClusterProbe;
import io.newstimeline.schema.RegistryProbe;
import java.time.Duration;
import io.newstimeline.kafka.TopicCatalog;
import io.newstimeline.schema.RegistryAuth;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Where the Kafka cluster and the schema registry are, and which topic names to use. */
public final class ConnectionOptions {

  /**
   * How long a client command tries to reach the cluster or the registry: with a JVM's start, it
   * says what is unreachable within 15 s.
   */
  static final int PATIENCE_SECONDS = 8;

  @Option(names = "--bootstrap-servers", paramLabel = "HOST:PORT[,...]",
      description = "Kafka cluster to use (default: the embedded broker for demo, localhost:9092 for the other commands).")
  String bootstrapServers;

  @Option(names = "--schema-registry-url", paramLabel = "URL",
      description = "Confluent-compatible schema registry to use (default: the embedded one for demo, http://localhost:8081 for the other commands).")
  String schemaRegistryUrl;

  @Option(names = "--topic-prefix", defaultValue = TopicCatalog.DEFAULT_PREFIX, paramLabel = "PREFIX",
      description = "Prefix of every topic name (default: ${DEFAULT-VALUE}).")
  String topicPrefix;

  @Option(names = CLIENT_CONFIG_FLAG, paramLabel = "FILE",
      description = "Kafka client properties for every producer, consumer, admin and Streams client, e.g. "
          + "security.protocol, sasl.*, ssl.* for a secured cluster; basic.auth.user.info or bearer.auth.token "
          + "authenticate to the registry.")
  Path clientConfig;

  @Option(names = "--registry-auth", paramLabel = "basic:USER:PASSWORD|bearer:TOKEN",
      description = "Credentials for the schema registry (default: none, or those of --client-config).")
  String registryAuth;

  static final String CLIENT_CONFIG_FLAG = "--client-config";

  /**
   * Applies the client settings to every Kafka client and registry client this process creates;
   * called once, before the command runs.
   *
   * @throws InputException when the client config cannot be read or the registry auth is malformed
   */
  void apply() {
    ClientSettings settings = clientConfig == null ? ClientSettings.NONE
        : ClientSettings.load(clientConfig, CLIENT_CONFIG_FLAG);
    RegistryAuth auth;
    try {
      auth = registryAuth != null ? RegistryAuth.parse(registryAuth) : RegistryAuth.fromSettings(settings.registry());
    } catch (IllegalArgumentException e) {
      throw new InputException((registryAuth != null ? "--registry-auth" : CLIENT_CONFIG_FLAG) + ": " + e.getMessage(), e);
    }
    if (bootstrapServers == null) {
      bootstrapServers = settings.bootstrapServers();
    }
    if (schemaRegistryUrl == null) {
      schemaRegistryUrl = settings.registry().get("url");
    }
    KafkaClientConfigs.useEverywhere(settings);
    Registries.authenticateWith(auth);
  }

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

  /**
   * The cluster to use ({@link #bootstrapServersOrLocal}), once it has answered.
   *
   * @throws UnavailableException in one line naming it, when it has not answered within {@value #PATIENCE_SECONDS} s
   */
  public String reachableBootstrapServers() {
    String bootstrap = bootstrapServersOrLocal();
    if (plaintext()) {
      ClusterProbe.require(bootstrap, Duration.ofSeconds(PATIENCE_SECONDS));
    }
    return bootstrap;
  }

  /**
   * The registry to use ({@link #schemaRegistryUrlOrLocal}), once it has answered.
   *
   * @throws UnavailableException in one line naming it, when it has not answered within {@value #PATIENCE_SECONDS} s
   */
  public String reachableRegistryUrl() {
    String url = schemaRegistryUrlOrLocal();
    if (plaintext()) {
      RegistryProbe.require(url, Duration.ofSeconds(PATIENCE_SECONDS));
    }
    return url;
  }

  /** Whether the cluster is reached in plain text: on a secured listener the clients' own errors say more (wrong credentials, untrusted certificate), so the probes stand aside. */
  private static boolean plaintext() {
    return KafkaClientConfigs.everywhere().kafka().getOrDefault("security.protocol", "PLAINTEXT").equals("PLAINTEXT");
  }

  /** The registry URL given, or the local embedded registry's default address. */
  public String schemaRegistryUrlOrLocal() {
    return schemaRegistryUrl != null ? schemaRegistryUrl : "http://localhost:8081";
  }
}
