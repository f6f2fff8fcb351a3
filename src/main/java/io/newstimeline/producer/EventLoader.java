package io.newstimeline.producer;

import io.newstimeline.avro.NewsEvent;
import io.newstimeline.kafka.KafkaClientConfigs;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.producer.Callback;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Bulk-loads events into a topic as fast as the broker takes them: an idempotent {@code acks=all}
 * producer with large batches, each event keyed by its id and stamped with its report's
 * publication time, as {@link ArticlePublisher} does, but without a transaction per article.
 * What the benchmark and {@code generate} publish the synthetic story with.
 *
 * <p>Sends are asynchronous; {@link #flush()} waits for them and reports the first failure.
 */
public final class EventLoader implements AutoCloseable {

  private final KafkaProducer<String, byte[]> producer;
  private final Serializer<NewsEvent> serializer;
  private final AtomicReference<Exception> failure = new AtomicReference<>();
  private final Callback onAck = (metadata, e) -> {
    if (e != null) {
      failure.compareAndSet(null, e);
    }
  };

  /** A loader on {@code bootstrapServers} that encodes events with {@code serializer}. */
  public EventLoader(String bootstrapServers, String clientId, Serializer<NewsEvent> serializer) {
    Map<String, Object> props = KafkaClientConfigs.producer(bootstrapServers, clientId);
    props.put(ProducerConfig.LINGER_MS_CONFIG, 20);
    props.put(ProducerConfig.BATCH_SIZE_CONFIG, 256 * 1024);
    props.put(ProducerConfig.BUFFER_MEMORY_CONFIG, 64L * 1024 * 1024);
    this.producer = new KafkaProducer<>(props, new StringSerializer(), new ByteArraySerializer());
    this.serializer = serializer;
  }

  /** Sends {@code event} to {@code topic}, keyed by its id, timestamped with its publication time. */
  public void send(String topic, NewsEvent event) {
    send(topic, event.getId(), event.getReportedAt().toEpochMilli(), serializer.serialize(topic, event));
  }

  /** Sends an already encoded event: the raw produce path, without Avro encoding in the way. */
  public void send(String topic, String key, long timestamp, byte[] value) {
    producer.send(new ProducerRecord<>(topic, null, timestamp, key, value), onAck);
  }

  /**
   * Returns once everything sent so far is acknowledged.
   *
   * @throws KafkaException naming the first failed send, if any failed
   */
  public void flush() {
    producer.flush();
    Exception failed = failure.getAndSet(null);
    if (failed != null) {
      throw new KafkaException("Could not load the events: " + failed.getMessage(), failed);
    }
  }

  @Override
  public void close() {
    producer.close();
  }
}
