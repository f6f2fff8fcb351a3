package io.newstimeline.kafka;

import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;

/**
 * The client properties every Kafka client of the application shares. Each method returns a new
 * mutable map, so callers can add serializers or override a setting.
 *
 * <p>The settings of {@code --client-config} (security, above all) apply to every client of the
 * process: the command line sets them once, before any client exists, with {@link #useEverywhere}.
 * A process-wide setting rather than a parameter, because every producer, consumer, admin and
 * Streams client of every stage must carry them and none may be forgotten.
 */
public final class KafkaClientConfigs {

  private static volatile ClientSettings everywhere = ClientSettings.NONE;

  private KafkaClientConfigs() {
  }

  /** Puts {@code settings} over the properties of every client created from now on; {@link ClientSettings#NONE} clears them. */
  public static void useEverywhere(ClientSettings settings) {
    everywhere = settings;
  }

  /** Returns the settings every client carries. */
  public static ClientSettings everywhere() {
    return everywhere;
  }

  /** Returns {@code bootstrap.servers} and {@code client.id}: enough for an {@code Admin} client. */
  public static Map<String, Object> common(String bootstrapServers, String clientId) {
    Map<String, Object> props = new HashMap<>(everywhere.kafkaOverrides());
    props.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
    props.put(CommonClientConfigs.CLIENT_ID_CONFIG, clientId);
    return props;
  }

  /** Returns the properties of an idempotent producer that waits for every in-sync replica. */
  public static Map<String, Object> producer(String bootstrapServers, String clientId) {
    Map<String, Object> props = common(bootstrapServers, clientId);
    props.put(ProducerConfig.ACKS_CONFIG, "all");
    props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
    return props;
  }

  /** Returns the properties of a transactional producer identified by {@code transactionalId}. */
  public static Map<String, Object> transactionalProducer(String bootstrapServers, String clientId, String transactionalId) {
    Map<String, Object> props = producer(bootstrapServers, clientId);
    props.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, transactionalId);
    return props;
  }

  /**
   * Returns the properties of a consumer in {@code groupId} that reads only committed records, from
   * the earliest offset when the group has none, and commits offsets itself.
   */
  public static Map<String, Object> consumer(String bootstrapServers, String clientId, String groupId) {
    Map<String, Object> props = common(bootstrapServers, clientId);
    props.put(ConsumerConfig.GROUP_ID_CONFIG, groupId);
    props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    return props;
  }
}
