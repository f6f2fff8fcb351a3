package io.newstimeline.bench;

import io.newstimeline.avro.NewsEvent;
import io.newstimeline.avro.SourceReport;
import io.newstimeline.avro.TimelineEntry;
import io.newstimeline.kafka.KafkaClientConfigs;
import java.time.Duration;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Measures produce-to-timeline latency: sends the story at a steady rate and, for each event,
 * times from just before its send to the first committed record on the timeline topic whose
 * {@code sources[].eventId} names it. Both clocks are this JVM's {@code nanoTime}.
 */
final class LatencyProbe {

  /** Percentiles of one latency run, in milliseconds. */
  record Result(int measured, int missing, double p50Ms, double p99Ms, double maxMs, double sentPerSecond) {}

  private final String bootstrapServers;
  private final Serializer<NewsEvent> events;
  private final Deserializer<TimelineEntry> entries;

  LatencyProbe(String bootstrapServers, Serializer<NewsEvent> events, Deserializer<TimelineEntry> entries) {
    this.bootstrapServers = bootstrapServers;
    this.events = events;
    this.entries = entries;
  }

  /**
   * Sends events {@code [0, warmup + measured)} of {@code story} to {@code eventsTopic} at
   * {@code perSecond}, and returns the latency percentiles of the last {@code measured} ones as
   * seen on {@code timelineTopic}.
   */
  Result run(StoryGenerator story, String eventsTopic, String timelineTopic, int perSecond, int warmup, int measured,
      Duration grace) throws InterruptedException {
    int total = warmup + measured;
    AtomicLongArray sentAt = new AtomicLongArray(total);
    long[] latency = new long[total];
    Arrays.fill(latency, -1);
    NewsEvent[] toSend = new NewsEvent[total];
    for (int i = 0; i < total; i++) {
      toSend[i] = story.event(i);
    }
    AtomicReference<Throwable> readerFailure = new AtomicReference<>();
    Reader reader = new Reader(timelineTopic, sentAt, latency);
    Thread readerThread = new Thread(() -> {
      try {
        reader.run();
      } catch (RuntimeException e) {
        readerFailure.set(e);
      }
    }, "latency-reader");
    readerThread.start();
    reader.awaitAssigned();

    double sentPerSecond;
    Map<String, Object> props = KafkaClientConfigs.producer(bootstrapServers, "news-timeline-bench-latency");
    props.put(ProducerConfig.LINGER_MS_CONFIG, 0);
    try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(props, new StringSerializer(), new ByteArraySerializer())) {
      long intervalNanos = TimeUnit.SECONDS.toNanos(1) / perSecond;
      long start = System.nanoTime();
      for (int i = 0; i < total; i++) {
        long due = start + i * intervalNanos;
        for (long wait = due - System.nanoTime(); wait > 0; wait = due - System.nanoTime()) {
          LockSupport.parkNanos(wait);
        }
        NewsEvent event = toSend[i];
        byte[] value = events.serialize(eventsTopic, event);
        sentAt.set(i, System.nanoTime());
        producer.send(new ProducerRecord<>(eventsTopic, null, event.getReportedAt().toEpochMilli(), event.getId(), value));
      }
      producer.flush();
      sentPerSecond = total / ((System.nanoTime() - start) / 1e9);
    }
    reader.stopAfter(System.nanoTime() + grace.toNanos());
    readerThread.join();
    if (readerFailure.get() != null) {
      throw new IllegalStateException("Latency reader failed: " + readerFailure.get().getMessage(), readerFailure.get());
    }

    long[] measuredLatencies = Arrays.stream(latency, warmup, total).filter(l -> l >= 0).sorted().toArray();
    int missing = measured - measuredLatencies.length;
    if (measuredLatencies.length == 0) {
      return new Result(0, missing, Double.NaN, Double.NaN, Double.NaN, sentPerSecond);
    }
    return new Result(measuredLatencies.length, missing, millis(percentile(measuredLatencies, 0.50)),
        millis(percentile(measuredLatencies, 0.99)), millis(measuredLatencies[measuredLatencies.length - 1]),
        sentPerSecond);
  }

  private static long percentile(long[] sorted, double q) {
    int rank = (int) Math.ceil(q * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, rank))];
  }

  private static double millis(long nanos) {
    return nanos / 1e6;
  }

  /** Reads the timeline and stamps each event the first time an entry names it. */
  private final class Reader {

    private final String topic;
    private final AtomicLongArray sentAt;
    private final long[] latency;
    private final BitSet seen = new BitSet();
    private final CountDownLatch assigned = new CountDownLatch(1);
    private volatile long stopAt = Long.MAX_VALUE;

    Reader(String topic, AtomicLongArray sentAt, long[] latency) {
      this.topic = topic;
      this.sentAt = sentAt;
      this.latency = latency;
    }

    void awaitAssigned() throws InterruptedException {
      assigned.await();
    }

    void stopAfter(long nanoTime) {
      stopAt = nanoTime;
    }

    void run() {
      Map<String, Object> props = KafkaClientConfigs.consumer(bootstrapServers, "news-timeline-bench-latency-reader", "unused");
      props.remove(ConsumerConfig.GROUP_ID_CONFIG);
      props.put(ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, 10);
      try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(props, new StringDeserializer(), new ByteArrayDeserializer())) {
        List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
            .map(p -> new TopicPartition(topic, p.partition())).toList();
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
        partitions.forEach(consumer::position);
        assigned.countDown();
        while (seen.cardinality() < sentAt.length() && System.nanoTime() < stopAt) {
          for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(20))) {
            long receivedAt = System.nanoTime();
            TimelineEntry entry = entries.deserialize(topic, record.value());
            if (entry == null) {
              continue;
            }
            for (SourceReport source : entry.getSources()) {
              int index = indexOf(source.getEventId());
              if (index >= 0 && index < sentAt.length() && !seen.get(index)) {
                seen.set(index);
                latency[index] = receivedAt - sentAt.get(index);
              }
            }
          }
        }
      } finally {
        assigned.countDown();
      }
    }

    private int indexOf(String eventId) {
      try {
        return Integer.parseInt(eventId.substring(eventId.indexOf('-') + 1));
      } catch (NumberFormatException e) {
        return -1;
      }
    }
  }
}
