package io.newstimeline.bench;

import io.newstimeline.avro.NewsEvent;
import io.newstimeline.kafka.KafkaClientConfigs;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Writes a slice of the story to a topic as fast as the broker takes it: an idempotent producer
 * with large batches, keyed by event id, each record stamped with its report's publication time
 * (as {@code ArticlePublisher} does).
 */
final class EventLoader implements AutoCloseable {

  private final KafkaProducer<String, byte[]> producer;
  private final Serializer<NewsEvent> serializer;

  EventLoader(String bootstrapServers, Serializer<NewsEvent> serializer) {
    Map<String, Object> props = KafkaClientConfigs.producer(bootstrapServers, "news-timeline-bench-loader");
    props.put(ProducerConfig.LINGER_MS_CONFIG, 20);
    props.put(ProducerConfig.BATCH_SIZE_CONFIG, 256 * 1024);
    props.put(ProducerConfig.BUFFER_MEMORY_CONFIG, 64L * 1024 * 1024);
    this.producer = new KafkaProducer<>(props, new StringSerializer(), new ByteArraySerializer());
    this.serializer = serializer;
  }

  /** Serialises events {@code [from, to)} of {@code story}, without sending them. */
  static byte[][] encode(StoryGenerator story, long from, long to, String topic, Serializer<NewsEvent> serializer) {
    byte[][] encoded = new byte[Math.toIntExact(to - from)][];
    for (long i = from; i < to; i++) {
      encoded[(int) (i - from)] = serializer.serialize(topic, story.event(i));
    }
    return encoded;
  }

  /** Sends events {@code [from, to)} of {@code story} to {@code topic} and returns once all are acknowledged. */
  void load(StoryGenerator story, long from, long to, String topic) {
    AtomicReference<Exception> failure = new AtomicReference<>();
    for (long i = from; i < to; i++) {
      NewsEvent event = story.event(i);
      producer.send(new ProducerRecord<>(topic, null, event.getReportedAt().toEpochMilli(), event.getId(),
          serializer.serialize(topic, event)), (metadata, e) -> failWith(failure, e));
    }
    flush(failure);
  }

  /**
   * Sends pre-encoded events (event {@code from + i} is {@code encoded[i]}) and returns once all are
   * acknowledged: the raw produce rate, without generation or Avro encoding in the way.
   */
  void load(long from, byte[][] encoded, String topic) {
    AtomicReference<Exception> failure = new AtomicReference<>();
    long timestamp = StoryGenerator.STORY_START.toEpochMilli();
    for (int i = 0; i < encoded.length; i++) {
      long index = from + i;
      producer.send(new ProducerRecord<>(topic, null, timestamp + index * StoryGenerator.REPORT_GAP_SECONDS * 1000L,
          StoryGenerator.eventId(index), encoded[i]), (metadata, e) -> failWith(failure, e));
    }
    flush(failure);
  }

  private void flush(AtomicReference<Exception> failure) {
    producer.flush();
    if (failure.get() != null) {
      throw new KafkaException("Could not load the story: " + failure.get().getMessage(), failure.get());
    }
  }

  private static void failWith(AtomicReference<Exception> failure, Exception e) {
    if (e != null) {
      failure.compareAndSet(null, e);
    }
  }

  @Override
  public void close() {
    producer.close();
  }
}
