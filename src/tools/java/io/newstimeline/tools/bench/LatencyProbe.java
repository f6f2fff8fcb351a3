package io.newstimeline.tools.bench;

import io.newstimeline.avro.LinkAlert;
import io.newstimeline.avro.NewsEvent;
import io.newstimeline.avro.SourceReport;
import io.newstimeline.avro.TimelineEntry;
import io.newstimeline.kafka.KafkaClientConfigs;
import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import io.newstimeline.producer.SyntheticStory;

/**
 * Measures produce-to-timeline latency in steady state: sends the story at a steady rate and, for
 * each counted event, times from just before its send to the first committed record on the
 * timeline topic whose {@code sources[].eventId} names it. Both clocks are this JVM's
 * {@code nanoTime}.
 *
 * <p>Steady state needs two things a freshly started application lacks. Its stores and first
 * transactions take seconds, which queues the first events; and on 2 cores the JIT compiling the
 * new code paths takes a core for tens of seconds, which slows everything else. So the probe warms
 * up at the same rate until the JIT has settled (or a cap), waits until the warm-up is all on the
 * timeline, and only then sends the counted events.
 */
final class LatencyProbe {

  private static final Logger log = LoggerFactory.getLogger(LatencyProbe.class);
  /**
   * The JIT counts as settled after {@value #SETTLED_SECONDS} seconds in a row in which it compiled
   * for less than {@value #SETTLED_COMPILE_MILLIS_PER_SECOND} ms (5% of one of the 2 cores). A
   * freshly started bench compiles for ~1 s per second for its first 40 s here, then tails off.
   */
  private static final long SETTLED_COMPILE_MILLIS_PER_SECOND = 100;
  private static final int SETTLED_SECONDS = 3;

  /**
   * One latency run: percentiles in milliseconds of the counted events, the warm-up it took, and
   * the JIT compile time while counting (near zero when the warm-up did its job).
   */
  record Result(int measured, int missing, double p50Ms, double p99Ms, double maxMs, double sentPerSecond,
      int warmupSeconds, double warmupDrainMs, long countedCompileMs, Alerts alerts) {}

  /**
   * Produce-to-alert latency of the link alerts set off by counted events: from the send of the
   * first report of the alert's entry (the report that made the entry, and so linked the pair) to
   * the alert on the alert topic. Alerts come through the actor-view stage, two hops after the
   * timeline.
   */
  record Alerts(int count, double p50Ms, double p99Ms, double maxMs) {}

  private final String bootstrapServers;
  private final Serializer<NewsEvent> events;
  private final Deserializer<TimelineEntry> entries;
  private final Deserializer<LinkAlert> alerts;
  private final CompilationMXBean jit = ManagementFactory.getCompilationMXBean();

  LatencyProbe(String bootstrapServers, Serializer<NewsEvent> events, Deserializer<TimelineEntry> entries,
      Deserializer<LinkAlert> alerts) {
    this.bootstrapServers = bootstrapServers;
    this.events = events;
    this.entries = entries;
    this.alerts = alerts;
  }

  /**
   * Warms up by sending {@code story} to {@code eventsTopic} at {@code perSecond} for at least
   * {@code minWarmup} and until the JIT settles (at most {@code maxWarmup}), waits until the
   * warm-up is on {@code timelineTopic}, then sends {@code measured} more events at the same rate
   * and returns their latency percentiles.
   */
  Result run(SyntheticStory story, String eventsTopic, String timelineTopic, String alertTopic, int perSecond,
      Duration minWarmup, Duration maxWarmup, int measured, Duration grace) throws InterruptedException {
    int capacity = Math.toIntExact(perSecond * maxWarmup.toSeconds() + measured);
    AtomicLongArray sentAt = new AtomicLongArray(capacity);
    long[] latency = new long[capacity];
    Arrays.fill(latency, -1);
    AtomicReference<Throwable> readerFailure = new AtomicReference<>();
    Reader reader = new Reader(timelineTopic, alertTopic, sentAt, latency);
    Thread readerThread = new Thread(() -> {
      try {
        reader.run();
      } catch (RuntimeException e) {
        readerFailure.set(e);
      }
    }, "latency-reader");
    readerThread.start();
    reader.awaitAssigned();

    Map<String, Object> props = KafkaClientConfigs.producer(bootstrapServers, "news-timeline-bench-latency");
    props.put(ProducerConfig.LINGER_MS_CONFIG, 0);
    int warmupSeconds = 0;
    double warmupDrainMs;
    double sentPerSecond;
    long countedCompileMs;
    int warmup;
    try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(props, new StringSerializer(), new ByteArraySerializer())) {
      Sender sender = new Sender(producer, eventsTopic, story, sentAt, perSecond);
      sender.startPhase();
      long compiled = compileMillis();
      int quietSeconds = 0;
      while (warmupSeconds < maxWarmup.toSeconds()
          && (warmupSeconds < minWarmup.toSeconds() || quietSeconds < SETTLED_SECONDS)) {
        sender.sendUntil(sender.next() + perSecond);
        warmupSeconds++;
        long compiledNow = compileMillis();
        quietSeconds = compiledNow - compiled < SETTLED_COMPILE_MILLIS_PER_SECOND ? quietSeconds + 1 : 0;
        log.debug("Latency warm-up second {}: JIT compiled for {} ms", warmupSeconds, compiledNow - compiled);
        compiled = compiledNow;
      }
      warmup = sender.next();
      long warmupSent = System.nanoTime();
      if (!reader.awaitAllSeenBelow(warmup, grace)) {
        reader.stopAfter(System.nanoTime());
        readerThread.join();
        throw new IllegalStateException(readerFailure.get() != null
            ? "Latency reader failed: " + readerFailure.get().getMessage()
            : "The warm-up did not all reach the timeline within " + grace.toSeconds() + " s");
      }
      warmupDrainMs = millis(System.nanoTime() - warmupSent);

      long compiledBefore = compileMillis();
      long start = System.nanoTime();
      sender.startPhase();
      sender.sendUntil(warmup + measured);
      reader.stopOnceSeen(warmup + measured);
      sentPerSecond = measured / ((System.nanoTime() - start) / 1e9);
      countedCompileMs = compileMillis() - compiledBefore;
    }
    reader.stopAfter(System.nanoTime() + grace.toNanos());
    readerThread.join();
    if (readerFailure.get() != null) {
      throw new IllegalStateException("Latency reader failed: " + readerFailure.get().getMessage(), readerFailure.get());
    }

