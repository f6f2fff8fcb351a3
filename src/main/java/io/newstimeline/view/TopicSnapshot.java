package io.newstimeline.view;

import io.newstimeline.kafka.KafkaClientConfigs;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Reads a whole topic, from its first offset to the end it has now, without joining a consumer
 * group: how the CLI shows what a topic holds. Committed records only.
 */
public final class TopicSnapshot {

  private static final Duration POLL = Duration.ofMillis(200);

  private final String bootstrapServers;
  private final Duration timeout;

  public TopicSnapshot(String bootstrapServers, Duration timeout) {
    this.bootstrapServers = bootstrapServers;
    this.timeout = timeout;
  }

  /** Every record of {@code topic}, in offset order per partition, partitions one after another. */
  public <V> List<ConsumerRecord<String, V>> records(String topic, Deserializer<V> values) {
    Map<String, Object> props = KafkaClientConfigs.consumer(bootstrapServers, "news-timeline-snapshot", "unused");
    props.remove("group.id");
    List<ConsumerRecord<String, V>> records = new ArrayList<>();
    try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(props, new StringDeserializer(), new ByteArrayDeserializer())) {
      List<TopicPartition> partitions = consumer.partitionsFor(topic, timeout).stream()
          .map(info -> new TopicPartition(topic, info.partition())).toList();
      consumer.assign(partitions);
      consumer.seekToBeginning(partitions);
      Map<TopicPartition, Long> end = consumer.endOffsets(partitions, timeout);
      long deadline = System.nanoTime() + timeout.toNanos();
      while (!reached(consumer, end)) {
        if (System.nanoTime() > deadline) {
          throw new IllegalStateException("Timed out reading " + topic + " to its end after " + timeout);
        }
        for (ConsumerRecord<String, byte[]> r : consumer.poll(POLL)) {
          V value = values.deserialize(topic, r.value());
          records.add(new ConsumerRecord<>(r.topic(), r.partition(), r.offset(), r.timestamp(), r.timestampType(),
              r.serializedKeySize(), r.serializedValueSize(), r.key(), value, r.headers(), r.leaderEpoch()));
        }
      }
    }
    return records;
  }

  /** The compacted view of {@code topic}: the latest value of each key, tombstoned keys removed. */
  public <V> Map<String, V> latest(String topic, Deserializer<V> values) {
    Map<String, V> latest = new LinkedHashMap<>();
    for (ConsumerRecord<String, V> record : records(topic, values)) {
      if (record.value() == null) {
        latest.remove(record.key());
      } else {
        latest.put(record.key(), record.value());
      }
    }
    return latest;
  }

  private static boolean reached(KafkaConsumer<?, ?> consumer, Map<TopicPartition, Long> end) {
    for (Map.Entry<TopicPartition, Long> e : end.entrySet()) {
      if (consumer.position(e.getKey()) < e.getValue()) {
        return false;
      }
    }
    return true;
  }
}
