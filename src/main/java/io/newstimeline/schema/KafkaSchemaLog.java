package io.newstimeline.schema;

import io.newstimeline.kafka.KafkaClientConfigs;
import io.newstimeline.kafka.TopicAdmin;
import io.newstimeline.kafka.TopicSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.InterruptException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A {@link SchemaLog} on a compacted Kafka topic ({@value #DEFAULT_TOPIC} by default) with one
 * partition, so entries keep their order; records are JSON as described in {@link SchemaLogCodec}.
 * The topic is created when missing ({@code cleanup.policy=compact}, replication factor
 * min(3, brokers)).
 *
 * <p>{@link #append} returns once every entry is acknowledged by all in-sync replicas
 * ({@code acks=all}, idempotent producer), so the registry answers only what the topic holds;
 * {@link #replay} reads from the start up to the end offset seen when it begins, so a registry
 * started on the topic sees every earlier write. One registry writes the topic at a time.
 *
 * <p>A topic holding a record this registry did not write (such as Confluent Schema Registry's,
 * whose keys carry a {@code magic} field) is refused with a {@link ForeignSchemaLogException}
 * before anything is written to it.
 */
public final class KafkaSchemaLog implements SchemaLog {

  /**
   * The log's topic unless told otherwise: a name of its own, never Confluent's {@code _schemas},
   * so the embedded registry can share a cluster with Confluent Schema Registry.
   */
  public static final String DEFAULT_TOPIC = "_news-timeline-schemas";

  /** The command-line flag that chooses the log's topic, named when the topic cannot be used. */
  public static final String TOPIC_FLAG = "--registry-topic";

  private static final Logger log = LoggerFactory.getLogger(KafkaSchemaLog.class);
  private static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);
  private static final Duration POLL = Duration.ofMillis(200);

  private final String bootstrapServers;
  private final String topic;
  private final Duration timeout;
  private final KafkaProducer<byte[], byte[]> producer;

  private KafkaSchemaLog(String bootstrapServers, String topic, Duration timeout) {
    this.bootstrapServers = bootstrapServers;
    this.topic = topic;
    this.timeout = timeout;
    Map<String, Object> props = KafkaClientConfigs.producer(bootstrapServers, "news-timeline-schema-log");
    props.put(ProducerConfig.LINGER_MS_CONFIG, 0);
    props.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, timeout.toMillis());
    props.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) Math.min(timeout.toMillis(), 15_000));
    props.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, (int) timeout.toMillis() + 15_000);
    this.producer = new KafkaProducer<>(props, new ByteArraySerializer(), new ByteArraySerializer());
  }

  /** Returns a log on {@value #DEFAULT_TOPIC} of the cluster at {@code bootstrapServers}, creating the topic if missing. */
  public static KafkaSchemaLog open(String bootstrapServers) {
    return open(bootstrapServers, DEFAULT_TOPIC);
  }

  /**
   * Returns a log on {@code topic} of the cluster at {@code bootstrapServers}, creating the topic if missing.
   *
   * @throws IllegalStateException when the topic exists with more than one partition
   * @throws KafkaException when the cluster cannot be reached within 30 s
   */
  public static KafkaSchemaLog open(String bootstrapServers, String topic) {
    try (TopicAdmin admin = TopicAdmin.connect(bootstrapServers)) {
      admin.ensureTopics(List.of(topicSpec(topic)));
      int partitions = admin.partitionCounts(List.of(topic)).getOrDefault(topic, 1);
      if (partitions != 1) {
        throw new IllegalStateException("Topic " + topic + " has " + partitions
            + " partitions; the schema log needs exactly 1 to keep its entries in order");
      }
    }
    return new KafkaSchemaLog(bootstrapServers, topic, DEFAULT_TIMEOUT);
  }

  /** Returns how {@code topic} is created: one partition, compacted. */
  public static TopicSpec topicSpec(String topic) {
    return new TopicSpec(topic, 1, Map.of("cleanup.policy", "compact"));
  }

  /** Returns the topic holding the log. */
  public String topic() {
    return topic;
  }

  @Override
  public void append(List<SchemaLogEntry> entries) {
    List<Future<RecordMetadata>> sent = new ArrayList<>();
    for (SchemaLogEntry entry : entries) {
      sent.add(producer.send(new ProducerRecord<>(topic, 0, SchemaLogCodec.key(entry), SchemaLogCodec.value(entry))));
    }
    Instant deadline = Instant.now().plus(timeout);
    for (Future<RecordMetadata> future : sent) {
      try {
        long left = Math.max(0, Duration.between(Instant.now(), deadline).toMillis());
        future.get(left, TimeUnit.MILLISECONDS);
      } catch (ExecutionException e) {
        throw new KafkaException("Could not write to topic " + topic + ": " + e.getCause().getMessage(), e.getCause());
      } catch (TimeoutException e) {
        throw new KafkaException("Topic " + topic + " did not acknowledge a write within " + timeout.toMillis() + " ms", e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new InterruptException(e);
      }
    }
  }

  @Override
  public void replay(Consumer<SchemaLogEntry> consumer) {
    TopicPartition partition = new TopicPartition(topic, 0);
    try (KafkaConsumer<byte[], byte[]> reader = new KafkaConsumer<>(readerProps(), new ByteArrayDeserializer(),
        new ByteArrayDeserializer())) {
      reader.assign(List.of(partition));
      reader.seekToBeginning(List.of(partition));
      long end = reader.endOffsets(List.of(partition), timeout).get(partition);
      Instant deadline = Instant.now().plus(timeout);
      long count = 0;
      while (reader.position(partition, timeout) < end) {
        if (Instant.now().isAfter(deadline)) {
          throw new KafkaException("Could not read topic " + topic + " up to offset " + end + " within "
              + timeout.toMillis() + " ms");
        }
        for (ConsumerRecord<byte[], byte[]> record : reader.poll(POLL)) {
          if (record.offset() < end) {
            decode(record).ifPresent(consumer);
            count++;
          }
        }
      }
      log.info("Read {} schema log records from topic {} up to offset {}", count, topic, end);
    }
  }

  /** Closes the producer. */
  @Override
  public void close() {
    producer.close(timeout);
  }

  private Optional<SchemaLogEntry> decode(ConsumerRecord<byte[], byte[]> record) {
    if (!SchemaLogCodec.writtenByThisRegistry(record.key())) {
      throw new ForeignSchemaLogException(topic, record.offset(), record.key());
    }
    try {
      return SchemaLogCodec.decode(record.key(), record.value());
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException("Unreadable schema log record in " + record.topic() + "-" + record.partition()
          + " at offset " + record.offset() + ": " + e.getMessage(), e);
    }
  }

  private Map<String, Object> readerProps() {
    Map<String, Object> props = KafkaClientConfigs.common(bootstrapServers, "news-timeline-schema-log-reader");
    props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    return props;
  }
}
