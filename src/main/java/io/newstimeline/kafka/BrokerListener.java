package io.newstimeline.kafka;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * One more client listener of the embedded broker, besides its plaintext one: e.g. a
 * {@code SASL_SSL} listener with SCRAM, or an {@code SSL} listener requiring client certificates,
 * to run the application against a secured cluster. The plaintext listener stays the one the
 * broker talks to itself on.
 *
 * @param name the listener name, e.g. {@code SECURED}
 * @param securityProtocol PLAINTEXT, SSL, SASL_PLAINTEXT or SASL_SSL
 * @param port the port on 127.0.0.1; 0 picks a free one when the broker starts
 * @param settings the listener's own broker settings without the {@code listener.name.<name>.}
 *     prefix, e.g. {@code ssl.keystore.location}, {@code sasl.enabled.mechanisms},
 *     {@code scram-sha-256.sasl.jaas.config}
 */
public record BrokerListener(String name, String securityProtocol, int port, Map<String, String> settings) {

  public BrokerListener {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(securityProtocol, "securityProtocol");
    settings = Map.copyOf(settings);
    if (port < 0 || port > 65_535) {
      throw new IllegalArgumentException("Listener port must be between 0 and 65535: " + port);
    }
  }

  /** Returns the address clients use, e.g. {@code 127.0.0.1:9094}. */
  public String bootstrapServers() {
    return LoopbackPorts.HOST + ":" + port;
  }

  /** Returns the prefix of this listener's own broker settings. */
  String settingsPrefix() {
    return "listener.name." + name.toLowerCase(Locale.ROOT) + ".";
  }
}