    long[] counted = Arrays.stream(latency, warmup, warmup + measured).filter(l -> l >= 0).sorted().toArray();
    int missing = measured - counted.length;
    Alerts alertLatency = reader.alertLatency(warmup, warmup + measured);
    if (counted.length == 0) {
      return new Result(0, missing, Double.NaN, Double.NaN, Double.NaN, sentPerSecond, warmupSeconds, warmupDrainMs,
          countedCompileMs, alertLatency);
    }
    return new Result(counted.length, missing, millis(percentile(counted, 0.50)), millis(percentile(counted, 0.99)),
        millis(counted[counted.length - 1]), sentPerSecond, warmupSeconds, warmupDrainMs, countedCompileMs,
        alertLatency);
  }

  private long compileMillis() {
    return jit != null && jit.isCompilationTimeMonitoringSupported() ? jit.getTotalCompilationTime() : 0;
  }

  private static long percentile(long[] sorted, double q) {
    int rank = (int) Math.ceil(q * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, rank))];
  }

  private static double millis(long nanos) {
    return nanos / 1e6;
  }

  /** Sends the story's events in order on a steady schedule, stamping each just before its send. */
  private final class Sender {

    private final KafkaProducer<String, byte[]> producer;
    private final String topic;
    private final SyntheticStory story;
    private final AtomicLongArray sentAt;
    private final long intervalNanos;
    private int next;
    private int phaseFirst;
    private long phaseStart;

    Sender(KafkaProducer<String, byte[]> producer, String topic, SyntheticStory story, AtomicLongArray sentAt,
        int perSecond) {
      this.producer = producer;
      this.topic = topic;
      this.story = story;
      this.sentAt = sentAt;
      this.intervalNanos = TimeUnit.SECONDS.toNanos(1) / perSecond;
    }

    int next() {
      return next;
    }

    /** Starts a new schedule at the next event: it is due now, the following ones one interval apart. */
    void startPhase() {
      phaseFirst = next;
      phaseStart = System.nanoTime();
    }

    /** Sends every event up to {@code end} (exclusive) on the current phase's schedule. */
    void sendUntil(int end) {
      for (; next < end; next++) {
        NewsEvent event = story.event(next);
        byte[] value = events.serialize(topic, event);
        long due = phaseStart + (next - phaseFirst) * intervalNanos;
        for (long wait = due - System.nanoTime(); wait > 0; wait = due - System.nanoTime()) {
          LockSupport.parkNanos(wait);
        }
        sentAt.set(next, System.nanoTime());
        producer.send(new ProducerRecord<>(topic, null, event.getReportedAt().toEpochMilli(), event.getId(), value));
      }
      producer.flush();
    }
  }

  /**
   * Reads the timeline and stamps each event the first time an entry names it; reads the alerts
   * and times each from the first report of its entry.
   */
  private final class Reader {

    /** How long the reader goes on after the last event is on the timeline, for the alerts that trail it. */
    private static final long ALERT_TAIL_NANOS = TimeUnit.SECONDS.toNanos(3);

    private final String topic;
    private final String alertTopic;
    private final AtomicLongArray sentAt;
    private final long[] latency;
    /** Entry id → index of the first event seen in it. */
    private final Map<String, Integer> firstEventOf = new HashMap<>();
    /** Alerts whose entry has not been seen on the timeline yet: entry id → received at. */
    private final Map<String, Long> pendingAlerts = new HashMap<>();
    /** Per alert: the index of the event that set it off, and its latency. */
    private final List<long[]> alertLatencies = new ArrayList<>();
    private final BitSet seen = new BitSet();
    private final CountDownLatch assigned = new CountDownLatch(1);
    private volatile long stopAt = Long.MAX_VALUE;
    private volatile int stopOnceSeen = Integer.MAX_VALUE;
    private volatile int seenCount;

    Reader(String topic, String alertTopic, AtomicLongArray sentAt, long[] latency) {
      this.topic = topic;
      this.alertTopic = alertTopic;
      this.sentAt = sentAt;
      this.latency = latency;
    }

    void awaitAssigned() throws InterruptedException {
      assigned.await();
    }

    void stopAfter(long nanoTime) {
      stopAt = nanoTime;
    }

    /** Stops reading once {@code count} events have been seen: every one sent. */
    void stopOnceSeen(int count) {
      stopOnceSeen = count;
    }

    /** Waits until every event below {@code end} has been seen; false if {@code timeout} passed first. */
    boolean awaitAllSeenBelow(int end, Duration timeout) throws InterruptedException {
      long deadline = System.nanoTime() + timeout.toNanos();
      while (!allSeenBelow(end)) {
        if (System.nanoTime() > deadline) {
          return false;
        }
        Thread.sleep(10);
      }
      return true;
    }

    private synchronized boolean allSeenBelow(int end) {
      return seen.nextClearBit(0) >= end;
    }

    /** The alert latencies of the alerts set off by events {@code [from, to)}; call once the reader has stopped. */
    synchronized Alerts alertLatency(int from, int to) {
      long[] counted = alertLatencies.stream().filter(a -> a[0] >= from && a[0] < to).mapToLong(a -> a[1]).sorted().toArray();
      if (counted.length == 0) {
        return new Alerts(0, Double.NaN, Double.NaN, Double.NaN);
      }
      return new Alerts(counted.length, millis(percentile(counted, 0.50)), millis(percentile(counted, 0.99)),
          millis(counted[counted.length - 1]));
    }

    private synchronized boolean markSeen(int index, long receivedAt) {
      if (index < 0 || index >= sentAt.length() || seen.get(index) || sentAt.get(index) == 0) {
        return false;
      }
      seen.set(index);
      latency[index] = receivedAt - sentAt.get(index);
      return true;
    }

    void run() {
      Map<String, Object> props = KafkaClientConfigs.consumer(bootstrapServers, "news-timeline-bench-latency-reader", "unused");
      props.remove(ConsumerConfig.GROUP_ID_CONFIG);
      props.put(ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, 10);
      try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(props, new StringDeserializer(), new ByteArrayDeserializer())) {
        List<TopicPartition> partitions = new ArrayList<>();
        for (String name : List.of(topic, alertTopic)) {
          consumer.partitionsFor(name).forEach(p -> partitions.add(new TopicPartition(name, p.partition())));
        }
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
        partitions.forEach(consumer::position);
        assigned.countDown();
        long tailEnd = Long.MAX_VALUE; // once every event is on the timeline: a little longer, for the alerts
        while (System.nanoTime() < Math.min(stopAt, tailEnd)) {
          for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(20))) {
            long receivedAt = System.nanoTime();
            if (record.topic().equals(alertTopic)) {
              alerted(alerts.deserialize(alertTopic, record.value()), receivedAt);
              continue;
            }
            TimelineEntry entry = entries.deserialize(topic, record.value());
            if (entry == null) {
              continue;
            }
            for (SourceReport source : entry.getSources()) {
              int index = indexOf(source.getEventId());
              if (markSeen(index, receivedAt)) {
                seenCount++;
              }
              firstSeen(entry.getId(), index);
            }
          }
          if (seenCount >= stopOnceSeen && tailEnd == Long.MAX_VALUE) {
            tailEnd = System.nanoTime() + ALERT_TAIL_NANOS;
          }
        }
      } finally {
        assigned.countDown();
      }
    }

    private synchronized void firstSeen(String entryId, int index) {
      if (index >= 0 && firstEventOf.merge(entryId, index, Math::min) == index) {
        Long alertedAt = pendingAlerts.remove(entryId);
        if (alertedAt != null) {
          timeAlert(index, alertedAt);
        }
      }
    }

    private synchronized void alerted(LinkAlert alert, long receivedAt) {
      Integer first = firstEventOf.get(alert.getEntryId());
      if (first == null) {
        pendingAlerts.put(alert.getEntryId(), receivedAt); // its entry committed first; our fetch of it is late
      } else {
        timeAlert(first, receivedAt);
      }
    }

    private void timeAlert(int index, long receivedAt) {
      if (index < sentAt.length() && sentAt.get(index) != 0) {
        alertLatencies.add(new long[] {index, receivedAt - sentAt.get(index)});
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
