package io.newstimeline.app;

import io.newstimeline.InputException;
import io.newstimeline.deadletter.DeadLetterDeserializationHandler;
import io.newstimeline.deadletter.DeadLetterProcessingHandler;
import io.newstimeline.kafka.KafkaClientConfigs;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsConfig;
import io.newstimeline.topology.store.BoundedRocksDbConfig;

/**
 * Kafka Streams settings of the timeline application: exactly-once v2, dead letters for records
 * that cannot be read or validated, and short commit intervals so dashboards see updates within
 * a fraction of a second.
 */
public final class TimelineStreamsConfig {

  public static final String DEFAULT_APPLICATION_ID = "news-timeline";
  /** Copies of each task's state kept on other instances, when there are others. */
  public static final int STANDBY_REPLICAS = 1;
  /** How long a lost instance keeps its tasks (its group session). */
  public static final int SESSION_TIMEOUT_MS = 6_000;

  /** Prefixes that address one kind of client; what follows must be a setting of that client. */
  private static final List<String> CLIENT_PREFIXES = List.of(
      StreamsConfig.MAIN_CONSUMER_PREFIX, StreamsConfig.RESTORE_CONSUMER_PREFIX, StreamsConfig.GLOBAL_CONSUMER_PREFIX,
      StreamsConfig.CONSUMER_PREFIX, StreamsConfig.PRODUCER_PREFIX, StreamsConfig.ADMIN_CLIENT_PREFIX);

  private TimelineStreamsConfig() {}

  /**
   * Returns the streams properties for {@code applicationId} on {@code bootstrapServers}, with
   * state under {@code stateDir} and dead letters written to {@code deadLetterTopic}.
   */
  public static Properties properties(String applicationId, String bootstrapServers, Path stateDir,
      String deadLetterTopic) {
    Properties props = new Properties();
    props.putAll(KafkaClientConfigs.everywhere().kafkaOverrides());
    props.put(StreamsConfig.APPLICATION_ID_CONFIG, applicationId);
    props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
    props.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
    props.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
    props.put(StreamsConfig.DEFAULT_KEY_SERDE_CLASS_CONFIG, Serdes.StringSerde.class);
    // Nothing is lost: unreadable or invalid records go, as received, to the dead-letter topic
    // (headers: __streams.errors.exception/message/topic/partition/offset) and processing goes on,
    // with one log line per record at most, so a flood of bad input cannot flood the log.
    props.put(StreamsConfig.ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG, deadLetterTopic);
    props.put(StreamsConfig.DESERIALIZATION_EXCEPTION_HANDLER_CLASS_CONFIG, DeadLetterDeserializationHandler.class);
    props.put(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_CLASS_CONFIG, DeadLetterProcessingHandler.class);
    props.put(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, 100);
    props.put(StreamsConfig.ROCKSDB_CONFIG_SETTER_CLASS_CONFIG, BoundedRocksDbConfig.class);
    props.put(StreamsConfig.consumerPrefix(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG), "earliest");
    // Several instances on one application id: each task's state is kept warm on a second
    // instance, so a lost instance's tasks move to one that holds their state rather than rebuild
    // it from the changelogs. One instance alone gets no standby and pays nothing.
    props.put(StreamsConfig.NUM_STANDBY_REPLICAS_CONFIG, STANDBY_REPLICAS);
    // A killed instance keeps its tasks until its session expires: 6 s, the broker's smallest
    // session by default, rather than 45 s. Its last transaction still holds the committed offsets
    // and last stable offsets of its partitions until it times out (Kafka Streams' 10 s): a 6-s
    // transaction timeout was tried and, on a loaded machine, let the coordinator abort a live
    // instance's transaction while it committed, which the broker answered with an unknown error
    // and the instance with a shutdown (docs/OPERATIONS.md, "A cluster").
    props.put(StreamsConfig.consumerPrefix(ConsumerConfig.SESSION_TIMEOUT_MS_CONFIG), SESSION_TIMEOUT_MS);
    props.put(StreamsConfig.consumerPrefix(ConsumerConfig.HEARTBEAT_INTERVAL_MS_CONFIG), SESSION_TIMEOUT_MS / 4);
    // Each report fans out to ~33 records over ~17 topics (outputs, changelogs, repartitions), so
    // the producer's per-batch overhead dominated with 16 KB batches: 256 KB batches cut the CPU
    // per report by ~40% (docs/BENCHMARKS.md). Exactly-once flushes at every commit anyway, so the linger
    // adds no visible latency. lz4 shrinks what is written ~3.5x (actor timelines repeat a lot)
    // for no measurable CPU.
    props.put(StreamsConfig.producerPrefix(ProducerConfig.LINGER_MS_CONFIG), 20);
    props.put(StreamsConfig.producerPrefix(ProducerConfig.BATCH_SIZE_CONFIG), 256 * 1024);
    props.put(StreamsConfig.producerPrefix(ProducerConfig.COMPRESSION_TYPE_CONFIG), "lz4");
    return props;
  }

  /**
   * Returns {@code props} with {@code overrides} on top: Kafka Streams settings given by a person
   * (e.g. {@code commit.interval.ms=100} for fewer transactions). Each key must be a
   * setting of Kafka Streams or of its clients, optionally with a client prefix
   * ({@code producer.}, {@code main.consumer.}, ...), and every value must parse; otherwise an
   * {@link InputException} names the first bad one and {@code flag}, the option it came from.
   */
  public static Properties withOverrides(Properties props, Map<String, String> overrides, String flag) {
    Properties merged = new Properties();
    merged.putAll(props);
    overrides.forEach((key, value) -> {
      if (!isKnownSetting(key)) {
        throw new InputException(flag + " " + key + "=" + value + ": not a Kafka Streams or client setting");
      }
      merged.put(key, value);
    });
    try {
      StreamsConfig.configDef().parse(merged); // parses and checks every value it knows, without logging them all
    } catch (ConfigException e) {
      throw new InputException(flag + ": " + e.getMessage(), e);
    }
    return merged;
  }

  private static boolean isKnownSetting(String key) {
    if (key.startsWith(StreamsConfig.TOPIC_PREFIX)) {
      return true; // settings of the internal topics: the broker checks them when it creates the topics
    }
    for (String prefix : CLIENT_PREFIXES) {
      if (key.startsWith(prefix)) {
        return isClientSetting(key.substring(prefix.length()));
      }
    }
    return StreamsConfig.configDef().names().contains(key) || isClientSetting(key);
  }

  private static boolean isClientSetting(String key) {
    return ProducerConfig.configNames().contains(key) || ConsumerConfig.configNames().contains(key)
        || AdminClientConfig.configNames().contains(key);
  }

}
