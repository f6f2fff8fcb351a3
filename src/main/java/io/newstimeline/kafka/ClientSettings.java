package io.newstimeline.kafka;

import io.newstimeline.InputException;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;

/**
 * Standard Kafka client properties read from a file ({@code --client-config}): what a secured
 * cluster needs (e.g. {@code security.protocol=SASL_SSL}, {@code sasl.mechanism},
 * {@code sasl.jaas.config}, {@code ssl.truststore.location}, a keystore for mutual TLS), put over
 * the settings of every producer, consumer, admin and Kafka Streams client of the application.
 *
 * <p>Confluent's schema-registry keys ({@code basic.auth.user.info}, {@code bearer.auth.token},
 * with or without the {@code schema.registry.} prefix) are set apart for the registry client.
 *
 * @param kafka the Kafka client settings, {@code bootstrap.servers} included when the file has it
 * @param registry the schema-registry client settings, keyed without the {@code schema.registry.} prefix
 */
public record ClientSettings(Map<String, String> kafka, Map<String, String> registry) {

  /** No settings: plaintext, unauthenticated clients. */
  public static final ClientSettings NONE = new ClientSettings(Map.of(), Map.of());

  private static final String REGISTRY_PREFIX = "schema.registry.";
  private static final Set<String> REGISTRY_KEYS = Set.of("basic.auth.user.info", "basic.auth.credentials.source",
      "bearer.auth.token", "bearer.auth.credentials.source", "url");

  public ClientSettings {
    kafka = Map.copyOf(kafka);
    registry = Map.copyOf(registry);
  }

  /**
   * Returns the settings of the properties file {@code file}.
   *
   * @throws InputException when the file cannot be read or names a setting no Kafka client knows
   */
  public static ClientSettings load(Path file, String flag) {
    Properties properties = new Properties();
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      properties.load(reader);
    } catch (IOException | IllegalArgumentException e) {
      throw new InputException(flag + ": cannot read " + file + ": " + e.getMessage(), e);
    }
    Map<String, String> kafka = new TreeMap<>();
    Map<String, String> registry = new LinkedHashMap<>();
    Set<String> known = knownClientSettings();
    for (String key : new TreeMap<>(Map.copyOf(propertiesAsMap(properties))).keySet()) {
      String value = properties.getProperty(key).trim();
      String unprefixed = key.startsWith(REGISTRY_PREFIX) ? key.substring(REGISTRY_PREFIX.length()) : key;
      if (REGISTRY_KEYS.contains(unprefixed)) {
        registry.put(unprefixed, value);
      } else if (known.contains(key)) {
        kafka.put(key, value);
      } else {
        throw new InputException(flag + ": " + file + ": '" + key + "' is not a Kafka client setting");
      }
    }
    return new ClientSettings(kafka, registry);
  }

  /** Returns {@code bootstrap.servers} from the file, or null. */
  public String bootstrapServers() {
    return kafka.get(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG);
  }

  /** Returns the Kafka settings to put over a client's, without {@code bootstrap.servers} (the caller's address wins). */
  public Map<String, String> kafkaOverrides() {
    Map<String, String> overrides = new TreeMap<>(kafka);
    overrides.remove(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG);
    return overrides;
  }

  private static Map<String, String> propertiesAsMap(Properties properties) {
    Map<String, String> map = new TreeMap<>();
    properties.stringPropertyNames().forEach(name -> map.put(name, properties.getProperty(name)));
    return map;
  }

  private static Set<String> knownClientSettings() {
    Set<String> known = new HashSet<>(AdminClientConfig.configNames());
    known.addAll(ProducerConfig.configNames());
    known.addAll(ConsumerConfig.configNames());
    return known;
  }
}
