package io.newstimeline.audit;

import io.newstimeline.kafka.KafkaClientConfigs;
import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * How far a consumer group (a Kafka Streams application id) has got through some topics.
 *
 * <p>With exactly-once, a partition ends with a transaction marker that no consumer ever
 * "consumes", so a caught-up group may commit one offset short of the partition's end. Progress
 * is therefore measured against each partition's <em>data end</em>: the offset after its last
 * committed data record, found by reading the partition's tail.
 */
public final class GroupProgress implements AutoCloseable {

  private static final Duration POLL = Duration.ofMillis(100);
  private static final Duration TIMEOUT = Duration.ofSeconds(30);

  private final String groupId;
  private final Admin admin;
  private final KafkaConsumer<byte[], byte[]> tailReader;

  public GroupProgress(String bootstrapServers, String groupId) {
    this.groupId = groupId;
    this.admin = Admin.create(KafkaClientConfigs.common(bootstrapServers, "news-timeline-progress"));
    Map<String, Object> props = KafkaClientConfigs.consumer(bootstrapServers, "news-timeline-tail", "unused");
    props.remove("group.id");
    this.tailReader = new KafkaConsumer<>(props, new ByteArrayDeserializer(), new ByteArrayDeserializer());
  }

  /** For every partition of {@code topics}, the offset after its last committed data record. */
  public Map<TopicPartition, Long> dataEnd(Collection<String> topics) {
    Map<TopicPartition, Long> dataEnd = new HashMap<>();
    for (String topic : topics) {
      List<TopicPartition> partitions = tailReader.partitionsFor(topic, TIMEOUT).stream()
          .map(p -> new TopicPartition(topic, p.partition())).toList();
      Map<TopicPartition, Long> end = tailReader.endOffsets(partitions, TIMEOUT);
      for (TopicPartition partition : partitions) {
        dataEnd.put(partition, lastDataOffset(partition, end.get(partition)) + 1);
      }
    }
    return dataEnd;
  }

  /** Sum over {@code target}'s partitions of the group's committed offset, capped at the target. */
  public long processed(Map<TopicPartition, Long> target) {
    Map<TopicPartition, OffsetAndMetadata> committed = committed();
    long processed = 0;
    for (Map.Entry<TopicPartition, Long> e : target.entrySet()) {
      OffsetAndMetadata offset = committed.get(e.getKey());
      processed += Math.min(e.getValue(), offset == null ? 0 : offset.offset());
    }
    return processed;
  }

  /** Whether the group has committed every partition of {@code target} up to its data end. */
  public boolean reached(Map<TopicPartition, Long> target) {
    return processed(target) >= target.values().stream().mapToLong(Long::longValue).sum();
  }

  private Map<TopicPartition, OffsetAndMetadata> committed() {
    try {
      return admin.listConsumerGroupOffsets(groupId).partitionsToOffsetAndMetadata().get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted reading offsets of " + groupId, e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("Cannot read offsets of " + groupId + ": " + e.getCause().getMessage(), e);
    }
  }

  /** The offset of the last data record of {@code partition} below {@code end}, or -1 when it has none. */
  private long lastDataOffset(TopicPartition partition, long end) {
    long window = 16;
    while (true) {
      long from = Math.max(0, end - window);
      tailReader.assign(List.of(partition));
      tailReader.seek(partition, from);
      long last = -1;
      long deadline = System.nanoTime() + TIMEOUT.toNanos();
      while (tailReader.position(partition) < end && System.nanoTime() < deadline) {
        for (ConsumerRecord<byte[], byte[]> record : tailReader.poll(POLL)) {
          last = Math.max(last, record.offset());
        }
      }
      if (last >= 0 || from == 0) {
        return last;
      }
      window *= 8; // a tail of only markers and aborted records: look further back
    }
  }

  @Override
  public void close() {
    tailReader.close();
    admin.close();
  }
}
